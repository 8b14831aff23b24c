// Finding the runs to repair: which characters can never be part of a run (spaces, digits, Latin words,
// pinyin annotations, what GBK cannot encode), which are anchors (debris: characters far too rare for
// their place, or an annotation on a character it does not belong to), and the clusters of anchors that
// mark a run. A cheap per-character table answers "can this line hold debris at all?" first.
import { hasReading, readingsOf } from '../../../lexicon/pinyin-readings.ts';
import { isHan } from '../../../lexicon/chinese-script.ts';
import { gbkBytes } from '../gbk-bytes.ts';
import { characterLogProb, type ScoreContext } from '../mojibake-score.ts';
import { findAnnotations } from '../pinyin-annotation.ts';

const ANCHOR_GAP = 5;
/** A character rarer than this (log10) is worth a look; debris scores far below. */
const WEAK = -5.5;
export const STRONG = -8;

const CLAUSE_PUNCTUATION = new Set([...'，。、；：,;:']);

interface Anchor {
  index: number;
  strong: boolean;
}

/** Does the line hold a strong sign of mis-decoding (debris, an annotation on the wrong character)? */
export function hasDebris(line: string, ctx: ScoreContext): boolean {
  // Most lines hold no character that could ever be a strong anchor: a table says so without layout or scores.
  if (!mayHaveDebris(line, ctx)) return false;
  const chars = [...line];
  const { blocked, pinyinAt } = layout(chars);
  for (let i = 0; i < chars.length; i++) {
    if (!blocked[i] && anchorAt(chars, i, pinyinAt, ctx)?.strong) return true;
  }
  return false;
}

/** Bits of `strongTables`: known, may be a strong anchor inside a line, may be one as a line's first character. */
const KNOWN = 1;
const STRONG_INSIDE = 2;
const STRONG_AT_START = 4;
const strongTables = new Map<string, Uint8Array>();

/** Whether a character (one code unit) can ever be a strong anchor by its own score, per script (cached). */
function strongClass(code: number, ctx: ScoreContext): number {
  let table = strongTables.get(ctx.script);
  if (!table) strongTables.set(ctx.script, (table = new Uint8Array(0x10000)));
  let k = table[code]!;
  if (k === 0) table[code] = k = classifyStrong(code, ctx);
  return k;
}

function classifyStrong(code: number, ctx: ScoreContext): number {
  // Blocked wherever it stands: spaces and what GBK cannot encode, surrogates (anything beyond the BMP) included.
  if (code >= 0xd800 && code <= 0xdfff) return KNOWN;
  const ch = String.fromCharCode(code);
  if (/\s/u.test(ch) || (code >= 0x80 && !gbkBytes(ch))) return KNOWN;
  // A score depends on its neighbours only through: no character before (line start), a clause mark,
  // punctuation or an ASCII letter before, an ASCII letter after. These stand for every case.
  let k = KNOWN;
  for (const next of [undefined, 'a', '中']) {
    if (characterLogProb(ch, undefined, next, ctx) <= STRONG) k |= STRONG_AT_START;
    for (const prev of ['，', 'a', '中']) if (characterLogProb(ch, prev, next, ctx) <= STRONG) k |= STRONG_INSIDE;
  }
  return k;
}

/** False when no character of the line can be a strong anchor (exact: a conservative pre-check of hasDebris). */
function mayHaveDebris(line: string, ctx: ScoreContext): boolean {
  if (line.length === 0) return false;
  if (strongClass(line.charCodeAt(0), ctx) & STRONG_AT_START) return true;
  let bracket = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (i > 0 && strongClass(c, ctx) & STRONG_INSIDE) return true;
    if (c === 0x28 || c === 0xff08) bracket = true;
  }
  // Otherwise only an annotation after a character it does not belong to can be one.
  return bracket && findAnnotations(line).length > 0;
}

/** Characters no run may include (spaces, pinyin annotations, non-GBK) and the pinyin after each position. */
export function layout(chars: string[]): { blocked: boolean[]; pinyinAt: Map<number, string> } {
  // Spaces, characters GBK cannot encode, digits and Latin words ("20xx", "PDA") never belong to a run: only
  // single letters (trail bytes) and folded full-width punctuation do. 〇, the zero of numbers written in
  // characters (二〇〇八年, 八〇〇位), is a digit too: rare in prose, so it scored as debris and was "repaired".
  const alnum = (ch: string | undefined) => ch !== undefined && /^[A-Za-z0-9]$/.test(ch);
  const blocked = chars.map(
    (ch, i) =>
      /\s/u.test(ch) ||
      (ch.codePointAt(0)! >= 0x80 && !gbkBytes(ch)) ||
      /[0-9〇]/.test(ch) ||
      (alnum(ch) && (alnum(chars[i - 1]) || alnum(chars[i + 1]))),
  );
  const pinyinAt = new Map<number, string>();
  const offsets: number[] = [];
  let unit = 0;
  for (const ch of chars) {
    offsets.push(unit);
    unit += ch.length;
  }
  for (const a of findAnnotations(chars.join(''))) {
    const start = offsets.indexOf(a.start);
    for (let i = start; i < chars.length && offsets[i]! < a.end; i++) blocked[i] = true;
    if (start > 0) pinyinAt.set(start - 1, a.syllable);
  }
  return { blocked, pinyinAt };
}

export interface Cluster {
  first: number;
  last: number;
  strong: boolean;
}

function anchorAt(chars: string[], i: number, pinyinAt: Map<number, string>, ctx: ScoreContext): Anchor | null {
  const ch = chars[i]!;
  const syllable = pinyinAt.get(i);
  if (syllable !== undefined) {
    // An annotation after a character it does not belong to: that character is debris.
    if (!isHan(ch) || (readingsOf(ch).length > 0 && !hasReading(ch, syllable))) return { index: i, strong: true };
  }
  const score = characterLogProb(ch, chars[i - 1], chars[i + 1], ctx);
  // A clause of one rare character ("慶;顒,") is where a run re-synchronised: its opening mark is suspect.
  if (
    CLAUSE_PUNCTUATION.has(ch) &&
    chars[i + 1] !== undefined &&
    CLAUSE_PUNCTUATION.has(chars[i + 2] ?? '') &&
    characterLogProb(chars[i + 1]!, ch, chars[i + 2], ctx) <= WEAK
  )
    return { index: i, strong: false };
  if (score > WEAK) return null;
  // A lone Latin letter ("A区", "B超", "W校…") is weak evidence: only its pinyin annotation makes it debris.
  return { index: i, strong: score <= STRONG };
}

export function nextCluster(
  chars: string[],
  from: number,
  blocked: boolean[],
  pinyinAt: Map<number, string>,
  ctx: ScoreContext,
): Cluster | null {
  let cluster: Cluster | null = null;
  let weak = 0;
  for (let i = from; i < chars.length; i++) {
    if (blocked[i]) {
      if (cluster && (cluster.strong || weak >= 2)) return cluster;
      cluster = null;
      weak = 0;
      continue;
    }
    const anchor = anchorAt(chars, i, pinyinAt, ctx);
    if (!anchor) {
      if (cluster && i - cluster.last > ANCHOR_GAP) {
        if (cluster.strong || weak >= 2) return cluster;
        cluster = null;
        weak = 0;
      }
      continue;
    }
    if (!cluster) cluster = { first: i, last: i, strong: anchor.strong };
    else {
      cluster.last = i;
      cluster.strong ||= anchor.strong;
    }
    if (!anchor.strong) weak++;
  }
  return cluster && (cluster.strong || weak >= 2) ? cluster : null;
}
