// The batch runner: sources in (files, directories, URLs or the raw archive), acquired and archived on the
// main thread, run through the pure stages on an executor (inline or a worker pool), and written in input
// order by the single store writer (ordered-writer.ts; on its own thread for pool runs), in batches. A bad
// source becomes an error row and the batch goes on. Every committed source is journalled, so a killed run resumes by running it again.
import { createHash } from 'node:crypto';
import type { PageDraft, SourceDraft, SourceRef } from '../model/items.ts';
import type { PipelineSpec } from './pipeline-file.ts';
import type { AcquireFailure, WrittenEvent } from './ordered-writer.ts';
import { inlineWriter, threadWriter, type WriterHandle } from './writer-thread.ts';
import type { SourceExecutor } from './executor.ts';
import { AcquireError, readSourceFile } from '../acquire/read-file.ts';
import { RawArchive, sha256Hex } from '../acquire/raw-archive.ts';
import { isUrl, urlRef, walkSources } from '../acquire/walk-sources.ts';
import { UrlAcquirer } from '../acquire/acquire-url.ts';
import { type FetchSettings, fetchSettings } from '../acquire/fetch-settings.ts';
import { type Fetcher, PoliteFetcher } from '../acquire/polite-fetcher.ts';
import { RequestLog } from '../acquire/request-log.ts';
import type { Db } from '../store/database.ts';
import { collectEvery, SOURCES_PER_COLLECTION } from './full-collection.ts';

/** A real plan or 文库 page is well under 1 MB; anything past 20 MB is a dump or an accident, refused up front. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Commit after this many sources or this long, whichever comes first: few transactions, little lost on a crash. */
const BATCH_SOURCES = 256;
const BATCH_MS = 1000;
/** Sources handed to the writer and not yet written, at most. */
const MAX_UNWRITTEN = 1024;

export interface IngestOptions {
  inputs: string[];
  db: Db;
  /** The database file, so that a writer thread can open its own connection (pool runs). */
  dbPath?: string;
  pipeline: PipelineSpec;
  executor: SourceExecutor;
  archiveDir: string;
  /** Reprocess sources whose bytes and pipeline are unchanged. */
  force?: boolean;
  /** Re-run every source in the raw archive instead of reading inputs. */
  fromArchive?: boolean;
  maxBytes?: number;
  /** Politeness and limits for URL sources (defaults: src/acquire/fetch-settings.ts). */
  fetch?: Partial<FetchSettings>;
  /** A fetcher to use instead (tests, evaluations). */
  fetcher?: Fetcher;
  command?: string;
  onProgress?: (event: ProgressEvent) => void;
  onLog?: (line: string) => void;
}

export interface ProgressEvent {
  source: string;
  outcome: 'ok' | 'skipped' | 'error';
  done: number;
}

export interface IngestSummary {
  runId: number;
  sources: number;
  processed: number;
  skipped: number;
  documents: number;
  paragraphs: number;
  activities: number;
  errors: number;
  seconds: number;
  /** Seconds spent per stage, summed over sources (worker time for pure stages; 'acquire' and 'store' on the main thread). */
  stageSeconds: Record<string, number>;
  /** Bytes of the sources processed (not skipped). */
  bytes: number;
  /** Peak resident memory of the whole process, worker threads included. */
  peakRssMb: number;
}

/** Acquired pages of one source, ready for the pure stages. */
interface Acquired {
  ref: SourceRef;
  pages: PageDraft[];
  sha256: string;
  bytes: number;
}

function sourceHash(pages: PageDraft[]): string {
  if (pages.length === 1) return sha256Hex(pages[0]!.bytes);
  const h = createHash('sha256');
  for (const p of pages) h.update(sha256Hex(p.bytes));
  return h.digest('hex');
}

async function* acquireInputs(inputs: string[], archive: RawArchive, maxBytes: number, urls: UrlAcquirer): AsyncGenerator<Acquired | AcquireFailure> {
  for await (const item of walkSources(inputs)) {
    if ('problem' in item) {
      yield { ref: item.problem.ref, stage: 'acquire', message: item.problem.message };
      continue;
    }
    const { ref } = item;
    if (ref.kind === 'url') {
      try {
        const pages = await urls.acquire(ref);
        yield { ref, pages, sha256: sourceHash(pages), bytes: pages.reduce((n, p) => n + p.bytes.length, 0) };
      } catch (e) {
        yield { ref, stage: 'acquire', message: e instanceof AcquireError ? e.message : (e as Error).message };
      }
      continue;
    }
    let page: PageDraft;
    try {
      page = readSourceFile(ref, maxBytes);
    } catch (e) {
      yield { ref, stage: 'acquire', message: e instanceof AcquireError ? e.message : (e as Error).message };
      continue;
    }
    // The archive hashes the bytes; a one-page source's hash is its page's.
    const { sha256 } = archive.put(page.bytes, {
      source: ref.key, given: ref.given, kind: ref.kind, location: ref.key, finalUrl: null,
      status: null, headers: null, format: page.format, fetchedAt: new Date().toISOString(),
    });
    yield { ref, pages: [page], sha256, bytes: page.bytes.length };
  }
}

