// Month and day numerals as plans write them: 三, 十二, 元 (元月 = January), 3, 03, full-width ３.
// The numeral patterns are the layout grammar's (lexicon/layout/data/numerals.json); here they are read
// into numbers. Every pattern matches on text passed through `asciiDigits`, which keeps offsets intact.

import { chineseDigit, chineseNumber } from '../../lexicon/layout/numbers.ts';
import { fromRocYear } from '../../lexicon/layout/years.ts';

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

/** A year written 2013, 二〇一三 or 二零一三 → 2013, a 民国 year 100–119 → 2011–2030; null for 20xx, 201_ and
 * anything else. */
export function parseYear(text: string): number | null {
  if (/^(?:19|20)\d{2}$/.test(text)) return Number(text);
  // Taiwanese pages count years from 1912 (民国元年): 108 年 05 月 is May 2019.
  if (/^1[01]\d$/.test(text)) return fromRocYear(Number(text));
  // "二0一二": a 〇 typed as the digit 0.
  if (/^[〇零一二三四五六七八九○0]{4}$/.test(text)) {
    const n = Number([...text].map((c) => (c === '0' ? 0 : chineseDigit(c))).join(''));
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
