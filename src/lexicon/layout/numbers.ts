// The one reader of the small numbers plans number things with (issue 16): list and section numbers (二、,
// （十二）), month numerals (十一月, 元月) and item numbers, in Chinese or Arabic. Stages read numbers here, not
// with their own tables.

const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  〇: 0,
  零: 0,
  '○': 0,
  两: 2,
};

/** One Chinese digit (一 → 1, 〇/零/○ → 0, 两 → 2), for numbers written digit by digit (二〇一三); else null. */
export function chineseDigit(c: string): number | null {
  return DIGITS[c] ?? null;
}

/**
 * 一 → 1, 十二 → 12, 二十 → 20, 三十一 → 31, "12" → 12; 元 (元月) → 1; null when it is not a number below 100
 * written that way (or Arabic digits, read as they stand).
 */
export function chineseNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (t === '元') return 1;
  if (!/^[一二三四五六七八九十〇零○两]{1,3}$/.test(t)) return null;
  if (t === '十') return 10;
  const ten = t.indexOf('十');
  if (ten < 0) return t.length === 1 ? (DIGITS[t] ?? null) : null;
  if (t.indexOf('十', ten + 1) >= 0) return null;
  const tens = ten === 0 ? 1 : t.length > 1 && ten === 1 ? (DIGITS[t[0]!] ?? null) : null;
  const units = ten === t.length - 1 ? 0 : ten === t.length - 2 ? (DIGITS[t[ten + 1]!] ?? null) : null;
  if (tens === null || units === null || tens === 0) return null;
  return tens * 10 + units;
}
