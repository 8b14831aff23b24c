import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { EVALUATORS } from '../eval/registry.ts';
import { checkFloors, type FloorCheck, FLOORS_FILE, loadFloors } from '../eval/floors.ts';
import { DEFAULT_REAL_GOLD, GoldFileError, loadRealGold } from '../eval/real-pages/gold.ts';
import {
  RealEvalError,
  type RealEvalResult,
  runRealEval,
  SPLIT_CHOICES,
  type SplitChoice,
} from '../eval/real-pages/real-eval.ts';
import { failureLines, failuresReport, figureRows, labelsCvRows, reportHeader } from '../eval/real-pages/report.ts';
import {
  CV_VARIANTS,
  type CvVariant,
  DEFAULT_CV_FOLDS,
  runLabelsCrossValidation,
} from '../eval/real-pages/labels-cv.ts';
import { loadSplitLedger, sealedSplits, SplitLedgerError } from '../eval/real-pages/split-ledger.ts';
import { checkPageCopies, type PageCopyCheck } from '../eval/real-pages/page-copies.ts';
import { findPageFile, noPageCopiesMessage } from '../eval/real-pages/run-pages.ts';
import { DEFAULT_SECOND_CODING, loadSecondCoding, scoreAgreement } from '../eval/real-pages/second-coding.ts';
import { type ChromeBodyTally, DEFAULT_SITE_GROUPS, runSiteGroupEval } from '../eval/real-pages/site-groups.ts';
import { wholeNumber } from './numeric-option.ts';
import { PipelineFileError } from '../pipeline/pipeline-file.ts';
import { dbOption, formatOption, type Io, UsageError } from './common.ts';
import { DEFAULT_PIPELINE } from './ingest.ts';
import { formatRows, formatTable, type OutputFormat } from './output-format.ts';
import { terminalText } from './terminal-text.ts';

/** `eval real` needs page text, which is never committed (CI has none): it runs only when --pages is given. */
const REAL = 'real';
/** Site-grouped cross-validation of training on the tuning splits' gold keys; needs page text too. */
const REAL_LABELS_CV = 'real-labels-cv';
/** Whether re-created page copies hold every string the gold copied from the page: run before trusting `real`. */
const REAL_COPIES = 'real-copies';
const REAL_SITE_GROUPS = 'real-site-groups';
const REAL_AGREEMENT = 'real-agreement';

/** How many unfound strings a page's line shows (the JSON has them all). */
const UNFOUND_SHOWN = 3;

/** Every page of the set missing means --pages names the wrong folder: a usage error, not a table of zeros. */
function noPageFound(dir: string, ids: readonly string[]): UsageError {
  return new UsageError(noPageCopiesMessage(dir, ids));
}

/** The split's pages with at least one copy in --pages, else a usage error (a gold file that will not load is left
 * to the real-page run, which says why). */
function assertSomePageCopy(opts: RealOptions): void {
  let ids: string[];
  try {
    ids = loadRealGold(opts.gold)
      .filter((p) => opts.split === 'all' || p.split === opts.split)
      .map((p) => p.id);
  } catch {
    return;
  }
  if (ids.length > 0 && !ids.some((id) => findPageFile(opts.pages, id))) throw noPageFound(opts.pages, ids);
}

