// Repairing GBK text that was decoded one byte out of step. How such a run comes about (seen on
// traditional-script 范文 pages): the page's GBK bytes were read with one stray byte in front, so every
// character was built from the trail byte of one character and the lead byte of the next ("（一）加強" →
// "。ㄒ唬┘訌"); pairs that fell in GBK's user-defined area became private-use characters and were lost,
// a lead byte followed by an ASCII byte became U+FFFD and was lost, and full-width forms were folded to
// ASCII ("，" → ","). The decoder falls back into step at an ASCII byte ("婎I(lǐng)導": the "I" is the
// trail byte of 領, whose annotation follows).
//
// The repair runs that process backwards: encode the run to GBK, drop the stray byte (or restore a lost
// one), re-pair the bytes, restore lost private-use pairs where a bracket or a word says so, and recover a
// lost last character from the pinyin annotation after it or from a dictionary word. A repair is kept only
// when the result scores clearly better as Chinese; what cannot be recovered is reported, never dropped
// silently.
import { hasReading, readingsOf } from '../../lexicon/pinyin-readings.ts';
import { isHan, simplifiedChar } from '../../lexicon/chinese-script.ts';
import { isWord, loadWordModel, mayBeTwoCharacterWord, mayEndWord, mayStartWord } from '../../lexicon/word-model.ts';
import { fullWidthBytes, gbkBytes, gbkTable, isPrivateUsePair, pairChar } from './gbk-bytes.ts';
import { characterLogProb, hanLogProb, hasWordOverlapping, type ScoreContext, textLogProb } from './mojibake-score.ts';
import { findAnnotations } from './pinyin-annotation.ts';
import { storeBounded } from './bounded-memo.ts';

export interface MojibakeRepair {
  before: string;
  after: string;
  /** Code-unit offsets of the run in the line as it was when repaired. */
  span: [number, number];
  /** Characters recovered from a pinyin annotation or a dictionary word, with how. */
  recovered: string[];
  /** Characters the run had lost and that could not be recovered (described, since their text is gone). */
  lost: string[];
  gain: number;
}

export interface UnrepairedRun {
  text: string;
  span: [number, number];
}

export interface LineRepair {
  text: string;
  repairs: MojibakeRepair[];
  unrepaired: UnrepairedRun[];
}

/** A repair must make its stretch of the line this much more probable (log10: a hundredfold) to be kept. */
export const MIN_GAIN = 2;
/** A pinyin annotation after a character that does not read so: sites annotate the true character. */
const ANNOTATION_MISMATCH = 6;
const BEAM = 8;
/** Mean log10 probability per character below which a reading is not text (nonsense made of rare characters). */
const MIN_MEAN_LOGP = -3.8;
/** Prior cost (log10) of each assumption a reading makes: a lost lead byte restored… */
const RESTORED_LEAD_COST = 0.5;
/** …a lost private-use pair restored (about one boundary in six of GB2312 text produces one)… */
const RESTORED_PAIR_COST = 0.8;
/** …a whole character recovered from its pinyin annotation… */
const RECOVERED_CHAR_COST = 1;
/** …and a character given up as lost, which costs what an ordinary character would have. */
const LOST_CHAR_COST = 3.5;
const MAX_RUN = 40;
const ANCHOR_GAP = 5;
/** A character rarer than this (log10) is worth a look; debris scores far below. */
const WEAK = -5.5;
const STRONG = -8;
/** A plain pairing this improbable is worth trying with a lost private-use pair restored inside it. */
const POOR_PAIRING = -5;
/** First bytes of GBK user-defined pairs that can follow a real character's lead (as its trail). */
const PRIVATE_USE_FIRST = [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
  0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe];

/** A reading's characters, last first: states extending one share its earlier characters. */
interface Piece {
  ch: string;
  before: Piece | null;
}

