// The batch runner: sources in (files, directories, URLs or the raw archive), acquired and archived,
// run through the pure stages, written by the single store writer. A bad source becomes an error row and
// the batch goes on.
import type { PageDraft, SourceDraft, SourceRef } from './items.ts';
import type { BuiltPipeline } from './pipeline-file.ts';
import { processSource, type SourceResult } from './process-source.ts';
import { AcquireError, readSourceFile } from '../stages/acquire/read-file.ts';
import { RawArchive, sha256Hex } from '../stages/acquire/raw-archive.ts';
import { isUrl, urlRef, walkSources, type WalkItem } from '../stages/acquire/walk-sources.ts';
import { UrlAcquirer } from '../stages/acquire/acquire-url.ts';
import { type FetchSettings, fetchSettings } from '../stages/acquire/fetch-settings.ts';
import { type Fetcher, PoliteFetcher } from '../stages/acquire/polite-fetcher.ts';
import { RequestLog } from '../stages/acquire/request-log.ts';
import type { Db } from '../store/database.ts';
import { SourceWriter } from '../store/write-source.ts';
import { createHash } from 'node:crypto';

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

export interface IngestOptions {
  inputs: string[];
  db: Db;
  pipeline: BuiltPipeline;
  archiveDir: string;
  /** Reprocess sources whose bytes and pipeline are unchanged. */
  force?: boolean;
  /** Re-run every source in the raw archive instead of reading inputs. */
  fromArchive?: boolean;
  maxBytes?: number;
  /** Politeness and limits for URL sources (defaults: src/stages/acquire/fetch-settings.ts). */
  fetch?: Partial<FetchSettings>;
  /** A fetcher to use instead (tests, evaluations). */
  fetcher?: Fetcher;
  command?: string;
  onProgress?: (event: ProgressEvent) => void;
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

async function* acquireInputs(inputs: string[], archive: RawArchive, maxBytes: number, urls: UrlAcquirer): AsyncGenerator<Acquired | { ref: SourceRef; stage: string; message: string }> {
  for await (const item of walkSources(inputs) as AsyncGenerator<WalkItem>) {
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
      page = await readSourceFile(ref, maxBytes);
    } catch (e) {
      yield { ref, stage: 'acquire', message: e instanceof AcquireError ? e.message : (e as Error).message };
      continue;
    }
    archive.put(page.bytes, {
      source: ref.key, given: ref.given, kind: ref.kind, page: 1, location: ref.key, finalUrl: null,
      status: null, headers: null, format: page.format, fetchedAt: new Date().toISOString(),
    });
    yield { ref, pages: [page], sha256: sourceHash([page]), bytes: page.bytes.length };
  }
}

async function* acquireFromArchive(archive: RawArchive): AsyncGenerator<Acquired | { ref: SourceRef; stage: string; message: string }> {
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
  const { db, pipeline } = options;
  const archive = new RawArchive(options.archiveDir);
  const writer = new SourceWriter(db);
  const runId = Number(
    db.prepare('INSERT INTO runs (command, pipeline_file, pipeline_hash, started_at) VALUES (?, ?, ?, ?)')
      .run(options.command ?? 'ingest', pipeline.file, pipeline.hash, new Date().toISOString()).lastInsertRowid,
  );
  const previous = db.prepare('SELECT sha256, pipeline_hash AS pipelineHash, status FROM sources WHERE key = ?');
  const summary: IngestSummary = { runId, sources: 0, processed: 0, skipped: 0, documents: 0, paragraphs: 0, activities: 0, errors: 0, seconds: 0 };
  const storedCounts = db.prepare(`
    SELECT count(DISTINCT d.id) AS documents,
           (SELECT count(*) FROM paragraphs p JOIN documents d2 ON d2.id = p.doc_id WHERE d2.source_id = s.id) AS paragraphs,
           (SELECT count(*) FROM activities a JOIN documents d3 ON d3.id = a.doc_id WHERE d3.source_id = s.id) AS activities
    FROM sources s LEFT JOIN documents d ON d.source_id = s.id WHERE s.key = ?`);

  // URL sources: fetched politely (src/stages/acquire), or taken from the archive unless refresh.
  const ownFetcher = options.fetcher ? null : new PoliteFetcher(fetchSettings(options.fetch), new RequestLog(options.archiveDir));
  const fetcher: Fetcher = options.fetcher ?? ownFetcher!;
  const urls = new UrlAcquirer(fetcher, archive, { refresh: fetcher.settings.refresh, maxPages: fetcher.settings.maxPages });
  if (!options.fromArchive) urls.prefetch(options.inputs.filter(isUrl).map(urlRef));
  const source = options.fromArchive ? acquireFromArchive(archive) : acquireInputs(options.inputs, archive, options.maxBytes ?? DEFAULT_MAX_BYTES, urls);
  for await (const acquired of source) {
    summary.sources++;
    if (!('pages' in acquired)) {
      db.transaction(() => writer.writeAcquireError(acquired.ref, acquired.stage, acquired.message, runId, pipeline.hash))();
      summary.errors++;
      options.onProgress?.({ source: acquired.ref.given, outcome: 'error', done: summary.sources });
      continue;
    }
    const before = previous.get(acquired.ref.key) as { sha256: string | null; pipelineHash: string | null; status: string } | undefined;
    if (!options.force && before?.status === 'ok' && before.sha256 === acquired.sha256 && before.pipelineHash === pipeline.hash) {
      summary.skipped++;
      const counts = storedCounts.get(acquired.ref.key) as { documents: number; paragraphs: number; activities: number };
      summary.documents += counts.documents;
      summary.paragraphs += counts.paragraphs;
      summary.activities += counts.activities;
      options.onProgress?.({ source: acquired.ref.given, outcome: 'skipped', done: summary.sources });
      continue;
    }
    const draft: SourceDraft = { source: acquired.ref, pages: acquired.pages, text: '', title: null, publishedAt: null };
    const result: SourceResult = processSource(draft, pipeline);
    const counts = db.transaction(() =>
      writer.writeResult({ ref: acquired.ref, sha256: acquired.sha256, bytes: acquired.bytes }, result, pipeline.hash, runId),
    )();
    summary.processed++;
    if (!result.ok) summary.errors++;
    summary.documents += counts.documents;
    summary.paragraphs += counts.paragraphs;
    summary.activities += counts.activities;
    options.onProgress?.({ source: acquired.ref.given, outcome: result.ok ? 'ok' : 'error', done: summary.sources });
  }
  // Idle keep-alive sockets are unref'd, so an early throw cannot hold the process open; this frees them now.
  ownFetcher?.close();
  summary.seconds = (Date.now() - started) / 1000;
  db.prepare("UPDATE runs SET finished_at = ?, status = 'done' WHERE id = ?").run(new Date().toISOString(), runId);
  return summary;
}
