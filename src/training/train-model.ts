// Training: labelled paragraphs → a model file. Per function, natural's naive Bayes (function vs rest) over
// content words, lexicon cues and heading evidence; then, from k-fold cross-validation on the training set
// (repeated with differently salted folds, pooled), a Platt calibration of its log-odds — with the other
// functions' log-odds, its own strongest cue and (for 建设) a naive Bayes over character bigrams as inputs too — and
// the probability threshold that maximises F1. Everything is
// deterministic: folds come from a hash of each paragraph's id, numbers are rounded, keys sorted, so the
// same data always gives a byte-identical file.
import { createHash } from 'node:crypto';
import { FUNCTION_LABELS, type FunctionLabel } from '../model/items.ts';
import {
  DEFAULT_FEATURE_OPTIONS,
  FeatureExtractor,
  type FeatureOptions,
  isBigramFeature,
  isCueFeature,
  type Tokenize,
} from '../stages/classify/features.ts';
import { labelledSetSha256, type LabelledParagraph } from './labelled-set.ts';
import type { Lexicon } from '../stages/classify/lexicon.ts';
import { FunctionModel, MODEL_FORMAT, type ModelFile } from '../stages/classify/model.ts';
import { labelParagraph } from '../stages/classify/sentence-labels.ts';
import { fitBinaryNaiveBayes } from './naive-bayes.ts';

export interface TrainingResources {
  lexicon: Lexicon;
  stopwords: ReadonlySet<string>;
  tokenize: Tokenize;
}

export interface TrainOptions {
  folds?: number;
  featureOptions?: FeatureOptions;
  /** Calibrate each function with the other functions' log-odds as inputs too (fitCrossCalibration). */
  crossCalibration?: boolean;
  /** Cross-validations (differently salted folds) whose out-of-fold scores are pooled for calibration. */
  repeats?: number;
  /** Give the calibration each label's strongest single cue as an input too (d in the model file). */
  strongestCue?: boolean;
  /** Give the calibration one weight per cue feature too (cues in the model file; CueInputs). */
  cueWeights?: boolean;
  /** The functions whose calibration weighs the character bigrams' log-odds (e); needs featureOptions.charBigrams. */
  bigramLabels?: readonly FunctionLabel[];
}

/**
 * The functions whose calibration weighs the character bigrams (features.ts charBigrams). 建设 — the union's own
 * organisation, meetings, plans and teams, teachers' growth — is written in open wording: its largest class of
 * misses was short headings and meeting news whose words occur in no training paragraph (组织与制度建设,
 * 努力建设一个…的工会), and their characters still pair as in the training paragraphs. 维权 and 参与 are carried
 * by closed cue vocabularies (慰问, 体检, 送温暖; 教代会, 提案, 校务公开) the words and the lexicon already see:
 * bigrams there added noise on the real pages (维权 F1 −0.018 over the unsealed splits, dev −0.014) though the
 * fixtures' cross-validation favoured them. 教育 gained on the real pages too (+0.007), but its bigrams sum the
 * register of a festival plan's purpose (轻松愉快, 增进…交流), which the codebook codes none, into a label, and
 * the fixtures' cross-validated 教育 fell under its floor.
 */
export const BIGRAM_LABELS: readonly FunctionLabel[] = ['建设'];

export const DEFAULT_REPEATS = 3;

export const DEFAULT_FOLDS = 5;

/** FNV-1a: a stable, platform-independent hash for assigning paragraphs to folds. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function foldOf(id: string, folds: number, salt: string): number {
  return fnv1a(`${salt}:${id}`) % folds;
}

export function stopwordsSha256(stopwords: ReadonlySet<string>): string {
  return createHash('sha256')
    .update([...stopwords].sort().join('\n'))
    .digest('hex');
}

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

interface FittedWeights {
  bias: number[];
  weights: Map<string, number[]>;
}

/** Drops rare words and bigrams (seen in fewer than minDf paragraphs): they are mostly noise and bloat the model. */
function pruneRareWords(documents: string[][], minDf: number): string[][] {
  if (minDf <= 1) return documents;
  const df = new Map<string, number>();
  for (const d of documents) for (const f of d) df.set(f, (df.get(f) ?? 0) + 1);
  const keep = (f: string) =>
    !(f.startsWith('w:') || f.startsWith('h:') || isBigramFeature(f)) || (df.get(f) ?? 0) >= minDf;
  return documents.map((d) => d.filter(keep));
}