async function* acquireFromArchive(archive: RawArchive): AsyncGenerator<Acquired | AcquireFailure> {
  for (const [key, entries] of archive.latestSources()) {
    const first = entries[0];
    if (!first) continue;
    const ref: SourceRef = { key, given: first.given, kind: first.kind };
    try {
      const pages: PageDraft[] = entries.map((e) => ({
        url: e.kind === 'url' ? (e.finalUrl ?? e.location) : null,
        bytes: archive.get(e.sha256),
        declaredCharset: e.headers?.['content-type'] ?? null,
        format: e.format,
        charset: null,
        text: '',
      }));
      yield { ref, pages, sha256: sourceHash(pages), bytes: pages.reduce((n, p) => n + p.bytes.length, 0) };
    } catch (e) {
      yield { ref, stage: 'acquire', message: `archived bytes are missing: ${(e as Error).message}` };
    }
  }
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const { db, pipeline, executor } = options;
  const archive = new RawArchive(options.archiveDir);
  const now = () => new Date().toISOString();

  // A run still marked running was killed: say so; re-running is how it resumes.
  const interrupted = db.prepare("SELECT id, (SELECT count(*) FROM run_sources r WHERE r.run_id = runs.id) AS done FROM runs WHERE status = 'running'").all() as Array<{ id: number; done: number }>;
  for (const run of interrupted) options.onLog?.(`resuming: run ${run.id} was interrupted after ${run.done} sources; unchanged sources it finished are skipped`);
  db.prepare("UPDATE runs SET status = 'failed' WHERE status = 'running'").run();

  const runId = Number(
    db.prepare('INSERT INTO runs (command, pipeline_file, pipeline_hash, started_at) VALUES (?, ?, ?, ?)')
      .run(options.command ?? 'ingest', pipeline.file, pipeline.hash, now()).lastInsertRowid,
  );
  const previous = db.prepare('SELECT sha256, pipeline_hash AS pipelineHash, status FROM sources WHERE key = ?');
  const summary: IngestSummary = { runId, sources: 0, processed: 0, skipped: 0, documents: 0, paragraphs: 0, activities: 0, errors: 0, seconds: 0, stageSeconds: {}, bytes: 0, peakRssMb: 0 };
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
      if (e.processed) summary.processed++;
      if (e.outcome === 'error') summary.errors++;
      for (const [stage, ms] of Object.entries(e.stageMs)) addTime(stage, ms);
      options.onProgress?.({ source: e.source, outcome: e.outcome, done: ++written });
    }
  };
  const settings = { pipelineHash: pipeline.hash, runId, batchSources: BATCH_SOURCES, batchMs: BATCH_MS };
  // With worker threads the writer gets a thread of its own; single-threaded runs write here.
  const writer: WriterHandle = executor.concurrency > 1 && options.dbPath && options.dbPath !== ':memory:'
    ? threadWriter(options.dbPath, settings, onWritten)
    : inlineWriter(db, settings, onWritten);

  // URL sources: fetched politely (src/acquire), or taken from the archive unless refresh.
  const ownFetcher = options.fetcher ? null : new PoliteFetcher(fetchSettings(options.fetch), new RequestLog(options.archiveDir));
  const fetcher: Fetcher = options.fetcher ?? ownFetcher!;
  const urls = new UrlAcquirer(fetcher, archive, { refresh: fetcher.settings.refresh, maxPages: fetcher.settings.maxPages });
  if (!options.fromArchive) urls.prefetch(options.inputs.filter(isUrl).map(urlRef));
  const source = options.fromArchive ? acquireFromArchive(archive) : acquireInputs(options.inputs, archive, options.maxBytes ?? DEFAULT_MAX_BYTES, urls);
  const inFlight = new Set<Promise<void>>();
  let seq = 0;
  try {
    let acquireStarted = performance.now();
    for await (const acquired of source) {
      addTime('acquire', performance.now() - acquireStarted);
      const mySeq = seq++;
      summary.sources++;
      if (!('pages' in acquired)) {
        writer.accept(mySeq, { kind: 'acquire-error', failure: acquired });
      } else {
        const before = previous.get(acquired.ref.key) as { sha256: string | null; pipelineHash: string | null; status: string } | undefined;
        if (!options.force && before?.status === 'ok' && before.sha256 === acquired.sha256 && before.pipelineHash === pipeline.hash) {
          writer.accept(mySeq, { kind: 'skipped', ref: acquired.ref, sha256: acquired.sha256 });
        } else {
          const draft: SourceDraft = { source: acquired.ref, pages: acquired.pages, text: '', title: null, publishedAt: null };
          const task = executor.run(draft).then((result) => {
            writer.accept(mySeq, { kind: 'processed', ref: acquired.ref, sha256: acquired.sha256, bytes: acquired.bytes, result });
          });
          const tracked = task.finally(() => inFlight.delete(tracked));
          inFlight.add(tracked);
        }
      }
      // Back-pressure: never more sources in flight than the executor can use, nor more waiting to be written
      // than a few batches, so memory does not grow with the corpus.
      while (inFlight.size >= executor.concurrency) await Promise.race(inFlight);
      while (writer.unwritten > MAX_UNWRITTEN) await writer.progress();
      acquireStarted = performance.now();
    }
    await Promise.all(inFlight);
  } finally {
    await Promise.allSettled(inFlight);
    await writer.finish();
    archive.close();
    // Idle keep-alive sockets are unref'd, so an early throw cannot hold the process open; this frees them now.
    ownFetcher?.close();
  }
  summary.seconds = (Date.now() - started) / 1000;
  summary.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  db.prepare("UPDATE runs SET finished_at = ?, status = 'done' WHERE id = ?").run(now(), runId);
  return summary;
}
