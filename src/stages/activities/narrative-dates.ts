// Dated clauses in running text: "5月21日，我局派出…", "今年的一月份，校工会召开了教工大会", "每年的6月份，
// 开展了民主评议…", "十月份开展…。十一月开展…，十二月开展…" (three). One activity per dated clause: from the
// clause the date sits in to the end of its sentence, or to the next dated clause.
import {
  compactDateScanner,
  datedMentionScanner,
  isBirthDateAfter,
  isDescribedMonth,
  isLunarDateBefore,
  isSeasonMonthLead,
  isSeasonMonthTail,
  isSceneAfterDate,
  isEventLabelLead,
  isSinceWithDeed,
  isTimeAfterItem,
  isTimeFieldLead,
  inlineTimeFieldStart,
  readHeadDay,
  readRunTogetherDate,
  unglueListNumbers,
} from '../../lexicon/layout/dates.ts';
import { readClauseLead } from '../../lexicon/layout/leads.ts';
import { isSignerBeforeDate } from '../../lexicon/layout/sign-offs.ts';
import { isTitleLikeLine } from '../../lexicon/layout/titles.ts';
import { asciiDigits, nextMonth, parseMonthNumeral, parseSmallNumber, parseYear } from './month-numerals.ts';
import { trimmedSpan } from './schedule-items.ts';

export type YearReference =
  | { kind: 'explicit'; year: number }
  /** Written but unreadable: "20xx年", "201_年". */
  | { kind: 'blanked' }
  /** 今年 (0), 去年 (-1), 明年 (+1). */
  | { kind: 'relative'; offset: number; word: string }
  /** 每年: a recurring activity. */
  | { kind: 'recurring'; word: string }
  | { kind: 'none' };

export interface DatedClause {
  /** The clause, in paragraph offsets, with list markers and edge punctuation trimmed. */
  start: number;
  end: number;
  text: string;
  /** The date expression as written and where it is. */
  date: string;
  dateStart: number;
  month: number;
  monthEnd: number | null;
  day: number | null;
  year: YearReference;
  /** A day written without its month ("25日上午，…"): the month is the one the text last dated (basis order). */
  carried?: { month: number; day: number | null };
}

/** The last month the text dated, and its day when written: a later day without a month ("25日上午") is in it. */
export interface LastDate {
  month: number;
  day: number | null;
}

export interface SkippedDate {
  date: string;
  start: number;
  why: string;
}

/** Months mentioned in running text (the layout grammar's "dated-mention"). */
const DATE = datedMentionScanner();
/** Dates whose 年/月 the page's encoding lost ("20081226召开", "1022下午"). */
const COMPACT = compactDateScanner();
/** A month written in digits (3月, ３ 月): the page kept its 月, so digits alone are no lost date. */
const DIGIT_MONTH = /[\d０-９]\s*月/u;

const RELATIVE_OFFSET: Record<string, number> = {
  今年: 0,
  今年度: 0,
  本年: 0,
  本年度: 0,
  当年: 0,
  同年: 0,
  去年: -1,
  上年: -1,
  上年度: -1,
  前年: -2,
  明年: 1,
  次年: 1,
};
const QUOTED = /“[^“”\n]{0,40}”|《[^《》\n]{0,60}》|「[^「」\n]{0,40}」|【[^【】\n]{0,60}】|〈[^〈〉\n]{0,40}〉/g;
const SENTENCE_END = /[。！？!?；;\n]/;
const CLAUSE_SEP = /[。！？!?；;\n，,：:]/;
const NOT_AN_EVENT_BEFORE = /(?:截至|截止|截止到|截至到)\s*$/;
/**
 * "截止12月1日，共收到提案17份": a cut-off date before a tally of what came in dates the collection that ran up to
 * that day (gold: dev g006, test17 zl024 list it); a state at the cut-off (截至6月底，入会率达100%) stays no event.
 */
