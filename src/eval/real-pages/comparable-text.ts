// Gold strings are copied from the page as it was; the pipeline's text is simplified, re-spaced and may have
// full-width punctuation folded. Both sides go through this one function before any "contains" test, so a
// match never depends on which side was converted.
import {
  convertTraditionalLines,
  detectTraditionalVariant,
  traditionalShare,
} from '../../stages/convert/to-simplified.ts';

/** Quotes and dashes NFKC leaves alone, folded to one form each. */
const PUNCTUATION_FOLDS: Array<[RegExp, string]> = [
  [/[“”„‟〝〞＂「」『』]/gu, '"'],
  [/[‘’‛′＇]/gu, "'"],
  [/[‐‑‒–—―─－]/gu, '-'],
  [/[。｡]/gu, '.'],
  [/[、､]/gu, ','],
  [/[〔【［]/gu, '['],
  [/[〕】］]/gu, ']'],
  [/[《〈]/gu, '<'],
  [/[》〉]/gu, '>'],
  [/[…]/gu, '...'],
];

/** Simplified script, NFKC (full-width → half-width), quotes/dashes/stops folded, no whitespace at all. */
export function comparable(text: string): string {
  const share = traditionalShare(text);
  let t = share > 0 ? convertTraditionalLines(text, detectTraditionalVariant(text), share) : text;
  t = t.normalize('NFKC');
  for (const [pattern, to] of PUNCTUATION_FOLDS) t = t.replace(pattern, to);
  return t.replace(/\s+/gu, '');
}
