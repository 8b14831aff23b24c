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
