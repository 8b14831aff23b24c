// The year a document states for itself — in its title, else in its opening lines — never the page's upload
// or publish date. "2013-2014学年度" is a school year (recorded as such; its first year is the year).
// Anonymised years ("20xx", "201_") give no year.

export interface DocumentYear {
  year: number | null;
  schoolYear: string | null;
  /** The text the year was read from, or the placeholder that hid it. */
  evidence: string | null;
  anonymised: boolean;
  from: 'title' | 'text' | null;
}

const CN_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const SCHOOL_YEAR = /((?:19|20)\d{2})\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*学年/u;
// "2022年度", "2025年", "2025、2", "2025下半年", "2009年度工作总结"; a year inside a longer number never.
// An upload or publish date ("2023-04-04", "2015-09-02 14:43") is never a document's year: a year before a
// dash is one only when a school year's second year follows ("2013-2014").
const YEAR =
  /(?<![\d])((?:19|20)\d{2})(?![\d])(?!\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?=年|学年|[上下]半年|、|[-—–]\s*(?:19|20)?\d{2}(?!\d|\s*[-—–/])|第|度|工会|$)/u;
/** In a title a year may be glued to the next word ("2019小学工会工作计划", "院工会2021工作要点"), but not
 * a length or count ("2000字范本"), nor a date. */
const TITLE_YEAR =
  /(?<![\d])((?:19|20)\d{2})(?![\d])(?!\s*(?:字|篇|元|人|名|个|万|多|余|号|次|米|[-—–/.．]\s*\d{1,2}\s*[-—–/.．]))/u;
const PLACEHOLDER_YEAR =
  /(?<![\d])(?:(?:19|20)[\dxX_]{2}|[xX]{4}|20[_＿]{1,2}|201[_＿xX])(?=\s*(?:年|学年|[上下]半年))/u;
// A full date in the text ("2025年9月5日") is an event's or a signature's day, not the year the text is about.
// A year in Chinese numerals, or with its 〇 lost in conversion (二一二年 for 二〇一二年: 2010–2029 only).
const CN_YEAR = /([〇零一二三四五六七八九]{4}|二[一二][〇零一二三四五六七八九])年/u;
/** A two-digit year: 08年 (a leading zero is never a count), or 12年 when the year's work follows (12年度, 12年上半年). */
const SHORT_YEAR =
  /(?<![\d〇零一二三四五六七八九十第近了多几余])(0\d(?=\s*年)|[12]\d(?=\s*年(?:度|[上下]半年|[春秋]季?学期|是|工作)))/u;

function cnYearOf(digits: string): number {
  const d = [...digits].map((c) => CN_DIGIT[c]).join('');
  return Number(d.length === 3 ? `20${d.slice(1)}` : d);
}
/** The opening of a text where it states its own year. */
const OPENING = 300;

function plausible(year: number, now: number): boolean {
  return year >= 1980 && year <= now + 1;
}

function readYear(text: string, now: number, yearPattern = YEAR): Omit<DocumentYear, 'from'> | null {
  const sy = SCHOOL_YEAR.exec(text);
  if (sy && Number(sy[2]) === Number(sy[1]) + 1 && plausible(Number(sy[1]), now)) {
    return { year: Number(sy[1]), schoolYear: `${sy[1]}-${sy[2]}`, evidence: sy[0], anonymised: false };
  }
  const placeholder = PLACEHOLDER_YEAR.exec(text);
  const y = yearPattern.exec(text);
  const cn = CN_YEAR.exec(text);
  const cnYear = cn ? cnYearOf(cn[1]!) : null;
  const short = SHORT_YEAR.exec(text);
  const shortYear = short ? 2000 + Number(short[1]) : null;
  const candidates = [
    y && plausible(Number(y[1]), now) ? { at: y.index, year: Number(y[1]), evidence: y[0] } : null,
    cn && cnYear !== null && plausible(cnYear, now) ? { at: cn.index, year: cnYear, evidence: cn[0] } : null,
    short && shortYear !== null && plausible(shortYear, now)
      ? { at: short.index, year: shortYear, evidence: short[0] }
      : null,
  ]
    .filter((c): c is { at: number; year: number; evidence: string } => c !== null)
    .sort((a, b) => a.at - b.at);
  const first = candidates[0];
  if (placeholder && (!first || placeholder.index < first.at))
    return { year: null, schoolYear: null, evidence: placeholder[0], anonymised: true };
  if (first) return { year: first.year, schoolYear: null, evidence: first.evidence, anonymised: false };
  return null;
}

export interface YearOptions {
  /** Read the title only: a news report's dates are its events', not a year it is about. */
  titleOnly?: boolean;
}

export function documentYear(
  title: string | null,
  text: string,
  now = new Date().getFullYear(),
  options: YearOptions = {},
): DocumentYear {
  const fromTitle = title ? readYear(title, now, TITLE_YEAR) : null;
  if (fromTitle) return { ...fromTitle, from: 'title' };
  const fromText = options.titleOnly ? null : readYear(text.slice(0, OPENING), now);
  if (fromText) return { ...fromText, from: 'text' };
  return { year: null, schoolYear: null, evidence: null, anonymised: false, from: null };
}
