// Years and school years as documents state them (issue 16). The patterns are data (data/years.json); the
// metadata stages read a document's year, and the title's lead before its organisation, here.
import { chineseDigit, chineseNumber } from './numbers.ts';
import { loadPatterns, patternIn, sourceIn } from './patterns.ts';

const years = loadPatterns('years');

const SCHOOL_YEAR = patternIn(years, 'school-year');
const SCHOOL_YEAR_GLUED = patternIn(years, 'school-year-glued');
const STATED_YEAR = patternIn(years, 'stated-year');
const SCHOOL_YEAR_BY_FIRST = patternIn(years, 'school-year-by-first-year');
const TITLE_YEAR = patternIn(years, 'title-year');
const PLACEHOLDER_YEAR = patternIn(years, 'placeholder-year');
const CHINESE_YEAR = patternIn(years, 'chinese-year');
const SHORT_YEAR = patternIn(years, 'short-year');
const ROC_YEAR = patternIn(years, 'roc-year');
const ROC_NAMED_YEAR = patternIn(years, 'roc-named-year', 'g');
const OPENING_DATE = patternIn(years, 'opening-date');
const EVENT_DATE = patternIn(years, 'event-date');
const SENTENCE_YEAR = patternIn(years, 'sentence-year');
const WORK_YEAR = patternIn(years, 'work-year');
const NEW_YEAR_ARRIVING = patternIn(years, 'new-year-arriving');
const REVIEWED_YEARS = patternIn(years, 'reviewed-year', 'g');
const REVIEWED_YEAR_OBJECTS = patternIn(years, 'reviewed-year-object', 'g');
const HONOUR_YEAR = patternIn(years, 'honour-year');
const HONOUR_YEARS = patternIn(years, 'honour-year', 'g');
const DAY_DATE_YEAR = patternIn(years, 'day-date-year', 'g');
const REPORT_YEARS = patternIn(years, 'report-year', 'g');
const CITED_DOCUMENT = patternIn(years, 'cited-document', 'g');
const NAMED_DOCUMENT_YEAR = patternIn(years, 'named-document-year', 'g');
const OUTLINE_DOCUMENT_YEAR = patternIn(years, 'outline-document-year', 'g');
const HEARD_REPORT_YEAR = patternIn(years, 'heard-report-year', 'g');
const SUMMARY_AND_PLAN_YEARS = patternIn(years, 'summary-and-plan-years');
const REVIEW_MEETING_YEAR = patternIn(years, 'review-meeting-year');
/** A year as a cited name may spell it: 2023, 20xx, 二〇二三, or a span's end (2021-2025年). */
const YEAR_IN_NAME =
  /(?<![\dA-Za-z])(?:(?:19|20)\d{2}|(?:19|20)?[xX×_＿]{2,4}|[〇零一二三四五六七八九]{4})(?![\dA-Za-z])/gu;

/** A reader of one year pattern: the match (group 1 the year where it has one), or null. */
export type YearReader = (text: string) => RegExpExecArray | null;

/** "2013-2014学年", or its two years run together when the page lost the dash (20132014学年): groups 1 and 2 the
 * two years. */
export const readSchoolYear: YearReader = (text) => SCHOOL_YEAR.exec(text) ?? readGluedSchoolYear(text);
/** "20132014学年": a school year whose separator was lost. Groups 1 and 2 the two years. */
export const readGluedSchoolYear: YearReader = (text) => SCHOOL_YEAR_GLUED.exec(text);
/** "2021学年度": a school year named by its first year alone. Group 1 the year. */
export const readSchoolYearByFirstYear: YearReader = (text) => SCHOOL_YEAR_BY_FIRST.exec(text);
/** A year the text states for itself ("2022年度", "2025下半年"); never a publish date. Group 1 the year. */
export const readStatedYear: YearReader = (text) => STATED_YEAR.exec(text);
/** A year in a title, also glued to the next word ("2019小学…"), not a length or count. Group 1 the year. */
export const readTitleYear: YearReader = (text) => TITLE_YEAR.exec(text);
/** The full date a news report's first sentence opens with (2012年2月24日下午，…). Group 1 the year. */
export const readOpeningDate: YearReader = (text) => OPENING_DATE.exec(text);
/** The full date of the event a report's first sentence tells of, after its purpose (为了…，2022年1月21日…召开). */
export const readEventDate: YearReader = (text) => EVENT_DATE.exec(text);
/** Where the text names an honour's year (获评“2022年度…”, 2013年荣获…, 表彰了2011-2012年度…): its spans. */
function honourSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(HONOUR_YEARS)].map((m) => [m.index, m.index + m[0].length]);
}
/** The report years of a text outside its honours' spans. */
function reportYearsBesideHonours(text: string): RegExpExecArray[] {
  const honours = honourSpans(text);
  return [...text.matchAll(REPORT_YEARS)].filter((m) => {
    const at = m.index + m[0].indexOf(m[1]!);
    return !honours.some(([from, to]) => at >= from && at < to);
  });
}
/** A year a news report's first sentence states for what it reports, not a span's start, the year arriving or an
 * honour's (获评“2022年度…”). */
