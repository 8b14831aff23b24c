// Month headers of a schedule in every form plans use: "三月份", "三月：", "3月份", "七、八月份" (a span),
// "7-8月", "七、_月份" and "_月份" (a template blanked the numeral), "二月：1、…" (items on the same line),
// "2014年1月：", and period headers ("寒假：", "学期初"). Headers are found at a paragraph's start and, in
// run-on paragraphs that hold a whole schedule, after a sentence end when a colon follows.
import {
  isHeaderBoundary,
  monthHeaderScanner,
  opensWithDay,
  readChildrenHeader,
  readPeriodMonth,
} from '../../lexicon/layout/month-header.ts';
import { isHeaderLead, opensWithItemNumber } from '../../lexicon/layout/leads.ts';
import { type ActivityRules, type PeriodHeader } from './rules.ts';
import { asciiDigits, nextMonth, parseMonthNumeral, parseSmallNumber, parseYear } from './month-numerals.ts';

export interface MonthHeader {
  /** Offsets in the paragraph: the header (with its list number) and the end of its colon and spaces. */
  start: number;
  end: number;
  /** The header as written, e.g. "七、_月份:". */
  text: string;
  month: number | null;
  /** Last month of a span ("七、八月份", "9-10月"); null for one month. */
  monthEnd: number | null;
  /** The month numeral was blanked by a template ("_月份"). */
  blank: boolean;
  /** "七、_月份": the numeral before a blank, either a list number or the first month of a blanked span. */
  listNumeral: number | null;
  period: PeriodHeader | null;
  year: number | null;
  /** The header opens its paragraph (after at most a list marker such as "1、" or "（二）"). */
  leading: boolean;
  /**
   * strict: certainly a header (colon, line of its own, items follow). month-led: a line that opens with a
   * month and goes straight on ("三月份召开教代会"); a header only inside a run of such lines.
   */
  form: 'strict' | 'month-led';
}

/** How far before and after a candidate header its context is read. */
const MAX_LEAD = 12;
const MAX_LOOKAHEAD = 16;

interface HeaderScanner {
  pattern: RegExp;
  /** Cheap test first: most paragraphs hold no 月 and no period word and need no scan. */
  worthScanning: RegExp;
}

const scanners = new WeakMap<ActivityRules, HeaderScanner>();

function headerPattern(rules: ActivityRules): HeaderScanner {
  let scanner = scanners.get(rules);
  if (!scanner) {
    scanner = {
      pattern: monthHeaderScanner(rules.periodSource),
      worthScanning: new RegExp(`月|${rules.periodSource}`),
    };
    scanners.set(rules, scanner);
  }
  return scanner;
}

function periodOf(text: string, rules: ActivityRules): PeriodHeader | null {
  return rules.periods.find((p) => p.opens.test(text)) ?? null;
}

