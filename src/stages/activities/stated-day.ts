// The day of the month an item states for itself, at its head: "13日，召开工会委员会", "3月8日上午，组织…",
// "于5号前上报". A day lets a reader order the events of one month; an item that states none (中旬, 月底) has
// none, and neither has an item spanning months.
import { readHeadDay, readHeadMonth } from '../../lexicon/layout/dates.ts';
import { asciiDigits, parseMonthNumeral, parseSmallNumber } from './month-numerals.ts';

/** The day an item's text states at its head, when it belongs to the item's single month; null otherwise. */
export function statedDay(text: string, month: number | null, monthEnd: number | null): number | null {
  if (month === null || monthEnd !== null) return null;
  const head = readHeadDay(asciiDigits(text));
  if (!head) return null;
  if (head.month !== undefined && parseMonthNumeral(head.month) !== month) return null;
  const day = parseSmallNumber(head.day);
  return day !== null && day <= 31 ? day : null;
}

/** The month an item states at its head ("6月18日，…") when it lies outside its block's month or span: a
 * schedule's writer dated the event later or earlier than the block it sits in, and the item's own date wins. */
export function itemOwnMonth(
  text: string,
  month: number | null,
  monthEnd: number | null,
): { month: number; day: number | null } | null {
  if (month === null) return null;
  const digits = asciiDigits(text);
  const head = readHeadDay(digits);
  // A month without its day at the head ("6月进行象棋比赛" in a 5月 block) is the item's own month too.
  const headMonth = head ? head.month : readHeadMonth(digits);
  if (headMonth === undefined || headMonth === null) return null;
  const own = parseMonthNumeral(headMonth);
  if (own === null) return null;
  const last = monthEnd ?? month;
  const inBlock = last >= month ? own >= month && own <= last : own >= month || own <= last;
  if (inBlock) return null;
  const day = head ? parseSmallNumber(head.day) : null;
  return { month: own, day: day !== null && day <= 31 ? day : null };
}
