import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  labelledSetSha256,
  loadLabelledSets,
  parseLabelledLines,
  type LabelledParagraph,
} from '../../src/training/labelled-set.ts';
import { agreement, cohensKappa } from '../../src/training/metrics.ts';
import { DEFAULT_MODEL, loadModel, parseModel } from '../../src/stages/classify/model.ts';
import { fitBinaryNaiveBayes, naturalProbability } from '../../src/training/naive-bayes.ts';
import { DEFAULT_FEATURE_OPTIONS, isBigramFeature } from '../../src/stages/classify/features.ts';
import { FUNCTION_LABELS, type FunctionLabel } from '../../src/model/items.ts';
import {
  BIGRAM_LABELS,
  fitCalibration,
  fitCrossCalibration,
  predictLabels,
  serializeModel,
  stopwordsSha256,
  trainModel,
  tuneThreshold,
} from '../../src/training/train-model.ts';
import { trainingResources } from '../../src/training/train-classifier.ts';

// Training the classifier (gonghui train): natural's naive Bayes, calibration and thresholds, the model file it
// writes, the labelled fixtures it learns from, and the agreement metrics the evaluators report.
const resources = trainingResources();

describe('naive Bayes through natural', () => {
  const docs = [['w:慰问', 'w:体检'], ['w:慰问'], ['w:教代会'], ['w:教代会', 'w:公开'], ['w:读书']];
  const positive = [true, true, false, false, false];

  it("the compiled weights give exactly natural's own probability", () => {
    const compiled = fitBinaryNaiveBayes(docs, positive);
    for (const probe of [['w:慰问'], ['w:教代会', 'w:体检'], ['w:读书', 'w:公开', 'w:慰问']]) {
      let z = compiled.bias;
      for (const f of probe) z += compiled.weights.get(f) ?? 0;
      expect(1 / (1 + Math.exp(-z))).toBeCloseTo(naturalProbability(docs, positive, probe), 10);
    }
    expect(compiled.weights.get('w:慰问')!).toBeGreaterThan(0);
    expect(compiled.weights.get('w:教代会')!).toBeLessThan(0);
  });
});

