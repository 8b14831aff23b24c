// One binary (function vs rest) naive Bayes classifier per union function, trained with natural's
// BayesClassifier and then compiled to what labelling needs: a bias and one weight per feature (the
// log-probability ratio natural itself computes), so labelling a paragraph is a few Map lookups and no
// model object is parsed or walked per call.
//
// natural's main entry point loads every storage backend (MongoDB, Redis, Postgres …) and prints dotenv
// banners, so only the classifier module is required. Training only: the pipeline never loads natural.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface ApparatusBayes {
  classFeatures: Record<string, Record<number, number>>;
  classTotals: Record<string, number>;
  smoothing: number;
}

interface NaturalBayes {
  features: Record<string, number>;
  classifier: ApparatusBayes;
  addDocument(tokens: string[], label: string): void;
  train(): void;
  getClassifications(tokens: string[]): Array<{ label: string; value: number }>;
  textToFeatures(observation: string[]): number[];
}

type NaturalBayesConstructor = new () => NaturalBayes;

const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier') as NaturalBayesConstructor;

/**
 * natural's BayesClassifier with feature lookup through a Map: the stock textToFeatures scans every known
 * feature with indexOf for every document (features × tokens). The vectors it returns are identical.
 */
class IndexedBayesClassifier extends BayesClassifier {
  private index: Map<string, number> | null = null;
  private indexedSize = -1;

  override textToFeatures(observation: string[]): number[] {
    const names = Object.keys(this.features);
    if (!this.index || this.indexedSize !== names.length) {
      this.index = new Map(names.map((n, i) => [n, i]));
      this.indexedSize = names.length;
    }
    const vector = new Array<number>(names.length).fill(0);
    for (const token of observation) {
      const i = this.index.get(token);
      if (i !== undefined) vector[i] = 1;
    }
    return vector;
  }
}

const YES = 'yes';
const NO = 'no';

export interface BinaryWeights {
  /** log P(yes) − log P(no) before any feature is seen. */
  bias: number;
  /** Feature → its contribution to the log-odds when present. */
  weights: Map<string, number>;
}

/** Trains natural's naive Bayes on documents given as feature lists, then compiles it to log-odds weights. */
export function fitBinaryNaiveBayes(documents: string[][], positive: boolean[]): BinaryWeights {
  const bayes = new IndexedBayesClassifier();
  documents.forEach((features, i) => {
    if (features.length > 0) bayes.addDocument(features, positive[i] ? YES : NO);
  });
  if (Object.keys(bayes.features).length === 0) return { bias: -10, weights: new Map() };
  bayes.train();
  return compileBayes(bayes);
}

/**
 * natural (apparatus) scores class c as P(c) · Π over present features f of count(c, f) / total(c), where an
 * unseen count is the smoothing constant. The log ratio of the two classes is therefore a bias plus one term
 * per present feature — exactly what is compiled here.
 */
function compileBayes(bayes: NaturalBayes): BinaryWeights {
  const { classFeatures, classTotals, smoothing } = bayes.classifier;
  const yesTotal = classTotals[YES];
  const noTotal = classTotals[NO];
  const names = Object.keys(bayes.features);
  // A class with no training document: nothing can be learned; the label is never given (or always).
  if (yesTotal === undefined) return { bias: -10, weights: new Map() };
  if (noTotal === undefined) return { bias: 10, weights: new Map() };
  const yes = classFeatures[YES]!;
  const no = classFeatures[NO]!;
  const weights = new Map<string, number>();
  names.forEach((name, i) => {
    const w = Math.log((yes[i] || smoothing) / yesTotal) - Math.log((no[i] || smoothing) / noTotal);
    weights.set(name, w);
  });
  return { bias: Math.log(yesTotal / noTotal), weights };
}

/** natural's own probability of "yes" for a document, for checking the compiled weights against it. */
export function naturalProbability(documents: string[][], positive: boolean[], probe: string[]): number {
  const bayes = new IndexedBayesClassifier();
  documents.forEach((features, i) => {
    if (features.length > 0) bayes.addDocument(features, positive[i] ? YES : NO);
  });
  bayes.train();
  const scores = bayes.getClassifications(probe);
  const yes = scores.find((s) => s.label === YES)?.value ?? 0;
  const no = scores.find((s) => s.label === NO)?.value ?? 0;
  return yes / (yes + no);
}
