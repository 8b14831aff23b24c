// What the context of a reading says about one candidate character: how probable it is after the
// character before (with the gain of a word the two form), and whether a dictionary word confirms it. Every
// part of the repair (beam search, restorations, recoveries) weighs candidates this way.
import { isHan, simplifiedChar } from '../../../lexicon/chinese-script.ts';
import { isWord, loadWordModel, mayBeTwoCharacterWord, mayEndWord, mayStartWord } from '../../../lexicon/word-model.ts';
import { characterLogProb, hanLogProb, type ScoreContext } from '../mojibake-score.ts';

export type RepairContext = ScoreContext;

/** Entries each memo of the repair keeps: hit rates plateau well before this, and a worker's memory stays flat. */
export const MEMO_CAPACITY = 10_000;

/** What follows an ordinal in a heading: "（二）", "(2)", "二、", "2." */
export const ORDINAL_CLOSE = new Set([...'）)、.．']);
export const ORDINAL_CHAR = /^[一二三四五六七八九十\d]$/u;

/** Does a dictionary word end with `ch` after `left` (1–3 Han characters of context)? */
export function wordEndingWith(left: string[], ch: string): boolean {
  let word = simplifiedChar(ch);
  const before = left.at(-1);
  // Every word looked up below ends with these two characters.
  if (before === undefined || !isHan(before) || !mayEndWord(simplifiedChar(before), word)) return false;
  for (let k = 1; k <= 3 && k <= left.length; k++) {
    const c = left[left.length - k]!;
    if (!isHan(c)) break;
    word = simplifiedChar(c) + word;
    if (isWord(word)) return true;
  }
  return false;
}

export function wordStartingWith(ch: string, right: string[]): boolean {
  let word = simplifiedChar(ch);
  const after = right[0];
  if (after === undefined || !isHan(after) || !mayStartWord(word, simplifiedChar(after))) return false;
  for (let k = 1; k <= 3 && k <= right.length; k++) {
    const c = right[k - 1]!;
    if (!isHan(c)) break;
    word += simplifiedChar(c);
    if (isWord(word)) return true;
  }
  return false;
}

/** log10 probability of a character after `prev`, with the gain of a word the two form. */
export function localScore(ch: string, prev: string | undefined, ctx: ScoreContext): number {
  if (!isHan(ch)) return characterLogProb(ch, prev, undefined, ctx);
  // Table lookups and one word lookup: cheaper than the string-keyed cache this used to have.
  let s = hanLogProb(ch, ctx);
  if (prev !== undefined && isHan(prev)) {
    const sp = simplifiedChar(prev);
    const sc = simplifiedChar(ch);
    const word = mayBeTwoCharacterWord(sp, sc) ? loadWordModel().logp.get(sp + sc) : undefined;
    const apart = hanLogProb(prev, ctx) + s;
    if (word !== undefined && word > apart) s += word - apart;
  }
  return s;
}
