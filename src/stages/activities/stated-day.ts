// The day of the month an item states for itself, at its head: "13日，召开工会委员会", "3月8日上午，组织…",
// "于5号前上报". A day lets a reader order the events of one month; an item that states none (中旬, 月底) has
// none, and neither has an item spanning months.
import { readHeadDay } from '../../lexicon/layout/dates.ts';
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
