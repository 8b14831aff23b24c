// How far a split's label figures would move if other sites had been drawn. A split holds 30–50 pages from as
// many sites, and one function may have only 20–30 gold paragraphs in it, so one paragraph moves its F1 by
// several points; a target such as "every function ≥ 0.80 on a sealed split" can only be read with that spread
// beside it. Sites, not paragraphs, are resampled: a site's pages share a template and a writer, so its
// paragraphs succeed or fail together (a paragraph bootstrap would claim intervals too narrow).
import { FUNCTION_LABELS, type FunctionLabel } from '../../model/items.ts';
import { agreement } from '../../training/metrics.ts';
import { seededRandom } from '../seeded-random.ts';

export interface Interval {
  low: number;
  high: number;
}

export interface LabelIntervals {
  macroF1: Interval;
  f1: Record<FunctionLabel, Interval>;
}

/** One site's gold paragraphs found in the output, gold and predicted label sets. */
export interface SiteLabels {
  want: ReadonlyArray<readonly FunctionLabel[]>;
  got: ReadonlyArray<readonly FunctionLabel[]>;
}

/** Resamples: enough for the 2.5th and 97.5th percentiles to settle to about ±0.005. */
export const BOOTSTRAP_RESAMPLES = 1000;

function percentile(sorted: number[], q: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[at]!;
}

/**
 * 95% percentile intervals of macro-F1 and each function's F1 over sites drawn with replacement (as many as
 * there are). Null when no site has a found paragraph.
 */
export function siteBootstrapIntervals(
  sites: readonly SiteLabels[],
  resamples = BOOTSTRAP_RESAMPLES,
): LabelIntervals | null {
  const used = sites.filter((s) => s.want.length > 0);
  if (used.length === 0) return null;
  const random = seededRandom(0x16);
  const macro: number[] = [];
  const perLabel = FUNCTION_LABELS.map(() => [] as number[]);
  for (let r = 0; r < resamples; r++) {
    const want: Array<readonly FunctionLabel[]> = [];
    const got: Array<readonly FunctionLabel[]> = [];
    for (let i = 0; i < used.length; i++) {
      const site = used[Math.floor(random() * used.length)]!;
      for (let k = 0; k < site.want.length; k++) {
        want.push(site.want[k]!);
        got.push(site.got[k]!);
      }
    }
    const a = agreement(want, got);
    macro.push(a.macroF1);
    a.perLabel.forEach((m, k) => perLabel[k]!.push(m.f1));
  }
  const interval = (xs: number[]): Interval => {
    const sorted = [...xs].sort((x, y) => x - y);
    return { low: percentile(sorted, 0.025), high: percentile(sorted, 0.975) };
  };
  return {
    macroF1: interval(macro),
    f1: Object.fromEntries(FUNCTION_LABELS.map((l, k) => [l, interval(perLabel[k]!)])) as Record<
      FunctionLabel,
      Interval
    >,
  };
}

/** One site's count for a share: how many were right of how many judged. */
export interface SiteCount {
  n: number;
  of: number;
}

/**
 * 95% percentile interval of a share (chrome removed, org right, activities found…) over sites drawn with
 * replacement: the sums of the drawn sites' counts, divided. Null when no site has anything to count.
 */
export function siteShareInterval(sites: readonly SiteCount[], resamples = BOOTSTRAP_RESAMPLES): Interval | null {
  const used = sites.filter((s) => s.of > 0);
  if (used.length === 0) return null;
  const random = seededRandom(0x16);
  const values: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let n = 0;
    let of = 0;
    for (let i = 0; i < used.length; i++) {
      const site = used[Math.floor(random() * used.length)]!;
      n += site.n;
      of += site.of;
    }
    values.push(n / of);
  }
  values.sort((x, y) => x - y);
  return { low: percentile(values, 0.025), high: percentile(values, 0.975) };
}
