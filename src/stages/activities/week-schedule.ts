// Week schedules (行事历, 周次安排): "第1周：制定工会工作计划", "第2—3周：开展学雷锋活动". School plans date a
// term's work by teaching week, not by month. A week becomes a month once the term's first week is placed:
// a term starts around 1 September (autumn) or mid-February (spring, after 春节, so it moves by a week or two),
// and a fixed-date holiday named in an item ("第4周：庆祝三八妇女节") pins the start down further.
import type { MonthAnchor } from './rules.ts';
import { WEEK_LINE_LEAD } from '../../lexicon/layout/leads.ts';
import { parseSmallNumber } from './month-numerals.ts';

export interface WeekItem {
  /** Paragraph index (in the document's paragraph list) and the item's offsets in it. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** The header as written ("第2—3周："). */
  header: string;
  week: number;
  weekEnd: number | null;
}

export type TermKind = 'autumn' | 'spring';

export interface Term {
  kind: TermKind;
  /** The words that say so ("第二学期"). */
  said: string;
}

export interface WeekDating {
  month: number;
  monthEnd: number | null;
  confidence: number;
  evidence: string;
}

const WEEK_NUMERAL = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
/** "第1周：", "第2—3周", "第五、六周", "第7周（3.31—4.4）" at a line's start, then the item. */
const WEEK_HEADER = new RegExp(
  `^\\s*${WEEK_LINE_LEAD}(第\\s*(${WEEK_NUMERAL})\\s*(?:周\\s*)?(?:[—\\-–~～至到、]\\s*(?:第\\s*)?(${WEEK_NUMERAL})\\s*)?周(?:\\s*[（(][^（()）]{0,24}[)）])?\\s*[:：]?)\\s*`,
  'u',
);
/** A run needs this many week lines to be a schedule: one "第3周起…" sentence is not. */
const MIN_RUN = 3;
/** A term has at most this many weeks. */
const MAX_WEEK = 26;
const TERM_WORDS: Array<[RegExp, TermKind]> = [
  [/第一学期|上学期|秋季学期|秋学期|秋季开学/u, 'autumn'],
  [/第二学期|下学期|春季学期|春学期|春季开学/u, 'spring'],
];
/** Typical first day of a term, as [month, day]: autumn terms open on 1 September; spring terms open after
 * 春节, between about 10 February and 1 March — the middle of that range. */
const TYPICAL_START: Record<TermKind, [number, number]> = { autumn: [9, 1], spring: [2, 17] };
/** The latest a spring term's first week can start, and the earliest (fixes how far a holiday may move it). */
const START_RANGE: Record<TermKind, [[number, number], [number, number]]> = {
  autumn: [
    [8, 25],
    [9, 8],
  ],
  spring: [
    [2, 5],
    [3, 5],
  ],
};

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
const dayOfYear = ([m, d]: [number, number]) => DAYS_BEFORE_MONTH[m - 1]! + d;
/** Month and day of a day of the year; days past 365 are in January onwards of the next year. */
function calendarDate(day: number): [number, number] {
  const d = ((day - 1) % 365) + 1;
  let m = 1;
  while (d > DAYS_BEFORE_MONTH[m]!) m++;
  return [m, d - DAYS_BEFORE_MONTH[m - 1]!];
}
const monthOfDay = (day: number) => calendarDate(day)[0];
const dateLabel = (day: number) => {
  const [m, d] = calendarDate(day);
  return `${m}月${d}日`;
};

/** Which term a plan covers, from its title and opening lines. */
export function termOf(texts: readonly string[]): Term | null {
  for (const text of texts) {
    for (const [pattern, kind] of TERM_WORDS) {
      const m = pattern.exec(text);
      if (m) return { kind, said: m[0] };
    }
  }
  return null;
}

/** Lines opening with a teaching week, in runs of at least MIN_RUN whose weeks never go back. */
export function findWeekItems(paragraphs: readonly string[], skip: (paragraph: number) => boolean): WeekItem[] {
  const found: WeekItem[] = [];
  paragraphs.forEach((text, i) => {
    if (skip(i)) return;
    const m = WEEK_HEADER.exec(text);
    if (!m) return;
    const week = parseSmallNumber(m[2]!);
    const weekEnd = m[3] ? parseSmallNumber(m[3]) : null;
    if (week === null || week < 1 || week > MAX_WEEK || (weekEnd !== null && (weekEnd <= week || weekEnd > MAX_WEEK)))
      return;
    const start = m[0].length;
    const item = text.slice(start).replace(/[。；;\s]+$/u, '');
    if (!item) return;
    found.push({ paragraph: i, start, end: start + item.length, text: item, header: m[1]!, week, weekEnd });
  });
  const ordered = found.every((w, k) => k === 0 || w.week >= found[k - 1]!.week);
  return found.length >= MIN_RUN && ordered ? found : [];
}

/**
 * The day of the year the term's first week starts: the typical start, moved as little as needed to put every
 * fixed-date holiday named in an item inside that item's week(s), within the range terms really start.
 */
export function placeFirstWeek(
  items: readonly WeekItem[],
  term: TermKind,
  anchors: readonly MonthAnchor[],
): { start: number; pinnedBy: string[] } {
  const [earliest, latest] = START_RANGE[term].map(dayOfYear) as [number, number];
  let low = earliest;
  let high = latest;
  const pinnedBy: string[] = [];
  for (const item of items) {
    for (const anchor of anchors) {
      if (!anchor.date || !anchor.pattern.test(item.text)) continue;
      // Spring holidays fall after the term starts in the same year; autumn's January ones a year later.
      const holiday = dayOfYear(anchor.date) + (term === 'autumn' && anchor.date[0] < 8 ? 365 : 0);
      // The holiday lies in weeks week..weekEnd: start + 7(week-1) ≤ holiday ≤ start + 7·weekEnd - 1.
      const from = holiday - 7 * (item.weekEnd ?? item.week) + 1;
      const to = holiday - 7 * (item.week - 1);
      if (Math.max(low, from) <= Math.min(high, to)) {
        low = Math.max(low, from);
        high = Math.min(high, to);
        pinnedBy.push(`${anchor.label} (${dateLabel(holiday)}) in ${item.header.replace(/[:：]$/u, '')}`);
      }
    }
  }
  const typical = dayOfYear(TYPICAL_START[term]);
  return { start: Math.min(Math.max(typical, low), high), pinnedBy };
}

/** The month(s) of an item's weeks, judged by each week's middle day. */
export function datedWeek(item: WeekItem, term: Term, firstWeek: { start: number; pinnedBy: string[] }): WeekDating {
  const middle = (week: number) => firstWeek.start + 7 * (week - 1) + 3;
  const month = monthOfDay(middle(item.week));
  const last = monthOfDay(middle(item.weekEnd ?? item.week));
  const pinned = firstWeek.pinnedBy.length > 0;
  const startWhy = pinned
    ? `week 1 placed at ${dateLabel(firstWeek.start)} by ${firstWeek.pinnedBy.join(', ')}`
    : `week 1 taken as starting about ${dateLabel(firstWeek.start)}, when ${term.kind} terms usually open`;
  return {
    month,
    monthEnd: last !== month ? last : null,
    // Autumn terms open within days of 1 September; spring ones move with 春节 unless a holiday pins them.
    confidence: pinned ? 0.8 : term.kind === 'autumn' ? 0.7 : 0.6,
    evidence: `"${item.header.replace(/[:：]$/u, '')}" of the ${term.kind} term ("${term.said}"); ${startWhy}`,
  };
}
