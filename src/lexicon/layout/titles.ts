// What a title says about its document (issue 16): its kind (plan or summary), the period it covers, and
// whether a line is shaped like a title at all. The patterns are data (data/titles.json); the metadata,
// split and activities stages ask here.
import { readMarker } from './markers.ts';
import { loadPatterns, patternIn, sourceIn } from './patterns.ts';

const titles = loadPatterns('titles', true);

/** Words a plan or summary's title ends with (its kind), as a regex source. */
export const TITLE_KIND = sourceIn(titles, 'title-kind');
const TITLE_LINE = patternIn(titles, 'title-line');
const TITLE_SUBJECT = patternIn(titles, 'title-subject');
const DOCUMENT_TITLE_END = patternIn(titles, 'document-title-end');
const DOCUMENT_TITLE_CUE = patternIn(titles, 'document-title-cue');
const GLUED_TITLE = patternIn(titles, 'glued-title');
const GLUED_OPENING = patternIn(titles, 'glued-title-opening');
const HEADLINE_LINE = patternIn(titles, 'headline-line');
const SUBTITLE_LINE = patternIn(titles, 'subtitle-line');

/** A line that reads as a document title ("祖杰小学工会2009年度工作总结", "小学工会下半年计划3"). */
export function isTitleLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 4 || t.length > 70 || readMarker(t, { months: true })) return false;
  return TITLE_LINE.test(t) && TITLE_SUBJECT.test(t);
}

const BARE_TITLE_LINE = patternIn(titles, 'bare-title-line');
const GENERIC_TITLE_STEM = patternIn(titles, 'generic-title-stem');

/**
 * A line shaped like a title though it names no organisation, year or union ("初二班主任工作计划",
 * "庆祝三八妇女节活动方案"): a title only where its place says so (the top of a page above the text, right after
 * a part marker). A heading that names only when and how much ("下学期主要工作安排") is a section's.
 */
export function isBareTitleLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 50 || readMarker(t, { months: true })) return false;
  const m = BARE_TITLE_LINE.exec(t);
  return m !== null && !GENERIC_TITLE_STEM.test(m[1]!.trim());
}

const TITLE_EDGE_MARKS = patternIn(titles, 'title-edge-marks', 'g');
const UNPAIRED_QUOTE = patternIn(titles, 'title-unpaired-quote');

/** A headline without the marks a site's link list draws around it (※…, ●…, … |), else the line as it is. */
export function withoutEdgeMarks(line: string): string {
  TITLE_EDGE_MARKS.lastIndex = 0;
  return line.replace(TITLE_EDGE_MARKS, '').trim();
}

/** A title without its list's marks and without a quote mark it opens or closes unpaired ('城东小学…计划). */
export function withoutTitleMarks(line: string): string {
  return withoutEdgeMarks(line).replace(UNPAIRED_QUOTE, '').trim();
}

const HEADLINE_SUBJECT = patternIn(titles, 'headline-subject');

/** Whether a line names the union, the school or its staff (who a union's own headline is about). */
export function namesHeadlineSubject(line: string): boolean {
  return HEADLINE_SUBJECT.test(line);
}

const SITE_CATEGORY_TAIL = patternIn(titles, 'site-category-tail');
const SITE_COLUMN_HEAD = patternIn(titles, 'site-column-head');
const PHOTO_CREDIT_TAIL = patternIn(titles, 'photo-credit-tail');
const BOOK_TITLE_WRAP = patternIn(titles, 'book-title-wrap');
const QUOTED_TITLE_BEFORE_COLUMN = patternIn(titles, 'quoted-title-before-column');

function readsAsAnyTitle(text: string): boolean {
  return isTitleLine(text) || isBareTitleLine(text);
}

/**
 * The title without what the page put around it: book-title marks (《…工作计划》), a site's column after a quoted
 * title ("“2015年东湖小学工会计划”工会工作计划"), a site's column name after a dash ("…工作计划-工会工作计划") or
 * before the title and a space ("工作计划 2021学年…工作计划"),
 * or, when the line holds two titles run together ("收费站工会换届工作报告 工会换届工作报告"), all but the last
 * (the one nearest the text or its part marker).
 */
export function withoutRunOn(title: string): string {
  let t = withoutTitleMarks(title);
  const credit = PHOTO_CREDIT_TAIL.exec(t);
  if (credit && credit.index > 0) t = t.slice(0, credit.index).trim();
  const wrapped = BOOK_TITLE_WRAP.exec(t) ?? QUOTED_TITLE_BEFORE_COLUMN.exec(t);
  if (wrapped && readsAsAnyTitle(wrapped[1]!)) t = wrapped[1]!.trim();
  const m = SITE_CATEGORY_TAIL.exec(t);
  if (m && m.index > 0 && readsAsAnyTitle(t.slice(0, m.index).trim())) t = t.slice(0, m.index).trim();
  const column = SITE_COLUMN_HEAD.exec(t);
  const rest = column ? t.slice(column[0].length).trim() : '';
  if (column && !readsAsAnyTitle(column[1]!) && readsAsAnyTitle(rest)) t = rest;
  const pieces = t.split(/\s+/u);
  if (pieces.length >= 2 && pieces.every(readsAsAnyTitle)) t = pieces[pieces.length - 1]!;
  return t;
}

