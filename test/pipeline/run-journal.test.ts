// The run journal is written by the one writer, on its own connection: it opens the run (marking killed runs
// failed), journals each source, and marks the run done only when told the run went through.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineWriter, threadWriter } from '../../src/pipeline/writer-thread.ts';
import { openDatabase } from '../../src/store/database.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir();
const settings = {
  pipelineHash: 'h',
  run: { command: 'ingest t', pipelineFile: 'p.json', pipelineHash: 'h' },
  batchSources: 10,
  batchMs: 1000,
};
const ref = (n: number) => ({ key: `/t/${n}.txt`, given: `${n}.txt`, kind: 'file' as const });

describe('run journal through the writer', () => {
  it('on a writer thread: opens the run, journals sources, finishes it; a killed run is reported by the next', async () => {
    const path = join(tempDir(), 'g.db');
    const runs = () => {
      const db = openDatabase(path, { readonly: true });
      const rows = db
        .prepare('SELECT id, command, status, finished_at IS NOT NULL AS finished FROM runs ORDER BY id')
        .all();
      db.close();
      return rows;
    };
    const first = threadWriter(path, settings, () => {});
    const opened = await first.started;
    expect(opened).toEqual({ runId: 1, interrupted: [] });
    first.accept(0, { kind: 'acquire-error', failure: { ref: ref(0), stage: 'acquire', message: 'no such file' } });
    await first.finish(false); // stopped early: stays "running"
    expect(runs()).toEqual([{ id: 1, command: 'ingest t', status: 'running', finished: 0 }]);

    const second = threadWriter(path, settings, () => {});
    expect(await second.started).toEqual({ runId: 2, interrupted: [{ id: 1, done: 1 }] });
    await second.finish(true);
    expect(runs()).toEqual([
      { id: 1, command: 'ingest t', status: 'failed', finished: 0 },
      { id: 2, command: 'ingest t', status: 'done', finished: 1 },
    ]);
  });

  it("inline: the same journal on the caller's connection", async () => {
    const db = openDatabase(':memory:');
    const writer = inlineWriter(db, settings, () => {});
    expect((await writer.started).runId).toBe(1);
    writer.accept(0, { kind: 'skipped', ref: ref(1), sha256: 'abc' });
    await writer.finish(true);
    expect(db.prepare('SELECT source_key, outcome FROM run_sources').all()).toEqual([
      { source_key: '/t/1.txt', outcome: 'skipped' },
    ]);
    expect(db.prepare('SELECT status FROM runs').pluck().get()).toBe('done');
    db.close();
  });
});
