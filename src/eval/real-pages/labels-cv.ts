// `gonghui eval real-labels-cv`: would the tuning splits' gold paragraphs, as training paragraphs, label unseen
// sites better? Two kinds are tried: the gold keys (eval/real/pages.json: short gold strings, each with its
// functions), and the whole paragraphs the pipeline cut that the keys are found in, coded with the keys' functions
// (what a researcher's codes imported with `gonghui label import` would be). Page text is never committed and CI has
// none, so the paragraphs live only in the temporary models of this command. Sites are split into folds; for each
// fold a model is trained on the fixtures plus the keys (or paragraphs) of the other folds' sites, and the fold's
// pages go through the real pipeline with it and are scored as `eval real` scores them. Beside it, the same pages
// with the model trained on the fixtures alone, and one model trained on every tuning paragraph, its own site's
// too: not an estimate for unseen sites but how well the model can fit paragraphs it was shown (a ceiling).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FUNCTION_LABELS } from '../../model/items.ts';
import { type LabelledParagraph, loadLabelledSets } from '../../training/labelled-set.ts';
import { trainingResources } from '../../training/train-classifier.ts';
import { foldOf, serializeModel, trainModel } from '../../training/train-model.ts';
import { comparable } from './comparable-text.ts';
import { realFigures, type RealFigures } from './figures.ts';
import { type GoldPage, loadRealGold, type Split, SPLITS } from './gold.ts';
import { RealEvalError } from './real-eval.ts';
import { findPageFile, noPageCopiesMessage, type PageOutput, runPagesThroughPipeline } from './run-pages.ts';
import { type PageScore, scorePage, siteOf } from './score-page.ts';
import { loadSplitLedger } from './split-ledger.ts';

/**
 * The splits whose keys may train a model and whose pages are folded over: every split the ledger
 * (split-ledger.ts) does not keep sealed — dev and the spent splits (measured once, tuned on since). One split's
 * label figure is a noisy draw of 40–50 sites (test4's 0.73 had an interval 0.65–0.79); folded over all of them by
 * site, each page labelled by a model that never saw its site, the figure rests on ~300 sites. Sealed splits are
 * never read. Without a ledger (a scratch batch, test fixtures) nothing is sealed.
 */
export function trainingSplits(goldFile: string): Split[] {
  const ledger = loadSplitLedger(goldFile);
  if (ledger.size === 0) return [...SPLITS];
  return SPLITS.filter((s) => ledger.has(s) && ledger.get(s)!.status !== 'sealed');
}

export const DEFAULT_CV_FOLDS = 5;

export type CvVariant = 'fixtures' | 'fixtures+keys' | 'fixtures+paragraphs' | 'fixtures+paragraphs (own sites too)';
export const CV_VARIANTS: readonly CvVariant[] = [
  'fixtures',
  'fixtures+keys',
  'fixtures+paragraphs',
  'fixtures+paragraphs (own sites too)',
];

export interface LabelsCvOptions {
  pagesDir: string;
  goldFile: string;
  pipelineFile: string;
  folds?: number;
  /** Which trainings to run (all when absent); the fixtures-only run always runs (its paragraphs train the rest). */
  variants?: readonly CvVariant[];
  onLog?: (line: string) => void;
}

