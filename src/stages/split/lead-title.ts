// A single document's title as the page gives it. Pages open with a few lines before the body — site
// chrome, the compilation's own title, the title as a heading, a publish line — and the title is the last
// title-like line among them ("…工作计划", "…总结范文最新"), or, on a news page, the headline right above
// its publish line ("校工会召开…研讨会" / "2015-09-02 14:43"), or above its subtitle ("迎新春 送温暖" / "——…工会开展
// 慰问活动"). A title naming no unit counts right above the text, or where the page prints it twice in a row (its
// page title over the article's heading). A compilation title line only names the document when nothing else
// does (the split stage keeps it as the document's heading, not its title); a part marker ("小学工会工作计划 篇一")
// gives the title before it. When nothing else names it, a letter's or a speech's title is the heading right above
// its salutation ("…教代会闭幕词" / "各位代表、同志们："), and a page's headline the line under a column's label
// printed alone at the top of the text ("工会" / "喜迎校庆 “教工之家”揭牌启用").
// Each title carries the shape that named it (`because`), which the split stage notes.
import { readMarker } from '../../lexicon/layout/markers.ts';
import { isSalutation, readNumberedTitle } from '../../lexicon/layout/parts.ts';
import {
  brokenHeadline,
  isBareTitleLine,
  isNoticeTitle,
  isDocumentNumberLine,
  isSummaryLabel,
  isUnitNameLine,
  joinedTitle,
  readSubtitleLine,
  sameTitleBarQuotes,
  withoutRunOn,
} from '../../lexicon/layout/titles.ts';
import {
  compilationTitle,
  countedThenTitle,
  type Furniture,
  loadFurniture,
  partMarker,
  readsAsTitle,
} from './furniture.ts';

export interface LeadTitle {
  title: string | null;
  /** Index (in the lines given) of the line the title was read from, or -1. */
  titleLine: number;
  /** The lines the title was read from: one, or two when the page broke it ("…工作总结" / "及…工作计划"). */
  titleLines: number[];
  /** Lines that are no document's text: those up to the title, the compilation title line, part markers. */
  drop: Set<number>;
  /** The compilation's title, when a line before the body counts the parts. */
  compilation: string | null;
  /** Which shape named the title (provenance: the split stage notes it), or null when none did. */
  because: LeadTitleRule | null;
}

/** The shapes a lead title is read from, as the split stage's notes name them. */
export type LeadTitleRule =
  | 'part-marker'
  | 'title-line'
  | 'title-after-count'
  | 'notice-title'
  | 'bare-title-above-text'
  | 'bare-title-twice'
  | 'numbered-title-stem'
  | 'headline-over-publish-line'
  | 'headline-above-subtitle'
  | 'news-headline'
  | 'headline-over-salutation'
  | 'headline-under-label'
  | 'compilation-title';

/** How many lines at the top of a page may still be before the body. */
const MAX_LEAD_LINES = 12;
/** A line this long, or a sentence, is text, not a heading. */
const MAX_HEADING_CHARS = 50;
/** A publish line under a headline: a date, or publish/author fields. */
const PUBLISH_LINE =
  /^(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}|.{0,20}(?:发布|更新|发稿|日期|时间|作者|来源|编辑|采编|撰稿|供稿|审核|浏览)\s*[:：])/u;
const SENTENCE = /[。；！？]|[，,].*[，,]/u;
const OPENS_TEXT = /[:：]$/u;
const CHROME_MARKS = /[>»|]|首页|当前位置|您的位置|网站|登录|注册/u;
/** Bullets and dashes a heading is drawn with ("• 2023学校…", "——梅园中学…"). */
const HEADING_DECORATION = /^(?:[•·●■◆]\s*|[—－-]{1,2}\s*)/u;

function isBodyLine(line: string): boolean {
  // A chapter's heading (第一部分 2023年工作总结) opens the text: it is the document's own part, not its title.
  if (readMarker(line, { months: true, chapters: true })) return true;
  return line.length > MAX_HEADING_CHARS || (line.length > 25 && SENTENCE.test(line));
}

/**
 * A title that names no organisation, year or union ("学生社团工作计划") is the document's only right above its
 * text: the next line is body, a salutation or the publish line under a title.
 */
function bareTitleAboveText(title: string, lines: string[], i: number): boolean {
  const next = lines
    .slice(i + 1)
    .find((l) => l.trim())
    ?.trim();
  if (next === undefined || !isBareTitleLine(title)) return false;
  return isBodyLine(next) || isSalutation(next) || PUBLISH_LINE.test(next);
}

/**
 * A title that names no unit printed twice in a row ("学生社团工作计划" / "学生社团工作计划"): the page's title
 * over the article's own heading, the copy the title; whatever line follows (a regulation's 总则, a 前言).
 */