const TALLY_RECEIVED_AFTER = /^[^。！？!?；;\n]{0,16}共收到/u;
const NOT_AN_EVENT_AFTER = /^\s*(?:以来|为止|止|起(?:施行|实施|执行|生效))/;
/** "十月份新的领导班子成立以来": a period since something that happened in the month, later in the clause. */
const SINCE_LATER = /^[^，。；,;！!？?\n]{0,16}以来/;
/** "一月一次" is "once a month", not January. */
/** "阳春三月，草长莺飞", "金秋十月": an idiom for the season, not the date of anything. */
const SEASON_IDIOM_BEFORE = /(?:阳春|金秋|寒冬|隆冬)$/;
/** "火红的五月，阳光普照", "走出火红的五月": a month a description qualifies with 的 is the season's colour, not a date
 * (a year before 的 is read with the date: 今年的一月份; a term is a time: 新学期的三月). */
const DESCRIBED_BEFORE = /\p{Script=Han}{0,2}(?![年期])\p{Script=Han}的$/u;
const FREQUENCY_AFTER = /^\s*[一两二]\s*[次回期]/;
/** "3月8日是三八节。", "9月10日，我们迎来了教师节。": a sentence that only says a date is a festival's — also when it
 * says so twice ("9月10日是第39个教师节，也是…后的第一个教师节。"). */
const FESTIVAL_DEFINITION_AFTER =
  /^\s*[,，]?\s*(?:我们|大家)?(?:是|为|迎来了?)[^。；;，,]{0,24}(?:节|纪念日)[^。；;，,]{0,8}(?:[,，]\s*(?:也|又|更|还)是[^。；;，,]{0,30}(?:节|纪念日)[^。；;，,]{0,8})*(?:[。！!；;\n]|$)/;
/** "每年的3月8日为庆祝妇女…而设立的节日", "每年4月23日为“世界读书日”": a date every year that is or names a day defines
 * that day; it dates no event. */
const RECURRING_DEFINITION_AFTER =
  /^\s*[,，]?\s*(?:是|为|定为|被定为)[^。；;，,\n]{0,60}?[节日]\s*[”"」]?\s*(?:[。！!；;，,\n]|$)/u;
/** Before a date: 每年 (每年的), the year's recurring day. */
const EVERY_YEAR_BEFORE = /每年\s*的?\s*$/u;
const MAX_CLAUSE = 200;
/** A day written alone ("25日", "12号"): worth the day-only scan only when one is there. */
const DAY_ONLY_HINT = /[\d０-９]\s*[日号]/u;
/** The day word closing a day written alone (scanned from its digits, flag g). */
const DAY_WORD = /[日号]/gu;

function yearReference(g: Record<string, string | undefined>): YearReference {
  if (g.year) {
    const y = parseYear(g.year);
    return y === null ? { kind: 'blanked' } : { kind: 'explicit', year: y };
  }
  if (g.rel) {
    const word = g.rel;
    if (word.startsWith('每')) return { kind: 'recurring', word };
    return { kind: 'relative', offset: RELATIVE_OFFSET[word] ?? 0, word };
  }
  return { kind: 'none' };
}

function quotedRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length]);
}

function hanCount(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length;
}

/** A stated year two or more years from the document's own (学习2001年10月修订的《工会法》). */
function farFromDocument(g: Record<string, string | undefined>, docYear: number): boolean {
  const y = g.year ? parseYear(g.year) : null;
  return y !== null && Math.abs(y - docYear) >= 2;
}

const OPEN_BRACKET = /[（(]\s*$/u;
const CLOSE_BRACKET_THEN_SEP = /^\s*[）)]\s*(?=[、，,；;。！!]|\s*$)/u;
/** Where an item before a bracket starts: after a list's 、, a clause's comma or a sentence's end. */
const ITEM_SEP = /[、，,；;。！!？?：:\n]/u;

