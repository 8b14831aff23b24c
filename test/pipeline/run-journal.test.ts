// The run journal is written by the one writer, on its own connection: it opens the run (marking killed runs
// failed, and only those: a run whose process lives is a concurrent run), journals each source, and marks the
// run done only when told the run went through.
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineWriter, threadWriter } from '../../src/pipeline/writer-thread.ts';
import { openDatabase } from '../../src/store/database.ts';
import { openRun } from '../../src/store/runs.ts';
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

  it('a run whose process is alive (here, or on another host) is not resumed; one whose process is gone is', () => {
    const db = openDatabase(':memory:');
    const start = settings.run;
    const owner = db.prepare('UPDATE runs SET pid = ?, host = ? WHERE id = ?');
    const gone = spawnSync(process.execPath, ['-e', '']).pid!; // a process that has exited
    const ids = [1, 2, 3, 4].map(() => openRun(db, start).runId); // all by this live process: none resumed
    expect(ids).toEqual([1, 2, 3, 4]);
    owner.run(process.ppid, hostname(), 1); // another live process on this host
    owner.run(gone, hostname(), 2); // killed
    owner.run(gone, 'elsewhere.example', 3); // cannot be checked from here
    owner.run(null, null, 4); // from before pids were recorded
    expect(openRun(db, start)).toEqual({
      runId: 5,
      interrupted: [
        { id: 2, done: 0 },
        { id: 4, done: 0 },
      ],
    });
    expect(db.prepare('SELECT id, status FROM runs ORDER BY id').all()).toEqual([
      { id: 1, status: 'running' },
      { id: 2, status: 'failed' },
      { id: 3, status: 'running' },
      { id: 4, status: 'failed' },
      { id: 5, status: 'running' },
    ]);
    expect(db.prepare('SELECT pid, host FROM runs WHERE id = 5').get()).toEqual({ pid: process.pid, host: hostname() });
    db.close();
  });
});