interface State {
  out: Piece | null;
  score: number;
  /** Prior cost of the assumptions made (restored bytes, restored pairs). */
  penalty: number;
  /** A lead byte waiting for its trail. */
  pending: number | null;
  recovered: string[];
  lost: string[];
}

interface Hypothesis {
  out: string[];
  penalty: number;
  recovered: string[];
  lost: string[];
}

/** Does a dictionary word end with `ch` after `left` (1–3 Han characters of context)? */
function wordEndingWith(left: string[], ch: string): boolean {
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

function wordStartingWith(ch: string, right: string[]): boolean {
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
function localScore(ch: string, prev: string | undefined, ctx: ScoreContext): number {
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

let readingIndex: Map<string, string[]> | null = null;
/** Every GBK character with a given reading (built on first use). */
function charactersReading(syllable: string): string[] {
  if (!readingIndex) {
    readingIndex = new Map();
    for (const ch of gbkTable().pairs.values()) {
      if (!isHan(ch)) continue;
      for (const r of readingsOf(ch)) (readingIndex.get(r) ?? readingIndex.set(r, []).get(r)!).push(ch);
    }
  }
  return readingIndex.get(syllable) ?? [];
}

export interface RepairContext extends ScoreContext {}

/** Bytes of each character of a run; ASCII stands for its full-width form except as the run's last byte. */
export function runUnits(chars: string[], lastAsSingleByte: boolean): number[][] | null {
  const units: number[][] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      if (i === chars.length - 1 && lastAsSingleByte) {
        if (c < 0x40 || c > 0x7e) return null;
        units.push([c]);
      } else {
        const fw = fullWidthBytes(ch);
        if (!fw) return null;
        units.push(fw);
      }
      continue;
    }
    const b = gbkBytes(ch);
    if (!b || b.length !== 2) return null;
    units.push(b);
  }
  return units;
}

function stateOf(ch: string, score: number, penalty: number, pending: number | null, recovered: string[]): State {
  return { out: { ch, before: null }, score, penalty, pending, recovered, lost: [] };
}

function charactersOf(piece: Piece | null): string[] {
  const out: string[] = [];
  for (let p = piece; p; p = p.before) out.push(p.ch);
  return out.reverse();
}

/** Entries each memo below keeps: hit rates plateau well before this, and a worker's memory stays flat. */
const MEMO_CAPACITY = 10_000;

const restoredLeadsCache = new Map<string, { ch: string; score: number }[]>();

/**
 * The four best characters a lost lead byte in front of `trail` restores after `leftChar`, best first (among
 * equal scores the earlier lead), scored with the restoration's cost. Cached: every window of a run starting
 * at the same place asks again.
 */
function bestRestoredLeads(trail: number, leftChar: string | undefined, ctx: ScoreContext): { ch: string; score: number }[] {
  const key = `${ctx.script},${trail},${leftChar ?? ''}`;
  let top = restoredLeadsCache.get(key);
  if (top) return top;
  top = [];
  for (const lead of gbkTable().leadsOf.get(trail) ?? []) {
    const ch = pairChar(lead, trail)!;
    const score = localScore(ch, leftChar, ctx) - RESTORED_LEAD_COST;
    if (top.length < 4 || score > top[top.length - 1]!.score) {
      top.push({ ch, score });
      top.sort((a, b) => b.score - a.score);
      if (top.length > 4) top.pop();
    }
  }
  storeBounded(restoredLeadsCache, key, top, MEMO_CAPACITY);
  return top;
}

function topStates(states: State[]): State[] {
  return states.sort((a, b) => b.score - a.score).slice(0, BEAM);
}

/** Re-pairs the bytes of one run: every way of reading it back into step, best first. */
export function decodeRun(units: number[][], left: string[], right: string[], pinyinAfter: string | null, ctx: RepairContext, atLineStart = true): Hypothesis[] {
  const leftChar = left.at(-1);
  let states: State[] = [];
  const first = units[0]!;
  // The stray byte in front: drop it. Only where the reader could pick one up (a line start); inside a line
  // that was read in step so far, a run can only begin by losing a byte.
  if (first.length === 2 && atLineStart) states.push({ out: null, score: 0, penalty: 0, pending: first[1]!, recovered: [], lost: [] });
  // Or the run lost its first lead byte: restore one (the trail survives as the run's first byte).
  const leads = gbkTable().leadsOf.get(first[0]!) ?? [];
  const pendingFirst = first.length === 2 ? first[1]! : null;
  const restored: State[] = [];
  if (units.length === 1) {
    // A single byte is too little to rebuild a character from without its annotation ("F(xiàn)" → 現).
    if (pinyinAfter) {
      for (const lead of leads) {
        const ch = pairChar(lead, first[0]!)!;
        if (!hasReading(ch, pinyinAfter)) continue;
        const confirmed = wordEndingWith(left, ch) || wordStartingWith(ch, right);
        const byReading = uniqueReading(leads, first[0]!, pinyinAfter);
        if (!confirmed && !byReading) continue;
        // A reading the pinyin annotation confirms costs nothing: the annotation says a character stood here.
        const cost = byReading ? 0 : RESTORED_LEAD_COST;
        const how = byReading ? `the only character with this trail byte read "${pinyinAfter}"` : confirmed ? 'confirmed by a word' : 'best fit';
        restored.push(stateOf(ch, localScore(ch, leftChar, ctx) - cost, cost, pendingFirst, [`${ch} (lost lead byte restored: ${how})`]));
      }
    }
    states.push(...topStates(restored).slice(0, 4));
  } else {
    // Every lead costs the same here, so the score alone picks the four kept; only they need their word looked up.
    for (const { ch, score } of bestRestoredLeads(first[0]!, leftChar, ctx)) {
      const how = wordEndingWith(left, ch) || wordStartingWith(ch, right) ? 'confirmed by a word' : 'best fit';
      states.push(stateOf(ch, score, RESTORED_LEAD_COST, pendingFirst, [`${ch} (lost lead byte restored: ${how})`]));
    }
  }

  for (let j = 1; j < units.length; j++) {
    const unit = units[j]!;
    const next: State[] = [];
    for (const st of states) {
      if (st.pending === null) continue;
      const prev = st.out?.ch ?? leftChar;
      const lead = st.pending;
      const plain = pairChar(lead, unit[0]!);
      const pendingAfter = unit.length === 2 ? unit[1]! : null;
      let plainScore = -Infinity;
      if (plain) {
        plainScore = localScore(plain, prev, ctx);
        next.push({ ...st, out: { ch: plain, before: st.out }, score: st.score + plainScore, pending: pendingAfter });
      }
      // A private-use pair lost between two characters: (lead, t) + (u, byte) where (t, u) was the pair.
      const bracketOpen = (prev === '（' || prev === '(') && !(plain && ORDINAL_CHAR.test(plain));
      // A run's first character is where headings lose their ordinal ("二、" → "《⒐"): always try there.
      const firstOfRun = st.out === null;
      if (plainScore < POOR_PAIRING || bracketOpen || firstOfRun) {
        const top = bestRestorations(lead, unit[0]!, prev, bracketOpen || prev === undefined, ctx);
        for (const { score, c1, c2 } of top) {
          next.push({
            ...st, out: { ch: c2, before: { ch: c1, before: st.out } }, score: st.score + score - RESTORED_PAIR_COST, penalty: st.penalty + RESTORED_PAIR_COST,
            pending: pendingAfter, recovered: [...st.recovered, `${c1}${c2} (lost private-use pair restored)`],
          });
        }
      }
    }
    states = topStates(next);
    if (states.length === 0) return [];
  }

  const finished: Hypothesis[] = [];
  for (const st of states) {
    let out = charactersOf(st.out);
    const recovered = [...st.recovered];
    const lost = [...st.lost];
    if (st.pending !== null) {
      const got = recoverTrail(st.pending, [...left, ...out], right, pinyinAfter, ctx);
      let penalty = st.penalty;
      if (got) {
        out = [...out, ...got.chars];
        recovered.push(got.how);
        penalty += RECOVERED_CHAR_COST * (got.chars.length - 1);
      } else {
        lost.push(`a character with lead byte 0x${st.pending.toString(16)} (its trail byte was lost)`);
        penalty += LOST_CHAR_COST;
      }
      finished.push({ out, penalty, recovered, lost });
      continue;
    }
    let penalty = st.penalty;
    if (pinyinAfter && out.length && !hasReading(out.at(-1)!, pinyinAfter)) {
      const got = recoverLostCharacter([...left, ...out].slice(-3), pinyinAfter);
      if (got) {
        out = [...out, got];
        recovered.push(`${got} (lost character recovered from its pinyin "${pinyinAfter}" and a word)`);
        penalty += RECOVERED_CHAR_COST;
      }
    }
    finished.push({ out, penalty, recovered, lost });
  }
  return finished;
}

const restorationCache = new WeakMap<ScoreContext, Map<string, Restoration[]>>();
interface Restoration {
  score: number;
  c1: string;
  c2: string;
}

/**
 * The three best ways to read (lead, ?) (?, trail) with a lost private-use pair in the middle, after `prev`.
 * About 2,500 pairs are tried, so the answer is cached.
 */
function bestRestorations(lead: number, trail: number, prev: string | undefined, bracketOpen: boolean, ctx: ScoreContext): Restoration[] {
  let cache = restorationCache.get(ctx);
  if (!cache) restorationCache.set(ctx, (cache = new Map()));
  const key = `${lead},${trail},${prev ?? ''},${bracketOpen}`;
  const cached = cache.get(key);
  if (cached) return cached;
  // Pairs in the order first bytes, then second characters: among equal scores the earliest wins.
  const top: Restoration[] = [];
  for (const { c1, seconds, bestFirst } of restorationPairs(lead, trail, ctx)) {
    const s1 = localScore(c1, prev, ctx);
    if (bracketOpen && ORDINAL_CHAR.test(c1)) {
      for (const { c2, score } of seconds) keepBest(top, s1 + score + (ORDINAL_CLOSE.has(c2) ? 2 : 0), c1, c2);
      continue;
    }
    // Without the ordinal bonus only this first byte's three best second characters can make the top three
    // (and any tied with the third, allowing for rounding in s1 + score); offered in their original order.
    let n = Math.min(3, bestFirst.length);
    while (n < bestFirst.length && bestFirst[n]!.score >= bestFirst[2]!.score - 1e-9) n++;
    const few = n === bestFirst.length ? seconds : bestFirst.slice(0, n).sort((a, b) => a.order - b.order);
    for (const { c2, score } of few) keepBest(top, s1 + score, c1, c2);
  }
  storeBounded(cache, key, top, MEMO_CAPACITY);
  return top;
}

/** Keeps the three best-scoring restorations; a later one must beat the third strictly. */
function keepBest(top: Restoration[], score: number, c1: string, c2: string): void {
  if (top.length < 3 || score > top[top.length - 1]!.score) {
    top.push({ score, c1, c2 });
    top.sort((a, b) => b.score - a.score);
    if (top.length > 3) top.pop();
  }
}

interface SecondCharacter {
  c2: string;
  /** localScore(c2 after c1): the part of a restoration's score that does not depend on what came before. */
  score: number;
  order: number;
}
interface RestorationFirst {
  c1: string;
  /** In leadsOf order, and best first (stable). */
  seconds: SecondCharacter[];
  bestFirst: SecondCharacter[];
}
const pairsCache = new Map<string, RestorationFirst[]>();
/** An entry holds ~1,350 scored characters (~100 KB), so far fewer are kept: recomputing one costs ~0.1 ms. */
const PAIRS_CAPACITY = 256;

/** For (lead, trail): every first byte t of a lost private-use pair, with its characters scored (cached per script). */
function restorationPairs(lead: number, trail: number, ctx: ScoreContext): RestorationFirst[] {
  const key = `${ctx.script},${lead},${trail}`;
  let firsts = pairsCache.get(key);
  if (firsts) return firsts;
  firsts = [];
  for (const t of PRIVATE_USE_FIRST) {
    const c1 = pairChar(lead, t);
    if (!c1) continue;
    const seconds = (gbkTable().leadsOf.get(trail) ?? []).filter((u) => isPrivateUsePair(t, u))
      .map((u, order) => {
        const c2 = pairChar(u, trail)!;
        return { c2, score: localScore(c2, c1, ctx), order };
      });
    firsts.push({ c1, seconds, bestFirst: [...seconds].sort((a, b) => b.score - a.score) });
  }
  storeBounded(pairsCache, key, firsts, PAIRS_CAPACITY);
  return firsts;
}

const trailCache = new WeakMap<ScoreContext, Map<string, { chars: string[]; how: string } | null>>();

/** The run ended on a lead byte whose trail was lost: find the character from pinyin or a word (memoised). */
function recoverTrail(lead: number, left: string[], right: string[], pinyinAfter: string | null, ctx: RepairContext): { chars: string[]; how: string } | null {
  let cache = trailCache.get(ctx);
  if (!cache) trailCache.set(ctx, (cache = new Map()));
  const l = left.slice(-3);
  const r = right.slice(0, 3);
  const key = `${lead}|${l.join('')}|${r.join('')}|${pinyinAfter ?? ''}`;
  if (cache.has(key)) return cache.get(key)!;
  const found = findTrail(lead, l, r, pinyinAfter, ctx);
  storeBounded(cache, key, found, MEMO_CAPACITY);
  return found;
}

function findTrail(lead: number, left: string[], right: string[], pinyinAfter: string | null, ctx: RepairContext): { chars: string[]; how: string } | null {
  if (lead === 0xa3) {
    // GBK's full-width row: the bracket that an ordinal and its closing bracket after the run call for.
    const closes = right.slice(1, 3).some((c) => c === ')' || c === '）');
    if (right[0] !== undefined && ORDINAL_CHAR.test(right[0]) && closes) return { chars: ['（'], how: '（ (full-width bracket recovered: an ordinal and its closing bracket follow)' };
    return null;
  }
  let best: { chars: string[]; how: string; score: number } | null = null;
  for (const t of gbkTable().trailsOf.get(lead) ?? []) {
    const ch = pairChar(lead, t)!;
    if (!isHan(ch)) continue;
    let how: string | null = null;
    let chars = [ch];
    if (pinyinAfter) {
      if (hasReading(ch, pinyinAfter)) how = `${ch} (trail byte recovered from the pinyin "${pinyinAfter}")`;
      else {
        // The annotated character itself may be lost after this one: a word of the two names both.
        const extra = recoverLostCharacter([ch], pinyinAfter);
        if (extra) {
          chars = [ch, extra];
          how = `${ch}${extra} (recovered from the word ${ch}${extra} and the pinyin "${pinyinAfter}")`;
        }
      }
    } else if (wordEndingWith(left, ch) || wordStartingWith(ch, right)) {
      how = `${ch} (trail byte recovered, confirmed by a word)`;
    }
    if (!how) continue;
    const context = [...left, ...chars, ...right];
    const score = textLogProb(context, 0, context.length, ctx);
    if (!best || score > best.score) best = { chars, how, score };
  }
  return best ? { chars: best.chars, how: best.how } : null;
}

const lostCache = new Map<string, string | null>();

/** A whole character was lost but its annotation survived: the reading plus a word name it (memoised). */
function recoverLostCharacter(left: string[], syllable: string): string | null {
  const key = `${left.slice(-3).join('')}|${syllable}`;
  if (lostCache.has(key)) return lostCache.get(key)!;
  const found = findLostCharacter(left.slice(-3), syllable);
  storeBounded(lostCache, key, found, MEMO_CAPACITY);
  return found;
}

function findLostCharacter(left: string[], syllable: string): string | null {
  const candidates = charactersReading(syllable).filter((c) => wordEndingWith(left, c));
  if (candidates.length === 0) return null;
  // Among the confirmed ones, the commonest character.
  return candidates.sort((a, b) => characterLogProb(b, undefined, undefined, NEUTRAL) - characterLogProb(a, undefined, undefined, NEUTRAL))[0]!;
}

function uniqueReading(leads: number[], trail: number, syllable: string): boolean {
  return leads.filter((lead) => hasReading(pairChar(lead, trail)!, syllable)).length === 1;
}

const CLAUSE_PUNCTUATION = new Set([...'，。、；：,;:']);
/** What follows an ordinal in a heading: "（二）", "(2)", "二、", "2." */
const ORDINAL_CLOSE = new Set([...'）)、.．']);
/** "（四）" or "二、" at the head of a reading: a heading's structure, which needs no word to be believed. */
const ORDINAL_HEADING = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,2}、)/u;
const ORDINAL_CHAR = /^[一二三四五六七八九十\d]$/u;

