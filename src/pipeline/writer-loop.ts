// The writer thread's loop: outcomes in, committed in input order, reports out. A quiet spell commits what
// is pending, so progress shows and a crash loses little.
import type { MessagePort } from 'node:worker_threads';
import { openDatabase } from '../store/database.ts';
import { collectEvery, SOURCES_PER_COLLECTION } from './full-collection.ts';
import { threadCpuMs } from './thread-cpu.ts';
import { type Outcome, OrderedWriter, type WriterSettings } from './ordered-writer.ts';

/** What crosses back to the main thread about a failure: an Error object itself would lose its message. */
export function describeError(e: unknown): { message: string; code: string | null; stack: string | null } {
  const err = e as { message?: unknown; code?: unknown; stack?: unknown };
  return {
    message: typeof err?.message === 'string' ? err.message : String(e),
    code: typeof err?.code === 'string' ? err.code : null,
    stack: typeof err?.stack === 'string' ? err.stack : null,
  };
}

type ToWriter = { type: 'outcome'; seq: number; outcome: Outcome } | { type: 'finish'; completed: boolean };

export function runWriterThread(port: MessagePort | null, data: { dbPath: string; settings: WriterSettings }): void {
  if (!port) return;
  let db: ReturnType<typeof openDatabase>;
  try {
    db = openDatabase(data.dbPath);
  } catch (e) {
    // Reported whole: an error thrown out of a thread reaches the parent without its message (SqliteError).
    port.postMessage({ type: 'failed', ...describeError(e) });
    port.close();
    return;
  }
  let idle: NodeJS.Timeout | null = null;
  const collectNow = collectEvery(SOURCES_PER_COLLECTION);
  // A writer that failed cannot go on (the database may be locked or broken): report, stop, let the thread end.
  const failed = (e: unknown) => {
    port.postMessage({ type: 'failed', ...describeError(e) });
    if (idle) clearTimeout(idle);
    try {
      db.close();
    } catch {
      // already closed or unusable: the failure above is what matters
    }
    port.close();
  };
  let writer: OrderedWriter;
  try {
    writer = new OrderedWriter(db, data.settings, (events) => port.postMessage({ type: 'written', events }));
  } catch (e) {
    failed(e);
    return;
  }
  port.postMessage({ type: 'started', opened: writer.opened });
  const flushQuietly = () => {
    try {
      writer.flush();
    } catch (e) {
      failed(e);
    }
  };
  port.on('message', (m: ToWriter) => {
    try {
      if (m.type === 'outcome') {
        writer.accept(m.seq, m.outcome);
        collectNow();
        if (idle) clearTimeout(idle);
        idle = setTimeout(flushQuietly, data.settings.batchMs);
      } else {
        if (idle) clearTimeout(idle);
        writer.finish(m.completed);
        db.close();
        // Its own CPU time, for the bench's writer share (issue 18).
        port.postMessage({ type: 'finished', cpuMs: threadCpuMs() });
        port.close(); // nothing keeps the thread alive now: it exits with code 0
      }
    } catch (e) {
      failed(e);
    }
  });
}
