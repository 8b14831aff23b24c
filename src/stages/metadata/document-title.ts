// The title a document gives itself on its first line when the split stage found none: a title line, a title a
// 文库 page ran into the text ("…工会工作要点2015年，…"), or a news report's headline. The shapes are the layout
// grammar's (titles.json); a headline counts only when it reads as news (kind-evidence.json headlines) or has a
// subtitle after ——.
import {
  bracketedLeadTitle,
  gluedTitle,
  isHeadlineLine,
  isTitleLine,
  isTwoPartHeadline,
  isUnitNameLine,
  TITLE_KIND,
  titleCore,
  withoutAsides,
  withoutTitleMarks,
} from '../../lexicon/layout/titles.ts';
import { isDayAloneLine } from '../../lexicon/layout/dates.ts';
import { readMarker } from '../../lexicon/layout/markers.ts';
import { isSalutation, readMarkerLine, readNumberedTitle, readTrailingCounter } from '../../lexicon/layout/parts.ts';
import { headlineInText, isSloganLine, openingSentence, reportsNews } from './document-kind.ts';
import { headlineWords, type KindEvidence, loadKindEvidence } from './kind-evidence.ts';

export interface OpeningTitle {
  title: string;
  because: string;
}

/** A glued title leaves this much text after it on its line (a short line is a title, not a glued one). */
const GLUED_REST = 10;

/** A site's heading may run before the title up to a colon ("…计划5篇…计划一:城东小学工会工作计划"). */
function afterHeading(title: string): string {
  const afterColon = title.split(/[:：]/u).pop()!.trim();
  return afterColon !== title && isTitleLine(afterColon) ? afterColon : title;
}

/** A restated headline: this many characters of it in a row stand again in the text's opening… */
const RESTATED_RUN = 6;
/** …within this many characters below it. */
const RESTATE_WINDOW = 300;
/** A headline's own length, and the first paragraph's under it (a report's prose, not another short line). */
const HEADLINE_CHARS = { min: 6, max: 40 };
const REPORT_PARAGRAPH = 30;
const QUOTES = /[“”"「」『』‘’《》]/gu;

/**
 * One short line that may head a report: at most one comma, no sentence end, no list number, no unit alone, no
 * salutation, and a paragraph of prose right under it.
 */
function isHeadlineOverProse(first: string, after: string): boolean {
  const line = first.replace(QUOTES, '');
  if (line.length < HEADLINE_CHARS.min || line.length > HEADLINE_CHARS.max) return false;
  if (/[。；！？;!?:：]/u.test(line) || (line.match(/[，,]/gu) ?? []).length > 1) return false;
  if (readMarker(first, { months: true, chapters: true }) || isUnitNameLine(first) || isSalutation(first)) return false;
  const next = firstParagraphUnder(after);
  return next.length >= REPORT_PARAGRAPH && /[。，,]/u.test(next);
}

/** A section's numbered name alone on its line (一、 宗旨：) is this short at most, its marker aside. */
const SECTION_NAME_CHARS = 12;

/** A section's items read as its paragraph: this many lines of them at most. */
const SECTION_ITEM_LINES = 4;

/**
 * The paragraph a headline stands over: the line under it, or — when that line is only a numbered section's name
 * (一、 宗旨：) — the section's first items under it read as one (1. …。 2. …。), as the page held them before
 * they were put on lines of their own (a page saved as one line). A section's name is the body's first line, not
 * a paragraph of its own.
 */
function firstParagraphUnder(after: string): string {
  // The line under the headline first; the rest of the text is split only under a section's name.
  const cut = after.indexOf('\n');
  const next = (cut < 0 ? after : after.slice(0, cut)).trim();
  const marker = readMarker(next);
  const name = marker ? next.slice(marker.lead.length).trim() : '';
  const sectionName =
    marker !== null && name.length > 0 && name.length <= SECTION_NAME_CHARS && /^[^。；！？，,;!?]+[:：]?$/u.test(name);
  if (!sectionName) return next;
  const items: string[] = [];
  const rest = cut < 0 ? [] : after.slice(cut + 1).split('\n');
  for (const line of rest
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, SECTION_ITEM_LINES)) {
    const item = readMarker(line);
    if (!item || item.style === marker.style) break;
    items.push(line);
  }
  return items.join(' ');
}

