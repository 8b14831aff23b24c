// `gonghui eval real-labels-cv`: would the tuning splits' gold paragraph keys, as training paragraphs, label
// unseen sites better? The keys (eval/real/pages.json: short gold strings, each with its functions) are the only
// real wording we may train on: page text is never committed and CI has none. Sites are split into folds; for
// each fold a model is trained on the fixtures plus the keys of the other folds' sites, and the fold's pages go
// through the real pipeline with it and are scored as `eval real` scores them. Beside it, the same pages with the
// model trained on the fixtures alone. A key lends its words to the model only when the fold being scored is not
// its site's, so the with-keys figure is what a site never seen would get.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FUNCTION_LABELS } from '../../model/items.ts';
import { type LabelledParagraph, loadLabelledSets } from '../../training/labelled-set.ts';
import { trainingResources } from '../../training/train-classifier.ts';
import { foldOf, serializeModel, trainModel } from '../../training/train-model.ts';
import { realFigures, type RealFigures } from './figures.ts';
import { type GoldPage, loadRealGold, type Split } from './gold.ts';
import { RealEvalError } from './real-eval.ts';
import { findPageFile, runPagesThroughPipeline } from './run-pages.ts';
import { type PageScore, scorePage, siteOf } from './score-page.ts';

/** The splits whose keys may train a model: tuned on already. test3 is kept as the held-out check, and the sealed
 * splits are never read. */
export const TUNING_SPLITS: readonly Split[] = ['dev', 'test', 'test2'];

export const DEFAULT_CV_FOLDS = 5;

export type CvVariant = 'fixtures' | 'fixtures+keys';
export const CV_VARIANTS: readonly CvVariant[] = ['fixtures', 'fixtures+keys'];

export interface LabelsCvOptions {
  pagesDir: string;
  goldFile: string;
  pipelineFile: string;
  folds?: number;
  onLog?: (line: string) => void;
}

export interface LabelsCvResult {
  folds: number;
  sites: number;
  /** Gold paragraph keys of the tuning splits (each joins the training of the folds its site is not in). */
  keys: number;
  /** Per variant, the paragraph figures per tuning split and over all of them ("all"). */
  figures: Record<CvVariant, Partial<Record<Split | 'all', RealFigures['paragraphs']>>>;
}

/** The gold keys of some pages as training paragraphs: the key is the text; no headings (they are page text). */
export function keysAsTraining(pages: readonly GoldPage[]): LabelledParagraph[] {
  return pages.flatMap((page) =>
    page.paragraphs.map((p, i) => ({
      id: `key:${page.id}:${i}`,
      text: p.key,
      headings: [],
      labels: FUNCTION_LABELS.filter((l) => p.functions.includes(l)),
      origin: `gold key of ${page.id}`,
    })),
  );
}

/** A copy of the pipeline file whose classify.functions stage reads the given model. */
function pipelineWithModel(pipelineFile: string, model: string, out: string): string {
  const raw = JSON.parse(readFileSync(pipelineFile, 'utf8')) as { stages: Array<Record<string, unknown>> };
  const classify = raw.stages.find((s) => s.stage === 'classify.functions');
  if (!classify) throw new RealEvalError(`${pipelineFile}: no classify.functions stage to give a model to`);
  classify.options = { ...(classify.options as object | undefined), model };
  writeFileSync(out, JSON.stringify(raw));
  return out;
}

export async function runLabelsCrossValidation(options: LabelsCvOptions): Promise<LabelsCvResult> {
  const folds = options.folds ?? DEFAULT_CV_FOLDS;
  const gold = loadRealGold(options.goldFile).filter((p) => TUNING_SPLITS.includes(p.split));
  const files = new Map<string, string>();
  for (const page of gold) {
    const file = findPageFile(options.pagesDir, page.id);
    if (file) files.set(page.id, file);
  }
  if (files.size === 0) throw new RealEvalError(`no page files of the tuning splits in ${options.pagesDir}`);
  const sites = [...new Set(gold.map(siteOf))];
  if (sites.length < folds) throw new RealEvalError(`${sites.length} site(s): too few for ${folds} folds`);
  const foldOfPage = (page: GoldPage) => foldOf(siteOf(page), folds, 'sites');

  const resources = trainingResources();
  const fixtures = loadLabelledSets().training;
  const dir = mkdtempSync(join(tmpdir(), 'gonghui-labels-cv-'));
  const scores: Record<CvVariant, PageScore[]> = { fixtures: [], 'fixtures+keys': [] };
  try {
    const pipelineFor = (name: string, examples: LabelledParagraph[]) => {
      const model = join(dir, `${name}.model.json`);
      writeFileSync(model, serializeModel(trainModel(examples, resources)));
      return pipelineWithModel(options.pipelineFile, model, join(dir, `${name}.pipeline.json`));
    };
    const fixturesOnly = pipelineFor('fixtures', fixtures);
    for (let f = 0; f < folds; f++) {
      const heldOut = gold.filter((p) => foldOfPage(p) === f && files.has(p.id));
      if (heldOut.length === 0) continue;
      options.onLog?.(`fold ${f + 1}/${folds}: ${heldOut.length} page(s) held out`);
      const withKeys = pipelineFor(`fold${f}`, [
        ...fixtures,
        ...keysAsTraining(gold.filter((p) => foldOfPage(p) !== f)),
      ]);
      const heldFiles = new Map(heldOut.map((p) => [p.id, files.get(p.id)!]));
      for (const [variant, pipelineFile] of [
        ['fixtures', fixturesOnly],
        ['fixtures+keys', withKeys],
      ] as const) {
        const outputs = await runPagesThroughPipeline(heldFiles, { pipelineFile });
        for (const page of heldOut) scores[variant].push(scorePage(page, outputs.get(page.id)!));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const figures = {} as LabelsCvResult['figures'];
  for (const variant of CV_VARIANTS) {
    const of = (split: Split | 'all') => scores[variant].filter((s) => split === 'all' || s.split === split);
    figures[variant] = Object.fromEntries(
      [...TUNING_SPLITS, 'all' as const].filter((s) => of(s).length > 0).map((s) => [s, realFigures(of(s)).paragraphs]),
    );
  }
  return { folds, sites: sites.length, keys: keysAsTraining(gold).length, figures };
}
