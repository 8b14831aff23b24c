// Processes that open the same new database at the same moment (two ingests started together): each applies
// only the migrations no other has applied, checked under the write lock, so none fails on a migration the other
// just recorded (before: "UNIQUE constraint failed: schema_migrations.version" in about one try in four).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir();

function open(path: string): Promise<{ code: number | null; err: string }> {
  const script = `import('./src/store/database.ts').then((m) => m.openDatabase(${JSON.stringify(path)}).close())`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, err }));
  });
}

describe('opening a new database from several processes at once', () => {
  it('migrates it once, and every process opens it', { timeout: 120_000 }, async () => {
    for (let round = 0; round < 3; round++) {
      const path = join(tempDir(), 'g.db');
      const results = await Promise.all([open(path), open(path), open(path)]);
      expect(results.map((r) => r.err)).toEqual(['', '', '']);
      expect(results.map((r) => r.code)).toEqual([0, 0, 0]);
      const db = openDatabase(path);
      const versions = db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[];
      expect(new Set(versions).size).toBe(versions.length);
      db.close();
    }
  });
});

// A process holding the write lock of a database in rollback mode (a run closing its database switches it back
// to that mode under the lock): SQLite refuses the WAL switch at once, without waiting; opening waits instead.
describe('opening a database another process is writing in rollback mode', () => {
  it('waits for the lock and turns WAL on, instead of failing "database is locked"', { timeout: 120_000 }, async () => {
    const path = join(tempDir(), 'g.db');
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const Database = require('better-sqlite3');
         const db = new Database(${JSON.stringify(path)});
         db.exec('BEGIN IMMEDIATE'); db.exec('CREATE TABLE held (x)');
         process.stdout.write('locked\\n');
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
         db.exec('COMMIT'); db.close();`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    await new Promise<void>((r, reject) => {
      child.stdout.on('data', () => r());
      child.on('exit', () => reject(new Error(`the lock holder ended before locking: ${err}`)));
    });
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBeGreaterThan(0);
    db.close();
    expect(await exited).toBe(0);
  });
});