/**
 * Naive Bayes per label over the words and cues, and apart from them one over the character bigrams for the labels
 * in bigramLabels: a bigram repeats the evidence of the word it lies in, so summed with the words it would count
 * that evidence twice; as a log-odds of its own the calibration learns how much it adds. Fitted apart, the words'
 * weights are exactly those of a model without bigrams (natural leaves out a paragraph without features).
 */
function fitAll(
  documents: string[][],
  labelSets: FunctionLabel[][],
  minDf: number,
  bigramLabels: readonly FunctionLabel[],
): FittedWeights {
  const pruned = pruneRareWords(documents, minDf);
  const bias: number[] = [];
  const weights = new Map<string, number[]>();
  const add = (fitted: { weights: Map<string, number> }, k: number) => {
    for (const [f, w] of fitted.weights) {
      let ws = weights.get(f);
      if (!ws) {
        ws = new Array<number>(FUNCTION_LABELS.length).fill(0);
        weights.set(f, ws);
      }
      ws[k] = w;
    }
  };
  const words = pruned.map((d) => d.filter((f) => !isBigramFeature(f)));
  const bigrams = bigramLabels.length > 0 ? pruned.map((d) => d.filter(isBigramFeature)) : [];
  FUNCTION_LABELS.forEach((label, k) => {
    const positive = labelSets.map((ls) => ls.includes(label));
    const fitted = fitBinaryNaiveBayes(words, positive);
    bias.push(fitted.bias);
    add(fitted, k);
    if (bigramLabels.includes(label)) add(fitBinaryNaiveBayes(bigrams, positive), k);
  });
  return { bias, weights };
}

/**
 * Log-odds per label and the calibration's other inputs: size, ln(1 + number of model features present), per
 * label its strongest cue (the largest positive weight of a lexicon or heading-lexicon feature, 0 when none), and
 * the character bigrams' log-odds (summed apart; not counted in size).
 */
function logOdds(
  fitted: FittedWeights,
  features: string[],
): { z: number[]; size: number; top: number[]; bigrams: number[] } {
  const z = [...fitted.bias];
  const top = new Array<number>(z.length).fill(0);
  const bigrams = new Array<number>(z.length).fill(0);
  let known = 0;
  for (const f of features) {
    const w = fitted.weights.get(f);
    if (!w) continue;
    if (isBigramFeature(f)) {
      for (let k = 0; k < z.length; k++) bigrams[k]! += w[k]!;
      continue;
    }
    known++;
    const cue = isCueFeature(f);
    for (let k = 0; k < z.length; k++) {
      z[k]! += w[k]!;
      if (cue && w[k]! > top[k]!) top[k] = w[k]!;
    }
  }
  return { z, size: Math.log1p(known), top, bigrams };
}

/** Solves the small linear system A·x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-14) return null;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/**
 * Logistic regression by Newton's method on a handful of inputs (the calibration's): maximises the likelihood of
 * Platt's smoothed targets, with backtracking, a tiny ridge on every weight but the last (the intercept, whose
 * input is 1) and a fixed iteration budget, so it is deterministic. Returns one weight per input.
 */