const TITLE_CONTINUATION_CLAUSE = patternIn(titles, 'title-continuation-clause');
const TITLE_CONTINUATION_KIND = patternIn(titles, 'title-continuation-kind');
/** A broken title's first line is short. */
const BROKEN_TITLE_HEAD = 30;

/**
 * A title the page broke over two lines, joined ("团区委工会2006年工作总结" + "及2007年工作计划", "2019机关工会" +
 * "工作计划"), when the whole reads as a title; else null.
 */
export function joinedTitle(first: string, second: string): string | null {
  const a = first.trim();
  const b = second.trim();
  if (a.length > BROKEN_TITLE_HEAD || /[。；！？，,;]/u.test(a)) return null;
  const goesOn =
    (TITLE_CONTINUATION_CLAUSE.test(b) && DOCUMENT_TITLE_END.test(a)) ||
    (TITLE_CONTINUATION_KIND.test(b) && !DOCUMENT_TITLE_END.test(a));
  if (goesOn && isTitleLine(a + b)) return a + b;
  // A notice's title the page broke after its subject ("关于开展纪念“三八”" + "国际劳动妇女节活动的通知").
  const notice = a.includes('关于') && b.length <= BROKEN_TITLE_HEAD && !/[。；！？，,;:：]/u.test(b);
  return notice && !isNoticeTitle(a) && isNoticeTitle(a + b) ? a + b : null;
}

/** A broken headline's second line is short; the text says the words across the break as one run of this length. */
const BROKEN_HEADLINE_TAIL = 20;
const BREAK_RUN = 6;
const BREAK_SIDE = { min: 2, max: 4 };
const NO_HEADLINE_MARK = /[。；！？，,;:：!?]/u;

/** Whether a line leaves a “…” quotation open at its end (more “ than ”). */
function openQuote(line: string): boolean {
  return (line.match(/“/gu) ?? []).length > (line.match(/”/gu) ?? []).length;
}

/**
 * A headline the page broke over two short lines ("我校工会开展“…”工会" + "知识进高校活动", "北幼第六届教代会" +
 * "第四次会议圆满召开"), joined, when the text below says the words across the break as one run (…工会知识进高校…,
 * …教代会第四次会议…): a column's name or a unit's line above a headline is never said with it in one run. Else null.
 */
export function brokenHeadline(first: string, second: string, below: string): string | null {
  const a = first.trim();
  const b = second.trim();
  if (a.length > BROKEN_TITLE_HEAD || b.length > BROKEN_HEADLINE_TAIL) return null;
  if (/[。；！？;!?]/u.test(a) || /[:：]$/u.test(a) || NO_HEADLINE_MARK.test(b)) return null;
  // A quotation the first line opens and the second closes ("…举行“亲亲宝贝，" + "快乐六一”亲子游戏活动"): a comma
  // inside it is the quotation's, no end of the headline, and the run across the break may hold it.
  const quoted = openQuote(a) && /^[^“”]*”/u.test(b);
  const runShape = quoted ? /^[\p{Script=Han}，,]+$/u : /^\p{Script=Han}+$/u;
  for (let k = BREAK_SIDE.min; k <= BREAK_SIDE.max; k++) {
    for (let m = BREAK_SIDE.min; m <= BREAK_SIDE.max; m++) {
      if (k + m < BREAK_RUN || k > a.length || m > b.length) continue;
      const run = a.slice(-k) + b.slice(0, m);
      if (runShape.test(run) && below.includes(run)) return a + b;
    }
  }
  return null;
}

