// The trained model as a file (data/model.json) and as the object that labels paragraphs. The file holds,
// per function, a bias, one weight per feature (the naive-Bayes log-odds), a calibration (Platt scaling of
// the log-odds into a probability, the other functions' log-odds and the function's strongest cue weighed in)
// and a threshold tuned by
// cross-validation. Loading builds one Map from feature to its four weights, so a paragraph costs one lookup
// per feature.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadRuleFile, parseRuleData, RuleFileError } from '../../lexicon/rule-file.ts';
import { FUNCTION_LABELS, type FunctionLabel } from '../../model/items.ts';
import { type FeatureOptions, isBigramFeature, isCueFeature, type ParagraphFeatures } from './features.ts';

export const DEFAULT_MODEL = fileURLToPath(new URL('./data/model.json', import.meta.url));
// Where `gonghui train` writes: the source tree's model, which every build copies into dist/. From the compiled
// build DEFAULT_MODEL is dist's copy, and a model written there would be undone by the next build and ignored
// by a run from source (bin/gonghui.mjs runs src/ once a file there is newer than the build).
export const sourceModelFrom = (moduleUrl: string | URL): string =>
  fileURLToPath(new URL('../../../src/stages/classify/data/model.json', moduleUrl));
export const SOURCE_MODEL = sourceModelFrom(import.meta.url);
export const MODEL_FORMAT = 'gonghui.function-classifier/1';

const LabelRecord = <T extends z.ZodType>(value: T) =>
  z.strictObject({ 维权: value, 参与: value, 建设: value, 教育: value });

export const ModelFileSchema = z.strictObject({
  format: z.literal(MODEL_FORMAT),
  description: z.string(),
  trainedOn: z.strictObject({
    examples: z.number().int().nonnegative(),
    /** Per label, how many training paragraphs carry it. */
    positives: LabelRecord(z.number().int().nonnegative()),
    /** Fingerprints of what the model was trained from: the labelled paragraphs, the lexicon, the stopwords. */
    dataSha256: z.string(),
    lexiconSha256: z.string(),
    stopwordsSha256: z.string(),
    folds: z.number().int().positive(),
  }),
  featureOptions: z.strictObject({
    lexicon: z.enum(['label', 'entry', 'both', 'none']),
    headingWords: z.boolean(),
    headingLexicon: z.boolean(),
    minDocumentFrequency: z.number().int().positive(),
    maskLexiconWords: z.boolean().optional(),
    topicClause: z.boolean().optional(),
    charBigrams: z.boolean().optional(),
  }),
  labels: z.array(z.enum(FUNCTION_LABELS)).length(FUNCTION_LABELS.length),
  bias: LabelRecord(z.number()),
  /** Calibration: probability = 1 / (1 + exp(-(a · logOdds + c · ln(1 + features present) + d · strongest cue
   * + e · bigram logOdds + Σ cross_j · logOdds_j + b))), cross (optional, one per label in the order of `labels`)
   * weighing the other functions' log-odds, d (optional) the label's largest cue weight present (features.ts
   * isCueFeature), e (optional) the sum of the character bigrams' weights (features.ts charBigrams), which are
   * not part of logOdds or of the features counted. */
  calibration: LabelRecord(
    z.strictObject({
      a: z.number(),
      c: z.number(),
      b: z.number(),
      cross: z.array(z.number()).length(FUNCTION_LABELS.length).optional(),
      d: z.number().optional(),
      /** Per cue feature present, its own weight (optional; train-model.ts CueInputs). */
      cues: z.record(z.string(), z.number()).optional(),
      /** Weight of the character bigrams' own naive-Bayes log-odds (optional; features.ts charBigrams). */
      e: z.number().optional(),
    }),
  ),
  thresholds: LabelRecord(z.number().min(0).max(1)),
  /** Feature → weights in the order of `labels`. */
  weights: z.record(z.string(), z.array(z.number()).length(FUNCTION_LABELS.length)),
});

export type ModelFile = z.infer<typeof ModelFileSchema>;