export function fitLogistic(x: number[][], y: boolean[], ridgeOf?: (input: number) => number): number[] {
  const n = x[0]?.length ?? 0;
  const positives = y.filter(Boolean).length;
  const negatives = y.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const target = y.map((v) => (v ? hi : lo));
  const ridges = Array.from({ length: n }, (_, r) => (r === n - 1 ? 0 : (ridgeOf?.(r) ?? 1e-6)));
  const dot = (w: number[], xi: number[]) => {
    let f = 0;
    for (let r = 0; r < n; r++) f += w[r]! * xi[r]!;
    return f;
  };
  // −log-likelihood, written to stay finite for large |f|.
  const loss = (w: number[]) => {
    let sum = 0;
    for (let r = 0; r < n - 1; r++) sum += ridges[r]! * w[r]! * w[r]!;
    for (let i = 0; i < x.length; i++) {
      const f = dot(w, x[i]!);
      sum += f >= 0 ? (1 - target[i]!) * f + Math.log1p(Math.exp(-f)) : -target[i]! * f + Math.log1p(Math.exp(f));
    }
    return sum;
  };
  let w = new Array<number>(n).fill(0);
  w[n - 1] = Math.log((positives + 1) / (negatives + 1));
  let current = loss(w);
  for (let iter = 0; iter < 100; iter++) {
    const g = w.map((wr, r) => 2 * ridges[r]! * wr);
    const h = Array.from({ length: n }, (_, r) =>
      Array.from({ length: n }, (_, c) => (r !== c ? 0 : r < n - 1 ? 2 * ridges[r]! : 1e-12)),
    );
    for (let i = 0; i < x.length; i++) {
      const xi = x[i]!;
      const p = 1 / (1 + Math.exp(-dot(w, xi)));
      const d = p - target[i]!;
      const v = p * (1 - p);
      for (let r = 0; r < n; r++) {
        const xr = xi[r]!;
        if (xr === 0) continue;
        g[r]! += d * xr;
        for (let c = 0; c < n; c++) h[r]![c]! += v * xr * xi[c]!;
      }
    }
    if (Math.max(...g.map(Math.abs)) < 1e-6) break;
    const step = solve(
      h,
      g.map((v) => -v),
    );
    if (!step) break;
    const slope = g.reduce((sum, gr, r) => sum + gr * step[r]!, 0);
    let t = 1;
    let improved = false;
    while (t >= 1e-10) {
      const next = w.map((wi, r) => wi + t * step[r]!);
      const value = loss(next);
      if (value < current + 1e-4 * t * slope) {
        w = next;
        current = value;
        improved = true;
        break;
      }
      t /= 2;
    }
    if (!improved) break;
  }
  return w;
}

/**
 * Calibration: fits p = σ(a·z + c·s + b) to out-of-fold log-odds z, where s = ln(1 + number of model features
 * the paragraph has). Naive Bayes adds up evidence, so long paragraphs get far larger log-odds than short
 * schedule lines with the same strength of evidence; s lets the calibration tell them apart. This is Platt
 * scaling (Platt 1999; Lin, Lin & Weng 2007) with one more input.
 */
export function fitCalibration(z: number[], size: number[], y: boolean[]): { a: number; c: number; b: number } {
  const positives = y.filter(Boolean).length;
  if (positives === 0 || positives === y.length) return { a: 1, c: 0, b: 0 };
  const [a, c, b] = fitLogistic(
    z.map((zi, i) => [zi, size[i]!, 1]),
    y,
  ) as [number, number, number];
  return { a, c, b };
}

/**
 * Calibration across labels: p_k = σ(a·z_k + c·s + Σ_j cross_j·z_j + d·t_k + b), the other labels' log-odds z_j
 * (j ≠ k) as inputs too. Naive Bayes scores each function alone, so a study paragraph whose words also occur in
 * union-building items gets some 建设 evidence however strong its 教育 evidence is; with the other functions'
 * evidence in the calibration, out-of-fold data says how much one function's evidence should lower (or raise)
 * another's probability. cross has one entry per label, 0 at k.
 *
 * t_k (optional, `top`) is the paragraph's strongest cue for label k: its largest positive lexicon-feature weight.
 * Naive Bayes sums evidence, so a short heading with one clear cue ("二、健全组织机构，完善工作制度") has a far
 * smaller log-odds than a long paragraph, and the size input alone pushed such headings under the threshold
 * (建设, whose size weight came out positive); d says how much one clear cue is worth whatever the length.
 *
 * g_k (optional, `bigrams`) is the paragraph's character-bigram log-odds for label k (fitAll); e is its weight.
 */