describe('thresholds and calibration', () => {
  it('tuneThreshold picks the threshold with the best F1', () => {
    const p = [0.9, 0.8, 0.35, 0.3, 0.1, 0.05];
    const y = [true, true, true, false, false, false];
    // Any threshold in (0.30, 0.35] separates them perfectly; of those, 0.35 is nearest 0.5.
    expect(tuneThreshold(p, y)).toBe(0.35);
  });

  it('takes the centre of a plateau of near-best F1, not its edge', () => {
    // 20 positives scored 0.6, 20 negatives 0.1, and one positive at 0.32: every threshold in (0.1, 0.32] gives
    // F1 = 1, the ones in (0.32, 0.6] give 40/41. With no tolerance the perfect run 0.125 … 0.3 ties and its
    // centre is taken; with a tolerance the whole run 0.125 … 0.6 ties, and its centre moves up with it.
    const p = [...Array<number>(20).fill(0.6), 0.32, ...Array<number>(20).fill(0.1)];
    const y = [...Array<boolean>(21).fill(true), ...Array<boolean>(20).fill(false)];
    expect(tuneThreshold(p, y, 0)).toBe(0.225);
    expect(tuneThreshold(p, y, 0.05)).toBe(0.375);
  });

  it('ties go to the threshold nearest 0.5', () => {
    expect(tuneThreshold([0.95, 0.02], [true, false])).toBe(0.5);
  });

  it('calibration is increasing in the log-odds', () => {
    const z = [-6, -4, -3, -1, 0, 1, 2, 4, 5, 7];
    const y = [false, false, false, true, false, false, true, true, true, true];
    const { a } = fitCalibration(
      z,
      z.map(() => 1),
      y,
    );
    expect(a).toBeGreaterThan(0);
  });

  it("cross calibration learns how much another function's evidence lowers this one's probability", () => {
    // Label 0 is true when its own log-odds beat twice label 1's: label 1's evidence counts against it.
    const z: number[][] = [];
    const y: boolean[] = [];
    for (let i = 0; i < 200; i++) {
      const own = ((i * 37) % 41) / 4 - 5;
      const other = ((i * 53) % 43) / 4 - 5;
      z.push([own, other, 0, 0]);
      y.push(own - 2 * other > 0);
    }
    const fit = fitCrossCalibration(
      z,
      z.map(() => 1),
      y,
      0,
    );
    expect(fit.a).toBeGreaterThan(0);
    expect(fit.cross[0]).toBe(0);
    expect(fit.cross[1]!).toBeLessThan(0);
    // Roughly the generating ratio: −2 for each unit of own evidence.
    expect(fit.cross[1]! / fit.a).toBeCloseTo(-2, 0);
  });

  it('a label with no positive (or no negative) example gets a neutral calibration', () => {
    expect(fitCrossCalibration([[1, 2, 3, 4]], [1], [false], 2)).toEqual({ a: 1, c: 0, b: 0, cross: [0, 0, 0, 0] });
    expect(fitCrossCalibration([[1, 2, 3, 4]], [1], [false], 2, [1])).toMatchObject({ d: 0 });
  });

  it('learns a weight per cue: a cue that marks the label in some places and not in others is told apart', () => {
    // The log-odds are equal for every row; the label is true with cue T:x and false with cue A:x.
    const rows = Array.from({ length: 200 }, (_, i) => i);
    const z = rows.map(() => [1, 0, 0, 0]);
    const present = rows.map((i) => (i % 2 === 0 ? ['T:x'] : ['A:x']));
    const y = rows.map((i) => i % 2 === 0 && i % 10 !== 0);
    const fit = fitCrossCalibration(
      z,
      rows.map(() => 1),
      y,
      0,
      undefined,
      { names: ['A:x', 'T:x'], present, ridge: 1 },
    );
    expect(fit.cues!['T:x']!).toBeGreaterThan(fit.cues!['A:x']! + 2);
    // The ridge keeps the weights finite though the data separate them.
    const loose = fitCrossCalibration(
      z,
      rows.map(() => 1),
      y,
      0,
      undefined,
      { names: ['A:x', 'T:x'], present, ridge: 100 },
    );
    expect(Math.abs(loose.cues!['A:x']!)).toBeLessThan(Math.abs(fit.cues!['A:x']!));
  });

  it('the strongest-cue input lets one clear cue count whatever the length of the paragraph', () => {
    // Short lines (size 1) carry one cue and little summed evidence; long ones (size 3) much summed evidence.
    // The label is true exactly when a clear cue (t ≥ 2) is present: the summed log-odds cannot tell that for
    // short lines, the strongest cue can.
    const z: number[][] = [];
    const size: number[] = [];
    const top: number[] = [];
    const y: boolean[] = [];
    for (let i = 0; i < 240; i++) {
      const short = i % 2 === 0;
      const t = ((i * 7) % 9) / 2;
      const noise = ((i * 13) % 11) / 5 - 1;
      z.push([short ? t / 2 + noise : 3 * t + noise - 4, 0, 0, 0]);
      size.push(short ? 1 : 3);
      top.push(t);
      y.push(t >= 2);
    }
    const fit = fitCrossCalibration(z, size, y, 0, top);
    expect(fit.d!).toBeGreaterThan(0);
    const p = (zk: number, s: number, t: number) => 1 / (1 + Math.exp(-(fit.a * zk + fit.c * s + fit.d! * t + fit.b)));
    // A short line with a clear cue and a weak sum is judged by its cue.
    expect(p(1.5, 1, 3)).toBeGreaterThan(0.5);
    expect(p(1.5, 1, 0.5)).toBeLessThan(0.5);
  });
});