export interface LabelsCvResult {
  /** The splits folded over (every split the ledger does not keep sealed). */
  splits: Split[];
  folds: number;
  sites: number;
  /** Gold paragraph keys of the tuning splits (each joins the training of the folds its site is not in). */
  keys: number;
  /** Distinct pipeline paragraphs those keys were found in (the fixtures-only run's). */
  paragraphs: number;
  /** Per variant run, the paragraph figures per tuning split and over all of them ("all"). */
  figures: Partial<Record<CvVariant, Partial<Record<Split | 'all', RealFigures['paragraphs']>>>>;
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

/**
 * The paragraphs the pipeline cut that hold the pages' gold keys, as training paragraphs coded with the keys'
 * functions: a key is found as `eval real` finds it (the first paragraph whose comparable text contains it), and a
 * paragraph holding several keys is taken once, with the first key's functions. No headings: the store gives the
 * nearest heading only, and the real-label figures did not move with or without them.
 */
export function paragraphsAsTraining(
  pages: readonly GoldPage[],
  outputs: ReadonlyMap<string, PageOutput>,
): LabelledParagraph[] {
  const out: LabelledParagraph[] = [];
  for (const page of pages) {
    const paragraphs = (outputs.get(page.id)?.documents ?? []).flatMap((d) =>
      d.paragraphs.map((p) => ({ text: p.text, comparable: comparable(p.text) })),
    );
    const taken = new Set<number>();
    for (const key of page.paragraphs) {
      const wanted = comparable(key.key);
      const at = paragraphs.findIndex((p) => p.comparable.includes(wanted));
      if (at < 0 || taken.has(at)) continue;
      taken.add(at);
      out.push({
        id: `paragraph:${page.id}:${at}`,
        text: paragraphs[at]!.text,
        headings: [],
        labels: FUNCTION_LABELS.filter((l) => key.functions.includes(l)),
        origin: `gold paragraph of ${page.id}`,
      });
    }
  }
  return out;
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
  const wanted = new Set<CvVariant>(['fixtures', ...(options.variants ?? CV_VARIANTS)]);
  const splits = trainingSplits(options.goldFile);
  const gold = loadRealGold(options.goldFile).filter((p) => splits.includes(p.split));
  const files = new Map<string, string>();
  for (const page of gold) {
    const file = findPageFile(options.pagesDir, page.id);
    if (file) files.set(page.id, file);
  }
  if (files.size === 0)
    throw new RealEvalError(
      noPageCopiesMessage(
        options.pagesDir,
        gold.map((p) => p.id),
      ),
    );
  const sites = [...new Set(gold.map(siteOf))];
  if (sites.length < folds) throw new RealEvalError(`${sites.length} site(s): too few for ${folds} folds`);
  const foldOfPage = (page: GoldPage) => foldOf(siteOf(page), folds, 'sites');

  const resources = trainingResources();
  const fixtures = loadLabelledSets().training;
  const dir = mkdtempSync(join(tmpdir(), 'gonghui-labels-cv-'));
  const scores = Object.fromEntries(CV_VARIANTS.map((v) => [v, [] as PageScore[]])) as Record<CvVariant, PageScore[]>;
  let paragraphCount: number;
  try {
    const pipelineFor = (name: string, examples: LabelledParagraph[]) => {
      const model = join(dir, `${name}.model.json`);
      writeFileSync(model, serializeModel(trainModel(examples, resources)));
      return pipelineWithModel(options.pipelineFile, model, join(dir, `${name}.pipeline.json`));
    };
    const scoreWith = async (variant: CvVariant, pipelineFile: string, pages: GoldPage[]) => {
      const outputs = await runPagesThroughPipeline(new Map(pages.map((p) => [p.id, files.get(p.id)!])), {
        pipelineFile,
      });
      for (const page of pages) scores[variant].push(scorePage(page, outputs.get(page.id)!));
      return outputs;
    };
    // The fixtures-only model labels every page once: its scores are the baseline, its paragraphs the training.
    const evaluated = gold.filter((p) => files.has(p.id));
    const fixturesOutputs = await scoreWith('fixtures', pipelineFor('fixtures', fixtures), evaluated);
    const paragraphsOf = (pages: GoldPage[]) => paragraphsAsTraining(pages, fixturesOutputs);
    paragraphCount = paragraphsOf(evaluated).length;
    for (let f = 0; f < folds; f++) {
      const heldOut = evaluated.filter((p) => foldOfPage(p) === f);
      if (heldOut.length === 0) continue;
      options.onLog?.(`fold ${f + 1}/${folds}: ${heldOut.length} page(s) held out`);
      const others = gold.filter((p) => foldOfPage(p) !== f);
      if (wanted.has('fixtures+keys'))
        await scoreWith('fixtures+keys', pipelineFor(`keys${f}`, [...fixtures, ...keysAsTraining(others)]), heldOut);
      if (wanted.has('fixtures+paragraphs'))
        await scoreWith(
          'fixtures+paragraphs',
          pipelineFor(`paragraphs${f}`, [...fixtures, ...paragraphsOf(others.filter((p) => files.has(p.id)))]),
          heldOut,
        );
    }
    if (wanted.has('fixtures+paragraphs (own sites too)')) {
      options.onLog?.(`every page, by a model trained on every tuning paragraph (its own site's too)`);
      await scoreWith(
        'fixtures+paragraphs (own sites too)',
        pipelineFor('paragraphs-all', [...fixtures, ...paragraphsOf(evaluated)]),
        evaluated,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const figures: LabelsCvResult['figures'] = {};
  for (const variant of CV_VARIANTS.filter((v) => wanted.has(v))) {
    const of = (split: Split | 'all') => scores[variant].filter((s) => split === 'all' || s.split === split);
    figures[variant] = Object.fromEntries(
      [...splits, 'all' as const].filter((s) => of(s).length > 0).map((s) => [s, realFigures(of(s)).paragraphs]),
    );
  }
  return { splits, folds, sites: sites.length, keys: keysAsTraining(gold).length, paragraphs: paragraphCount, figures };
}