const NEUTRAL: ScoreContext = { script: 'mixed' };

interface Anchor {
  index: number;
  strong: boolean;
}

/** Repairs every out-of-step run in one line. */
export function repairLine(line: string, ctx: RepairContext): LineRepair {
  let chars = [...line];
  const repairs: MojibakeRepair[] = [];
  const unrepaired: UnrepairedRun[] = [];
  let from = 0;
  // The layout changes only when a repair changes the line.
  let laidOut = layout(chars);
  for (let guard = 0; guard < 200; guard++) {
    const { blocked, pinyinAt } = laidOut;
    const cluster = nextCluster(chars, from, blocked, pinyinAt, ctx);
    if (!cluster) break;
    const best = bestRepair(chars, cluster, blocked, pinyinAt, ctx);
    if (best && best.gain >= MIN_GAIN) {
      const offset = chars.slice(0, best.start).join('').length;
      const before = chars.slice(best.start, best.end).join('');
      repairs.push({
        before, after: best.out.join(''), span: [offset, offset + before.length],
        recovered: best.recovered, lost: best.lost, gain: Math.round(best.gain * 10) / 10,
      });
      chars = [...chars.slice(0, best.start), ...best.out, ...chars.slice(best.end)];
      laidOut = layout(chars);
      from = best.start + best.out.length;
    } else {
      if (cluster.strong) {
        const offset = chars.slice(0, cluster.first).join('').length;
        const text = chars.slice(cluster.first, cluster.last + 1).join('');
        unrepaired.push({ text, span: [offset, offset + text.length] });
      }
      from = cluster.last + 1;
    }
  }
  return { text: chars.join(''), repairs, unrepaired };
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
  // single letters (trail bytes) and folded full-width punctuation do.
  const alnum = (ch: string | undefined) => ch !== undefined && /^[A-Za-z0-9]$/.test(ch);
  const blocked = chars.map((ch, i) =>
    /\s/u.test(ch) || (ch.codePointAt(0)! >= 0x80 && !gbkBytes(ch)) || /[0-9]/.test(ch) || (alnum(ch) && (alnum(chars[i - 1]) || alnum(chars[i + 1]))));
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

interface Cluster {
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
  if (CLAUSE_PUNCTUATION.has(ch) && chars[i + 1] !== undefined && CLAUSE_PUNCTUATION.has(chars[i + 2] ?? '')
    && characterLogProb(chars[i + 1]!, ch, chars[i + 2], ctx) <= WEAK) return { index: i, strong: false };
  if (score > WEAK) return null;
  // A lone Latin letter ("A区", "B超", "W校…") is weak evidence: only its pinyin annotation makes it debris.
  return { index: i, strong: score <= STRONG };
}

export function nextCluster(chars: string[], from: number, blocked: boolean[], pinyinAt: Map<number, string>, ctx: ScoreContext): Cluster | null {
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

interface Candidate extends Hypothesis {
  start: number;
  end: number;
  gain: number;
}

function bestRepair(chars: string[], cluster: Cluster, blocked: boolean[], pinyinAt: Map<number, string>, ctx: RepairContext): Candidate | null {
  let lo = cluster.first;
  while (lo > 0 && !blocked[lo - 1] && cluster.first - lo < 3) lo--;
  let hi = cluster.last + 1;
  while (hi < chars.length && !blocked[hi] && hi - cluster.last - 1 < 3) hi++;
  // Every reading is judged on the same stretch of the line, so windows of different sizes compare fairly.
  const regionStart = Math.max(0, lo - 2);
  const regionEnd = Math.min(chars.length, hi + 2);
  let before = textLogProb(chars, regionStart, regionEnd, ctx);
  for (const [i, syllable] of pinyinAt) {
    if (i >= regionStart && i < regionEnd && !hasReading(chars[i]!, syllable)) before -= ANNOTATION_MISMATCH;
  }
  let best: Candidate | null = null;
  for (let start = lo; start <= cluster.first; start++) {
    for (let end = cluster.last + 1; end <= hi; end++) {
      if (end - start > MAX_RUN) continue;
      const run = chars.slice(start, end);
      const left = chars.slice(Math.max(0, start - 3), start);
      const right = chars.slice(end, end + 3);
      const pinyinAfter = pinyinAt.get(end - 1) ?? null;
      for (const single of [false, true]) {
        if (single && !/^[\x40-\x7e]$/.test(run.at(-1)!)) continue;
        const units = runUnits(run, single);
        if (!units) continue;
        const atLineStart = start === 0 || /\s/u.test(chars[start - 1]!);
        for (const h of decodeRun(units, left, right, pinyinAfter, ctx, atLineStart)) {
          // Deleting a run is not repairing it: what cannot be read stays (and is noted).
          if (h.out.length === 0) continue;
          // Judged in the repaired line, whose copy is made only for readings without debris.
          const debris = h.out.some((ch, k) =>
            characterLogProb(ch, k > 0 ? h.out[k - 1] : chars[start - 1], k + 1 < h.out.length ? h.out[k + 1] : chars[end], ctx) <= STRONG);
          if (debris) continue;
          const candidate = [...chars.slice(0, start), ...h.out, ...chars.slice(end)];
          // Nonsense can still beat debris; a real reading of three or more characters forms words.
          const heading = ORDINAL_HEADING.test(h.out.join(''));
          if (!heading && h.out.filter((c) => isHan(c)).length >= 3 && !hasWordOverlapping(candidate, start, start + h.out.length)) continue;
          // …and reads, on average, like ordinary text (real repairs run -1.6 to -3.7 per character).
          if (h.out.length >= 3 && textLogProb(h.out, 0, h.out.length, ctx) / h.out.length < MIN_MEAN_LOGP) continue;
          let after = textLogProb(candidate, regionStart, regionEnd + h.out.length - run.length, ctx);
          // The annotation after the run must now belong to the character before it.
          for (const [i, syllable] of pinyinAt) {
            if (i < regionStart || i >= regionEnd) continue;
            const at = i < start ? i : i >= end ? i + h.out.length - run.length : -1;
            const ch = at >= 0 ? candidate[at] : undefined;
            if (i === end - 1) {
              if (!(h.out.length && hasReading(h.out.at(-1)!, syllable))) after -= ANNOTATION_MISMATCH;
            } else if (ch !== undefined && !hasReading(ch, syllable)) after -= ANNOTATION_MISMATCH;
          }
          const gain = after - before - h.penalty;
          if (!best || gain > best.gain) best = { ...h, start, end, gain };
        }
      }
    }
  }
  return best;
}
