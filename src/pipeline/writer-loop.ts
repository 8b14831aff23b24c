// The writer thread's loop: outcomes in, committed in input order, reports out. A quiet spell commits what
// is pending, so progress shows and a crash loses little.
import type { MessagePort } from 'node:worker_threads';
import { openDatabase } from '../store/database.ts';
import { collectEvery, SOURCES_PER_COLLECTION } from './full-collection.ts';
import { type Outcome, OrderedWriter, type WriterSettings } from './ordered-writer.ts';

type ToWriter = { type: 'outcome'; seq: number; outcome: Outcome } | { type: 'finish'; completed: boolean };

export function runWriterThread(port: MessagePort | null, data: { dbPath: string; settings: WriterSettings }): void {
  if (!port) return;
  const db = openDatabase(data.dbPath);
  let idle: NodeJS.Timeout | null = null;
  const collectNow = collectEvery(SOURCES_PER_COLLECTION);
  // A writer that failed cannot go on (the database may be locked or broken): report, stop, let the thread end.
  const failed = (e: unknown) => {
    port.postMessage({ type: 'failed', message: (e as Error).message ?? String(e) });
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
        port.postMessage({ type: 'finished' });
        port.close(); // nothing keeps the thread alive now: it exits with code 0
      }
    } catch (e) {
      failed(e);
    }
  });
}