export interface Classification {
  labels: FunctionLabel[];
  /** Calibrated probability per function, rounded to 3 decimals. */
  scores: Record<FunctionLabel, number>;
  /** Per given label, the few features that pushed it up most (terms, or the heading). */
  reasons: Partial<Record<FunctionLabel, string[]>>;
}

const MAX_REASONS = 3;

/** The kind slot of a feature's row (after its label weights). */
const CUE = 1;
const BIGRAM = 2;

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export class FunctionModel {
  readonly labels: readonly FunctionLabel[];
  readonly featureOptions: FeatureOptions;
  private readonly weights: Map<string, Float64Array>;
  private readonly bias: Float64Array;
  private readonly a: Float64Array;
  private readonly b: Float64Array;
  private readonly c: Float64Array;
  /** Weight of the label's strongest cue (isCueFeature) in its calibration (0 in models without it). */
  private readonly d: Float64Array;
  /** cross[k][j]: weight of label j's log-odds in label k's calibration (all 0 in models without it). */
  private readonly cross: Float64Array[];
  readonly thresholds: Float64Array;
  /** Weight of the bigram log-odds per label (0 where the calibration does not weigh them). */
  private readonly e: Float64Array;

  constructor(readonly file: ModelFile) {
    this.labels = file.labels;
    this.featureOptions = file.featureOptions;
    // After the labels' weights, one slot saying 1 for a cue feature (isCueFeature), 2 for a character bigram
    // (summed apart), 0 for a word, then the feature's own calibration weight per label (0 unless the calibration
    // weighs it: cues).
    const size = this.labels.length;
    const kind = (f: string) => (isCueFeature(f) ? CUE : isBigramFeature(f) ? BIGRAM : 0);
    const row = (f: string, w: readonly number[]) =>
      Float64Array.from([...w, kind(f), ...this.labels.map((l) => file.calibration[l].cues?.[f] ?? 0)]);
    this.weights = new Map(Object.entries(file.weights).map(([f, w]) => [f, row(f, w)]));
    for (const l of this.labels)
      for (const f of Object.keys(file.calibration[l].cues ?? {}))
        if (!this.weights.has(f)) this.weights.set(f, row(f, new Array<number>(size).fill(0)));
    this.bias = Float64Array.from(this.labels.map((l) => file.bias[l]));
    this.a = Float64Array.from(this.labels.map((l) => file.calibration[l].a));
    this.b = Float64Array.from(this.labels.map((l) => file.calibration[l].b));
    this.c = Float64Array.from(this.labels.map((l) => file.calibration[l].c));
    this.d = Float64Array.from(this.labels.map((l) => file.calibration[l].d ?? 0));
    this.e = Float64Array.from(this.labels.map((l) => file.calibration[l].e ?? 0));
    this.cross = this.labels.map((l) =>
      Float64Array.from(file.calibration[l].cross ?? new Array<number>(this.labels.length).fill(0)),
    );
    this.thresholds = Float64Array.from(this.labels.map((l) => file.thresholds[l]));
  }

  /** Uncalibrated naive-Bayes log-odds per label (words and cues; the bigrams are summed apart). */
  logOdds(featureNames: readonly string[]): Float64Array {
    return this.sum(this.rows(featureNames)).z;
  }

  /** Each feature's weights (undefined when the model does not know it), looked up once per paragraph. */
  private rows(featureNames: readonly string[]): Array<Float64Array | undefined> {
    const rows = new Array<Float64Array | undefined>(featureNames.length);
    for (let i = 0; i < featureNames.length; i++) rows[i] = this.weights.get(featureNames[i]!);
    return rows;
  }

  private sum(rows: ReadonlyArray<Float64Array | undefined>): {
    z: Float64Array;
    known: number;
    top: Float64Array;
    cues: Float64Array;
    bigrams: Float64Array;
  } {
    const z = this.bias.slice();
    const top = new Float64Array(z.length);
    const cues = new Float64Array(z.length);
    const bigrams = new Float64Array(z.length);
    let known = 0;
    for (const w of rows) {
      if (!w) continue;
      if (w[z.length] === BIGRAM) {
        for (let k = 0; k < z.length; k++) bigrams[k]! += w[k]!;
        continue;
      }
      known++;
      const cue = w[z.length] === CUE;
      for (let k = 0; k < z.length; k++) {
        z[k]! += w[k]!;
        if (cue && w[k]! > top[k]!) top[k] = w[k]!;
        cues[k]! += w[z.length + 1 + k]!;
      }
    }
    return { z, known, top, cues, bigrams };
  }

  /** Calibrated probability per label. */
  probabilities(featureNames: readonly string[]): Float64Array {
    return this.calibrated(this.rows(featureNames));
  }

  private calibrated(rows: ReadonlyArray<Float64Array | undefined>): Float64Array {
    const { z, known, top, cues, bigrams } = this.sum(rows);
    const size = Math.log1p(known);
    const p = new Float64Array(z.length);
    for (let k = 0; k < z.length; k++) {
      let f =
        this.a[k]! * z[k]! +
        this.c[k]! * size +
        this.d[k]! * top[k]! +
        this.e[k]! * bigrams[k]! +
        cues[k]! +
        this.b[k]!;
      const cross = this.cross[k]!;
      for (let j = 0; j < z.length; j++) f += cross[j]! * z[j]!;
      p[k] = sigmoid(f);
    }
    return p;
  }

  classify(features: ParagraphFeatures): Classification {
    const rows = this.rows(features.names);
    const p = this.calibrated(rows);
    const labels: FunctionLabel[] = [];
    const scores = {} as Record<FunctionLabel, number>;
    const reasons: Partial<Record<FunctionLabel, string[]>> = {};
    for (let k = 0; k < this.labels.length; k++) {
      const label = this.labels[k]!;
      scores[label] = Math.round(p[k]! * 1000) / 1000;
      if (p[k]! >= this.thresholds[k]!) {
        labels.push(label);
        reasons[label] = this.reasonsFor(k, features, rows);
      }
    }
    return { labels, scores, reasons };
  }

  /**
   * The present features with the largest positive weights for label k, shown as terms, headings or the topic
   * clause: a cue's naive-Bayes weight plus its own calibration weight, so the cue that decided comes first.
   */
  private reasonsFor(k: number, features: ParagraphFeatures, rows: ReadonlyArray<Float64Array | undefined>): string[] {
    const ranked: Array<[string, number]> = [];
    const size = this.labels.length;
    features.names.forEach((f, i) => {
      const row = rows[i];
      if (!row) return;
      // A bigram counts as much as the calibration lets it, in the words' units (e / a of its naive-Bayes weight).
      const w =
        row[size] === BIGRAM ? (this.e[k]! / Math.max(this.a[k]!, 1e-6)) * row[k]! : row[k]! + row[size + 1 + k]!;
      if (w > 0) ranked.push([f, w]);
    });
    ranked.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const shown: string[] = [];
    for (const [f] of ranked) {
      for (const text of features.evidence.get(f) ?? [f.slice(2)]) {
        if (!shown.includes(text)) shown.push(text);
        if (shown.length === MAX_REASONS) return shown;
      }
    }
    return shown;
  }
}

/** A model file is written by training, not by hand: what to do about a bad one is to train again. */
function asModelError(e: unknown): Error {
  if (!(e instanceof RuleFileError)) return e as Error;
  const what = e.unreadable ? 'cannot read the classifier model' : 'not a gonghui classifier model';
  return new Error(`${e.file}: ${what} (${e.detail}); run "gonghui train"`);
}

export function parseModel(raw: unknown, file = 'model'): FunctionModel {
  try {
    return new FunctionModel(parseRuleData(raw, ModelFileSchema, file));
  } catch (e) {
    throw asModelError(e);
  }
}

export function loadModel(file: string = DEFAULT_MODEL): FunctionModel {
  let data: ModelFile;
  try {
    data = loadRuleFile(file, ModelFileSchema);
  } catch (e) {
    throw asModelError(e);
  }
  return new FunctionModel(data);
}
