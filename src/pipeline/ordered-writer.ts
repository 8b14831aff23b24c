// The single writer: outcomes arrive out of order (workers finish when they finish) and are written in input
// order, committing in batches, so a parallel run, a single-threaded run and a resumed run give the same
// database. Each committed source is journalled in the same transaction as its documents.
import type { SourceRef } from '../model/items.ts';
import type { SourceResult } from '../model/source-result.ts';
import type { AcquireFailure } from '../acquire/acquire-sources.ts';
import { decodeResult, type EncodedResult } from './result-codec.ts';
import type { Db } from '../store/database.ts';
import { endRun, type OpenedRun, openRun, RunJournal, type RunStart } from '../store/runs.ts';
import { SourceWriter, type WriteCounts } from '../store/write-source.ts';

/** What happened to one source, as the writer is told. */
export type Outcome =
  | { kind: 'skipped'; ref: SourceRef; sha256: string }
  | { kind: 'acquire-error'; failure: AcquireFailure }
  /** The same source as an earlier input of this run (a file of the same bytes, the same URL): stored once. */
  | { kind: 'repeat'; ref: SourceRef }
  | {
      kind: 'processed';
      ref: SourceRef;
      sha256: string;
      bytes: number;
      result: SourceResult | EncodedResult;
      /** The hash the source was processed under, when it differs from the run's (a site template was applied). */
      pipelineHash?: string;
    };

export interface WrittenEvent {
  source: string;
  outcome: 'ok' | 'skipped' | 'error' | 'repeat';
  processed: boolean;
  counts: WriteCounts;
  bytes: number;
  /** Milliseconds per stage for this source ('store' is the writer's own time). */
  stageMs: Record<string, number>;
  /** The stage a processed source failed in (its error row's stage), for the summary. */
  failedStage?: string;
}

export interface WriterSettings {
  pipelineHash: string;
  /** The run this writer opens in the journal (and finishes, when told the run went through). */
  run: RunStart;
  /** Commit after this many sources or this long, whichever comes first. */
  batchSources: number;
  batchMs: number;
}

export class OrderedWriter {
  private readonly writer: SourceWriter;
  private readonly journal: RunJournal;
  /** The journal's new run, and the killed runs it marked failed. */
  readonly opened: OpenedRun;
  private readonly ready = new Map<number, Outcome>();
  private next = 0;
  private pending: Outcome[] = [];
  private batchStarted = 0;

  constructor(
    private readonly db: Db,
    private readonly settings: WriterSettings,
    private readonly onWritten: (events: WrittenEvent[]) => void,
  ) {
    // The run is opened on this connection, the writer's, so the journal has one writer like every table.
    this.opened = openRun(db, settings.run);
    this.journal = new RunJournal(db, this.opened.runId);
    this.writer = new SourceWriter(db);
  }

  /** Takes the outcome of source number `seq` (0-based input order); writes whatever is now in order. */
  accept(seq: number, outcome: Outcome): void {
    this.ready.set(seq, outcome);
    while (this.ready.has(this.next)) {
      if (this.pending.length === 0) this.batchStarted = Date.now();
      this.pending.push(this.ready.get(this.next)!);
      this.ready.delete(this.next);
      this.next++;
      if (this.pending.length >= this.settings.batchSources || Date.now() - this.batchStarted >= this.settings.batchMs)
        this.flush();
    }
  }

  /** Sources accepted but not yet committed (in order or waiting for an earlier one). */
  get backlog(): number {
    return this.pending.length + this.ready.size;
  }

  /** Commits what is pending; `completed` marks the run done in the journal (a run that stopped early stays
   * "running", so the next run reports it interrupted). */
  finish(completed: boolean): void {
    this.flush();
    endRun(this.db, this.opened.runId, completed);
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const events = this.writer.writeBatch(() => batch.map((o) => this.write(o)));
    this.onWritten(events);
  }

  private write(o: Outcome): WrittenEvent {
    const { pipelineHash } = this.settings;
    const runId = this.opened.runId;
    if (o.kind === 'skipped') {
      this.writer.seenAgain(o.ref); // unchanged bytes, maybe at a new location
      this.journal.record(o.ref.key, o.sha256, 'skipped');
      return {
        source: o.ref.given,
        outcome: 'skipped',
        processed: false,
        counts: this.journal.storedCounts(o.ref.key),
        bytes: 0,
        stageMs: {},
      };
    }
    if (o.kind === 'repeat') {
      // Its location is recorded; its documents are the earlier input's, counted there (and journalled there).
      this.writer.seenAgain(o.ref);
      return {
        source: o.ref.given,
        outcome: 'repeat',
        processed: false,
        counts: { documents: 0, paragraphs: 0, activities: 0 },
        bytes: 0,
        stageMs: {},
      };
    }
    if (o.kind === 'acquire-error') {
      this.writer.writeAcquireError(o.failure.ref, o.failure.stage, o.failure.message, runId, pipelineHash);
      this.journal.record(o.failure.ref.key, null, 'error');
      return {
        source: o.failure.ref.given,
        outcome: 'error',
        processed: false,
        counts: { documents: 0, paragraphs: 0, activities: 0 },
        bytes: 0,
        stageMs: {},
      };
    }
    const started = performance.now();
    const result = decodeResult(o.result);
    const counts = this.writer.writeResult(
      { ref: o.ref, sha256: o.sha256, bytes: o.bytes },
      result,
      o.pipelineHash ?? pipelineHash,
      runId,
    );
    this.journal.record(o.ref.key, o.sha256, result.ok ? 'ok' : 'error');
    return {
      source: o.ref.given,
      outcome: result.ok ? 'ok' : 'error',
      processed: true,
      counts,
      bytes: o.bytes,
      stageMs: { ...(result.timings ?? {}), store: performance.now() - started },
      ...(result.ok ? {} : { failedStage: result.stage }),
    };
  }
}