export function fitCrossCalibration(
  z: number[][],
  size: number[],
  y: boolean[],
  k: number,
  top?: number[],
  cues?: CueInputs,
  bigrams?: number[],
): { a: number; c: number; b: number; cross: number[]; d?: number; e?: number; cues?: Record<string, number> } {
  const labels = z[0]?.length ?? 0;
  const positives = y.filter(Boolean).length;
  if (positives === 0 || positives === y.length) {
    const neutral = { a: 1, c: 0, b: 0, cross: new Array<number>(labels).fill(0) };
    return top ? { ...neutral, d: 0 } : neutral;
  }
  const others = [...Array(labels).keys()].filter((j) => j !== k);
  const names = cues?.names ?? [];
  const index = new Map(names.map((n, i) => [n, i]));
  const indicators = (i: number) => {
    const v = new Array<number>(names.length).fill(0);
    for (const f of cues?.present[i] ?? []) {
      const at = index.get(f);
      if (at !== undefined) v[at] = 1;
    }
    return v;
  };
  const atTop = 2 + others.length;
  const atBigrams = atTop + (top ? 1 : 0);
  const dense = atBigrams + (bigrams ? 1 : 0);
  const w = fitLogistic(
    z.map((zi, i) => [
      zi[k]!,
      size[i]!,
      ...others.map((j) => zi[j]!),
      ...(top ? [top[i]!] : []),
      ...(bigrams ? [bigrams[i]!] : []),
      ...indicators(i),
      1,
    ]),
    y,
    (input) => (input >= dense ? (cues?.ridge ?? 0) : 1e-6),
  );
  const cross = new Array<number>(labels).fill(0);
  others.forEach((j, m) => (cross[j] = w[2 + m]!));
  const fitted = {
    a: w[0]!,
    c: w[1]!,
    b: w[w.length - 1]!,
    cross,
    ...(top ? { d: w[atTop]! } : {}),
    ...(bigrams ? { e: w[atBigrams]! } : {}),
  };
  if (!cues) return fitted;
  return { ...fitted, cues: Object.fromEntries(names.map((n, i) => [n, w[dense + i]!])) };
}

/**
 * The cue features (features.ts isCueFeature: lexicon cues of the paragraph, its topic clause and its headings)
 * that the calibration weighs one by one, beside naive Bayes' log-odds: NB counts each cue as independent
 * evidence wherever it stands, and a regularised logistic weight per cue, learned from out-of-fold data, corrects
 * that where the labelled paragraphs show it is wrong (a 建设 cue after a 教育 topic clause). NB stays the back-off:
 * a paragraph without cues is scored by its words alone.
 */
export interface CueInputs {
  /** The cue features given a weight (seen in enough training paragraphs). */
  names: string[];
  /** Per out-of-fold row, the cue features present. */
  present: string[][];
  /** L2 penalty on each cue weight: a cue seen a few times must not swing a label. */
  ridge: number;
}

/** L2 penalty on the calibration's per-cue weights (CueInputs.ridge). */
export const CUE_RIDGE = 4;

/**
 * A cue must be present in this many training paragraphs to get a calibration weight of its own. With 8 (some
 * 45 cue weights per function) the calibration fitted its own out-of-fold rows so closely that F1 was flat over
 * a wide stretch of thresholds and 参与's came out at 0.25 (0.625 before), giving 参与 to paragraphs that only say
 * 积极参与; with 40 (the cues common enough to be weighed reliably: label-level L:/T:/A:/H: and the big entries)
 * the thresholds stay near where the plain calibration put them. The site-folded figures are the same with 8, 20
 * or 40 (0.821–0.822 fixtures only, 0.829 with the other sites' paragraphs).
 */
export const MIN_CUE_PARAGRAPHS = 40;

const THRESHOLD_GRID = Array.from({ length: 37 }, (_, i) => round(0.05 + i * 0.025, 3));

/**
 * How far below the best out-of-fold F1 a threshold may score and still count as equally good: a handful of
 * paragraphs' worth of pooled F1, less than which paragraphs happen to share a fold moves it.
 */
export const THRESHOLD_TOLERANCE = 0.005;

/**
 * The probability threshold for one label from out-of-fold predictions: the centre of the plateau of
 * near-best F1 (within `tolerance` of the best) around the best threshold. Taking the single best grid point made
 * the threshold jump (建设 0.40 ↔ 0.425) with small changes to the training data, when F1 is flat over a
 * range; the plateau's centre is the choice that stays put. Even plateaus and exact ties go to the point nearest
 * 0.5.
 */
