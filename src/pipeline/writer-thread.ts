// Where the single writer runs: in this thread (inline runs, tests) or on a thread of its own, so that
// writing — SQLite, the search index, near-duplicate lookups — overlaps with acquiring and with the stages
// instead of taking turns with them on the main thread.
import { Worker } from 'node:worker_threads';
import type { Db } from '../store/database.ts';
import type { OpenedRun } from '../store/runs.ts';
import { type Outcome, OrderedWriter, type WriterSettings, type WrittenEvent } from './ordered-writer.ts';

export interface WriterHandle {
  /** The run the writer opened in the journal (on its own connection: the only one that writes). */
  readonly started: Promise<OpenedRun>;
  accept(seq: number, outcome: Outcome): void;
  /** Commits everything accepted so far and resolves when it is written; `completed` marks the run done. */
  finish(completed: boolean): Promise<void>;
  /** Sources handed over and not yet reported written. */
  readonly unwritten: number;
  /** Resolves the next time some sources are reported written (for back-pressure). */
  progress(): Promise<void>;
  /** CPU milliseconds of the writer's own thread, once finished: 0 when it writes on the caller's thread (its
   * time is the caller's), null where the OS does not tell. */
  readonly cpuMs: number | null;
}

export function inlineWriter(
  db: Db,
  settings: WriterSettings,
  onWritten: (events: WrittenEvent[]) => void,
): WriterHandle {
  let unwritten = 0;
  const writer = new OrderedWriter(db, settings, (events) => {
    unwritten -= events.length;
    onWritten(events);
  });
  return {
    started: Promise.resolve(writer.opened),
    accept(seq, outcome) {
      unwritten++;
      writer.accept(seq, outcome);
    },
    async finish(completed) {
      writer.finish(completed);
    },
    get unwritten() {
      return unwritten;
    },
    async progress() {},
    cpuMs: 0,
  };
}

type FromWriter =
  | { type: 'started'; opened: OpenedRun }
  | { type: 'written'; events: WrittenEvent[] }
  | { type: 'finished'; cpuMs: number | null }
  | { type: 'failed'; message: string; code: string | null; stack: string | null };

/** The writer thread's error as the main thread's: its message and code, and its stack (shown with --verbose). */
function writerFailure(message: string, code: string | null, stack: string | null): Error {
  const e = new Error(
    `the database writer failed: ${message}${code && !message.includes(code) ? ` (${code})` : ''}`,
  ) as Error & { code?: string };
  if (code) e.code = code;
  if (stack) e.stack = `${e.message}\n  in the writer thread:\n${stack}`;
  return e;
}

export function threadWriter(
  dbPath: string,
  settings: WriterSettings,
  onWritten: (events: WrittenEvent[]) => void,
): WriterHandle {
  const worker = new Worker(new URL('./writer-worker.mjs', import.meta.url), { workerData: { dbPath, settings } });
  let unwritten = 0;
  let failure: Error | null = null;
  let waiters: Array<() => void> = [];
  let exited: (() => void) | null = null;
  let hasExited = false;
  let cpuMs: number | null = null;
  let opened: (run: OpenedRun) => void = () => {};
  let notOpened: (e: Error) => void = () => {};
  const started = new Promise<OpenedRun>((resolve, reject) => {
    opened = resolve;
    notOpened = reject;
  });
  started.catch(() => {}); // a failure is also thrown by the next call on the handle
  const wake = () => {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
    if (failure) notOpened(failure);
  };
  worker.on('message', (m: FromWriter) => {
    if (m.type === 'started') {
      opened(m.opened);
    } else if (m.type === 'written') {
      unwritten -= m.events.length;
      onWritten(m.events);
      wake();
    } else if (m.type === 'finished') {
      cpuMs = m.cpuMs;
    } else if (m.type === 'failed') {
      failure = writerFailure(m.message, m.code, m.stack);
      wake();
    }
  });
  worker.on('error', (e) => {
    const err = e as { message?: unknown; code?: unknown; stack?: unknown };
    failure ??= writerFailure(
      typeof err?.message === 'string' ? err.message : String(e),
      typeof err?.code === 'string' ? err.code : null,
      typeof err?.stack === 'string' ? err.stack : null,
    );
    wake();
  });
  worker.on('exit', (code) => {
    hasExited = true;
    if (code !== 0 && !failure) failure = new Error(`the database writer stopped (exit code ${code})`);
    wake();
    exited?.();
  });
  const check = () => {
    if (failure) throw failure;
  };
  return {
    started,
    accept(seq, outcome) {
      check();
      unwritten++;
      // The encoded result's bytes move to the writer thread without a copy.
      const transfer =
        outcome.kind === 'processed' && 'encoded' in outcome.result
          ? [outcome.result.encoded.buffer as ArrayBuffer]
          : [];
      worker.postMessage({ type: 'outcome', seq, outcome }, transfer);
    },
    async finish(completed) {
      if (!hasExited) {
        await new Promise<void>((resolve) => {
          exited = resolve;
          worker.postMessage({ type: 'finish', completed });
        });
      }
      check();
    },
    get unwritten() {
      return unwritten;
    },
    progress() {
      check();
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    get cpuMs() {
      return cpuMs;
    },
  };
}
