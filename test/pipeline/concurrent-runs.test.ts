// Two ingests at once on one database and one raw archive (a shared server): both finish, the archive
// manifest holds each acquisition once, neither takes the other for a killed run ("resuming: …"), and the
// database holds each document once.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/synthetic-corpus.ts';
import { openDatabase } from '../../src/store/database.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir();

function ingest(corpus: string, db: string, archive: string): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['bin/gonghui.mjs', 'ingest', corpus, '--db', db, '--archive', archive, '--workers', '1'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, err }));
  });
}

describe('concurrent runs on one database and archive', () => {
  // Two child processes, each starting the CLI: slow on a loaded machine, so more time than the default minute.
  it('leave a manifest without duplicates and print no false resume message', { timeout: 240_000 }, async () => {
    const root = tempDir();
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    generateCorpus({ dir: corpus, docs: 100, seed: 11, perDirectory: 50 });
    const db = join(root, 'g.db');
    const archive = join(root, 'raw');

    const [a, b] = await Promise.all([ingest(corpus, db, archive), ingest(corpus, db, archive)]);
    // The children's stderr goes with a failure: an exit code alone does not say which run failed, or why.
    expect([a.code, b.code], `run a:\n${a.err}\nrun b:\n${b.err}`).toEqual([0, 0]);
    expect(a.err + b.err).not.toMatch(/resuming/);

    const lines = readFileSync(join(archive, 'manifest.jsonl'), 'utf8').trim().split('\n');
    const acquisitions = lines.map((l) => {
      const e = JSON.parse(l) as { source: string; page: number; sha256: string };
      return `${e.source} ${e.page} ${e.sha256}`;
    });
    expect(acquisitions).toHaveLength(100);
    expect(new Set(acquisitions).size).toBe(100);

    const conn = openDatabase(db);
    expect(conn.prepare('SELECT status, count(*) AS n FROM runs GROUP BY status').all()).toEqual([
      { status: 'done', n: 2 },
    ]);
    expect(conn.prepare("SELECT count(*) FROM sources WHERE status = 'ok'").pluck().get()).toBe(100);
    expect(
      conn
        .prepare(
          'SELECT count(*) FROM (SELECT source_id, part FROM documents GROUP BY source_id, part HAVING count(*) > 1)',
        )
        .pluck()
        .get(),
    ).toBe(0);
    conn.close();
  });
});