function bareTitleTwice(title: string, lines: string[], i: number): boolean {
  const next = lines
    .slice(i + 1)
    .find((l) => l.trim())
    ?.trim();
  return next !== undefined && next === title && isBareTitleLine(title);
}

/** How far below a broken headline the text may say the words across its break. */
const RESTATE_LINES = 3;

/** A headline broken over lines i and i+1, right above the text (line i+2 is body), joined; else null. */
function brokenOverText(lines: string[], i: number, line: string): string | null {
  const after = lines[i + 2];
  if (after === undefined || !isBodyLine(after) || !headline(line)) return null;
  return brokenHeadline(line, lines[i + 1]!, lines.slice(i + 2, i + 2 + RESTATE_LINES).join(''));
}

/** What stands right under a headline: its publish line, or the label of the summary the page gives (摘要). */
function isLineUnderHeadline(line: string): boolean {
  return PUBLISH_LINE.test(line.trim()) || isSummaryLabel(line);
}

/** A speaker's name printed between a speech's title and its salutation ("曹 时", "张明"): a few Han characters. */
const SPEAKER_LINE = /^[\p{Script=Han}](?:\s*[\p{Script=Han}]){1,3}$/u;

/**
 * A letter's or a speech's title: the heading-shaped line right above the salutation that opens it
 * ("…教代会闭幕词" / "各位代表、同志们：", "…捐款倡议书" / "亲爱的老师、同学们："), also with the speaker's name
 * between them. The salutation fixes the title's place, whatever word the title ends in (开幕词, 倡议书, 讲话…).
 * Returns the line's index, or -1.
 */
function headlineOverSalutation(lines: string[], limit: number): number {
  const at = lines.slice(0, limit).findIndex((l) => isSalutation(l.trim()));
  if (at < 1) return -1;
  let k = at - 1;
  if (k > 0 && SPEAKER_LINE.test(lines[k]!.trim())) k--;
  const line = lines[k]!.trim().replace(HEADING_DECORATION, '');
  return headline(line) &&
    !isUnitNameLine(line) &&
    !isDocumentNumberLine(line) &&
    readMarker(line, { months: true, chapters: true }) === null
    ? k
    : -1;
}

/** A section's or column's label a page prints alone over its headline (工会, 教师会章程): a few Han characters. */
const SECTION_LABEL = /^[\p{Script=Han}]{2,6}$/u;
/** A line naming a union or association alone (…中学教师会, …分会) names the unit, not the document. */
const NAMES_A_UNIT = /(?:工会|教师会|委员会|分会|协会)$/u;

/**
 * The headline under a section's label at the very top of the text (工会 / 喜迎校庆 “教工之家”揭牌启用): the label
 * is the column's, the line below it the page's own headline. Only the first line is such a label, and only over a
 * heading-shaped line longer than it that the text goes on after. Returns the headline's index, or -1.
 */
function headlineUnderLabel(lines: string[]): number {
  const label = lines[0]?.trim() ?? '';
  const line = lines[1]?.trim() ?? '';
  if (!SECTION_LABEL.test(label) || lines.length < 3 || line.length < Math.max(8, label.length + 2)) return -1;
  const shaped = headline(line) && !isUnitNameLine(line) && !NAMES_A_UNIT.test(line);
  // A line drawn as a subtitle (——某校工会开展…, ――…系列报道) is the short headline's above it, no headline itself.
  const subtitle = readSubtitleLine(line) !== null || /^[—―－-]/u.test(line);
  return shaped && !subtitle && readMarker(line, { months: true, chapters: true }) === null && !isSalutation(line)
    ? 1
    : -1;
}

function headline(line: string): boolean {
  // A publish line (采编:某某, 发布时间:…) is what stands under a headline, never the headline itself.
  // A line ending in a colon opens the text (…具体安排如下：, 各分工会：): it heads what follows, not the page.
  return (
    line.length >= 6 &&
    line.length <= 60 &&
    !SENTENCE.test(line) &&
    !OPENS_TEXT.test(line) &&
    !CHROME_MARKS.test(line) &&
    !PUBLISH_LINE.test(line)
  );
}

/**
 * Whether a line the page printed right above its publish line (which cleaning removed) is its headline: one short
 * line, no sentence, no colon closing it, no site words, no unit's name alone.
 */
export function isHeadlineOverPublication(line: string): boolean {
  const t = line.trim();
  return headline(t) && !isUnitNameLine(t) && readMarker(t, { months: true, chapters: true }) === null;
}