/** Every month or period header in a paragraph, in order. */
export function findMonthHeaders(paragraph: string, rules: ActivityRules): MonthHeader[] {
  const { pattern: re, worthScanning } = headerPattern(rules);
  if (!worthScanning.test(paragraph)) return [];
  const text = asciiDigits(paragraph);
  re.lastIndex = 0;
  const found: MonthHeader[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    let end = start + m[0].length;
    // Only the header's surroundings matter; slicing whole paragraphs per candidate would be quadratic.
    const before = text.slice(Math.max(0, start - MAX_LEAD), start);
    const rest = text.slice(end, end + MAX_LOOKAHEAD);
    const atStart = start <= MAX_LEAD && isHeaderLead(before);
    const bareStart = start <= MAX_LEAD && before.trim() === '';
    const colon = g.colon !== undefined;
    const blank = g.b !== undefined && parseMonthNumeral(g.b) === null;

    let form: MonthHeader['form'] | null = null;
    if (colon) form = 'strict';
    else if (atStart && !g.year && text.slice(end).trim() === '') form = 'strict';
    else if ((atStart || blank) && opensWithItemNumber(rest)) form = 'strict';
    else if (bareStart && !g.period && !g.year && !opensWithDay(rest) && !/^[，,]/.test(rest)) {
      // "十月，我们组织了…" is a sentence that starts with its date; "十月份召开…" may be a schedule line.
      form = /^\s+\S/.test(rest) ? 'strict' : 'month-led';
    }
    const boundaryOk = atStart || blank || isHeaderBoundary(before);
    if (!form || !boundaryOk || (!atStart && !colon && !blank)) {
      // Not a header here; let the scan continue after the first character so overlapping forms are tried.
      re.lastIndex = start + 1;
      continue;
    }
    while (end < text.length && /\s/.test(text[end]!)) end++;

    let month: number | null = null;
    let monthEnd: number | null = null;
    let listNumeral: number | null = null;
    let period: PeriodHeader | null = null;
    if (g.period) {
      period = periodOf(g.period, rules);
      // "期末（1月）：" — the text fixes the month after all.
      const stated = readPeriodMonth(m[0]);
      if (stated) month = parseMonthNumeral(stated);
    } else {
      const b = parseMonthNumeral(g.b!);
      const a = g.a ? parseMonthNumeral(g.a) : null;
      const list = g.list ? parseSmallNumber(g.list) : null;
      if (a !== null) {
        month = a;
        monthEnd = b !== null && b !== a ? b : null;
      } else if (b !== null && list !== null && list >= 1 && list <= 12 && b === nextMonth(list)) {
        month = list; // "七、八月份": two months, not a list number
        monthEnd = b;
      } else {
        month = b;
        if (b === null && list !== null && list >= 1 && list <= 12) listNumeral = list;
      }
    }
    found.push({
      start,
      end,
      text: paragraph.slice(start, end).trim(),
      month,
      monthEnd,
      blank: !g.period && month === null,
      listNumeral,
      period,
      year: g.year ? parseYear(g.year) : null,
      leading: atStart,
      form,
    });
    re.lastIndex = end;
  }
  return found;
}

/**
 * A month heading the numbered items after it, in the forms the header scan leaves out: a year and month on a
 * line of their own under a stage label ("第一阶段：2024年元月份", then "1.…" on the next line: alone, such a
 * line may be a sign-off's date), a span closed by a full stop after a label ("日程月历。十一至十二月。"), or a month
 * with a short title and a colon before item (1) on the same line ("三月份妇女节系列活动：(1)…"). `next` is the
 * paragraph after; the line-end forms need it to open with an item number. Null when the paragraph is no such
 * heading. The header's end takes in the title, so the title is not an item.
 */
export function findChildrenHeader(paragraph: string, next: string, rules: ActivityRules): MonthHeader | null {
  const { pattern: re, worthScanning } = headerPattern(rules);
  if (!worthScanning.test(paragraph)) return null;
  const text = asciiDigits(paragraph);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    re.lastIndex = start + 1;
    if (g.period || g.b === undefined || g.colon !== undefined) continue;
    const b = parseMonthNumeral(g.b);
    if (b === null) continue;
    const before = text.slice(0, start);
    // A year and month alone on a line is a sign-off's date as often as a heading: only a label makes it one.
    if (g.year && before.trim() === '') continue;
    const taken = readChildrenHeader(before, text.slice(end));
    if (taken === null) continue;
    // The items follow on the line (its rest) or open the next paragraph.
    const rest = text.slice(end + taken);
    if (!opensWithItemNumber(rest.trim() === '' ? next.trim() : rest)) continue;
    const a = g.a ? parseMonthNumeral(g.a) : null;
    return {
      start,
      end: end + taken,
      text: paragraph.slice(start, end + taken).trim(),
      month: a ?? b,
      monthEnd: a !== null && b !== a ? b : null,
      blank: false,
      listNumeral: null,
      period: null,
      year: g.year ? parseYear(g.year) : null,
      leading: true,
      form: 'strict',
    };
  }
  return null;
}