function pageCopies(io: Io, opts: { pages: string; gold: string; split: SplitChoice; format: OutputFormat }) {
  if (!existsSync(opts.pages) || !statSync(opts.pages).isDirectory())
    throw new UsageError(`no pages directory at ${opts.pages}`);
  let checks: PageCopyCheck[];
  let sealed: string[];
  try {
    sealed = sealedSplits(loadSplitLedger(opts.gold));
    const gold = loadRealGold(opts.gold).filter((p) => opts.split === 'all' || p.split === opts.split);
    checks = checkPageCopies(gold, opts.pages);
  } catch (e) {
    if (e instanceof GoldFileError || e instanceof SplitLedgerError) throw new UsageError(e.message);
    throw e;
  }
  if (checks.length > 0 && checks.every((c) => c.file === null))
    throw noPageFound(
      opts.pages,
      checks.map((c) => c.id),
    );
  // A sealed split's copies are checked too (no pipeline runs), but its gold strings are not shown.
  const shown = (c: PageCopyCheck) => (sealed.includes(c.split) ? [] : c.unfound);
  const unfaithful = checks.filter((c) => c.unfound.length > 0);
  if (opts.format === 'json') {
    io.out(
      `${JSON.stringify(
        {
          gold: opts.gold,
          pages_dir: opts.pages,
          split: opts.split,
          pages: checks.length,
          missing: checks.filter((c) => c.file === null).map((c) => c.id),
          not_compared: checks.filter((c) => c.file !== null && !c.checked).map((c) => c.id),
          faithful: checks.filter((c) => c.checked && c.unfound.length === 0).length,
          unfaithful: unfaithful.map((c) => ({
            id: c.id,
            split: c.split,
            strings: c.strings,
            unfound: c.unfound.length,
            strings_unfound: shown(c),
          })),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const splits = [...new Set(checks.map((c) => c.split))];
    const rows = splits.map((split) => {
      const of = checks.filter((c) => c.split === split);
      return {
        split,
        pages: of.length,
        missing: of.filter((c) => c.file === null).length,
        'html (not compared)': of.filter((c) => c.file !== null && !c.checked).length,
        faithful: of.filter((c) => c.checked && c.unfound.length === 0).length,
        'strings unfound': of.filter((c) => c.unfound.length > 0).length,
      };
    });
    io.out(
      `== ${REAL_COPIES}: does each page copy in ${opts.pages} hold every string the gold copied from the page? A copy that does not makes \`eval ${REAL}\` look worse than the pipeline is: re-create it (eval/real/README.md)\n`,
    );
    io.out(formatRows(rows, opts.format, { columns: Object.keys(rows[0] ?? { split: '' }) }));
    for (const c of unfaithful) {
      const strings = shown(c)
        .slice(0, UNFOUND_SHOWN)
        .map((s) => `${s.kind} "${s.text}"`)
        .join('; ');
      io.out(
        terminalText(
          `${c.id} (${c.split}): ${c.unfound.length} of ${c.strings} gold strings not in the copy${strings ? `: ${strings}` : ' (sealed: not shown)'}\n`,
        ),
      );
    }
  }
  if (unfaithful.length) {
    io.err(`gonghui eval ${REAL_COPIES}: ${unfaithful.length} page copies lack gold strings\n`);
    io.exit(1);
  }
}

