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
//
// This file takes a line run by run and keeps a repair only when it gains enough; run-detection.ts finds the
// runs, beam-search.ts re-pairs one, restore-bytes.ts and recover-characters.ts put back what was lost, and
// reading-context.ts and priors.ts weigh the readings.
import { opensAsHeading } from '../../../lexicon/layout/leads.ts';
import { hasReading } from '../../../lexicon/pinyin-readings.ts';
import { isHan } from '../../../lexicon/chinese-script.ts';
import { characterLogProb, hasWordOverlapping, textLogProb } from '../mojibake-score.ts';
import { decodeRun, type Hypothesis, runUnits } from './beam-search.ts';
import type { RepairContext } from './reading-context.ts';
import { type Cluster, layout, nextCluster, STRONG } from './run-detection.ts';

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
/**
 * …and a repair that gives a character up as lost (its byte is gone) must gain more: it deletes text, and a
 * rare but real character (a place name's 塱) next to a common one reads out of step as a likely pair plus a
 * lost byte at a gain of about 3. True repairs that lose a byte gain far more (8 and up): the debris they
 * replace reads like nothing.
 */
export const MIN_LOSSY_GAIN = 5;
/** A pinyin annotation after a character that does not read so: sites annotate the true character. */
const ANNOTATION_MISMATCH = 6;
/** Mean log10 probability per character below which a reading is not text (nonsense made of rare characters). */
const MIN_MEAN_LOGP = -3.8;
const MAX_RUN = 40;

/**
 * A reading that turns Chinese into symbols alone ("、进" → "⒔") is no repair: GBK text re-read in step is
 * Chinese. Pages that lost their list numbers leave "、进一步…" at a line's start, which scores like debris.
 */
function symbolsForHan(before: string[], after: string[]): boolean {
  return before.some((c) => isHan(c)) && !after.some((c) => isHan(c));
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
    if (
      best &&
      best.gain >= (best.lost.length ? MIN_LOSSY_GAIN : MIN_GAIN) &&
      !symbolsForHan(chars.slice(best.start, best.end), best.out)
    ) {
      const offset = chars.slice(0, best.start).join('').length;
      const before = chars.slice(best.start, best.end).join('');
      repairs.push({
        before,
        after: best.out.join(''),
        span: [offset, offset + before.length],
        recovered: best.recovered,
        lost: best.lost,
        gain: Math.round(best.gain * 10) / 10,
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

interface Candidate extends Hypothesis {
  start: number;
  end: number;
  gain: number;
}

function bestRepair(
  chars: string[],
  cluster: Cluster,
  blocked: boolean[],
  pinyinAt: Map<number, string>,
  ctx: RepairContext,
): Candidate | null {
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
          const debris = h.out.some(
            (ch, k) =>
              characterLogProb(
                ch,
                k > 0 ? h.out[k - 1] : chars[start - 1],
                k + 1 < h.out.length ? h.out[k + 1] : chars[end],
                ctx,
              ) <= STRONG,
          );
          if (debris) continue;
          const candidate = [...chars.slice(0, start), ...h.out, ...chars.slice(end)];
          // Nonsense can still beat debris; a real reading of three or more characters forms words.
          const heading = opensAsHeading(h.out.join(''));
          if (
            !heading &&
            h.out.filter((c) => isHan(c)).length >= 3 &&
            !hasWordOverlapping(candidate, start, start + h.out.length)
          )
            continue;
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
