import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cliProgress from 'cli-progress';
import { Command, Option } from 'commander';
import { DEFAULT_SOURCE_MEMORY_MB, defaultWorkerCount, inlineExecutor, poolExecutor } from '../pipeline/executor.ts';
import { PipelineFileError, readPipelineFile } from '../pipeline/pipeline-file.ts';
import { ingest, type IngestSummary } from '../pipeline/runner.ts';
import { acquireSources, DEFAULT_MAX_BYTES, NoSourcesError } from '../acquire/acquire-sources.ts';
import { archiveHoldsSources, DEFAULT_ARCHIVE_DIR } from '../acquire/raw-archive.ts';
import { DOCUMENT_EXTENSIONS } from '../acquire/walk-sources.ts';
import { closeDatabase } from '../store/database.ts';
import type { FetchSettings } from '../acquire/fetch-settings.ts';
import { dbOption, type Io, openDatabaseForRun, UsageError } from './common.ts';
import { ownFiles } from './own-outputs.ts';
import { addFetchOptions, fetchOverrides } from './fetch-options.ts';
import { progressLabel, terminalText } from './terminal-text.ts';
import { decimalNumber, wholeNumber } from './numeric-option.ts';
import {
  hostOf,
  learnSiteTemplates,
  type SiteGrouping,
  siteTemplateMinPages,
  usesSiteTemplates,
} from '../pipeline/site-templates.ts';
import type { PipelineSpec } from '../pipeline/pipeline-file.ts';
import type { Acquired, AcquireFailure } from '../acquire/acquire-sources.ts';
import type { SiteTemplate } from '../model/items.ts';

/** The package's own pipeline file, found from the package, not the working folder (issue 19). */
export const DEFAULT_PIPELINE = fileURLToPath(new URL('../../pipelines/default.json', import.meta.url));
/** --pipeline, shared by ingest and scrape; --help shows the default as the package's file, not a long path. */
export const pipelineOption = () =>
  new Option('--pipeline <file>', 'pipeline file (stages and their options)').default(
    DEFAULT_PIPELINE,
    "the package's pipelines/default.json",
  );

/** Counts by reason, most first: `  not read  2  symbolic link to a file outside the input folder`. */
function countLines(label: string, counts: Record<string, number>): string[] {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([reason, n]) => `  ${label.padEnd(8)}  ${n}  ${reason}`);
}

export function formatSummary(s: IngestSummary): string {
  return [
    `sources     ${s.sources}  (processed ${s.processed}, unchanged ${s.skipped})`,
    // Without this line a batch with two copies of one file reads one source more than stats (content identity).
    ...(s.repeats
      ? [
          `  repeats   ${s.repeats}  input(s) with the same bytes (or URL) as another input of this run: stored once, they add nothing`,
        ]
      : []),
    `documents   ${s.documents}`,
    `paragraphs  ${s.paragraphs}`,
    `activities  ${s.activities}`,
    // Every error row is one of these lines, so they add up to the count.
    `errors      ${s.errors}${s.errors ? '  (see: gonghui stats --errors)' : ''}`,
    ...countLines('not read', s.skippedFiles),
    ...countLines('failed', Object.fromEntries(Object.entries(s.failedStages).map(([st, n]) => [`in stage ${st}`, n]))),
    // Left out without an error row: gonghui's own files and folders that never hold documents.
    ...countLines('skipped', s.leftOut),
    `time        ${s.seconds.toFixed(1)} s`,
  ].join('\n');
}

/** Exit codes of a run stopped by a signal, as a shell reports a process the signal ended (128 + its number). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Ctrl-C (or SIGTERM) during a run: the first stops the run taking sources, so that it writes those in hand and
 * closes the database as a normal end does (resumable by running it again); a second exits at once.
 */