export function leadTitle(lines: string[], f: Furniture = loadFurniture()): LeadTitle {
  let compilation: string | null = null;
  let title: string | null = null;
  let titleLine = -1;
  let titleEnd = -1;
  let because: LeadTitleRule | null = null;
  const drop = new Set<number>();
  const limit = Math.min(lines.length, MAX_LEAD_LINES);
  const take = (text: string, from: number, to: number, rule: LeadTitleRule) => {
    // A page may give its title twice, one copy without the quotes the other keeps: the fuller copy is the title.
    if (title !== null && titleEnd === from - 1 && sameTitleBarQuotes(title, text) && text.length < title.length) {
      titleEnd = to;
      return;
    }
    title = text;
    titleLine = from;
    titleEnd = to;
    because = rule;
  };
  for (let i = 0; i < limit; i++) {
    const from = i;
    const raw = lines[i]!.trim();
    let line = raw.replace(HEADING_DECORATION, '');
    const joined = i + 1 < lines.length ? (joinedTitle(line, lines[i + 1]!) ?? brokenOverText(lines, i, line)) : null;
    if (joined !== null) {
      line = joined;
      i++;
    }
    const marker = partMarker(line);
    if (marker !== null) {
      // "小学工会工作计划 篇一": the document starts after its marker.
      if (marker && readsAsTitle(marker, f)) take(marker, from, i, 'part-marker');
      drop.add(i);
      break;
    }
    if (isBodyLine(line)) break;
    const both = countedThenTitle(line, f);
    if (both !== null) {
      compilation = both.compilation;
      take(both.title, from, i, 'title-after-count');
      continue;
    }
    const counted = compilationTitle(line, f);
    if (counted !== null) {
      compilation = counted;
      drop.add(i);
      continue;
    }
    const numbered = readNumberedTitle(line);
    const stem = numbered ? numbered[1]!.trim() : null;
    const stemIsTitle =
      stem !== null && (stem === compilation || readsAsTitle(stem, f) || bareTitleAboveText(stem, lines, i));
    // A news headline's subtitle (——城南小学工会开展…活动) says what happened; the headline above it is the title,
    // unless the subtitle is itself shaped as the document's title (——2015年…工会工作报告).
    const above = i > 0 ? lines[i - 1]!.trim() : '';
    const aboveIsHeadline = headline(above) && !readsAsTitle(above, f) && compilationTitle(above, f) === null;
    if (readSubtitleLine(raw) !== null && !readsAsTitle(line, f) && !isNoticeTitle(line) && aboveIsHeadline) {
      take(above, i - 1, i - 1, 'headline-above-subtitle');
      continue;
    }
    const shape: LeadTitleRule | null = readsAsTitle(line, f)
      ? 'title-line'
      : isNoticeTitle(line)
        ? 'notice-title'
        : bareTitleAboveText(line, lines, i)
          ? 'bare-title-above-text'
          : bareTitleTwice(line, lines, i)
            ? 'bare-title-twice'
            : null;
    if (shape !== null) {
      // "…活动实施方案 1": a number after the title numbers the part, it is no part of the title.
      take(stemIsTitle ? stem! : line, from, i, shape);
    } else if (stemIsTitle) {
      take(stem!, from, i, 'numbered-title-stem');
    } else if (title === null && headline(line) && i + 1 < lines.length && isLineUnderHeadline(lines[i + 1]!)) {
      take(line, from, i, 'headline-over-publish-line');
    } else if (title === null && headline(line) && f.newsHeadlines.some((re) => re.test(line))) {
      take(line, from, i, 'news-headline');
    }
  }
  // Nothing named the title: a letter or speech gives it right above its salutation.
  if (title === null && compilation === null) {
    const k = headlineOverSalutation(lines, limit);
    if (k >= 0) {
      const line = lines[k]!.trim().replace(HEADING_DECORATION, '');
      const numbered = readNumberedTitle(line);
      take(numbered ? numbered[1]!.trim() : line, k, k, 'headline-over-salutation');
    } else if (headlineUnderLabel(lines) === 1) {
      take(lines[1]!.trim(), 1, 1, 'headline-under-label');
    }
  }
  const titleLines = titleLine < 0 ? [] : Array.from({ length: titleEnd - titleLine + 1 }, (_, k) => titleLine + k);
  // What stands above the title is page furniture, except a byline naming the unit (kept for its org) and the
  // document's own number (某工字〔2017〕40号: its text, and the year it was issued in).
  for (let i = 0; i <= titleEnd; i++) {
    const line = lines[i]!.trim();
    if (titleLines.includes(i) || (!f.bylines.some((re) => re.test(line)) && !isDocumentNumberLine(line))) drop.add(i);
  }
  const found = title as string | null;
  return {
    title: found === null ? compilation : withoutRunOn(found),
    titleLine,
    titleLines,
    drop,
    compilation,
    because: found === null ? (compilation === null ? null : 'compilation-title') : (because as LeadTitleRule | null),
  };
}
