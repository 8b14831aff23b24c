// Recovering whole characters a run lost: the character of a lead byte whose trail was lost (from the
// pinyin annotation after it or a dictionary word), and a character lost entirely whose annotation
// survived (its reading plus a word name it). Memoised, per scoring context.
import { hasReading, readingsOf } from '../../../lexicon/pinyin-readings.ts';
import { isHan } from '../../../lexicon/chinese-script.ts';
import { storeBounded } from '../bounded-memo.ts';
import { gbkTable, pairChar } from '../gbk-bytes.ts';
import { characterLogProb, type ScoreContext, textLogProb } from '../mojibake-score.ts';
import {
  MEMO_CAPACITY,
  ORDINAL_CHAR,
  type RepairContext,
  wordEndingWith,
  wordStartingWith,
} from './reading-context.ts';

const NEUTRAL: ScoreContext = { script: 'mixed' };

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

const trailCache = new WeakMap<ScoreContext, Map<string, { chars: string[]; how: string } | null>>();

/** The run ended on a lead byte whose trail was lost: find the character from pinyin or a word (memoised). */
export function recoverTrail(
  lead: number,
  left: string[],
  right: string[],
  pinyinAfter: string | null,
  ctx: RepairContext,
): { chars: string[]; how: string } | null {
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

function findTrail(
  lead: number,
  left: string[],
  right: string[],
  pinyinAfter: string | null,
  ctx: RepairContext,
): { chars: string[]; how: string } | null {
  if (lead === 0xa3) {
    // GBK's full-width row: the bracket that an ordinal and its closing bracket after the run call for.
    const closes = right.slice(1, 3).some((c) => c === ')' || c === '）');
    if (right[0] !== undefined && ORDINAL_CHAR.test(right[0]) && closes)
      return { chars: ['（'], how: '（ (full-width bracket recovered: an ordinal and its closing bracket follow)' };
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
export function recoverLostCharacter(left: string[], syllable: string): string | null {
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
  return candidates.sort(
    (a, b) => characterLogProb(b, undefined, undefined, NEUTRAL) - characterLogProb(a, undefined, undefined, NEUTRAL),
  )[0]!;
}