/**
 * The item a bracketed date annotates, when the date fills its bracket and a separator follows ("…活动(4月13日)、",
 * "…团体赛。(5月14日—30日)"): from the item's start — after the 、 or comma before it, or the whole sentence when the
 * bracket follows its end — to the bracket's close. Null for a date that is not such a note ("工会定于下周日(10月26日)组织…").
 */
function annotatedItem(
  text: string,
  from: number,
  dateStart: number,
  dateEnd: number,
): { start: number; end: number } | null {
  const open = OPEN_BRACKET.exec(text.slice(Math.max(from, dateStart - 4), dateStart));
  const close = CLOSE_BRACKET_THEN_SEP.exec(text.slice(dateEnd, dateEnd + 40));
  if (!open || !close) return null;
  let at = dateStart - open[0].length;
  while (at > from && /\s/u.test(text[at - 1]!)) at--;
  const afterSentence = at > from && /[。！!；;]/u.test(text[at - 1]!);
  let start = afterSentence ? at - 1 : at;
  while (start > from && !(afterSentence ? SENTENCE_END : ITEM_SEP).test(text[start - 1]!)) start--;
  return start < at ? { start, end: dateEnd + close[0].length } : null;
}

/**
 * Dated clauses in paragraph[from, to). Dates inside quotation marks and titles (“五月的鲜花”, 《…》),
 * deadlines of a state (截至5月), "一月一次", bare sign-off dates and, when `aboutYear` (the document's
 * year) is given, dates two or more years away from it are skipped and reported. `afterTimeField`: the
 * paragraph before is a time field's heading ("三、活动时间："), so a date opening this one is the event's.
 */
