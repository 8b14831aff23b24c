// The batch runner: acquired sources in (src/acquire: files, URLs, listings or the raw archive replayed),
// run through the pure stages on an executor (inline or a worker pool), and written in input order by the
// single store writer (ordered-writer.ts; on its own thread for pool runs), in batches. A bad source becomes
// an error row and the batch goes on. Every committed source is journalled, so a killed run resumes by
// running it again.
import type { SourceDraft } from '../model/items.ts';
import type { Acquired, AcquireFailure } from '../acquire/acquire-sources.ts';
import type { PipelineSpec } from './pipeline-file.ts';
import type { WrittenEvent } from './ordered-writer.ts';
import { inlineWriter, threadWriter, type WriterHandle } from './writer-thread.ts';
import type { SourceExecutor } from './executor.ts';
import type { Db } from '../store/database.ts';
import { storedSourceStates } from '../store/runs.ts';
import { collectEvery, SOURCES_PER_COLLECTION } from './full-collection.ts';
import { processCpuMs, threadCpuMs } from './thread-cpu.ts';
import { siteOf, templateHash } from './site-templates.ts';
import { correctionsHash } from './corrections-hash.ts';
import { sourceCorrections } from '../store/document-corrections.ts';
import type { SiteTemplate } from '../model/items.ts';

/** Commit after this many sources or this long, whichever comes first: few transactions, little lost on a crash. */
const BATCH_SOURCES = 256;
const BATCH_MS = 1000;
/** Sources handed to the writer and not yet written, at most. */
const MAX_UNWRITTEN = 1024;
/** A run on this thread (--workers 0) lets the event loop turn this often, so that a Ctrl-C is heard within it. */
const YIELD_MS = 100;

export interface IngestOptions {
  /** The run's sources, in input order (acquireSources). */
  sources: AsyncIterable<Acquired | AcquireFailure>;
  db: Db;
  /** The database file, so that a writer thread can open its own connection (pool runs). */
  dbPath?: string;
  pipeline: PipelineSpec;
  executor: SourceExecutor;
  /** Reprocess sources whose bytes and pipeline are unchanged. */
  force?: boolean;
  command?: string;
  /** The raw archive the sources are read into or replayed from, recorded with the run (absolute). */
  archiveDir?: string;
  onProgress?: (event: ProgressEvent) => void;
  onLog?: (line: string) => void;
  /** Site templates learned over the batch (learnSiteTemplates), by site: each source gets its site's. */
  siteTemplates?: ReadonlyMap<string, SiteTemplate>;
  /** Aborted (Ctrl-C): no further source is taken; those in hand are written and the run ends as interrupted. */
  stop?: AbortSignal;
}

export interface ProgressEvent {
  source: string;
  outcome: 'ok' | 'skipped' | 'error' | 'repeat';
  done: number;
}

