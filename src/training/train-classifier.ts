// `gonghui train`: the labelled fixtures plus the human codes in the database → the classifier's model file.
// Lives outside the stage folder because it reads files and the database; the stage only reads the result.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cutWords } from '../stages/segment/jieba.ts';
import { loadStopwords } from '../stages/segment/stopwords.ts';
import { DEFAULT_LABELS_DIR, type LabelledParagraph, loadLabelledSets } from './labelled-set.ts';
import { loadLexicon } from '../stages/classify/lexicon.ts';
import { SOURCE_MODEL, type ModelFile } from '../stages/classify/model.ts';
import { serializeModel, trainModel, type TrainingResources } from './train-model.ts';
import { openDatabase } from '../store/database.ts';
import { hasHumanCodes, listHumanCodes } from '../store/human-labels.ts';

export function trainingResources(): TrainingResources {
  return { lexicon: loadLexicon(), stopwords: loadStopwords(), tokenize: (text) => cutWords(text) };
}

/** Human codes from the database as training paragraphs (none when there is no database or no codes). */
export function humanTrainingExamples(dbPath: string | null): LabelledParagraph[] {
  if (!dbPath || (dbPath !== ':memory:' && !existsSync(dbPath))) return [];
  const db = openDatabase(dbPath, { readonly: true });
  try {
    if (!hasHumanCodes(db)) return [];
    return listHumanCodes(db).map((c) => ({
      id: `human:${c.docId}:${c.index}`,
      text: c.text,
      headings: c.heading ? [c.heading] : [],
      labels: c.labels,
      tokens: c.tokens ?? undefined,
      origin: `human codes in ${dbPath}`,
    }));
  } finally {
    db.close();
  }
}

export interface TrainClassifierOptions {
  labelsDir?: string;
  /** Database whose human codes join the training set; null to train on the fixtures only. */
  db?: string | null;
  out?: string;
  folds?: number;
}

export interface TrainClassifierResult {
  model: ModelFile;
  out: string;
  fixtures: number;
  human: number;
  /** False when the file already held exactly this model. */
  changed: boolean;
}

export function trainClassifierFile(options: TrainClassifierOptions = {}): TrainClassifierResult {
  const out = options.out ?? SOURCE_MODEL;
  const { training } = loadLabelledSets(options.labelsDir ?? DEFAULT_LABELS_DIR);
  const human = humanTrainingExamples(options.db ?? null);
  const model = trainModel([...training, ...human], trainingResources(), { folds: options.folds });
  const text = serializeModel(model);
  const changed = !existsSync(out) || readFileSync(out, 'utf8') !== text;
  if (changed) writeFileSync(out, text);
  return { model, out, fixtures: training.length, human: human.length, changed };
}