/** Quotes a page may drop from one copy of its title ("“欢度新年”活动方案" / "欢度新年活动方案"). */
const TITLE_QUOTES = /[“”"「」『』‘’']/gu;

/** Whether two lines are one title, one copy having lost quotes the other keeps. */
export function sameTitleBarQuotes(a: string, b: string): boolean {
  return a.replace(TITLE_QUOTES, '').trim() === b.replace(TITLE_QUOTES, '').trim();
}

const NOTICE_TITLE = patternIn(titles, 'notice-title');

/** An official document's title: 关于…的通知, 关于…的决定. */
export function isNoticeTitle(line: string): boolean {
  return NOTICE_TITLE.test(line.trim());
}

const NOTICE_TITLE_OPEN = patternIn(titles, 'notice-title-open');
const NOTICE_TITLE_CLOSE = patternIn(titles, 'notice-title-close');
const DOCUMENT_NUMBER_LINE = patternIn(titles, 'document-number-line');

/** Whether a line is an official document's number alone (某工字【2024】5号). */
export function isDocumentNumberLine(line: string): boolean {
  return DOCUMENT_NUMBER_LINE.test(line.trim());
}

const NOTICE_TITLE_ANNOUNCES = patternIn(titles, 'notice-title-announces');

/** Whether a title names its document a notice (…的通知): it announces an event. */
export function isAnnouncingNoticeTitle(title: string): boolean {
  return NOTICE_TITLE_ANNOUNCES.test(title.trim());
}

/** The year an official document's number line states (某工字〔2017〕40号 → "2017"), or null. */
export function readDocumentNumberYear(line: string): string | null {
  return DOCUMENT_NUMBER_LINE.exec(line.trim())?.[1] ?? null;
}

/**
 * An official document's title the page broke over two lines (关于开展…工作的 / 通   知; 关于举办“…” / 教职工合唱比赛通知):
 * the whole title, its second line's spacing closed up, or null when the title is whole or the line is no close.
 */
export function rejoinedNoticeTitle(title: string, nextLine: string): string | null {
  const line = nextLine.trim();
  if (!NOTICE_TITLE_OPEN.test(title.trim()) || !NOTICE_TITLE_CLOSE.test(line)) return null;
  return title.trim() + line.replace(/\s+/gu, '');
}

const TITLE_COPY_MARKS = patternIn(titles, 'title-copy-marks', 'g');
const TITLE_COPY_ASIDE = patternIn(titles, 'title-copy-aside', 'g');

/** A line's letters and numbers alone (【2019学年】城东小学… → 2019学年城东小学…): what two copies of a title share. */
export function titleCore(line: string): string {
  return line.replace(TITLE_COPY_MARKS, '');
}

/** A line without the tags, counts and markers a page sets beside a title in brackets (【转载】…(1520次观看)). */
export function withoutAsides(line: string): string {
  return line.replace(TITLE_COPY_ASIDE, '');
}

const BRACKETED_LEAD_TITLE = patternIn(titles, 'bracketed-lead-title');

/** The title a page put in 【】 before the text's first sentence ("【…活动方案】在每年的…"), else null. */
export function bracketedLeadTitle(line: string): string | null {
  const m = BRACKETED_LEAD_TITLE.exec(line.trim());
  return m && (isTitleLine(m[1]!) || isBareTitleLine(m[1]!)) ? m[1]!.trim() : null;
}

/** The title a 文库 page ran into the text's first line ("…工会工作要点2015年，…"), when it reads as one; else null. */
export function gluedTitle(line: string): string | null {
  const m = GLUED_TITLE.exec(line);
  if (!m) {
    // …or with the text's opening (本学期，), the site's 导语: or its part counter (篇1) right after the title.
    const o = GLUED_OPENING.exec(line);
    return o && isTitleLine(o[1]!) ? o[1]! : null;
  }
  // A title naming no unit ("义工工作年度计划书 青中队在…") counts only when a space, not a year, parts it from the text.
  const spaced = /^\s/u.test(line.slice(m[1]!.length));
  return isTitleLine(m[1]!) || (spaced && isBareTitleLine(m[1]!)) ? m[1]! : null;
}

/** A line shaped like a news headline: short, no sentence, no list item, no salutation. */
export function isHeadlineLine(line: string): boolean {
  return HEADLINE_LINE.test(line.trim());
}

const UNIT_NAME_LINE = patternIn(titles, 'unit-name-line');

/** A line that only names a unit ("城西小学教师发展中心"): a byline, no headline. */
export function isUnitNameLine(line: string): boolean {
  return UNIT_NAME_LINE.test(line.trim());
}

/** A line worded as a whole document's title ("…小学工会工作计划"), not a short "工作安排" section inside one. */
export function isDocumentTitleLine(text: string): boolean {
  return DOCUMENT_TITLE_END.test(text) && (text.length >= 10 || DOCUMENT_TITLE_CUE.test(text));
}

const KIND_TITLE_END = patternIn(titles, 'kind-title-end');

/** A title that ends as a plan's, a summary's or a rule's ("…活动方案", "…总结范文", "…办法"), whatever it tells. */
export function endsAsKindTitle(title: string): boolean {
  return KIND_TITLE_END.test(title.trim());
}

const SUMMARY_TITLE = patternIn(titles, 'summary-title');
const PLAN_TITLE = patternIn(titles, 'plan-title');
const YEAR_TITLE = patternIn(titles, 'year-title');
const HEADING_SUMMARY = patternIn(titles, 'heading-summary');
const HEADING_PLAN = patternIn(titles, 'heading-plan');
const TITLE_LIKE = patternIn(titles, 'title-like-line');
const TITLE_TIME = patternIn(titles, 'title-time');

/** The periods a title may name, most specific first, each with the period it stands for. */
const PERIODS: Array<{ period: string; pattern: RegExp }> = [
  { period: '季度', pattern: patternIn(titles, 'period-quarter') },
  { period: '上半年', pattern: patternIn(titles, 'period-first-half') },
  { period: '下半年', pattern: patternIn(titles, 'period-second-half') },
  { period: '学期', pattern: patternIn(titles, 'period-term') },
  { period: '学年', pattern: patternIn(titles, 'period-school-year') },
  { period: '年度', pattern: patternIn(titles, 'period-year') },
];

const RULES_TITLE_END = patternIn(titles, 'rules-title-end');
const QUOTED_NAME = patternIn(titles, 'quoted-name', 'g');
const OFFICIAL_DOCUMENT_HEAD = patternIn(titles, 'official-document-head');

/**
 * The kind a title names and the word that says it: the kind word that comes first wins (总结 before 计划).
 * A name quoted inside the title (“…汇报展示”活动方案) is an event's or a book's, so the title's own words outside
 * it are read first; a quoted document title (“2015年…工会计划”工会工作计划) stays, and a title that is all
 * quoted names is read as it stands. A title ending in a rule (…计划管理制度) names none: its last word says what
 * the document is.
 */
export function titleKind(title: string): { kind: 'summary' | 'plan'; word: string } | null {
  if (RULES_TITLE_END.test(title.trim())) return null;
  // 关于…的决议: the document's own kind is the head after the matter, not a document the matter names.
  const head = OFFICIAL_DOCUMENT_HEAD.exec(title.trim());
  if (head) return kindWordIn(head[1]!);
  const own = title.replace(QUOTED_NAME, (name) => (readsAsAnyTitle(name.slice(1, -1)) ? name : ' '));
  return kindWordIn(own) ?? (own === title ? null : kindWordIn(title));
}

/** Whether a title ends in a rule's word (…工作制度, …管理办法, …章程): it says what the document is, not its kind. */
export function isRulesTitle(title: string): boolean {
  return RULES_TITLE_END.test(title.trim());
}

function kindWordIn(title: string): { kind: 'summary' | 'plan'; word: string } | null {
  const s = SUMMARY_TITLE.exec(title);
  const p = PLAN_TITLE.exec(title);
  if (s && (!p || s.index <= p.index)) return { kind: 'summary', word: s[0] };
  return p ? { kind: 'plan', word: p[0] } : null;
}

/** What a compilation's heading calls its documents (…总结 → summary, …计划 → plan), or null. */
export function headingKind(heading: string): 'summary' | 'plan' | null {
  return HEADING_SUMMARY.test(heading) ? 'summary' : HEADING_PLAN.test(heading) ? 'plan' : null;
}

/** Whether a title names a year and a kind word ("2025年小学工会计划"): a year's plan or summary. */
export function isYearTitle(title: string): boolean {
  return YEAR_TITLE.test(title);
}

/** The most specific period `text` names (季度, 上半年, 下半年, 学期, 学年, 年度), or null. */
export function periodNamed(text: string): string | null {
  return PERIODS.find((p) => p.pattern.test(text))?.period ?? null;
}

/** Whether a line is shaped like a title: no sentence punctuation, ending in a kind word ("…工作计划："). */
export function isTitleLikeLine(line: string): boolean {
  return TITLE_LIKE.test(line);
}

/** Whether a line names the time a document covers (a year, 20xx, 学年, 学期, 上半年 …). */
export function namesTitleTime(line: string): boolean {
  return TITLE_TIME.test(line);
}

const TWO_PART_HEADLINE = patternIn(titles, 'two-part-headline');

/** A headline after its unit or column and a colon or bar ("二幼:用心用情 共建温馨小家", "创新提升|…"). */
export function isTwoPartHeadline(line: string): boolean {
  return TWO_PART_HEADLINE.test(line.trim());
}

const SUMMARY_LABEL = patternIn(titles, 'summary-label');

/** A summary's label on a line of its own between an article's heading and its text (摘要, 内容摘要, 导读). */
export function isSummaryLabel(line: string): boolean {
  return SUMMARY_LABEL.test(line.trim());
}

/** A headline's subtitle line (——城南小学工会开展慰问活动): the words after the dash, or null. */
export function readSubtitleLine(line: string): string | null {
  return SUBTITLE_LINE.exec(line.trim())?.[1]?.trim() ?? null;
}
