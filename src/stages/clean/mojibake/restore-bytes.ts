// Restoring bytes the mis-decoding lost: a lead byte lost in front of a run's first trail byte, and a
// GBK user-defined (private-use) pair lost between two characters. Each asks which of hundreds or
// thousands of candidate characters reads best in context, so the answers are memoised.
import { hasReading } from '../../../lexicon/pinyin-readings.ts';
import { storeBounded } from '../bounded-memo.ts';
import { gbkTable, isPrivateUsePair, pairChar } from '../gbk-bytes.ts';
import type { ScoreContext } from '../mojibake-score.ts';
import { localScore, MEMO_CAPACITY, ORDINAL_CHAR, ORDINAL_CLOSE } from './reading-context.ts';
import { RESTORED_LEAD_COST } from './priors.ts';

/** First bytes of GBK user-defined pairs that can follow a real character's lead (as its trail). */
const PRIVATE_USE_FIRST = [
  0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd,
  0xfe,
];

const restoredLeadsCache = new Map<string, { ch: string; score: number }[]>();

/**
 * The four best characters a lost lead byte in front of `trail` restores after `leftChar`, best first (among
 * equal scores the earlier lead), scored with the restoration's cost. Cached: every window of a run starting
 * at the same place asks again.
 */
export function bestRestoredLeads(
  trail: number,
  leftChar: string | undefined,
  ctx: ScoreContext,
): { ch: string; score: number }[] {
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
export function bestRestorations(
  lead: number,
  trail: number,
  prev: string | undefined,
  bracketOpen: boolean,
  ctx: ScoreContext,
): Restoration[] {
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
    const seconds = (gbkTable().leadsOf.get(trail) ?? [])
      .filter((u) => isPrivateUsePair(t, u))
      .map((u, order) => {
        const c2 = pairChar(u, trail)!;
        return { c2, score: localScore(c2, c1, ctx), order };
      });
    firsts.push({ c1, seconds, bestFirst: [...seconds].sort((a, b) => b.score - a.score) });
  }
  storeBounded(pairsCache, key, firsts, PAIRS_CAPACITY);
  return firsts;
}

export function uniqueReading(leads: number[], trail: number, syllable: string): boolean {
  return leads.filter((lead) => hasReading(pairChar(lead, trail)!, syllable)).length === 1;
}
