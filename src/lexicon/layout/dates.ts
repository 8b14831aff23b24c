// Dates in running text (issue 16): "5月21日", "今年的一月份", "三、四月份", "十二月至次年一月", "2013年3月".
// The pattern is data (data/dates.json); the narrative reader scans paragraphs with it.
import { loadPatterns, patternIn } from './patterns.ts';

const dates = loadPatterns('dates', true);

/**
 * A fresh scanner (flag g) for months mentioned in running text, with named groups year, rel (a relative
 * year), m0, m0unit and listSep (the first month of a span or list), m, d, m2, d2. Each caller keeps its
 * own, since a g regex carries its position.
 */
export function datedMentionScanner(): RegExp {
  return patternIn(dates, 'dated-mention', 'g');
}

const HEAD_DAY = patternIn(dates, 'head-day');

/** The day an item's text states at its head ("13日，…", "3月8日上午"), with the month written before it. */
export function readHeadDay(text: string): { month: string | undefined; day: string } | null {
  const m = HEAD_DAY.exec(text);
  return m ? { month: m.groups!['m'], day: m.groups!['d']! } : null;
}

const EVENT_DAY = patternIn(dates, 'event-day');

/** The month of the first day a text dates (3月3日中午), not a deadline (3月20日前); null without one. */
export function readEventDayMonth(text: string): number | null {
  const m = EVENT_DAY.exec(text);
  const month = m ? Number(m[1]) : null;
  return month !== null && month >= 1 && month <= 12 ? month : null;
}

const DAY_ALONE_LINE = patternIn(dates, 'day-alone-line');

/** A line that is a full day alone (2018年2月5日): a dateline, no headline. */
export function isDayAloneLine(line: string): boolean {
  return DAY_ALONE_LINE.test(line.trim());
}

const HEAD_MONTH = patternIn(dates, 'head-month');

/** The month an item states at its head without a day ("6月进行…", "2012年6月进行…"); not a header (6月份：). */
export function readHeadMonth(text: string): string | null {
  return HEAD_MONTH.exec(text)?.groups!['m'] ?? null;
}

/**
 * A fresh scanner (flag g) for dates written as digits only ("20081226召开", "1022下午", "929日"); groups year and md,
 * the month and day run together: read md with readRunTogetherDate.
 */
export function compactDateScanner(): RegExp {
  return patternIn(dates, 'compact-date', 'g');
}

const LIST_NUMBER_ON_YEAR = patternIn(dates, 'list-number-on-year', 'gm');

/**
 * The text with the point of a list number glued to a year or a month and day ("1.2021年3月5日,…", "1.4月30日下午,…")
 * written as the list's separator (1、),
 * same length, offsets kept: the date scanners take digits after a point for a fraction's and would lose the year.
 */
export function unglueListNumbers(text: string): string {
  return text.replace(LIST_NUMBER_ON_YEAR, '$<number>、');
}

/** Days in each month; February's 29 since the year is often unknown. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A month and day written with one or two digits each ("9", "09", "12"; a leading 0 only before a digit). */
function validMonthDay(month: string, day: string): { month: number; day: number } | null {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1]!) return null;
  return { month: m, day: d };
}

export type RunTogetherDate =
  | { kind: 'date'; month: number; day: number }
  /** Two readings (111: 1月11日 or 11月1日): garbled text, not a stated date. */
  | { kind: 'two-ways'; readings: Array<{ month: number; day: number }> }
  | { kind: 'none' };

/**
 * The month and day of digits whose 月 was lost between them (SCHEMA audit 4): each of month and day takes one or
 * two digits, so 929 is 9月29日 (92月 is no month), 1226 is 12月26日, 1111 is 11月11日. A date only when the digits
 * split ONE way into a month (1–12) and a day the month has; 111 (1月11日 or 11月1日) and 112 split two ways and are
 * garbled, 100 (a count) no way.
 */
export function readRunTogetherDate(digits: string): RunTogetherDate {
  const readings: Array<{ month: number; day: number }> = [];
  for (let cut = 1; cut <= 2; cut++) {
    const dayDigits = digits.length - cut;
    if (dayDigits < 1 || dayDigits > 2) continue;
    const r = validMonthDay(digits.slice(0, cut), digits.slice(cut));
    if (r) readings.push(r);
  }
  if (readings.length === 1) return { kind: 'date', ...readings[0]! };
  return readings.length > 1 ? { kind: 'two-ways', readings } : { kind: 'none' };
}

const TIME_FIELD = patternIn(dates, 'time-field');

/** Whether the text before a date, from its line's start, is an event plan's time field ("1、活动时间："). */
export function isTimeFieldLead(lead: string): boolean {
  return TIME_FIELD.test(lead);
}

const TIME_FIELD_INLINE = patternIn(dates, 'time-field-inline');

/**
 * Where a numbered time field inside a run-on line opens, when the text before a date ends with one ("…安排如下:
 * 一、活动日时间:" → the offset of "一、"), else -1.
 */
export function inlineTimeFieldStart(lead: string): number {
  const m = TIME_FIELD_INLINE.exec(lead);
  return m ? m.index : -1;
}

const TIME_FIELD_HEADING = patternIn(dates, 'time-field-heading');

/** Whether a whole line is an event plan's time field standing as a heading ("三、活动时间："), its date below. */
export function isTimeFieldHeading(line: string): boolean {
  return TIME_FIELD_HEADING.test(line);
}

const SEASON_MONTH_LEAD = patternIn(dates, 'season-month-lead');
const SEASON_MONTH_TAIL = patternIn(dates, 'season-month-tail');

