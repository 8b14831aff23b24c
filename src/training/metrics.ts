// Agreement between two codings of the same paragraphs (model vs gold, model vs human coder): per-label
// precision, recall, F1 and Cohen's κ, their macro means, κ pooled over every paragraph × label decision,
// and how often the whole label set matches.
import { FUNCTION_LABELS, type FunctionLabel } from '../model/items.ts';

export interface LabelMetrics {
  label: FunctionLabel;
  support: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
  kappa: number;
}

export interface AgreementReport {
  n: number;
  perLabel: LabelMetrics[];
  macroF1: number;
  /** Mean of the per-label κ. */
  macroKappa: number;
  /** κ over all paragraph × label yes/no decisions. */
  pooledKappa: number;
  /** Share of paragraphs whose whole label set (including "none") matches. */
  exactMatch: number;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Cohen's κ of two yes/no codings; 1 when both agree perfectly, including when neither ever says yes. */
export function cohensKappa({ tp, fp, fn, tn }: Counts): number {
  const n = tp + fp + fn + tn;
  if (n === 0) return 0;
  const observed = (tp + tn) / n;
  const expected = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n);
  if (expected === 1) return observed === 1 ? 1 : 0;
  return (observed - expected) / (1 - expected);
}

function f1Of({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  // With no gold and no predicted positives there is nothing to get wrong.
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function agreement(
  gold: ReadonlyArray<readonly FunctionLabel[]>,
  predicted: ReadonlyArray<readonly FunctionLabel[]>,
): AgreementReport {
  if (gold.length !== predicted.length) throw new Error('agreement: both codings must cover the same paragraphs');
  const pooled: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  let exact = 0;
  const perLabel = FUNCTION_LABELS.map((label) => {
    const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    gold.forEach((g, i) => {
      const y = g.includes(label);
      const p = predicted[i]!.includes(label);
      if (y && p) c.tp++;
      else if (p) c.fp++;
      else if (y) c.fn++;
      else c.tn++;
    });
    pooled.tp += c.tp;
    pooled.fp += c.fp;
    pooled.fn += c.fn;
    pooled.tn += c.tn;
    return { label, support: c.tp + c.fn, predicted: c.tp + c.fp, ...f1Of(c), kappa: cohensKappa(c) };
  });
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    if (g.length === p.length && g.every((l) => p.includes(l))) exact++;
  });
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    n: gold.length,
    perLabel,
    macroF1: mean(perLabel.map((m) => m.f1)),
    macroKappa: mean(perLabel.map((m) => m.kappa)),
    pooledKappa: cohensKappa(pooled),
    exactMatch: gold.length ? exact / gold.length : 0,
  };
}

const pct = (x: number) => x.toFixed(3);

/** A small fixed-width table for `gonghui eval`. */
export function formatAgreement(title: string, r: AgreementReport): string {
  const lines = [
    `${title} (n = ${r.n})`,
    'label  support  predicted  precision  recall  F1     kappa',
    ...r.perLabel.map(
      (m) =>
        `${m.label}   ${String(m.support).padStart(7)}  ${String(m.predicted).padStart(9)}  ${pct(m.precision).padStart(9)}  ${pct(m.recall).padStart(6)}  ${pct(m.f1)}  ${pct(m.kappa)}`,
    ),
    `macro-F1 ${pct(r.macroF1)}   mean kappa ${pct(r.macroKappa)}   pooled kappa ${pct(r.pooledKappa)}   exact label-set match ${pct(r.exactMatch)}`,
  ];
  return lines.join('\n');
}