export const readReportYear: YearReader = (text) => reportYearsBesideHonours(text)[0] ?? null;
/** A meeting's name that reviews one year and plans the next (2022年度…总结会暨2023年…部署会): the two years, the
 * second the year after the first; else null. */
export function readSummaryAndPlanYears(text: string): { summary: number; plan: number; match: string } | null {
  const m = SUMMARY_AND_PLAN_YEARS.exec(text);
  if (!m) return null;
  const summary = Number(m[1]);
  const plan = Number(m[2]);
  return plan === summary + 1 ? { summary, plan, match: m[0] } : null;
}
/** The year a headline's review meeting looks back on (召开2017年度工会工作总结会, 2007年述职报告): group 1. */
export const readReviewMeetingYear: YearReader = (text) => REVIEW_MEETING_YEAR.exec(text);
/** An honour's year (获评“2022年度…”, 继2013年荣获…). Group 1 or 2 the year. */
export const readHonourYear: YearReader = (text) => HONOUR_YEAR.exec(text);
/** Every year a report states for what it reports, in order ("部署了2023年工作…2023年妇联工作" → [2023, 2023]). */
export function reportYears(text: string): number[] {
  // An honour's year (获评“2022年度…”) is the honour's, named in a report of any year (SCHEMA audit 3).
  return reportYearsBesideHonours(text).map((m) => Number(m[1]));
}
/** The new year an occasion welcomes (在2019年元旦即将来临之际, 2019年即将来临之际). Group 1 the year. */
export const readArrivingYear: YearReader = (text) => NEW_YEAR_ARRIVING.exec(text);
/** Every year whose work the text says was looked back on (总结了2016年度…工作, 通报了2021年…, 对…2016年的工作…
 * 进行了总结). */
export function reviewedYears(text: string): number[] {
  return [...text.matchAll(REVIEWED_YEARS), ...text.matchAll(REVIEWED_YEAR_OBJECTS)].map((m) => Number(m[1]));
}
/** A sentence opening with a year as its topic (…。2014年，是…的最后一年). Group 1 the year. */
export const readSentenceYear: YearReader = (text) => SENTENCE_YEAR.exec(text);
/** The year of work a text names by 年度 (总结2016年度工会工作), not an honour's (荣获2016年度…). Group 1 the year. */
export const readWorkYear: YearReader = (text) => WORK_YEAR.exec(text);
/** A year a template hid ("20xx年", "201_年"). */
export const readPlaceholderYear: YearReader = (text) => PLACEHOLDER_YEAR.exec(text);

/**
 * Where the text names a year that belongs to another document it names (SCHEMA audit 3): every year inside a
 * cited name (《…三年规划(2021-2023年)》), and the year of a document it follows, conveys or studies (根据区工会2023年
 * 工作要点, 会上传达了2020年市工会工作要点, 按照市工会20xx年工作要点), or of an outline a higher body issued (2023年
 * 学院党政要点为…), or of a report a meeting heard (审议学校2023年度校长工作报告). Spans [start, end), in order (they may
 * overlap).
 */
