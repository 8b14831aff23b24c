// `gonghui eval real`: the pipeline measured on real pages against hand-made gold (eval/real/pages.json, or a
// scratch batch). Pages run through the default pipeline into a temporary database; each page's output is
// scored against its gold (score-page.ts) and the scores are summed per split (figures.ts).
import { existsSync, statSync } from 'node:fs';
import { floorMetrics, type RealFigures, realFigures } from './figures.ts';
import { type GoldPage, loadRealGold, type Split, SPLITS } from './gold.ts';
import { findPageFile, runPagesThroughPipeline } from './run-pages.ts';
import { missingPage, type PageScore, scorePage } from './score-page.ts';
import { ledgerFileFor, loadSplitLedger, sealedSplits } from './split-ledger.ts';

export type SplitChoice = Split | 'all';
export const SPLIT_CHOICES: SplitChoice[] = [...SPLITS, 'all'];

export interface RealEvalOptions {
  pagesDir: string;
  goldFile: string;
  split: SplitChoice;
  pipelineFile: string;
  /** Measure a split the ledger keeps sealed: asked for by name, once, when a round of work ends. */
  measureSealed?: boolean;
  onLog?: (line: string) => void;
}

export interface RealEvalResult {
  gold: string;
  pagesDir: string;
  pipeline: string;
  split: SplitChoice;
  /** Figures per split: the chosen one, or dev, each other split with pages and all together for --split all. */
  figures: Partial<Record<SplitChoice, RealFigures>>;
  /** The dev figures as eval/floors.json names them; null when dev was not evaluated. */
  devMetrics: Record<string, number> | null;
  pages: PageScore[];
  /** Sealed splits `--split all` left out (their pages were not run). */
  sealedLeftOut: Split[];
}

export class RealEvalError extends Error {}

export async function runRealEval(options: RealEvalOptions): Promise<RealEvalResult> {
  if (!existsSync(options.pagesDir) || !statSync(options.pagesDir).isDirectory()) {
    throw new RealEvalError(`no pages directory at ${options.pagesDir}`);
  }
  const ledger = loadSplitLedger(options.goldFile);
  const sealed = sealedSplits(ledger);
  if (options.split !== 'all' && sealed.includes(options.split) && !options.measureSealed) {
    throw new RealEvalError(
      `split ${options.split} is sealed (${ledgerFileFor(options.goldFile)}): it is measured once, when a round of work ends — pass --measure-sealed to measure it, then mark it spent in the ledger`,
    );
  }
  const sealedLeftOut = options.split === 'all' && !options.measureSealed ? sealed : [];
  const allGold = loadRealGold(options.goldFile);
  // A split with pages but no status would be run by --split all unnoticed: a ledger must name every split.
  const unlisted = ledger.size ? SPLITS.filter((s) => !ledger.has(s) && allGold.some((p) => p.split === s)) : [];
  if (unlisted.length) {
    throw new RealEvalError(
      `${ledgerFileFor(options.goldFile)} gives no status for split ${unlisted.join(', ')}: add it (tuning, spent or sealed)`,
    );
  }
  const gold = allGold.filter((p) =>
    options.split === 'all' ? !sealedLeftOut.includes(p.split) : p.split === options.split,
  );
  const files = new Map<string, string>();
  for (const page of gold) {
    const file = findPageFile(options.pagesDir, page.id);
    if (file) files.set(page.id, file);
  }
  const outputs = files.size
    ? await runPagesThroughPipeline(files, { pipelineFile: options.pipelineFile, onLog: options.onLog })
    : new Map();
  const pages = gold.map((page: GoldPage) => {
    const output = outputs.get(page.id);
    return output ? scorePage(page, output) : missingPage(page);
  });
  const figures: RealEvalResult['figures'] = {};
  const of = (split: Split) => pages.filter((p) => p.split === split);
  if (options.split === 'all') {
    figures.dev = realFigures(of('dev'));
    for (const split of SPLITS) if (split !== 'dev' && of(split).length) figures[split] = realFigures(of(split));
    figures.all = realFigures(pages);
  } else {
    figures[options.split] = realFigures(pages);
  }
  return {
    gold: options.goldFile,
    pagesDir: options.pagesDir,
    pipeline: options.pipelineFile,
    split: options.split,
    figures,
    devMetrics: figures.dev ? floorMetrics(figures.dev) : null,
    pages,
    sealedLeftOut,
  };
}
