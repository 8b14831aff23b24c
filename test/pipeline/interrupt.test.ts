// Ctrl-C (SIGINT) or SIGTERM during an ingest: the run stops taking sources, writes those in hand, closes the
// database as a normal end does (rollback-journal mode, no -wal/-shm left), says how far it got and how to resume,
// and exits 130 (143). Run again, it resumes to the same database an uninterrupted run makes.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/synthetic-corpus.ts';
import { openDatabase } from '../../src/store/database.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir('gonghui-interrupt-');
/** Enough sources that a run is still going when its first batch is committed (a batch is 256 sources or 1 s). */
const DOCS = 600;

/** `workers` 0: stages and writer on the main thread, so what is committed is what the run has taken; with worker
 * threads the writer's thread may start after the run has taken every source (a small corpus). */
function ingestProcess(corpus: string, db: string, archive: string, workers = 0): ChildProcess {
  return spawn(
    process.execPath,
    ['bin/gonghui.mjs', 'ingest', corpus, '--db', db, '--archive', archive, '--workers', String(workers)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/** Sources the run has committed so far, read beside it (0 while the database or its journal is not there yet). */
function committedSources(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = openDatabase(db, { readonly: true });
    try {
      return conn.prepare('SELECT count(*) FROM run_sources').pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // being created or migrated this moment
  }
}

/** Starts an ingest, waits until it has committed some sources (no timing guessed), sends `signal`, and returns
 * its exit code and stderr. */
async function interruptedRun(
  corpus: string,
  db: string,
  archive: string,
  signal: NodeJS.Signals,
  { times = 1, workers = 0 } = {},
): Promise<{ code: number | null; err: string; out: string }> {
  const child = ingestProcess(corpus, db, archive, workers);
  let err = '';
  let out = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
  let running = true;
  void exited.then(() => (running = false));
  while (running && committedSources(db) === 0) await new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < times; i++) child.kill(signal);
  return { code: await exited, err, out };
}

/** What `gonghui stats` prints on standard error for the database (its note on a partial run, or nothing). */
function statsNote(db: string): string {
  const r = spawnSync(process.execPath, ['bin/gonghui.mjs', 'stats', '--db', db], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stderr;
}

function documentsOf(db: string): string[] {
  const conn = openDatabase(db, { readonly: true });
  try {
    return (
      conn
        .prepare("SELECT s.given || ' ' || d.part FROM documents d JOIN sources s ON s.id = d.source_id")
        .pluck()
        .all() as string[]
    ).sort();
  } finally {
    conn.close();
  }
}

describe('an ingest interrupted by a signal', () => {
  it(
    'on SIGINT writes what it holds, leaves no WAL, says how far it got, exits 130, and resumes when run again',
    { timeout: 240_000 },
    async () => {
      const root = tempDir();
      const corpus = join(root, 'corpus');
      mkdirSync(corpus);
      generateCorpus({ dir: corpus, docs: DOCS, seed: 5, perDirectory: 100 });
      const db = join(root, 'g.db');
      const archive = join(root, 'raw');

      const run = await interruptedRun(corpus, db, archive, 'SIGINT');
      expect(run.code, run.err).toBe(130);
      const line = /^gonghui ingest: interrupted after (\d+) sources; run the same command again to resume$/m.exec(
        run.err,
      );
      expect(line, run.err).not.toBeNull();
      const taken = Number(line![1]);
      expect(taken).toBeGreaterThan(0);
      expect(taken).toBeLessThan(DOCS);
      expect(run.out).toBe(''); // no summary of a run that did not finish
      // Closed as a normal end closes it: rollback-journal mode, no journal files beside it.
      expect(existsSync(`${db}-wal`)).toBe(false);
      expect(existsSync(`${db}-shm`)).toBe(false);
      const conn = openDatabase(db, { readonly: true });
      expect(conn.pragma('journal_mode', { simple: true })).toBe('delete');
      // Every source it says it took is committed.
      expect(conn.prepare('SELECT count(*) FROM run_sources').pluck().get()).toBe(taken);
      conn.close();
      // Whoever reads figures from the database now is told they cover part of the run's input.
      expect(statsNote(db)).toMatch(
        new RegExp(
          `^gonghui stats: run 1 \\(ingest .+\\) stopped after ${taken} sources, before its end: .*run the same command again`,
        ),
      );

      const resumed = ingestProcess(corpus, db, archive);
      let err = '';
      resumed.stderr!.on('data', (d: Buffer) => (err += d.toString()));
      const code = await new Promise<number | null>((resolve) => resumed.on('exit', resolve));
      expect(code, err).toBe(0);
      expect(err).toMatch(new RegExp(`resuming: run 1 was interrupted after ${taken} sources`));
      expect(documentsOf(db)).toHaveLength(new Set(documentsOf(db)).size);
      const after = openDatabase(db, { readonly: true });
      expect(after.prepare("SELECT count(*) FROM sources WHERE status = 'ok'").pluck().get()).toBe(DOCS);
      after.close();
      expect(statsNote(db)).toBe(''); // the resumed run went through
    },
  );

  it('on SIGTERM, with worker threads, does the same and exits 143', { timeout: 240_000 }, async () => {
    const root = tempDir();
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    // More sources than a run hands its writer ahead (1024), so that it is still taking them when its writer
    // thread has committed the first.
    generateCorpus({ dir: corpus, docs: 1600, seed: 6, perDirectory: 200 });
    const db = join(root, 'g.db');
    const run = await interruptedRun(corpus, db, join(root, 'raw'), 'SIGTERM', { workers: 1 });
    expect(run.code, run.err).toBe(143);
    expect(run.err).toMatch(/interrupted after \d+ sources; run the same command again to resume/);
    expect(existsSync(`${db}-wal`)).toBe(false);
    expect(existsSync(`${db}-shm`)).toBe(false);
  });

  it('on a second SIGINT exits at once with 130', { timeout: 240_000 }, async () => {
    const root = tempDir();
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    generateCorpus({ dir: corpus, docs: DOCS, seed: 8, perDirectory: 100 });
    const run = await interruptedRun(corpus, join(root, 'g.db'), join(root, 'raw'), 'SIGINT', { times: 2 });
    expect(run.code, run.err).toBe(130);
  });
});