/**
 * A headline worded as no news cue knows (出实招强化班组建设工作，激发班组争创活力), over a report whose opening says
 * its words again (…工会不断出实招强化班组基础建设工作…): a line the text restates is what the text is about.
 */
function isRestatedHeadline(first: string, after: string): boolean {
  if (!isHeadlineOverProse(first, after)) return false;
  const line = first.replace(QUOTES, '');
  const below = after.slice(0, RESTATE_WINDOW).replace(QUOTES, '');
  for (let i = 0; i + RESTATED_RUN <= line.length; i++) {
    const run = line.slice(i, i + RESTATED_RUN);
    if (/^\p{Script=Han}+$/u.test(run) && below.includes(run)) return true;
  }
  return false;
}

/**
 * Not a headline: markup (#### 引言), a site's name and slogan (某某网 - 海量…在线查询, 栏目 | 标题), or a widget's
 * label ending in what it does (论文部分内容阅读, 全文下载).
 */
const SITE_OR_MARKUP =
  /^[#*>\-=]|\s[-—|｜]\s|[|｜]|网(?:站|址)?(?:\s|$)|(?:阅读|下载|预览|登录|注册|分享|收藏|打印|评论)$/u;

/** A part's number after its title ("…总结反思1", "…方案范文 第1篇"): the title without it. */
function withoutPartNumber(line: string): string {
  const marked = readMarkerLine(line);
  if (marked) return marked;
  const numbered = readNumberedTitle(line);
  return numbered ? numbered[1]!.trim() : line;
}

/** A headline above a desk line has words (a newsletter's 第364期 has none), no unit's name alone, no list number. */
function isDeskHeadline(line: string): boolean {
  return (
    line.length >= HEADLINE_CHARS.min &&
    /\p{Script=Han}{2}/u.test(line) &&
    !isUnitNameLine(line) &&
    !readMarker(line, { months: true, chapters: true })
  );
}

/** A title stated twice is looked for among the text's first lines (a breadcrumb's last item may stand above it)… */
const TWICE_LINES = 4;
/** …its shorter copy has this many letters and numbers, four of them Han, and the longer at most the max. */
const TWICE_CHARS = { min: 6, max: 40 };
/** A plan's or summary's kind word: a copy naming one is a title though it ends in a unit (…工作计划幼儿园). */
const KIND_WORD = new RegExp(TITLE_KIND, 'u');

/**
 * A title the page states twice at its top, the two lines next to each other: a link list's line and the page's
 * heading (【转】…论坛：…(123次观看) / 【…论坛】…), a heading and the same under a part marker (…计划幼儿园 / <一>
 * …计划幼儿园), a heading printed twice. A line said again at once is what the page is about; the shorter copy is
 * the title. The longer may differ only by what stands in brackets beside it (a tag, a view count, a part marker):
 * a copy longer by words (…的措施) is another line. No copy may end a sentence or be a list item alone.
 */
export function titleStatedTwice(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, TWICE_LINES);
  for (let i = 0; i + 1 < lines.length; i++) {
    const [a, b] = [lines[i]!, lines[i + 1]!];
    if (/[。；！？;!?]/u.test(a) || /[。；！？;!?]/u.test(b)) continue;
    const [ca, cb] = [titleCore(a), titleCore(b)];
    const [shortLine, longLine, short, long] = ca.length <= cb.length ? [a, b, ca, cb] : [b, a, cb, ca];
    if (short.length < TWICE_CHARS.min || long.length > TWICE_CHARS.max) continue;
    if ((short.match(/\p{Script=Han}/gu) ?? []).length < 4) continue;
    if (long !== short && titleCore(withoutAsides(longLine)) !== short) continue;
    const title = withoutTitleMarks(shortLine);
    if (readMarker(title, { months: true, chapters: true }) || isSalutation(title)) continue;
    if (isUnitNameLine(title) && !KIND_WORD.test(title)) continue;
    if (SITE_OR_MARKUP.test(title)) continue;
    return title;
  }
  return null;
}

