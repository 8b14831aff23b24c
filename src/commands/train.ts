import { relative } from 'node:path';
import { Command, Option } from 'commander';
import { wholeNumber } from './numeric-option.ts';
import { FUNCTION_LABELS } from '../model/items.ts';
import { DEFAULT_LABELS_DIR } from '../training/labelled-set.ts';
import { SOURCE_MODEL } from '../stages/classify/model.ts';
import { DEFAULT_DB_PATH } from '../store/database.ts';
import { trainClassifierFile } from '../training/train-classifier.ts';
import type { Io } from './common.ts';
import { terminalText } from './terminal-text.ts';

export function trainCommand(io: Io): Command {
  return new Command('train')
    .description(
      'Retrain the union-function classifier from fixtures/labels and the human codes in the database (deterministic)',
    )
    .option(
      '--labels <dir>',
      'directory of labelled *.jsonl paragraphs (holdout-*.jsonl are left out)',
      DEFAULT_LABELS_DIR,
    )
    .option(
      '--db <path>',
      'database whose human codes (gonghui label import) join the training set, when it exists',
      DEFAULT_DB_PATH,
    )
    .option('--no-human', 'train on the labelled fixtures only, ignoring human codes in the database')
    .option('--out <file>', 'model file to write', SOURCE_MODEL)
    .addOption(
      new Option('--folds <k>', 'cross-validation folds for calibration and thresholds')
        .default(5)
        .argParser(wholeNumber(2, 50)),
    )
    .action((opts) => {
      if (!Number.isInteger(opts.folds) || opts.folds < 2) throw new Error('--folds must be a whole number ≥ 2');
      io.err('training …\n');
      const r = trainClassifierFile({
        labelsDir: opts.labels,
        db: opts.human ? opts.db : null,
        out: opts.out,
        folds: opts.folds,
      });
      const m = r.model;
      io.out(
        terminalText(
          [
            `trained on ${m.trainedOn.examples} paragraphs (${r.fixtures} labelled fixtures, ${r.human} human codes)`,
            `positives   ${FUNCTION_LABELS.map((l) => `${l} ${m.trainedOn.positives[l]}`).join('  ')}`,
            `thresholds  ${FUNCTION_LABELS.map((l) => `${l} ${m.thresholds[l]}`).join('  ')}`,
            `features    ${Object.keys(m.weights).length}`,
            `model       ${relative(process.cwd(), r.out) || r.out} ${r.changed ? '(written)' : '(unchanged: same data, same model)'}`,
            r.changed ? 'run "gonghui ingest … --force" (or npm start) to relabel stored paragraphs' : '',
          ]
            .filter(Boolean)
            .join('\n') + '\n',
        ),
      );
    });
}
