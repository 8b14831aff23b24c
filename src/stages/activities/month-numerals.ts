// Month and day numerals as plans write them: 三, 十二, 元 (元月 = January), 3, 03, full-width ３.
// The regex sources here are shared by the header, item and narrative patterns so they agree on what a
// month is; every consumer matches on text passed through `asciiDigits`, which keeps offsets intact.

import { chineseDigit, chineseNumber } from '../../lexicon/layout/numbers.ts';

/** One month numeral: 1–12 in Arabic (optionally 0-padded) or Chinese; longest forms first. */
export const MONTH_NUMERAL = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|元)';

/** A month numeral a template blanked out: "_月份", "×月", "□月". */
export const BLANK_NUMERAL = '(?:[_＿]{1,8}|[xX×Ｘ]{1,2}|□{1,3}|○{1,3}|\\*{1,2})';

/** A day of the month: 1–31 in Arabic or Chinese. */
export const DAY_NUMERAL =
  '(?:3[01]|[12]\\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';

/** What may not stand right before a month numeral: another digit (1400多, 十一五 is handled by 月), 第, 个. */
export const NOT_AFTER_NUMBER = '(?<![\\d〇零一二三四五六七八九十两百千万第.．])';

/** Full-width digits become ASCII, one character for one, so offsets in the result match the input. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

/** 1–99 written in Arabic (one or two digits) or Chinese (十, 十二, 二十一, 元); null otherwise. */
export function parseSmallNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d{3,}$/.test(t)) return null;
  const n = chineseNumber(t);
  return n === null || n === 0 ? null : n;
}

/** A month numeral → 1–12, or null (0, 13, a blank, not a numeral). */
export function parseMonthNumeral(text: string): number | null {
  const n = parseSmallNumber(text);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

/** A year written 2013, 二〇一三 or 二零一三 → 2013; null for 20xx, 201_ and anything else. */
export function parseYear(text: string): number | null {
  if (/^(?:19|20)\d{2}$/.test(text)) return Number(text);
  if (/^[〇零一二三四五六七八九○]{4}$/.test(text)) {
    const n = Number([...text].map((c) => chineseDigit(c)).join(''));
    return n >= 1900 && n <= 2099 ? n : null;
  }
  return null;
}

/** The month after m, wrapping December to January. */
export function nextMonth(m: number): number {
  return (m % 12) + 1;
}

/** How many months from a to b going forward (0 when equal): 12 → 1 is 1. */
export function monthsForward(a: number, b: number): number {
  return (b - a + 12) % 12;
}
