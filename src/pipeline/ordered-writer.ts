// The single writer: outcomes arrive out of order (workers finish when they finish) and are written in input
// order, committing in batches, so a parallel run, a single-threaded run and a resumed run give the same
// database. Each committed source is journalled in the same transaction as its documents.
import type { SourceRef } from '../model/items.ts';
import type { SourceResult } from '../model/source-result.ts';
import type { AcquireFailure } from '../acquire/acquire-sources.ts';
import { decodeResult, type EncodedResult } from './result-codec.ts';
import type { Db } from '../store/database.ts';
import { SourceWriter, type WriteCounts } from '../store/write-source.ts';

/** What happened to one source, as the writer is told. */
export type Outcome =
  | { kind: 'skipped'; ref: SourceRef; sha256: string }
  | { kind: 'acquire-error'; failure: AcquireFailure }
  | { kind: 'processed'; ref: SourceRef; sha256: string; bytes: number; result: SourceResult | EncodedResult };

export interface WrittenEvent {
  source: string;
  outcome: 'ok' | 'skipped' | 'error';
  processed: boolean;
  counts: WriteCounts;
  bytes: number;
  /** Milliseconds per stage for this source ('store' is the writer's own time). */
  stageMs: Record<string, number>;
}

export interface WriterSettings {
  pipelineHash: string;
  runId: number;
  /** Commit after this many sources or this long, whichever comes first. */
  batchSources: number;
  batchMs: number;
}

export class OrderedWriter {
  private readonly writer: SourceWriter;
  private readonly journal;
  private readonly storedCounts;
  private readonly ready = new Map<number, Outcome>();
  private next = 0;
  private pending: Outcome[] = [];
  private batchStarted = 0;

  constructor(
    db: Db,
    private readonly settings: WriterSettings,
    private readonly onWritten: (events: WrittenEvent[]) => void,
  ) {
    this.writer = new SourceWriter(db);
    this.journal = db.prepare('INSERT OR REPLACE INTO run_sources (run_id, source_key, sha256, outcome, at) VALUES (?, ?, ?, ?, ?)');
    this.storedCounts = db.prepare(`
      SELECT count(*) AS documents,
             coalesce(sum((SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.id)), 0) AS paragraphs,
             coalesce(sum((SELECT count(*) FROM activities a WHERE a.doc_id = d.id)), 0) AS activities
      FROM documents d JOIN sources s ON s.id = d.source_id WHERE s.key = ?`);
  }

  /** Takes the outcome of source number `seq` (0-based input order); writes whatever is now in order. */
  accept(seq: number, outcome: Outcome): void {
    this.ready.set(seq, outcome);
    while (this.ready.has(this.next)) {
      if (this.pending.length === 0) this.batchStarted = Date.now();
      this.pending.push(this.ready.get(this.next)!);
      this.ready.delete(this.next);
      this.next++;
      if (this.pending.length >= this.settings.batchSources || Date.now() - this.batchStarted >= this.settings.batchMs) this.flush();
    }
  }

  /** Sources accepted but not yet committed (in order or waiting for an earlier one). */
  get backlog(): number {
    return this.pending.length + this.ready.size;
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const events = this.writer.writeBatch(() => batch.map((o) => this.write(o)));
    this.onWritten(events);
  }

  private write(o: Outcome): WrittenEvent {
    const now = new Date().toISOString();
    const { runId, pipelineHash } = this.settings;
    if (o.kind === 'skipped') {
      this.journal.run(runId, o.ref.key, o.sha256, 'skipped', now);
      return { source: o.ref.given, outcome: 'skipped', processed: false, counts: this.storedCounts.get(o.ref.key) as WriteCounts, bytes: 0, stageMs: {} };
    }
    if (o.kind === 'acquire-error') {
      this.writer.writeAcquireError(o.failure.ref, o.failure.stage, o.failure.message, runId, pipelineHash);
      this.journal.run(runId, o.failure.ref.key, null, 'error', now);
      return { source: o.failure.ref.given, outcome: 'error', processed: false, counts: { documents: 0, paragraphs: 0, activities: 0 }, bytes: 0, stageMs: {} };
    }
    const started = performance.now();
    const result = decodeResult(o.result);
    const counts = this.writer.writeResult({ ref: o.ref, sha256: o.sha256, bytes: o.bytes }, result, pipelineHash, runId);
    this.journal.run(runId, o.ref.key, o.sha256, result.ok ? 'ok' : 'error', now);
    return {
      source: o.ref.given, outcome: result.ok ? 'ok' : 'error', processed: true, counts, bytes: o.bytes,
      stageMs: { ...(result.timings ?? {}), store: performance.now() - started },
    };
  }
}
