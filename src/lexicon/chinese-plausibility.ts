// How much a string looks like ordinary Chinese: the mean log-probability of its characters under a
// character-frequency model built from jieba's dictionary. Decoding (which charset?) and mojibake repair
// (is the repaired run better?) both ask this question.
import { readFileSync } from 'node:fs';

interface FrequencyFile {
  chars: Record<string, number>;
}

let model: { logp: Map<string, number>; floor: number } | null = null;

function loadModel(): { logp: Map<string, number>; floor: number } {
  if (model) return model;
  const file = JSON.parse(
    readFileSync(new URL('./data/char-frequency.json', import.meta.url), 'utf8'),
  ) as FrequencyFile;
  let total = 0;
  for (const n of Object.values(file.chars)) total += n;
  const logp = new Map<string, number>();
  for (const [ch, n] of Object.entries(file.chars)) logp.set(ch, Math.log10(n / total));
  // Unknown characters score below the rarest known one: unseen Han characters are rare in real plans.
  model = { logp, floor: Math.log10(1 / total) - 1 };
  return model;
}

const HAN = /\p{Script=Han}/u;
// Characters that ordinary Chinese prose almost never contains but GBK/Big5 mis-decoding produces often:
// Bopomofo, box drawing, private use, CJK compatibility ideographs, half-width katakana, Hangul, U+FFFD.
const MOJIBAKE_SUSPECT = /[\u3100-\u312f\u31a0-\u31bf\u2500-\u257f\ue000-\uf8ff\uf900-\ufaff\uff61-\uff9f\uac00-\ud7af\ufffd]/u;

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

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x3134f) || (c >= 0xf900 && c <= 0xfaff);
}

function isSuspectCode(c: number): boolean {
  return (
    (c >= 0x3100 && c <= 0x312f) || (c >= 0x31a0 && c <= 0x31bf) || (c >= 0x2500 && c <= 0x257f) || (c >= 0xe000 && c <= 0xf8ff) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff61 && c <= 0xff9f) || (c >= 0xac00 && c <= 0xd7af) || c === 0xfffd
  );
}

// Hot path (decoding scores every candidate charset): a char-code loop, no regex per character.
export function chinesePlausibility(text: string): PlausibilityScore {
  const m = loadModel();
  let sum = 0;
  let scored = 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x2500) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      c = text.codePointAt(i)!;
      i++;
    }
    if (isSuspectCode(c) && !(c >= 0xf900 && c <= 0xfaff)) {
      scored++;
      odd++;
      sum += m.floor;
    } else if (isHanCode(c)) {
      scored++;
      const lp = m.logp.get(String.fromCodePoint(c));
      if (lp === undefined) {
        odd++;
        sum += m.floor;
      } else sum += lp;
    }
  }
  return { meanLogProb: scored ? sum / scored : 0, scored, oddShare: scored ? odd / scored : 0 };
}