describe('the model file', () => {
  const { training } = loadLabelledSets();
  // Every fifth paragraph: enough to train, quick to train twice.
  const subset = training.filter((_, i) => i % 5 === 0);

  it('retraining on the same data gives a byte-identical file, whatever the order of the paragraphs', () => {
    const first = serializeModel(trainModel(subset, resources));
    const again = serializeModel(trainModel([...subset].reverse(), resources));
    expect(again).toBe(first);
  });

  it('round-trips: the parsed file labels paragraphs exactly as the trained model', () => {
    const model = trainModel(subset, resources);
    const reloaded = parseModel(JSON.parse(serializeModel(model))).file;
    const probe = training.filter((_, i) => i % 7 === 1).slice(0, 40);
    expect(predictLabels(reloaded, probe, resources)).toEqual(predictLabels(model, probe, resources));
  });

  it('character bigrams: a naive Bayes of their own, weighed (e) only for BIGRAM_LABELS; the words are left as they were', () => {
    const withBigrams = trainModel(subset, resources);
    const without = trainModel(subset, resources, {
      featureOptions: { ...DEFAULT_FEATURE_OPTIONS, charBigrams: false },
    });
    for (const l of FUNCTION_LABELS) expect(withBigrams.calibration[l].e !== undefined).toBe(BIGRAM_LABELS.includes(l));
    // Fitted apart, the words' and cues' weights and the biases are exactly those of a model without bigrams.
    const words = Object.entries(withBigrams.weights).filter(([f]) => !isBigramFeature(f));
    expect(Object.fromEntries(words)).toEqual(without.weights);
    expect(withBigrams.bias).toEqual(without.bias);
    // A bigram carries weight only for the functions whose calibration weighs it.
    const bigrams = Object.entries(withBigrams.weights).filter(([f]) => isBigramFeature(f));
    expect(bigrams.length).toBeGreaterThan(100);
    const k = (l: FunctionLabel) => FUNCTION_LABELS.indexOf(l);
    for (const [, w] of bigrams)
      for (const l of FUNCTION_LABELS) if (!BIGRAM_LABELS.includes(l)) expect(w[k(l)]).toBe(0);
    // Models trained before bigrams (no e, charBigrams absent) still load and label as before.
    const old = { ...without, featureOptions: { ...without.featureOptions, charBigrams: undefined } };
    const probe = training.filter((_, i) => i % 11 === 3).slice(0, 30);
    expect(predictLabels(parseModel(JSON.parse(serializeModel(old))).file, probe, resources)).toEqual(
      predictLabels(without, probe, resources),
    );
  });

  it('the bundled model was trained on the current labelled fixtures, lexicon and stopwords', () => {
    const bundled = loadModel().file.trainedOn;
    expect(bundled.dataSha256).toBe(labelledSetSha256(training));
    expect(bundled.lexiconSha256).toBe(resources.lexicon.sha256);
    expect(bundled.stopwordsSha256).toBe(stopwordsSha256(resources.stopwords));
    expect(readFileSync(DEFAULT_MODEL, 'utf8').endsWith('\n')).toBe(true);
  });
});

describe('labelled fixtures', () => {
  it('hold at least 400 training paragraphs and a separate held-out set, every function well represented', () => {
    const { training, holdout } = loadLabelledSets();
    expect(training.length).toBeGreaterThanOrEqual(400);
    expect(holdout.length).toBeGreaterThanOrEqual(60);
    for (const l of ['维权', '参与', '建设', '教育'] as const)
      expect(training.filter((e) => e.labels.includes(l)).length).toBeGreaterThan(60);
    expect(training.filter((e) => e.labels.length === 0).length).toBeGreaterThan(40);
    expect(training.filter((e) => e.labels.length > 1).length).toBeGreaterThan(20);
  });

  it('reports a bad line with its file and line number', () => {
    expect(() =>
      parseLabelledLines(
        '{"id":"a","text":"慰问","labels":["维权"]}\n{"id":"b","text":"x","labels":["维护"]}',
        'f.jsonl',
      ),
    ).toThrow(/f.jsonl:2: labels/);
    expect(() => parseLabelledLines('not json', 'f.jsonl')).toThrow(/f.jsonl:1: not valid JSON/);
  });
});

describe('metrics', () => {
  it('Cohen κ: 1 for perfect agreement, 0 at chance, negative below', () => {
    expect(cohensKappa({ tp: 5, fp: 0, fn: 0, tn: 5 })).toBe(1);
    expect(cohensKappa({ tp: 25, fp: 25, fn: 25, tn: 25 })).toBeCloseTo(0, 10);
    expect(cohensKappa({ tp: 0, fp: 5, fn: 5, tn: 0 })).toBeLessThan(0);
  });

  it('per-label F1 and exact match over label sets, "none" included', () => {
    const r = agreement([['维权'], [], ['参与', '教育']], [['维权'], ['建设'], ['参与']]);
    expect(r.perLabel.find((m) => m.label === '维权')!.f1).toBe(1);
    expect(r.perLabel.find((m) => m.label === '教育')!.recall).toBe(0);
    expect(r.exactMatch).toBeCloseTo(1 / 3, 10);
  });
});

describe('the held-out set', () => {
  it('a model trained on the training set labels most held-out paragraphs exactly right', () => {
    const { holdout } = loadLabelledSets();
    const predicted = predictLabels(loadModel().file, holdout, resources);
    const r = agreement(
      holdout.map((e: LabelledParagraph) => e.labels),
      predicted,
    );
    expect(r.macroF1).toBeGreaterThan(0.85);
  });
});
