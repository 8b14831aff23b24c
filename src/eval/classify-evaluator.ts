// `gonghui eval classify`: the union-function classifier on the labelled paragraphs (fixtures/labels):
// k-fold cross-validation on the training set (each fold's model, thresholds included, never sees the fold),
// and the held-out set written in another style, labelled by a model trained on the whole training set.
import { FUNCTION_LABELS } from '../model/items.ts';
import { crossValidate } from '../training/cross-validate.ts';
import { loadLabelledSets, labelledSetSha256 } from '../training/labelled-set.ts';
import { agreement, formatAgreement } from '../training/metrics.ts';
import { loadModel } from '../stages/classify/model.ts';
import { predictLabels, trainModel } from '../training/train-model.ts';
import { trainingResources } from '../training/train-classifier.ts';
import type { Evaluator } from './evaluator.ts';

const r4 = (x: number) => Math.round(x * 10000) / 10000;

export const classifyEvaluator: Evaluator = {
  name: 'classify',
  description:
    'union functions per paragraph: 5-fold cross-validation on fixtures/labels, plus the held-out set (holdout-*.jsonl)',
  run() {
    const sets = loadLabelledSets();
    const resources = trainingResources();
    const cv = crossValidate(sets.training, resources).report;
    const model = trainModel(sets.training, resources);
    const holdout = agreement(
      sets.holdout.map((e) => e.labels),
      predictLabels(model, sets.holdout, resources),
    );
    const bundled = loadModel();
    const current =
      bundled.file.trainedOn.dataSha256 === labelledSetSha256(sets.training) &&
      bundled.file.trainedOn.lexiconSha256 === resources.lexicon.sha256;
    const metrics: Record<string, number> = {
      macro_f1: r4(cv.macroF1),
      kappa: r4(cv.pooledKappa),
      exact_match: r4(cv.exactMatch),
      ...Object.fromEntries(cv.perLabel.map((m) => [`f1_${m.label}`, r4(m.f1)])),
      holdout_macro_f1: r4(holdout.macroF1),
      holdout_kappa: r4(holdout.pooledKappa),
    };
    const report = [
      formatAgreement(`cross-validation, 5 folds, ${sets.training.length} labelled paragraphs`, cv),
      '',
      formatAgreement(
        `held-out set (${[...new Set(sets.holdout.map((e) => e.origin))].length} files, another style)`,
        holdout,
      ),
      '',
      `bundled model trained on the current fixtures and lexicon: ${current ? 'yes' : 'NO — run "gonghui train"'}`,
      `labels: ${FUNCTION_LABELS.join(' ')}; kappa is Cohen's κ pooled over every paragraph × label decision`,
    ].join('\n');
    return { metrics, report };
  },
};