export function namedDocumentYearSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const cited of text.matchAll(CITED_DOCUMENT)) {
    for (const y of cited[0].matchAll(YEAR_IN_NAME)) {
      const at = cited.index + y.index;
      spans.push([at, at + y[0].length]);
    }
  }
  for (const re of [NAMED_DOCUMENT_YEAR, OUTLINE_DOCUMENT_YEAR, HEARD_REPORT_YEAR])
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  return spans.sort((a, b) => a[0] - b[0]);
}

/** A year written in Chinese digits ("二〇二三年"): the match and the year, or null. */
export function readChineseYear(text: string): { match: RegExpExecArray; year: number } | null {
  const m = CHINESE_YEAR.exec(text);
  if (!m) return null;
  const digits = [...m[1]!].map((c) => chineseDigit(c)).join('');
  // Three digits: 二一二年 lost its 〇 (2012).
  return { match: m, year: Number(digits.length === 3 ? `20${digits.slice(1)}` : digits) };
}

/** A two-digit year ("08年", "12年度"): the match and the year in 2000–2029, or null. */
export function readShortYear(text: string): { match: RegExpExecArray; year: number } | null {
  const m = SHORT_YEAR.exec(text);
  return m ? { match: m, year: 2000 + Number(m[1]) } : null;
}

/** A Republic of China (民国) year as the calendar year: 民国元年 is 1912, so 108 is 2019. */
export function fromRocYear(year: number): number {
  return year + 1911;
}

/** A 民国 year's number: digits, 元 (year 1), numerals below 100 (九十九), with 百 (一百零二), or digit by digit (一〇二). */
function rocNumber(text: string): number | null {
  const hundred = text.indexOf('百');
  if (hundred < 0) {
    const read = chineseNumber(text);
    if (read !== null || text.length !== 3) return read;
    const digits = [...text].map((c) => chineseDigit(c));
    return digits.every((x) => x !== null) ? Number(digits.join('')) : null;
  }
  const hundreds = hundred === 0 ? 1 : chineseDigit(text.slice(0, hundred));
  const rest = text.slice(hundred + 1).replace(/^[零〇○]/u, '');
  const tail = rest === '' ? 0 : chineseNumber(rest);
  return hundreds === null || tail === null ? null : hundreds * 100 + tail;
}

/** Words that make a 民国 year the school's founding (创校于民国五十七年): a year of its past, not of the text. */
const FOUNDED_BEFORE = /(?:创建|始建|创校|建校|创办|创立|成立|设立|建)于?\s*$/u;

/** Taiwan's year counted from 1912 ("108年5月", "112学年度", "105/12月份", "中华民国九十九年"): the first match whose
 * year `accept` takes (a plausible year, for a document's), the year, and whether a school year follows (112学年度
 * is 2023-2024), or null. A 民国 year that dates a founding is passed over. */
export function readRocYear(
  text: string,
  accept: (year: number) => boolean = () => true,
): { match: RegExpExecArray; year: number; schoolYear: boolean } | null {
  const found: Array<{ match: RegExpExecArray; year: number; schoolYear: boolean }> = [];
  for (const m of text.matchAll(ROC_NAMED_YEAR)) {
    const n = rocNumber(m[1]!);
    if (n === null || FOUNDED_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    found.push({ match: m as RegExpExecArray, year: fromRocYear(n), schoolYear: false });
  }
  const bare = ROC_YEAR.exec(text);
  if (bare) {
    const after = text.slice(bare.index + bare[0].length).trimStart();
    found.push({ match: bare, year: fromRocYear(Number(bare[1])), schoolYear: after.startsWith('学年') });
  }
  return found.filter((f) => accept(f.year)).sort((a, b) => a.match.index - b.match.index)[0] ?? null;
}

/** The year or school year (and term) a title may open with before its organisation, as a regex source. */
export const TITLE_DATE_LEAD = sourceIn(years, 'title-date-lead');

/** The years of the full dates (年月日) a text names, in order ("2011年10月28日…2011年12月1日" → [2011, 2011]). */
export function dayDateYears(text: string): number[] {
  return [...text.matchAll(DAY_DATE_YEAR)].map((m) => Number(m[1]));
}

/** The text with its full dates (2023年4月5日) blanked: a day's year, never the year of what the text names. */
export function withoutDayDates(text: string): string {
  return text.replace(DAY_DATE_YEAR, (m) => ' '.repeat(m.length));
}