async function labelsCv(
  io: Io,
  opts: { pages: string; gold: string; pipeline: string; folds: number; training?: string; format: OutputFormat },
) {
  const variants = opts.training?.split(',').map((v) => v.trim()) as CvVariant[] | undefined;
  const unknown = variants?.filter((v) => !CV_VARIANTS.includes(v));
  if (unknown?.length)
    throw new UsageError(`--training: unknown "${unknown.join('", "')}" (known: ${CV_VARIANTS.join(', ')})`);
  let result;
  try {
    result = await runLabelsCrossValidation({
      pagesDir: opts.pages,
      goldFile: opts.gold,
      pipelineFile: opts.pipeline,
      folds: opts.folds,
      variants,
      onLog: (l) => io.err(`${terminalText(l)}\n`),
    });
  } catch (e) {
    if (e instanceof GoldFileError || e instanceof RealEvalError || e instanceof PipelineFileError)
      throw new UsageError(e.message);
    throw e;
  }
  if (opts.format === 'json') {
    io.out(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const { columns, rows } = labelsCvRows(result);
  io.out(
    `== ${REAL_LABELS_CV}: the splits ${result.splits.join(', ')} (${result.sites} sites, ${result.keys} gold keys in ${result.paragraphs} paragraphs) in ${result.folds} folds of sites; each fold labelled by a model trained on the fixtures, on the fixtures plus the other folds' keys, and plus the other folds' whole paragraphs; last, every page by a model trained on every paragraph (a ceiling, not an estimate). The "all" rows of the first three are the yardstick for unseen sites: no model saw the site it labels. Intervals: 95% over resampled sites\n`,
  );
  io.out(opts.format === 'table' ? formatTable(rows, columns) : formatRows(rows, opts.format, { columns }));
}

interface RealOptions {
  pages: string;
  gold: string;
  split: SplitChoice;
  pipeline: string;
  showFailures: boolean;
  measureSealed: boolean;
}

async function realEval(io: Io, opts: RealOptions): Promise<RealEvalResult> {
  try {
    return await runRealEval({
      pagesDir: opts.pages,
      goldFile: opts.gold,
      split: opts.split,
      pipelineFile: opts.pipeline,
      measureSealed: opts.measureSealed,
      onLog: (l) => io.err(`${terminalText(l)}\n`),
    });
  } catch (e) {
    if (
      e instanceof GoldFileError ||
      e instanceof RealEvalError ||
      e instanceof PipelineFileError ||
      e instanceof SplitLedgerError
    )
      throw new UsageError(e.message);
    throw e;
  }
}

function realReport(result: RealEvalResult, showFailures: boolean): string {
  const { columns, rows } = figureRows(result);
  return [
    reportHeader(result),
    '',
    formatTable(rows, columns).trimEnd(),
    ...(showFailures ? ['', failuresReport(result)] : []),
  ].join('\n');
}

/** `eval real --format json`: every figure in one object (README tables and floors are filled from it). */
function realJson(result: RealEvalResult, checks: FloorCheck[], showFailures: boolean): string {
  const object = {
    gold: result.gold,
    pages_dir: result.pagesDir,
    pipeline: result.pipeline,
    split: result.split,
    sealed_left_out: result.sealedLeftOut,
    missing: result.pages.filter((p) => p.missing).map((p) => p.id),
    pipeline_errors: Object.fromEntries(result.pages.filter((p) => p.errors.length).map((p) => [p.id, p.errors])),
    figures: result.figures,
    floor_metrics: result.devMetrics,
    floors: checks
      .filter((c) => c.floor !== null)
      .map((c) => ({ metric: c.metric, value: c.value, floor: c.floor, ok: c.ok })),
    ...(showFailures
      ? {
          failures: Object.fromEntries(
            result.pages.flatMap((p) => {
              const lines = failureLines(p);
              return lines.length ? [[p.id, lines.length > 1 ? lines.slice(1).map((l) => l.trim()) : lines]] : [];
            }),
          ),
        }
      : {}),
  };
  return `${JSON.stringify(object, null, 2)}\n`;
}

/** chrome 0.912 (52/57), body 1.000 (40/40) */
function chromeBody(t: ChromeBodyTally): string {
  const share = (a: number, b: number) => (b ? (a / b).toFixed(3) : '–');
  return `chrome ${share(t.chromeRemoved, t.chromeTotal)} (${t.chromeRemoved}/${t.chromeTotal}), body ${share(t.bodyKept, t.bodyTotal)} (${t.bodyKept}/${t.bodyTotal})`;
}

async function siteGroups(io: Io, opts: { pages: string; gold: string; pipeline: string; format: OutputFormat }) {
  if (!existsSync(opts.pages) || !statSync(opts.pages).isDirectory())
    throw new UsageError(`no pages directory at ${opts.pages}`);
  let figures;
  try {
    figures = await runSiteGroupEval({ goldFile: opts.gold, pagesDir: opts.pages, pipelineFile: opts.pipeline });
  } catch (e) {
    if (e instanceof GoldFileError) throw new UsageError(e.message);
    throw e;
  }
  if (figures.pageRules.pages === 0 && figures.missing.length > 0) throw noPageFound(opts.pages, figures.missing);
  if (opts.format === 'json') {
    io.out(`${JSON.stringify({ gold: opts.gold, pages_dir: opts.pages, ...figures }, null, 2)}\n`);
    return;
  }
  const lines = [
    `== ${REAL_SITE_GROUPS}: ${figures.pageRules.pages} pages of ${figures.bySite.length} sites, each site's pages as one batch`,
    `page rules only      ${chromeBody(figures.pageRules)}`,
    `with site templates  ${chromeBody(figures.siteTemplates)}`,
    '',
    ...figures.bySite.map(
      (s) =>
        `${s.site.padEnd(28)} ${String(s.pageRules.pages).padStart(2)} pages  ${chromeBody(s.pageRules)}  →  ${chromeBody(s.siteTemplates)}`,
    ),
  ];
  if (figures.missing.length) lines.push('', `missing page files: ${figures.missing.join(', ')}`);
  io.out(terminalText(`${lines.join('\n')}\n`));
}

function agreement(io: Io, opts: { gold: string; format: OutputFormat }) {
  let result;
  try {
    result = scoreAgreement(loadSecondCoding(DEFAULT_SECOND_CODING), loadRealGold(opts.gold));
  } catch (e) {
    if (e instanceof GoldFileError) throw new UsageError(e.message);
    throw e;
  }
  if (opts.format === 'json') {
    io.out(`${JSON.stringify({ gold: opts.gold, second_coding: DEFAULT_SECOND_CODING, ...result }, null, 2)}\n`);
    return;
  }
  const { labels, documents, chrome } = result;
  const share = (a: number, b: number) => `${a}/${b} ${(a / b).toFixed(3)}`;
  io.out(
    [
      `== ${REAL_AGREEMENT}: the gold against a second, blind coding of a sample (${DEFAULT_SECOND_CODING})`,
      `labels      ${labels.paragraphs} paragraphs on ${labels.pages} pages: macro-F1 ${labels.macroF1.toFixed(3)}, mean κ ${labels.meanKappa.toFixed(3)}, same functions ${share(labels.exact, labels.paragraphs)}`,
      ...labels.byFunction.map(
        (f) =>
          `  ${f.label}      gold ${f.gold}, second ${f.second}, both ${f.both}: F1 ${f.f1.toFixed(3)}, κ ${f.kappa.toFixed(3)}`,
      ),
      `documents   ${documents.documents} documents: ${Object.entries(documents.fields)
        .map(([field, n]) => `${field} ${share(n, documents.documents)}`)
        .join(', ')}`,
      `chrome      ${chrome.pages} pages: gold strings the second coder marked ${share(chrome.goldMarked, chrome.gold)}; the second coder's strings in the gold ${share(chrome.secondInGold, chrome.second)}`,
    ].join('\n') + '\n',
  );
}

export function evalCommand(io: Io): Command {
  return new Command('eval')
    .description('Measure accuracy on the labelled sets and check eval/floors.json (exit 1 below a floor)')
    .argument(
      '[name]',
      `evaluator to run, "${REAL}" (real pages against gold; needs --pages), "${REAL_LABELS_CV}" (would training on the gold keys or their paragraphs label unseen sites better? needs --pages), "${REAL_COPIES}" (do the page copies in --pages hold every gold string? run before trusting ${REAL}), "${REAL_SITE_GROUPS}" (several pages per site: chrome and body with and without learned site templates; gold eval/real/site-groups.json), "${REAL_AGREEMENT}" (how far a second, blind coder agrees with the gold; no pages needed), or "all"`,
      'all',
    )
    .addOption(formatOption())
    .addOption(dbOption())
    .option('--floors <file>', 'floors file', FLOORS_FILE)
    .option('--pages <dir>', `real: directory of page files <id>.txt or <id>.html ("all" runs ${REAL} only when given)`)
    .option(
      '--gold <file>',
      'real: gold file ({ version, pages } with a split per page, or a scratch { batch, pages }: all dev)',
      DEFAULT_REAL_GOLD,
    )
    .addOption(
      new Option('--split <split>', 'real: which pages to score (floors are checked on dev)')
        .choices(SPLIT_CHOICES)
        .default('dev'),
    )
    .option('--pipeline <file>', 'real: pipeline file the pages run through', DEFAULT_PIPELINE)
    .option(
      '--measure-sealed',
      'real: run a split the ledger (splits.json beside the gold file) keeps sealed — once, when a round of work ends',
      false,
    )
    .option('--folds <k>', `${REAL_LABELS_CV}: folds of sites`, wholeNumber(2, 20), DEFAULT_CV_FOLDS)
    .option(
      '--training <list>',
      `${REAL_LABELS_CV}: comma-separated trainings to run (default all: ${CV_VARIANTS.join(', ')}); fixtures always runs`,
    )
    .option(
      '--show-failures',
      'real: per page, surviving chrome, lost body, wrong metadata, missed/spurious activities, wrong labels (terminal only)',
      false,
    )
    .addHelpText(
      'after',
      `
Examples:
  gonghui eval                          every evaluator on the committed sets (real is skipped: no page text)
  gonghui eval split                    one evaluator
  gonghui eval real --pages DIR --split all --show-failures
  gonghui eval real --pages DIR --gold BATCH.json --format json
  gonghui eval real-labels-cv --pages DIR       labels with and without the gold keys (or their paragraphs) in training, by folds of sites
  gonghui eval real-copies --pages DIR --split all   are the re-created page copies faithful? (exit 1 if one lacks a gold string)
  gonghui eval real-site-groups --pages DIR     each site's pages as one batch: chrome and body with and without site templates
  gonghui eval real-agreement                   the gold against a second coder's blind coding of a sample`,
    )
    .action(async (name: string, opts) => {
      if (
        (name === REAL || name === REAL_LABELS_CV || name === REAL_COPIES || name === REAL_SITE_GROUPS) &&
        !opts.pages
      )
        throw new UsageError(`eval ${name} needs --pages DIR (the page files; they are not in the repository)`);
      // Their figures are lines of text, no one table: CSV asked for would have printed the text.
      if (opts.format === 'csv' && (name === REAL_AGREEMENT || name === REAL_SITE_GROUPS))
        throw new UsageError(`eval ${name} has no table to write as CSV: use --format table or json`);
      if (name === REAL_AGREEMENT) {
        agreement(io, opts as { gold: string; format: OutputFormat });
        return;
      }
      if (name === REAL_SITE_GROUPS) {
        const gold = opts.gold === DEFAULT_REAL_GOLD ? DEFAULT_SITE_GROUPS : opts.gold;
        await siteGroups(io, { ...(opts as { pages: string; pipeline: string; format: OutputFormat }), gold });
        return;
      }
      if (name === REAL_COPIES) {
        pageCopies(io, opts as { pages: string; gold: string; split: SplitChoice; format: OutputFormat });
        return;
      }
      if (name === REAL_LABELS_CV) {
        await labelsCv(
          io,
          opts as {
            pages: string;
            gold: string;
            pipeline: string;
            folds: number;
            training?: string;
            format: OutputFormat;
          },
        );
        return;
      }
      const chosen = name === 'all' ? EVALUATORS : EVALUATORS.filter((e) => e.name === name);
      if (chosen.length === 0 && name !== 'all' && name !== REAL) {
        throw new UsageError(
          `unknown evaluator "${name}" (known: ${[...EVALUATORS.map((e) => e.name), REAL, REAL_LABELS_CV, REAL_COPIES, REAL_SITE_GROUPS, REAL_AGREEMENT].join(', ')}, all)`,
        );
      }
      // `eval all --pages DIR` runs the fixture evaluators first: a wrong DIR is said before their reports, not after.
      if (name === 'all' && opts.pages) assertSomePageCopy(opts as RealOptions);
      const floors = loadFloors(opts.floors);
      const rows: Record<string, unknown>[] = [];
      let failed = false;
      const addChecks = (checks: FloorCheck[]) => {
        for (const check of checks) {
          failed ||= !check.ok;
          rows.push({
            evaluator: check.evaluator,
            metric: check.metric,
            value: Number(check.value.toFixed(4)),
            floor: check.floor,
            status: check.ok ? 'ok' : 'BELOW FLOOR',
          });
        }
      };
      for (const evaluator of chosen) {
        const result = await evaluator.run({ db: opts.db });
        if (opts.format === 'table')
          io.out(terminalText(`== ${evaluator.name}: ${evaluator.description}\n${result.report.trimEnd()}\n\n`));
        addChecks(checkFloors(evaluator.name, result.metrics, floors));
      }
      if (name === 'all' && !opts.pages) io.err(`gonghui eval: ${REAL} skipped (no --pages DIR)\n`);
      if (name === REAL || (name === 'all' && opts.pages)) {
        const result = await realEval(io, opts as RealOptions);
        if (result.pages.length > 0 && result.pages.every((p) => p.missing))
          throw noPageFound(
            (opts as RealOptions).pages,
            result.pages.map((p) => p.id),
          );
        // Floors hold for the dev split only; the test split stays a sealed check. The floors file's figures are
        // those of the real-page set: another gold file (a scratch batch, test fixtures) is held to them only
        // when a floors file is named for it.
        const ownFloors =
          resolve(opts.gold) === resolve(DEFAULT_REAL_GOLD) || resolve(opts.floors) !== resolve(FLOORS_FILE);
        const checks = result.devMetrics && ownFloors ? checkFloors(REAL, result.devMetrics, floors) : [];
        addChecks(checks);
        if (name === REAL && opts.format === 'json') {
          io.out(realJson(result, checks, opts.showFailures));
        } else if (opts.format === 'table') {
          io.out(
            // The failures quote page text: shown, not obeyed.
            terminalText(
              `== ${REAL}: real pages against hand-made gold (documents, chrome, body, metadata, activities, labels)\n${realReport(result, opts.showFailures)}\n\n`,
            ),
          );
        }
      }
      if (!(name === REAL && opts.format === 'json'))
        io.out(formatRows(rows, opts.format, { columns: ['evaluator', 'metric', 'value', 'floor', 'status'] }));
      if (failed) {
        io.err(`gonghui eval: a metric is below its floor in ${opts.floors}\n`);
        io.exit(1);
      }
    });
}