export function openingTitle(text: string, ev: KindEvidence = loadKindEvidence()): OpeningTitle | null {
  const { opening, headline: overDesk } = openingSentence(text, ev);
  // The line a report's desk (本报讯 …) stands under is its headline, whatever its words.
  const deskHeadline = overDesk === null ? '' : withoutTitleMarks(overDesk);
  if (isDeskHeadline(deskHeadline)) return { title: deskHeadline, because: "the line above the report's desk line" };
  const line = (opening.split('\n')[0] ?? '').trim();
  // A headline taken from a site's link list keeps the list's marks (※…, … |): they are no part of it.
  const first = withoutTitleMarks(line);
  if (!first) return null;
  // A day alone (2018年2月5日) is a dateline, no headline (y002).
  if (isDayAloneLine(first)) return null;
  const after = text.slice(text.indexOf(line) + line.length).trim();
  // A site's slogan, motto or quotation above the headline is no title: the headline is looked for below it.
  if (isSloganLine(first, after.split('\n')[0]?.trim() ?? '', ev)) {
    const headline = headlineInText(text, ev);
    return headline ? { title: headline, because: "a news headline stands below the site's slogan line" } : null;
  }
  if (isTitleLine(first)) return { title: afterHeading(first), because: 'the first line is a title' };
  // A title a 范文 page numbered as its part (…工作计划 『范文1』): the title without the page's counter.
  const counted = readTrailingCounter(first)?.[1]?.trim() ?? '';
  if (counted && isTitleLine(counted))
    return { title: afterHeading(counted), because: "the first line is a title and the page's part number" };
  const bracketed = bracketedLeadTitle(first);
  if (bracketed) return { title: bracketed, because: 'the first line opens with its title in 【】' };
  if (isHeadlineLine(first) && (first.includes('——') || headlineWords(first, ev) !== null))
    return { title: first, because: 'the first line is a news headline' };
  // A headline of any wording, when what follows reports one event on its day (1月7日下午，…举行…).
  if (isHeadlineLine(first) && !isUnitNameLine(first) && reportsNews(after, ev) !== null)
    return { title: first, because: 'the first line heads a news report' };
  // A unit or column, a colon or bar, then the headline (二幼:用心用情…), over the report's first paragraph.
  const next = after.split('\n')[0]?.trim() ?? '';
  if (isTwoPartHeadline(first) && next.length > GLUED_REST * 3 && /[。，,]/u.test(next))
    return { title: first, because: 'the first line is a headline after its unit or column' };
  if (isRestatedHeadline(first, after))
    return { title: first, because: 'the first line is a headline the report below says again' };
  // A headline of any wording standing alone over the text's first paragraph (浦江源头开新篇 / 11月16日下午，…): the
  // page's own title, a part's number after it no part of it (…工作总结反思1, …方案范文 第1篇).
  if (isHeadlineOverProse(first, after) && !SITE_OR_MARKUP.test(first)) {
    const title = withoutPartNumber(first);
    return { title, because: 'the first line is a short headline standing alone over the first paragraph' };
  }
  // A headline a site closed with a full stop (…教职工代表大会召开。) over a lead that says it again: the line is no
  // sentence of the report, which starts below it.
  const unstopped = /^[^。；！？，,;!?]+。$/u.test(first) ? first.slice(0, -1) : null;
  if (unstopped && isRestatedHeadline(unstopped, after))
    return {
      title: unstopped,
      because: 'the first line is a headline, closed with a full stop, the report below says again',
    };
  const glued = gluedTitle(first);
  if (glued && first.length - glued.length >= GLUED_REST)
    return { title: afterHeading(glued), because: 'the first line opens with a title run into the text' };
  const twice = titleStatedTwice(text);
  if (twice)
    return { title: twice, because: 'the page states its title twice at its top, on lines next to each other' };
  // A news headline below site lines no rule skips (a browser warning, 今天是:, a column label), above the prose.
  const headline = headlineInText(text, ev);
  if (headline) return { title: headline, because: 'a news headline stands in the site lines above the text' };
  return null;
}
