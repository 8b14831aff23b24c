// Pinyin annotations that some sites put after characters: 學(xué)習 → 學習. An annotation is a bracketed
// run of one tone-marked pinyin syllable; real brackets ("(二篇)", "(修编)", "(OK)") never hold one.
import { hasToneMark, normalizeSyllable } from '../../lexicon/pinyin-readings.ts';

const INITIALS = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const VOWELS = 'aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/** One syllable: optional initial, a vowel cluster, an optional -n/-ng/-r ending. */
const SYLLABLE = new RegExp(`^${INITIALS}[${VOWELS}]{1,4}(?:ng|n|r)?$`, 'u');

// Copied text often keeps a space inside the bracket (教(jiào )师): up to two spaces either side belong to it.
export const ANNOTATION = /[(（][ \u3000]{0,2}([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü:]{1,8})[ \u3000]{0,2}[)）]/gu;

export interface Annotation {
  /** Code-unit offsets of the whole "(xué)". */
  start: number;
  end: number;
  syllable: string;
}

export function isPinyinSyllable(text: string): boolean {
  return hasToneMark(text) && SYLLABLE.test(normalizeSyllable(text));
}

/** Every pinyin annotation in a line, in order. */
export function findAnnotations(line: string): Annotation[] {
  const found: Annotation[] = [];
  for (const m of line.matchAll(ANNOTATION)) {
    if (!isPinyinSyllable(m[1]!)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, syllable: normalizeSyllable(m[1]!) });
  }
  return found;
}
