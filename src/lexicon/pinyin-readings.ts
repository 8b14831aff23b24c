// Readings of a character (pinyin-pro, which knows traditional characters too), for two questions: is
// "(xué)" after 學 its pinyin annotation, and which lost character did the surviving "(xiàn)" belong to.
import { pinyin } from 'pinyin-pro';

const cache = new Map<string, string[]>();

/** Tone-marked readings, e.g. 傳 → ["chuán", "zhuàn"]; [] for non-Han characters. */
export function readingsOf(ch: string): string[] {
  let r = cache.get(ch);
  if (r === undefined) {
    r = /\p{Script=Han}/u.test(ch) ? pinyin(ch, { multiple: true, type: 'array' }).map(normalizeSyllable) : [];
    cache.set(ch, r);
  }
  return r;
}

/** One spelling per syllable: lower case, ü for v/u:, NFC tone marks. */
export function normalizeSyllable(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/u:|v/g, 'ü');
}

export function hasReading(ch: string, syllable: string): boolean {
  return readingsOf(ch).includes(normalizeSyllable(syllable));
}

const TONE_MARKS = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const TONE_TO_PLAIN: Record<string, string> = {
  ā: 'a',
  á: 'a',
  ǎ: 'a',
  à: 'a',
  ē: 'e',
  é: 'e',
  ě: 'e',
  è: 'e',
  ī: 'i',
  í: 'i',
  ǐ: 'i',
  ì: 'i',
  ō: 'o',
  ó: 'o',
  ǒ: 'o',
  ò: 'o',
  ū: 'u',
  ú: 'u',
  ǔ: 'u',
  ù: 'u',
  ǖ: 'ü',
  ǘ: 'ü',
  ǚ: 'ü',
  ǜ: 'ü',
};

export function hasToneMark(s: string): boolean {
  return TONE_MARKS.test(s);
}

/** The syllable without its tone mark (guān → guan). */
export function toneless(s: string): string {
  return [...normalizeSyllable(s)].map((c) => TONE_TO_PLAIN[c] ?? c).join('');
}
