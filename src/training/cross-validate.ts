// Honest accuracy figures: k-fold cross-validation in which each fold's model is trained — including its
// calibration and thresholds, tuned by an inner cross-validation — without ever seeing the fold it labels;
// and a held-out set in a different style, labelled by a model trained on the whole training set.
import type { FunctionLabel } from '../model/items.ts';
import type { LabelledParagraph } from './labelled-set.ts';
import { agreement, type AgreementReport } from './metrics.ts';
import {
  DEFAULT_FOLDS,
  foldOf,
  predictLabels,
  trainModel,
  type TrainingResources,
  type TrainOptions,
} from './train-model.ts';

export interface CrossValidation {
  report: AgreementReport;
  /** Out-of-fold labels, in the order of the examples given. */
  predicted: FunctionLabel[][];
}

export function crossValidate(
  examples: readonly LabelledParagraph[],
  resources: TrainingResources,
  options: TrainOptions = {},
): CrossValidation {
  const folds = options.folds ?? DEFAULT_FOLDS;
  const fold = examples.map((e) => foldOf(e.id, folds, 'evaluation'));
  const predicted: FunctionLabel[][] = new Array(examples.length);
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((_, i) => fold[i] !== f);
    const testIdx = examples.map((_, i) => i).filter((i) => fold[i] === f);
    const model = trainModel(train, resources, options);
    const labels = predictLabels(
      model,
      testIdx.map((i) => examples[i]!),
      resources,
    );
    testIdx.forEach((i, j) => {
      predicted[i] = labels[j]!;
    });
  }
  return {
    report: agreement(
      examples.map((e) => e.labels),
      predicted,
    ),
    predicted,
  };
}