export function findDatedClauses(
  paragraph: string,
  from = 0,
  to = paragraph.length,
  aboutYear?: number,
  afterTimeField = false,
  lastDate: LastDate | null = null,
): { clauses: DatedClause[]; skipped: SkippedDate[]; last: LastDate | null } {
  const clauses: DatedClause[] = [];
  const skipped: SkippedDate[] = [];
  const range = paragraph.slice(from, to);
  COMPACT.lastIndex = 0;
  // A page that lost 月 after digits still writes it in words (阳春三月): only a month in digits rules the reading out.
  const compact = !DIGIT_MONTH.test(range) && COMPACT.test(asciiDigits(range));
  const dayHint = DAY_ONLY_HINT.test(range);
  const dayOnly = lastDate !== null && dayHint;
  if ((!range.includes('月') && !compact && !dayOnly) || isTitleLikeLine(range)) {
    return { clauses, skipped, last: lastDate };
  }
  const text = unglueListNumbers(asciiDigits(paragraph));
  let quoted: Array<[number, number]> | null = null;
  const dates: Array<{
    start: number;
    end: number;
    month: number;
    monthEnd: number | null;
    day: number | null;
    year: YearReference;
    carried?: LastDate;
  }> = [];

  DATE.lastIndex = from;
  for (let m = DATE.exec(text); m && m.index < to; m = DATE.exec(text)) {
    const g = m.groups!;
    let start = m.index;
    const end = start + m[0].length;
    if (end > to) break;
    const written = paragraph.slice(start, end);
    let month = parseMonthNumeral(g.m!);
    if (month === null) continue;
    let monthEnd: number | null = g.m2 ? parseMonthNumeral(g.m2) : null;
    if (g.m0) {
      const first = parseMonthNumeral(g.m0);
      // "三、四月份" is a span and "3月、6月" a list whose first month stands for it; "1、3月份" is a list
      // number before March, and so is "2、3月20日" even though 2 and 3 run on: a span of two months never gives
      // a day to its second month alone, a list item opening with its date does.
      const listNumberBeforeDay = g.listSep !== undefined && g.m0unit === undefined && g.d !== undefined;
      if (first !== null && (!g.listSep || (month === nextMonth(first) && !listNumberBeforeDay))) {
        monthEnd = month;
        month = first;
      } else if (first !== null && g.m0unit) {
        month = first;
      } else {
        start = text.indexOf(g.m!, start + (g.year?.length ?? 0) + (g.rel?.length ?? 0) + g.m0.length);
      }
    }
    if (monthEnd === month) monthEnd = null;
    const why = (quoted ??= quotedRanges(text)).some(([a, b]) => start >= a && start < b)
      ? 'inside quotation marks or a title'
      : isLunarDateBefore(text.slice(Math.max(from, start - 6), start))
        ? 'a lunar date (农历九月初九), not a Gregorian month'
        : NOT_AN_EVENT_BEFORE.test(text.slice(Math.max(from, start - 4), start)) &&
            !TALLY_RECEIVED_AFTER.test(text.slice(end, end + 24))
          ? 'a cut-off date (截至…), not an event'
          : (NOT_AN_EVENT_AFTER.test(text.slice(end, end + 3)) || SINCE_LATER.test(text.slice(end, end + 20))) &&
              !isSinceWithDeed(text.slice(end, end + 60))
            ? 'a period since a date (…以来), not an event'
            : // A span with a day on each side (9月28日--9月30日是我校…节) is a unit's own event: a festival has one day.
              (!(g.d && g.d2) && FESTIVAL_DEFINITION_AFTER.test(text.slice(end, end + 40))) ||
                (g.rel?.startsWith('每') && RECURRING_DEFINITION_AFTER.test(text.slice(end, end + 80)))
              ? "a festival's date, not an event"
              : isBirthDateAfter(text.slice(end, end + 16), g.year !== undefined)
                ? 'a birth date (…以前出生), an eligibility condition, not an event'
                : !g.d && FREQUENCY_AFTER.test(text.slice(end, end + 3))
                  ? 'a frequency (一月一次), not a month'
                  : !g.d && SEASON_IDIOM_BEFORE.test(text.slice(Math.max(from, start - 2), start))
                    ? 'a season idiom (阳春三月, 金秋十月), not a date'
                    : !g.d &&
                        !g.year &&
                        !g.rel &&
                        !g.m2 &&
                        isSeasonMonthLead(text.slice(Math.max(from, start - 5), start)) &&
                        isSeasonMonthTail(text.slice(end, end + 80))
                      ? 'a season named by its month (金色十月，秋高气爽…; 最美人间四月天), no event'
                      : !g.d && !g.year && !g.rel && DESCRIBED_BEFORE.test(text.slice(Math.max(from, start - 5), start))
                        ? 'a month a description qualifies (火红的五月), not a date'
                        : !g.d && !g.m2 && isDescribedMonth(text.slice(end, end + 80))
                          ? 'a description of the month (三月的校园…, 九月份又是开学的日子), no event'
                          : aboutYear !== undefined && farFromDocument(g, aboutYear)
                            ? 'a date years away from the document (a law, a past event), not its activity'
                            : null;
    if (why) {
      skipped.push({ date: written, start, why });
      continue;
    }
    const day = g.d ? parseSmallNumber(g.d) : null;
    dates.push({ start, end, month, monthEnd, day, year: yearReference(g) });
  }

  // Digit-only dates, where the text writes no 月 at all: a page that lost its 年月日 loses them everywhere. The
  // digits are a date only when they split one way into a month and a day (929 → 9月29日); two ways (111) is garbled.
  if (compact) {
    COMPACT.lastIndex = from;
    for (let m = COMPACT.exec(text); m && m.index < to; m = COMPACT.exec(text)) {
      const g = m.groups!;
      const read = readRunTogetherDate(g.md!);
      // The day word after the digits is looked ahead at, not taken: the text after the date starts past it.
      const compactEnd = m.index + m[0].length;
      if (
        read.kind === 'date' &&
        EVERY_YEAR_BEFORE.test(text.slice(Math.max(from, m.index - 4), m.index)) &&
        RECURRING_DEFINITION_AFTER.test(text.slice(compactEnd, compactEnd + 80).replace(/^\s*[日号]/u, ''))
      ) {
        skipped.push({ date: m[0], start: m.index, why: "a festival's date, not an event" });
        continue;
      }
      if (read.kind !== 'date') {
        if (read.kind === 'two-ways') {
          const ways = read.readings.map((r) => `${r.month}月${r.day}日`).join(' or ');
          skipped.push({
            date: m[0],
            start: m.index,
            why: `digits that split two ways (${ways}): garbled, not a date`,
          });
        }
        continue;
      }
      const year = g.year ? { kind: 'explicit' as const, year: Number(g.year) } : { kind: 'none' as const };
      dates.push({
        start: m.index,
        end: m.index + m[0].length,
        month: read.month,
        monthEnd: null,
        day: read.day,
        year,
      });
    }
  }

  // "2月24日…。25日上午10点30分,…": a day opening a clause with no month of its own is in the month the text last
  // dated, while the days run on (25 after 24); a smaller day would be a later month, which the text does not say.
  if (lastDate !== null || dates.length > 0) {
    dates.sort((a, b) => a.start - b.start);
    const carriedDays: typeof dates = [];
    // Only a range with a digit before 日/号 can hold such a day: else no clause start is worth reading.
    for (let at = from; dayHint && at < to; at++) {
      if (at > from && !CLAUSE_SEP.test(text[at - 1]!)) continue;
      const head = readHeadDay(text.slice(at, Math.min(to, at + 12)));
      // Digits only: a Chinese numeral before 日 is as often a count (一日游, 三日内).
      if (!head || head.month !== undefined || !/^\d+$/u.test(head.day)) continue;
      const day = parseSmallNumber(head.day);
      const dayStart = text.indexOf(head.day, at);
      const before = dates.findLast((d) => d.end <= dayStart);
      // After a span of months ("3-4月") the month is not known.
      const ref = before ? (before.monthEnd === null ? { month: before.month, day: before.day } : null) : lastDate;
      if (day === null || ref === null || day > 31 || (ref.day !== null && day < ref.day)) continue;
      DAY_WORD.lastIndex = dayStart;
      const end = DAY_WORD.exec(text)!.index + 1;
      carriedDays.push({
        start: dayStart,
        end,
        month: ref.month,
        monthEnd: null,
        day,
        year: { kind: 'none' },
        carried: ref,
      });
    }
    if (carriedDays.length) dates.push(...carriedDays);
    dates.sort((a, b) => a.start - b.start);
  }

  const clauseStart = (at: number): number => {
    let i = at;
    while (i > from && !CLAUSE_SEP.test(text[i - 1]!)) i--;
    return i;
  };
  const sentenceStart = (at: number): number => {
    let i = at;
    while (i > from && !SENTENCE_END.test(text[i - 1]!)) i--;
    return i;
  };
  const sentenceEnd = (at: number): number => {
    let i = at;
    while (i < to && !SENTENCE_END.test(text[i]!)) i++;
    return i < to && text[i] === '。' ? i + 1 : i;
  };

  let lastStart = -1;
  /** The clause read from the last clause start, while later dates of that clause are met. */
  let held: DatedClause | null = null;
  dates.forEach((d, k) => {
    const clause = clauseStart(d.start);
    if (clause === lastStart) {
      // A second date in the same clause ("3月和4月") belongs to the first; a list of days that runs into the next
      // month ("1月26日、1月31日、2月2日") makes it one item over both months.
      if (held && d.monthEnd === null && !d.carried && d.month === nextMonth(held.monthEnd ?? held.month)) {
        held.monthEnd = d.month;
        held.day = null;
      }
      return;
    }
    lastStart = clause;
    held = null;
    // "1、活动时间：3月8日": the event plan's time field dates the event; the line is the activity.
    const lineStart = Math.max(from, text.lastIndexOf('\n', clause - 1) + 1);
    // "三、活动时间：" as a line of its own, then "3月5日—6日。": the first line below the heading is its value.
    const leadTimeField =
      (clause > lineStart && isTimeFieldLead(text.slice(lineStart, clause))) ||
      (afterTimeField && k === 0 && clause === from && lineStart === from);
    // "…具体安排如下: 一、比赛时间:4月12日(周五)… 二、比赛地点:…": a numbered time field inside a run-on line is
    // one too; its item runs from the field's number, so the label stays with its date.
    const inlineAt = !leadTimeField && clause > lineStart ? inlineTimeFieldStart(text.slice(lineStart, clause)) : -1;
    const timeField = leadTimeField || inlineAt >= 0;
    const fieldStart = inlineAt >= 0 ? lineStart + inlineAt : lineStart;
    // "组织趣味运动会，时间：3月7日下午": the date is the time field of the item its sentence opens with.
    const sentence = sentenceStart(clause);
    const itemTime = !timeField && sentence < clause && isTimeAfterItem(text.slice(sentence, d.start));
    // "…大讲堂”活动(4月13日)、…" / "举办羽毛球混合团体赛。(5月12日—28日)": a date filling a bracket after an item
    // dates that item alone — the list's element or the sentence before the bracket.
    const annotated = !timeField && !itemTime ? annotatedItem(text, from, d.start, d.end) : null;
    // "春游踏青：2025年3月-5月，…": the event's name before the colon is what the date times.
    const labelled =
      !timeField && !itemTime && !annotated && clause > lineStart && isEventLabelLead(text.slice(lineStart, clause));
    const start = timeField || labelled ? fieldStart : itemTime ? sentence : annotated ? annotated.start : clause;
    let end = annotated ? annotated.end : sentenceEnd(d.end);
    // "5月9日，晴空万里，…。教工联欢会在礼堂举行。": a date opening a sentence that only sets the scene dates the
    // event the next sentence tells; the item runs on through it (a date there cuts it below).
    if (
      !annotated &&
      !timeField &&
      !labelled &&
      !itemTime &&
      start === clause &&
      end < to &&
      text[end - 1] === '。' &&
      isSceneAfterDate(text.slice(d.end, end))
    )
      end = sentenceEnd(end);
    const next = dates[k + 1];
    if (next && !annotated) {
      const nextStart = clauseStart(next.start);
      if (nextStart > clause && nextStart < end) end = nextStart;
    }
    if (end - start > MAX_CLAUSE) {
      const cut = text.slice(start, start + MAX_CLAUSE).search(/[，,；;][^，,；;]*$/);
      end = cut > d.end - start ? start + cut : start + MAX_CLAUSE;
    }
    const marker = readClauseLead(text.slice(start, end));
    const span = trimmedSpan(paragraph, start + (marker ? marker.length : 0), end);
    const written = paragraph.slice(d.start, d.end);
    if (!span || (!timeField && !labelled && hanCount(span.text) - hanCount(written) < 4)) {
      skipped.push({ date: written, start: d.start, why: 'a date with no activity beside it' });
      return;
    }
    if (
      isSignerBeforeDate(paragraph.slice(span.start, d.start)) &&
      /^[\s。.]*$/u.test(paragraph.slice(d.end, span.end))
    ) {
      skipped.push({ date: written, start: d.start, why: 'a sign-off: the unit that signed and its date' });
      return;
    }
    held = {
      ...span,
      date: written,
      dateStart: d.start,
      month: d.month,
      monthEnd: d.monthEnd,
      day: d.day,
      year: d.year,
      ...(d.carried ? { carried: d.carried } : {}),
    };
    clauses.push(held);
  });
  const lastOne = dates[dates.length - 1];
  const last = lastOne ? (lastOne.monthEnd === null ? { month: lastOne.month, day: lastOne.day } : null) : lastDate;
  return { clauses, skipped, last };
}