function stopOnSignals(): { stop: AbortSignal; signal: () => keyof typeof SIGNAL_EXIT | null; release: () => void } {
  const controller = new AbortController();
  let received: keyof typeof SIGNAL_EXIT | null = null;
  const handlers = (Object.keys(SIGNAL_EXIT) as Array<keyof typeof SIGNAL_EXIT>).map((name) => {
    const handler = () => {
      if (received) process.exit(SIGNAL_EXIT[received]);
      received = name;
      controller.abort();
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  return {
    stop: controller.signal,
    signal: () => received,
    release: () => {
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}

export interface IngestRunOptions {
  db: string;
  pipeline: string;
  archive: string;
  fromArchive?: boolean;
  force?: boolean;
  maxBytes?: number;
  followSymlinks?: boolean;
  failOnError?: boolean;
  fetch?: Partial<FetchSettings>;
  /** Listing pages whose document links are scraped too (scrape --listing), and how to tell those links. */
  listings?: string[];
  linkPattern?: RegExp | null;
  command: string;
  /** Worker threads (0 = in this thread; validated by --workers); defaults to the cores but one (defaultWorkerCount). */
  workers?: number;
  sourceTimeoutSeconds?: number;
  /** MB one source may use on a worker thread (its heap limit); a quarter of it for its results. */
  sourceMemoryMb?: number;
  format?: 'table' | 'json';
  /** How to group sources into sites for learning their templates; 'off' learns none (clean.site-template then
   * removes nothing). Default 'host'. */
  siteTemplates?: SiteGrouping | 'off';
}

/**
 * Site templates are learned in a first, cheap pass (decode and extract only) over inputs that can be read twice:
 * archive replays (sites by host) and, when asked, folders of files. Fetched pages are not fetched twice for it:
 * the run says how to apply them.
 */
async function siteTemplatesFor(
  io: Io,
  inputs: string[],
  opts: IngestRunOptions,
  pipeline: PipelineSpec,
  acquire: () => AsyncIterable<Acquired | AcquireFailure>,
): Promise<Map<string, SiteTemplate> | undefined> {
  const grouping = opts.siteTemplates ?? 'host';
  if (grouping === 'off' || !usesSiteTemplates(pipeline)) return undefined;
  // Fetched pages are learned from on the archive replay (fetchedSiteHint); files name no host.
  if (!opts.fromArchive && (grouping === 'host' || fetchesPages(inputs, opts))) return undefined;
  const learned = await learnSiteTemplates(acquire(), pipeline, grouping);
  if (learned.bySite.size > 0) {
    const lines = [...learned.bySite.values()].reduce((n, t) => n + t.lines.length, 0);
    io.err(`site templates: ${lines} lines of ${learned.bySite.size} sites, learned over ${learned.sources} sources\n`);
  }
  return learned.bySite;
}

function fetchesPages(inputs: string[], opts: IngestRunOptions): boolean {
  return (opts.listings?.length ?? 0) > 0 || inputs.some((i) => /^https?:\/\//i.test(i));
}

/** After a fetching run: when it fetched enough pages of one host to learn its template, says how to apply it. */
function fetchedSiteHint(io: Io, opts: IngestRunOptions, pagesByHost: Map<string, number>, minPages: number): void {
  if (opts.fromArchive || (opts.siteTemplates ?? 'host') === 'off') return;
  const hosts = [...pagesByHost].filter(([, n]) => n >= minPages).map(([host]) => host);
  if (hosts.length === 0) return;
  io.err(
    terminalText(
      `gonghui ${opts.command.split(' ')[0]}: ${hosts.length} site(s) with ${minPages}+ pages fetched (${hosts.slice(0, 3).join(', ')}${hosts.length > 3 ? ', …' : ''}): ` +
        `run \`gonghui ingest --from-archive\` to learn their templates and remove the lines their pages share\n`,
    ),
  );
}

/** Shared by ingest and scrape: load the pipeline, run, print the summary, set the exit code. */
export async function runIngest(io: Io, inputs: string[], opts: IngestRunOptions): Promise<void> {
  let pipeline;
  try {
    pipeline = readPipelineFile(opts.pipeline);
  } catch (e) {
    if (e instanceof PipelineFileError) throw new UsageError(e.message);
    throw e;
  }
  const workers = opts.workers ?? defaultWorkerCount();
  const db = openDatabaseForRun(opts.db);
  const signals = stopOnSignals();
  const leftOut: Record<string, number> = {};
  const sourceMemoryMb = opts.sourceMemoryMb ?? DEFAULT_SOURCE_MEMORY_MB;
  const executor =
    workers === 0
      ? inlineExecutor(pipeline, { sourceMemoryMb })
      : poolExecutor(pipeline, { workers, sourceTimeoutMs: (opts.sourceTimeoutSeconds ?? 300) * 1000, sourceMemoryMb });
  const bar = io.isTTY
    ? new cliProgress.SingleBar(
        {
          format: ' {bar} {value} sources | {source}',
          stream: process.stderr,
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(0, 0, { source: '' });
  try {
    const name = opts.command.split(' ')[0];
    // `count`: the run's own pass counts what the walk leaves out; the site-template pass walks the same again.
    const acquire = (onLog: (line: string) => void, count: boolean) =>
      acquireSources({
        inputs,
        listings: opts.listings,
        linkPattern: opts.linkPattern,
        archiveDir: opts.archive,
        fromArchive: opts.fromArchive,
        maxBytes: opts.maxBytes,
        followSymlinks: opts.followSymlinks,
        own: ownFiles(opts.db, opts.archive),
        fetch: opts.fetch,
        onLog,
        onLeftOut: count ? (_path, reason) => (leftOut[reason] = (leftOut[reason] ?? 0) + 1) : undefined,
      });
    const siteTemplates = await siteTemplatesFor(io, inputs, opts, pipeline, () => acquire(() => {}, false));
    const pagesByHost = new Map<string, number>();
    // Acquisition logs name files and URLs: shown, not obeyed.
    const sources = acquire((line) => io.err(terminalText(`gonghui ${name}: ${line}\n`)), true);
    const summary = await ingest({
      sources,
      db,
      dbPath: opts.db,
      pipeline,
      executor,
      force: opts.force,
      command: opts.command,
      archiveDir: resolve(opts.archive),
      siteTemplates,
      stop: signals.stop,
      onLog: (line) => io.err(`${terminalText(line)}\n`),
      onProgress: (e) => {
        if (e.outcome === 'ok' && /^https?:\/\//i.test(e.source)) {
          const host = hostOf(e.source);
          if (host) pagesByHost.set(host, (pagesByHost.get(host) ?? 0) + 1);
        }
        bar?.setTotal(e.done);
        bar?.update(e.done, { source: progressLabel(e.source) });
      },
    });
    bar?.stop();
    summary.leftOut = leftOut;
    const signal = signals.signal();
    if (summary.interrupted && signal) {
      // Every source taken has been written (the writer finished what it held): these are in the database.
      io.err(`gonghui ${name}: interrupted after ${summary.sources} sources; run the same command again to resume\n`);
      io.exit(SIGNAL_EXIT[signal]);
      return;
    }
    if (usesSiteTemplates(pipeline)) fetchedSiteHint(io, opts, pagesByHost, siteTemplateMinPages(pipeline));
    io.out(
      opts.format === 'json'
        ? `${JSON.stringify({ ...summary, database: resolve(opts.db) }, null, 2)}\n`
        : terminalText(`${formatSummary(summary)}\ndatabase    ${resolve(opts.db)}\n`),
    );
    if (summary.errors > 0 && opts.failOnError) io.exit(1);
  } catch (e) {
    if (!(e instanceof NoSourcesError)) throw e;
    io.err(terminalText(`gonghui ${opts.command.split(' ')[0]}: ${e.message}\n`));
    io.exit(1);
  } finally {
    bar?.stop();
    await executor.close();
    closeDatabase(db);
    signals.release();
  }
}

/** --from-archive on a folder that archived nothing: most likely the first run's --archive was not repeated, and a
 * replay of nothing would report 0 sources and leave every correction pending without a word. */
export function emptyArchiveMessage(archive: string): string {
  const dir = resolve(archive);
  return (
    `--from-archive: no archived sources in ${dir} (${existsSync(dir) ? 'it has no manifest.jsonl with sources' : 'no such folder'}); ` +
    'pass the --archive of the run that first read the sources (nothing was ingested)'
  );
}

/** --workers and --source-timeout (ingest's; scrape runs its stages on the default pool). Parsed and checked
 * here only. */
function addWorkerOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--workers <n>', 'worker threads for the stages (0 = run in this thread)')
        .default(defaultWorkerCount())
        .argParser(wholeNumber(0, 256)),
    )
    .addOption(
      new Option('--source-timeout <seconds>', 'stop a source whose stages run longer than this (worker threads only)')
        .default(300)
        .argParser(decimalNumber(0, 604_800, { above: true, unit: 'seconds' })),
    )
    .addOption(
      new Option(
        '--source-memory <MB>',
        "memory one source may use (a worker's heap limit); a source that needs more is recorded as an error",
      )
        .default(DEFAULT_SOURCE_MEMORY_MB)
        .argParser(wholeNumber(256, 65_536)),
    );
}

export function ingestCommand(io: Io): Command {
  const cmd = new Command('ingest')
    .description('Read files, directories or URLs through the pipeline into the database')
    .argument(
      '[inputs...]',
      `files, directories (walked for ${[...DOCUMENT_EXTENSIONS].join(' ')}; any other file is an error row) or http(s) URLs (fetched politely, see the fetch options)`,
    )
    .addOption(dbOption())
    .addOption(pipelineOption())
    .option('--archive <dir>', 'raw archive directory (content-addressed bytes + manifest)', DEFAULT_ARCHIVE_DIR)
    .option('--from-archive', 're-run every archived source offline instead of reading inputs', false)
    .option('--force', 'reprocess sources whose bytes and pipeline are unchanged', false)
    .addOption(
      new Option('--max-bytes <n>', 'largest file to read, in bytes')
        .default(DEFAULT_MAX_BYTES)
        .argParser(wholeNumber(1, 2 ** 40)),
    )
    .option(
      '--follow-symlinks',
      'in input folders, follow symbolic links to files and folders outside the folder too (by default each is an error row)',
      false,
    )
    .option('--fail-on-error', 'exit with code 1 when any source failed', false)
    .addOption(
      new Option(
        '--site-templates <grouping>',
        "lines on most of the batch's pages of one site are that site's template and go: sites are hosts of the pages' URLs (host; archive replays), also each input folder of files (folder), or none (off)",
      )
        .choices(['host', 'folder', 'off'])
        .default('host'),
    );
  addWorkerOptions(cmd);
  cmd.addOption(new Option('--format <format>', 'summary as text or JSON').choices(['table', 'json']).default('table'));
  return addFetchOptions(cmd, '--max-page-bytes').action(async (inputs: string[], opts) => {
    if (!opts.fromArchive && inputs.length === 0)
      throw new UsageError('give at least one file, directory or URL (or --from-archive)');
    // A mistyped path is the user's mistake, not a bad source: say so before a database or archive is created.
    const missing = inputs.filter((i) => !/^https?:\/\//i.test(i) && !existsSync(i));
    if (missing.length > 0) throw new Error(`no such file or directory: ${missing.join(', ')} (nothing was ingested)`);
    if (opts.fromArchive && !archiveHoldsSources(opts.archive)) throw new Error(emptyArchiveMessage(opts.archive));
    await runIngest(io, inputs, {
      db: opts.db,
      pipeline: opts.pipeline,
      archive: opts.archive,
      fromArchive: opts.fromArchive,
      force: opts.force,
      maxBytes: opts.maxBytes,
      followSymlinks: opts.followSymlinks,
      failOnError: opts.failOnError,
      fetch: fetchOverrides(opts, 'maxPageBytes'),
      command: `ingest ${inputs.join(' ')}`.trim(),
      workers: opts.workers,
      sourceTimeoutSeconds: opts.sourceTimeout,
      sourceMemoryMb: opts.sourceMemory,
      format: opts.format,
      siteTemplates: opts.siteTemplates,
    });
  });
}