export interface IngestSummary {
  runId: number;
  sources: number;
  processed: number;
  skipped: number;
  /** Inputs that were the same source as an earlier input of this run (the same bytes, the same URL): stored
   * once, so they add no source, document or paragraph (and are not in sources). */
  repeats: number;
  documents: number;
  paragraphs: number;
  activities: number;
  errors: number;
  /** Sources not read, by reason (unsupported type, scanned PDF without text, a link out of the folder…): each is
   * also an error row. */
  skippedFiles: Record<string, number>;
  /** Sources read that failed in a stage, by the stage: each is also an error row. */
  failedStages: Record<string, number>;
  /** Files and folders a folder walk left out without an error row (gonghui's own outputs, node_modules…), by
   * reason; filled by the caller that walks (runIngest). */
  leftOut: Record<string, number>;
  /** The run was stopped (Ctrl-C) before it went through its sources: it resumes when run again. */
  interrupted: boolean;
  seconds: number;
  /** Seconds spent per stage, summed over sources (worker time for pure stages; 'acquire' and 'store' on the main thread). */
  stageSeconds: Record<string, number>;
  /** Bytes of the sources processed (not skipped). */
  bytes: number;
  /** Peak resident memory of the whole process, worker threads included. */
  peakRssMb: number;
  /** CPU milliseconds by thread kind (issue 18): the stage workers, the writer thread, the main thread (which
   * holds the stages and the writer too in a single-threaded run), and the whole process (V8's helper threads
   * as well). null where the OS does not tell one thread's time (not Linux). */
  cpuMs?: { workers: number | null; writer: number | null; main: number | null; process: number };
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const { db, pipeline, executor } = options;
  // The first source is taken before the run is journalled: an acquisition that cannot start (listing pages
  // that link to nothing) fails here and leaves no run behind.
  const sources = options.sources[Symbol.asyncIterator]();
  let acquireStarted = performance.now();
  let next = await sources.next();
  const previous = storedSourceStates(db);
  // Human corrections of documents' metadata (gonghui correct import), by source key, handed to their sources.
  const correctionsOf = sourceCorrections(db);
  const summary: IngestSummary = {
    runId: 0,
    sources: 0,
    processed: 0,
    skipped: 0,
    repeats: 0,
    documents: 0,
    paragraphs: 0,
    activities: 0,
    errors: 0,
    skippedFiles: {},
    failedStages: {},
    leftOut: {},
    interrupted: false,
    seconds: 0,
    stageSeconds: {},
    bytes: 0,
    peakRssMb: 0,
  };
  const addTime = (stage: string, ms: number) => {
    summary.stageSeconds[stage] = (summary.stageSeconds[stage] ?? 0) + ms / 1000;
  };
  let written = 0;
  const collectNow = collectEvery(SOURCES_PER_COLLECTION);
  const onWritten = (events: WrittenEvent[]) => {
    collectNow(events.length);
    for (const e of events) {
      summary.documents += e.counts.documents;
      summary.paragraphs += e.counts.paragraphs;
      summary.activities += e.counts.activities;
      summary.bytes += e.bytes;
      if (e.outcome === 'skipped') summary.skipped++;
      if (e.outcome === 'repeat') summary.repeats++;
      if (e.processed) summary.processed++;
      if (e.outcome === 'error') summary.errors++;
      if (e.failedStage) summary.failedStages[e.failedStage] = (summary.failedStages[e.failedStage] ?? 0) + 1;
      for (const [stage, ms] of Object.entries(e.stageMs)) addTime(stage, ms);
      options.onProgress?.({ source: e.source, outcome: e.outcome, done: ++written });
    }
  };
  const settings = {
    pipelineHash: pipeline.hash,
    run: {
      command: options.command ?? 'ingest',
      pipelineFile: pipeline.file,
      pipelineHash: pipeline.hash,
      ...(options.archiveDir ? { archiveDir: options.archiveDir } : {}),
    },
    batchSources: BATCH_SOURCES,
    batchMs: BATCH_MS,
  };
  // With worker threads the writer gets a thread of its own; single-threaded runs write here. Either way the
  // writer opens and finishes the run in the journal, so no second connection writes beside it.
  const writer: WriterHandle =
    executor.concurrency > 1 && options.dbPath && options.dbPath !== ':memory:'
      ? threadWriter(options.dbPath, settings, onWritten)
      : inlineWriter(db, settings, onWritten);
  // Not awaited before the first source: a writer thread starts up while the stages work.
  const opened = writer.started.then((run) => {
    summary.runId = run.runId;
    // A run still marked running was killed: say so; re-running is how it resumes.
    for (const killed of run.interrupted)
      options.onLog?.(
        `resuming: run ${killed.id} was interrupted after ${killed.done} sources; unchanged sources it finished are skipped`,
      );
  });
  opened.catch(() => {}); // a writer that fails says so through the calls below
  const inFlight = new Set<Promise<void>>();
  // Sources already taken in this run, by identity: an input of the same bytes (or URL) is not processed twice.
  const keysThisRun = new Set<string>();
  let seq = 0;
  let completed = false;
  let lastTurn = performance.now();
  try {
    for (; !next.done; next = await sources.next()) {
      if (options.stop?.aborted) break;
      const acquired = next.value;
      addTime('acquire', performance.now() - acquireStarted);
      const mySeq = seq++;
      if (!('pages' in acquired) || !keysThisRun.has(acquired.ref.key)) summary.sources++;
      if (!('pages' in acquired)) {
        const reason = acquired.reason ?? 'source that could not be acquired';
        summary.skippedFiles[reason] = (summary.skippedFiles[reason] ?? 0) + 1;
        writer.accept(mySeq, { kind: 'acquire-error', failure: acquired });
      } else if (keysThisRun.has(acquired.ref.key)) {
        writer.accept(mySeq, { kind: 'repeat', ref: acquired.ref });
      } else {
        keysThisRun.add(acquired.ref.key);
        // The source's identity: a file's bytes (wherever it lies) or a URL.
        const before = previous(acquired.ref.key);
        const siteTemplate = options.siteTemplates?.get(siteOf(acquired.ref, acquired.pages)) ?? null;
        const corrections = correctionsOf(acquired.ref.key, acquired.ref.location);
        // A source is redone when its site's template or its human corrections changed, as when its pipeline did.
        const sourceHash = correctionsHash(
          siteTemplate ? templateHash(pipeline.hash, siteTemplate) : pipeline.hash,
          corrections,
        );
        if (
          !options.force &&
          before?.status === 'ok' &&
          before.sha256 === acquired.sha256 &&
          before.pipelineHash === sourceHash
        ) {
          writer.accept(mySeq, { kind: 'skipped', ref: acquired.ref, sha256: acquired.sha256 });
        } else {
          const draft: SourceDraft = {
            source: acquired.ref,
            pages: acquired.pages,
            text: '',
            title: null,
            publishedAt: null,
            siteTemplate,
            corrections: corrections.length > 0 ? corrections : null,
          };
          const task = executor.run(draft).then((result) => {
            writer.accept(mySeq, {
              kind: 'processed',
              ref: acquired.ref,
              sha256: acquired.sha256,
              bytes: acquired.bytes,
              result,
              ...(sourceHash !== pipeline.hash ? { pipelineHash: sourceHash } : {}),
            });
          });
          const tracked = task.finally(() => inFlight.delete(tracked));
          inFlight.add(tracked);
        }
      }
      // Back-pressure: never more sources in flight than the executor can use, nor more waiting to be written
      // than a few batches, so memory does not grow with the corpus.
      while (inFlight.size >= executor.concurrency) await Promise.race(inFlight);
      while (writer.unwritten > MAX_UNWRITTEN) await writer.progress();
      // Stages on this thread and files read synchronously never give the event loop a turn: a signal would wait.
      if (performance.now() - lastTurn > YIELD_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        lastTurn = performance.now();
      }
      acquireStarted = performance.now();
    }
    await Promise.all(inFlight);
    summary.interrupted = !next.done;
    completed = !summary.interrupted;
  } finally {
    await Promise.allSettled(inFlight);
    await writer.finish(completed);
    // Ends the acquisition early after a throw or a stop, so that it closes the archive and its fetcher.
    if (!next.done) await sources.return?.(undefined);
  }
  await opened;
  summary.seconds = (Date.now() - started) / 1000;
  summary.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  summary.cpuMs = {
    workers: executor.cpuMs(),
    writer: writer.cpuMs,
    main: threadCpuMs(),
    process: processCpuMs(),
  };
  return summary;
}
