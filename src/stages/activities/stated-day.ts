// The day of the month an item states for itself, at its head: "13日，召开工会委员会", "3月8日上午，组织…",
// "于5号前上报". A day lets a reader order the events of one month; an item that states none (中旬, 月底) has
// none, and neither has an item spanning months.
import { asciiDigits, DAY_NUMERAL, MONTH_NUMERAL, parseMonthNumeral, parseSmallNumber } from './month-numerals.ts';

const HEAD_DATE = new RegExp(
  `^\\s*(?:于|在|定于|拟于)?\\s*(?:(?<m>${MONTH_NUMERAL})\\s*月\\s*)?(?<d>${DAY_NUMERAL})\\s*[日号](?![\\d])`,
);

/** The day an item's text states at its head, when it belongs to the item's single month; null otherwise. */
export function statedDay(text: string, month: number | null, monthEnd: number | null): number | null {
  if (month === null || monthEnd !== null) return null;
  const m = HEAD_DATE.exec(asciiDigits(text));
  if (!m) return null;
  if (m.groups!.m !== undefined && parseMonthNumeral(m.groups!.m) !== month) return null;
  const day = parseSmallNumber(m.groups!.d!);
  return day !== null && day <= 31 ? day : null;
}
