// How much a string looks like ordinary Chinese: the mean log-probability of its characters under a
// character-frequency model built from jieba's dictionary. Decoding (which charset?) and mojibake repair
// (is the repaired run better?) both ask this question.
import { z } from 'zod';
import { loadRuleFile } from './rule-file.ts';

/** Counts per character, generated from jieba's dictionary (not hand-written rules: no ids or whys). One
 * check over the 13,000 counts rather than a schema per entry, which would cost ~100 ms in every worker. */
const Counts = z.custom<Record<string, number>>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((n) => typeof n === 'number' && n > 0),
  'counts are positive numbers keyed by character',
);
const FrequencyFile = z.strictObject({ source: z.string(), chars: Counts });

interface Model {
  logp: Map<string, number>;
  /** The same, keyed by UTF-16 code unit for the BMP characters. */
  logpByCode: Map<number, number>;
  floor: number;
}

let model: Model | null = null;

function loadModel(): Model {
  if (model) return model;
  const file = loadRuleFile(new URL('./data/char-frequency.json', import.meta.url), FrequencyFile);
  let total = 0;
  for (const n of Object.values(file.chars)) total += n;
  const logp = new Map<string, number>();
  for (const [ch, n] of Object.entries(file.chars)) logp.set(ch, Math.log10(n / total));
  // Unknown characters score below the rarest known one: unseen Han characters are rare in real plans.
  const logpByCode = new Map<number, number>();
  for (const [ch, lp] of logp) if (ch.length === 1) logpByCode.set(ch.charCodeAt(0), lp);
  model = { logp, logpByCode, floor: Math.log10(1 / total) - 1 };
  return model;
}

const HAN = /\p{Script=Han}/u;
// Characters that ordinary Chinese prose almost never contains but GBK/Big5 mis-decoding produces often:
// Bopomofo, box drawing, private use, CJK compatibility ideographs, half-width katakana, Hangul, U+FFFD.
const MOJIBAKE_SUSPECT =
  /[\u3100-\u312f\u31a0-\u31bf\u2500-\u257f\ue000-\uf8ff\uf900-\ufaff\uff61-\uff9f\uac00-\ud7af\ufffd]/u;

export function isSuspectCharacter(ch: string): boolean {
  return MOJIBAKE_SUSPECT.test(ch);
}

export function characterLogProbability(ch: string): number {
  const m = loadModel();
  return m.logp.get(ch) ?? m.floor;
}

export interface PlausibilityScore {
  /** Mean log10 probability per scored character; ordinary prose is around -3.3, mojibake below -4.5. */
  meanLogProb: number;
  /** Han and suspect characters scored. */
  scored: number;
  /** Share of scored characters that are suspect or unknown. */
  oddShare: number;
}

export function chinesePlausibility(text: string): PlausibilityScore {
  const m = loadModel();
  let sum = 0;
  let scored = 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2500) continue; // ASCII, Latin, punctuation: neither Han nor suspect (a fast path for markup)
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low half of a pair, read with its high half
    if (c >= 0x4e00 && c <= 0x9fff) {
      // The common case without building a one-character string (this loop decides every charset).
      const lp = m.logpByCode.get(c);
      scored++;
      if (lp === undefined) {
        odd++;
        sum += m.floor;
      } else sum += lp;
      continue;
    }
    const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
    if (HAN.test(ch)) {
      const lp = m.logp.get(ch);
      scored++;
      if (lp === undefined) {
        odd++;
        sum += m.floor;
      } else sum += lp;
    } else if (MOJIBAKE_SUSPECT.test(ch)) {
      scored++;
      odd++;
      sum += m.floor;
    }
  }
  return { meanLogProb: scored ? sum / scored : 0, scored, oddShare: scored ? odd / scored : 0 };
}
