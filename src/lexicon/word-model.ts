// A unigram word model of Chinese: jieba's dictionary frequencies (plus its IDF list, which adds words such
// as 现将, with a frequency estimated from the IDF). `textLogProb` scores a string by its most probable
// segmentation, as jieba itself does; comparing two readings of the same bytes this way needs no length
// correction, since every extra word costs its probability. Simplified forms only: callers convert first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { characterLogProbability } from './chinese-plausibility.ts';

export interface WordModel {
  /** log10 probability of each word (single characters included). */
  logp: Map<string, number>;
  /** Below this a 2–4 character word is too rare to confirm anything (立竿, a fragment of 立竿见影). */
  confirmFloor: number;
}

let model: WordModel | null = null;

const HAN_WORD = /^\p{Script=Han}{1,4}$/u;
/** Words rarer than a jieba frequency of 5 do not confirm a repair. */
const CONFIRM_FREQUENCY = 5;
/** IDF → frequency: fitted on words present in both lists (确保 1965 ↔ 6.59, 江海 270 ↔ 8.10). */
const IDF_SCALE = 1.5e6;

function dictionaryDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('nodejieba/package.json')), 'submodules/cppjieba/dict');
}

function eachEntry(path: string, visit: (word: string, value: number) => void): void {
  const text = readFileSync(path, 'utf8');
  let i = 0;
  while (i < text.length) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', i);
    if (space > i && space < end) {
      const word = text.slice(i, space);
      if (word.length <= 4 && HAN_WORD.test(word)) {
        const valueEnd = text.indexOf(' ', space + 1);
        visit(word, Number(text.slice(space + 1, valueEnd > 0 && valueEnd < end ? valueEnd : end)));
      }
    }
    i = end + 1;
  }
}

/** Loads once per process (about a second, ~60 MB); stages call it from create(), never per item. */
export function loadWordModel(): WordModel {
  if (model) return model;
  const freq = new Map<string, number>();
  const dir = dictionaryDir();
  eachEntry(join(dir, 'jieba.dict.utf8'), (w, f) => {
    if (f > 0) freq.set(w, (freq.get(w) ?? 0) + f);
  });
  eachEntry(join(dir, 'idf.utf8'), (w, idf) => {
    if (w.length >= 2 && !freq.has(w) && Number.isFinite(idf)) {
      const f = IDF_SCALE * Math.exp(-idf);
      if (f >= 1) freq.set(w, f);
    }
  });
  let total = 0;
  for (const f of freq.values()) total += f;
  const logp = new Map<string, number>();
  for (const [w, f] of freq) logp.set(w, Math.log10(f / total));
  model = { logp, confirmFloor: Math.log10(CONFIRM_FREQUENCY / total) };
  return model;
}

/** A word common enough to confirm a recovered character (2–4 characters, simplified). */
export function isWord(simplified: string): boolean {
  const m = loadWordModel();
  const lp = m.logp.get(simplified);
  return simplified.length >= 2 && lp !== undefined && lp >= m.confirmFloor;
}

/** log10 probability of one Han character as a word of its own (unknown ones below the rarest known). */
export function singleCharLogProb(ch: string): number {
  return loadWordModel().logp.get(ch) ?? characterLogProbability(ch) - 1;
}