/** Whether the words before a month (no day, no year) are a phrase of their own, not a time word ("金色", "最美人间"). */
export function isSeasonMonthLead(lead: string): boolean {
  return SEASON_MONTH_LEAD.test(lead);
}

/** Whether the text after such a month is a comma and a description with no deed ("天，正是读书好时节。"). */
export function isSeasonMonthTail(after: string): boolean {
  return SEASON_MONTH_TAIL.test(after);
}

const DEADLINE_FIELD_HEADING = patternIn(dates, 'deadline-field-heading');

/** Whether a whole line is a hand-in or registration deadline standing as a heading ("四、截稿日期", "一、报送时间"),
 * its date below: a deadline of its own, not an event's time. */
export function isDeadlineFieldHeading(line: string): boolean {
  return DEADLINE_FIELD_HEADING.test(line);
}

const SINCE_DEED = patternIn(dates, 'since-deed');

/** Whether the text after a month opens "以来，" and a deed follows (work begun in that month, not a tally). */
export function isSinceWithDeed(after: string): boolean {
  return SINCE_DEED.test(after);
}

const BIRTH_DATE_AFTER = patternIn(dates, 'birth-date-after');
const BIRTHDAY_MONTH_AFTER = patternIn(dates, 'birthday-month-after');

/**
 * Whether the text after a date makes it a birth date of an eligibility condition ("以前出生", "以后出生的"): with a
 * year written, "出生" alone does; without one, only after 以前/以后/之间 (a birth month alone is a birthday's).
 * A month whose birthdays are meant (9月份生日的教职工, 7至12月生日的) names a party's guests, not its date.
 */
export function isBirthDateAfter(after: string, withYear: boolean): boolean {
  if (BIRTHDAY_MONTH_AFTER.test(after)) return true;
  const m = BIRTH_DATE_AFTER.exec(after);
  return m !== null && (withYear || m.groups!['q'] !== undefined);
}

const DAY_WITH_TIME_OF_DAY = patternIn(dates, 'day-with-time-of-day');

/** The month and day an item's text opens with ("9月28日一大早,…", "1月10日周五下午…"), and whether a time of day
 * follows the day; null when the text opens with no such day. */
export function readDayAndTimeOfDay(text: string): { month: number; day: number; timeOfDay: boolean } | null {
  const m = DAY_WITH_TIME_OF_DAY.exec(text);
  if (!m) return null;
  return { month: Number(m.groups!['m']), day: Number(m.groups!['d']), timeOfDay: m.groups!['time'] !== undefined };
}

const LUNAR_DATE_BEFORE = patternIn(dates, 'lunar-date-before');

/** Whether the text before a month makes it a lunar month ("每年农历" before 九月九): never a Gregorian month. */
export function isLunarDateBefore(before: string): boolean {
  return LUNAR_DATE_BEFORE.test(before);
}

const DESCRIBED_MONTH = patternIn(dates, 'described-month');

/** Whether the text after a month (no day) describes the month itself, with no deed in its sentence ("的校园，处处
 *桃红柳绿", "份又是开学的日子"): no event's date. */
export function isDescribedMonth(after: string): boolean {
  return DESCRIBED_MONTH.test(after);
}

const SCENE_AFTER_DATE = patternIn(dates, 'scene-after-date');

/** Whether the text after a date that opens a sentence, to that sentence's full stop, only sets the scene (the
 * weather, the season: "，微风拂面、春意盎然，…。") with no deed: the event is told in the next sentence. */
export function isSceneAfterDate(after: string): boolean {
  return SCENE_AFTER_DATE.test(after);
}

const DEED_BEFORE_FESTIVAL = patternIn(dates, 'deed-before-festival');

/** Whether a sentence's words before a festival's name tell a deed of their own (学校开展了庆祝…): an event, not a
 * festival told in passing. */
export function isDeedBeforeFestival(before: string): boolean {
  return DEED_BEFORE_FESTIVAL.test(before);
}

const TIME_AFTER_ITEM = patternIn(dates, 'time-after-item');

/** Whether the text before a date, from its sentence's start, is an item and then its time field ("组织运动会，时间："). */
export function isTimeAfterItem(lead: string): boolean {
  return TIME_AFTER_ITEM.test(lead);
}

const EVENT_LABEL = patternIn(dates, 'event-label');

/** Whether the text before a date, from its line's start, is an event's name and a colon ("春游踏青：2025年3月-5月"). */
export function isEventLabelLead(lead: string): boolean {
  return EVENT_LABEL.test(lead);
}

const EVENT_TIME_FIELD = patternIn(dates, 'event-time-field');

/** Whether a line's text before its date is one event's time field ("1、时间：", "(3)比赛时间、地点："), not a
 * registration or hand-in deadline's (报名时间：). */
export function isEventTimeFieldLead(lead: string): boolean {
  return EVENT_TIME_FIELD.test(lead);
}

const PLAN_FIELD_SECTION = patternIn(dates, 'plan-field-section');

const FIELD_WITH_VALUE = patternIn(dates, 'field-with-value');

/** Whether a line gives a field's name and its value (协办单位：…): a particular of the plan, not an event's name. */
export function givesFieldValue(line: string): boolean {
  return FIELD_WITH_VALUE.test(line);
}

const CONTEST_PARTICULAR = patternIn(dates, 'contest-particular');

/** Whether a line gives one particular of a contest named above it (比赛地点：…, 赛制：…): the event's field, no event. */
export function givesContestParticular(line: string): boolean {
  return CONTEST_PARTICULAR.test(line);
}

/** Whether a heading names the plan's fields (活动时间及内容, 时间与地点) rather than an event. */
export function namesPlanFields(heading: string): boolean {
  return PLAN_FIELD_SECTION.test(heading);
}