export function tuneThreshold(p: number[], y: boolean[], tolerance = THRESHOLD_TOLERANCE): number {
  const f1s = THRESHOLD_GRID.map((t) => {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (let i = 0; i < p.length; i++) {
      const yes = p[i]! >= t;
      if (yes && y[i]) tp++;
      else if (yes) fp++;
      else if (y[i]) fn++;
    }
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  let best = 0;
  THRESHOLD_GRID.forEach((t, i) => {
    const b = THRESHOLD_GRID[best]!;
    if (
      f1s[i]! > f1s[best]! + 1e-12 ||
      (Math.abs(f1s[i]! - f1s[best]!) <= 1e-12 && Math.abs(t - 0.5) < Math.abs(b - 0.5))
    )
      best = i;
  });
  const floor = f1s[best]! - tolerance - 1e-12;
  let lo = best,
    hi = best;
  while (lo > 0 && f1s[lo - 1]! >= floor) lo--;
  while (hi < THRESHOLD_GRID.length - 1 && f1s[hi + 1]! >= floor) hi++;
  const a = THRESHOLD_GRID[Math.floor((lo + hi) / 2)]!;
  const b = THRESHOLD_GRID[Math.ceil((lo + hi) / 2)]!;
  return Math.abs(a - 0.5) <= Math.abs(b - 0.5) ? a : b;
}

export function extractAll(examples: readonly LabelledParagraph[], extractor: FeatureExtractor): string[][] {
  return examples.map((e) => extractor.extract({ text: e.text, tokens: e.tokens, headings: e.headings }).names);
}

export function trainModel(
  examples: readonly LabelledParagraph[],
  resources: TrainingResources,
  options: TrainOptions = {},
): ModelFile {
  const folds = options.folds ?? DEFAULT_FOLDS;
  const featureOptions = options.featureOptions ?? DEFAULT_FEATURE_OPTIONS;
  const crossCalibration = options.crossCalibration ?? true;
  const repeats = options.repeats ?? DEFAULT_REPEATS;
  const strongestCue = options.strongestCue ?? true;
  const cueWeights = options.cueWeights ?? true;
  const bigramLabels = featureOptions.charBigrams ? (options.bigramLabels ?? BIGRAM_LABELS) : [];
  if (examples.length < folds * 2)
    throw new Error(`training needs at least ${folds * 2} labelled paragraphs, got ${examples.length}`);
  // Sorted by id so the order of files or of human codes cannot change the result.
  const sorted = [...examples].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const extractor = new FeatureExtractor(resources.lexicon, resources.stopwords, resources.tokenize, featureOptions);
  const documents = extractAll(sorted, extractor);
  const labelSets = sorted.map((e) => e.labels);
  const minDf = featureOptions.minDocumentFrequency;

  // Out-of-fold log-odds for calibration and thresholds, from `repeats` cross-validations with differently
  // salted folds, pooled: one split's thresholds move with which paragraphs happened to share a fold.
  const oof: Array<{ z: number[]; size: number; top: number[]; bigrams: number[]; cues: string[] }> = [];
  const oofLabels: FunctionLabel[][] = [];
  for (let r = 0; r < repeats; r++) {
    const fold = sorted.map((e) => foldOf(e.id, folds, r === 0 ? 'calibration' : `calibration-${r}`));
    for (let f = 0; f < folds; f++) {
      const train = sorted.map((_, i) => i).filter((i) => fold[i] !== f);
      const fitted = fitAll(
        train.map((i) => documents[i]!),
        train.map((i) => labelSets[i]!),
        minDf,
        bigramLabels,
      );
      sorted.forEach((_, i) => {
        if (fold[i] !== f) return;
        oof.push({ ...logOdds(fitted, documents[i]!), cues: documents[i]!.filter(isCueFeature) });
        oofLabels.push(labelSets[i]!);
      });
    }
  }
  const final = fitAll(documents, labelSets, minDf, bigramLabels);

  const record = <T>(make: (label: FunctionLabel, k: number) => T) =>
    Object.fromEntries(FUNCTION_LABELS.map((l, k) => [l, make(l, k)])) as Record<FunctionLabel, T>;
  const labelsOf = oofLabels.map((ls) => (label: FunctionLabel) => ls.includes(label));
  const cueCount = new Map<string, number>();
  for (const d of documents) for (const f of d) if (isCueFeature(f)) cueCount.set(f, (cueCount.get(f) ?? 0) + 1);
  const cueInputs: CueInputs | undefined = cueWeights
    ? {
        names: [...cueCount]
          .filter(([, n]) => n >= MIN_CUE_PARAGRAPHS)
          .map(([f]) => f)
          .sort(),
        present: oof.map((o) => o.cues),
        ridge: CUE_RIDGE,
      }
    : undefined;
  const calibration = record((label, k) => {
    const y = labelsOf.map((has) => has(label));
    if (crossCalibration) {
      const { a, c, b, cross, d, e, cues } = fitCrossCalibration(
        oof.map((o) => o.z),
        oof.map((o) => o.size),
        y,
        k,
        strongestCue ? oof.map((o) => o.top[k]!) : undefined,
        cueInputs,
        bigramLabels.includes(label) ? oof.map((o) => o.bigrams[k]!) : undefined,
      );
      const fitted = { a: round(a, 6), c: round(c, 6), b: round(b, 6), cross: cross.map((x) => round(x, 6)) };
      const withTop = {
        ...fitted,
        ...(d === undefined ? {} : { d: round(d, 6) }),
        ...(e === undefined ? {} : { e: round(e, 6) }),
      };
      if (!cues) return withTop;
      const kept = Object.entries(cues)
        .map(([f, w]) => [f, round(w, 4)] as const)
        .filter(([, w]) => w !== 0);
      return { ...withTop, cues: Object.fromEntries(kept) };
    }
    const { a, c, b } = fitCalibration(
      oof.map((o) => o.z[k]!),
      oof.map((o) => o.size),
      y,
    );
    return { a: round(a, 6), c: round(c, 6), b: round(b, 6) };
  });
  const thresholds = record((label, k) => {
    const { a, c, b, cross, d, e, cues } = calibration[label] as {
      a: number;
      c: number;
      b: number;
      cross?: number[];
      d?: number;
      e?: number;
      cues?: Record<string, number>;
    };
    const p = oof.map((o) => {
      let f = a * o.z[k]! + c * o.size + (d ?? 0) * o.top[k]! + (e ?? 0) * o.bigrams[k]! + b;
      if (cross) for (let j = 0; j < cross.length; j++) f += cross[j]! * o.z[j]!;
      if (cues) for (const name of o.cues) f += cues[name] ?? 0;
      return 1 / (1 + Math.exp(-f));
    });
    const y = oofLabels.map((ls) => ls.includes(label));
    return tuneThreshold(p, y);
  });

  const weights: Record<string, number[]> = {};
  for (const f of [...final.weights.keys()].sort()) weights[f] = final.weights.get(f)!.map((w) => round(w, 4));
  return {
    format: MODEL_FORMAT,
    description: `Union-function classifier (维权/参与/建设/教育): natural naive Bayes per function over content words, lexicon cues and headings${bigramLabels.length > 0 ? `, and over character bigrams for ${bigramLabels.join('/')}` : ''}; Platt-calibrated across functions, thresholds tuned by repeated cross-validation. Retrain with "gonghui train".`,
    trainedOn: {
      examples: sorted.length,
      positives: record((label) => labelSets.filter((ls) => ls.includes(label)).length),
      dataSha256: labelledSetSha256(sorted),
      lexiconSha256: resources.lexicon.sha256,
      stopwordsSha256: stopwordsSha256(resources.stopwords),
      folds,
    },
    featureOptions,
    labels: [...FUNCTION_LABELS],
    bias: record((_, k) => round(final.bias[k]!, 4)),
    calibration,
    thresholds,
    weights,
  };
}

/** The model file's text: indented JSON with one line per feature, the same bytes for the same model. */
export function serializeModel(model: ModelFile): string {
  const { weights, ...rest } = model;
  const head = JSON.stringify(rest, null, 2);
  const lines = Object.entries(weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
  return `${head.slice(0, -2)},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/** Labels for paragraphs from a trained model file (used by cross-validation and the held-out check). */
export function predictLabels(
  model: ModelFile,
  examples: readonly LabelledParagraph[],
  resources: TrainingResources,
): FunctionLabel[][] {
  const compiled = new FunctionModel(model);
  const extractor = new FeatureExtractor(
    resources.lexicon,
    resources.stopwords,
    resources.tokenize,
    model.featureOptions,
  );
  return examples.map(
    (e) => labelParagraph(compiled, extractor, { text: e.text, tokens: e.tokens, headings: e.headings }).labels,
  );
}
