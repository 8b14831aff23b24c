// Kill -9 an ingestion at random moments, run it again until it finishes, and compare with an uninterrupted
// run: the same documents (source, part), the same paragraph texts, nothing duplicated, integrity ok.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/synthetic-corpus.ts';
import { openDatabase } from '../../src/store/database.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir();

function ingestProcess(corpus: string, db: string, archive: string) {
  return spawn(
    process.execPath,
    ['bin/gonghui.mjs', 'ingest', corpus, '--db', db, '--archive', archive, '--workers', '2'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
}

function runToEnd(corpus: string, db: string, archive: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = ingestProcess(corpus, db, archive);
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

/** Starts an ingestion and SIGKILLs it after `ms`; resolves whether it was killed before finishing. */
function killAfter(corpus: string, db: string, archive: string, ms: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = ingestProcess(corpus, db, archive);
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal === 'SIGKILL');
    });
  });
}

function snapshot(dbPath: string) {
  const db = openDatabase(dbPath);
  const docs = db
    .prepare(
      'SELECT s.given AS source, d.part, d.text FROM documents d JOIN sources s ON s.id = d.source_id ORDER BY s.given, d.part',
    )
    .all() as Array<{ source: string; part: number; text: string }>;
  const paragraphs = db.prepare('SELECT count(*) FROM paragraphs').pluck().get();
  const fts = db.prepare("SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH '工会'").pluck().get();
  const duplicates = db
    .prepare(
      'SELECT count(*) FROM (SELECT source_id, part FROM documents GROUP BY source_id, part HAVING count(*) > 1)',
    )
    .pluck()
    .get();
  const integrity = db.pragma('integrity_check', { simple: true });
  const ftsIntegrity = (() => {
    try {
      db.exec("INSERT INTO paragraph_search (paragraph_search) VALUES ('integrity-check')");
      return 'ok';
    } catch (e) {
      return (e as Error).message;
    }
  })();
  db.close();
  return { docs, paragraphs, fts, duplicates, integrity, ftsIntegrity };
}

describe('resume after kill -9', () => {
  it('a run killed several times and re-run equals an uninterrupted run', async () => {
    const root = tempDir();
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    generateCorpus({ dir: corpus, docs: 300, seed: 7, perDirectory: 100 });

    const clean = join(root, 'clean');
    expect(await runToEnd(corpus, join(clean, 'g.db'), join(clean, 'raw'))).toBe(0);
    const expected = snapshot(join(clean, 'g.db'));
    expect(expected.docs.length).toBeGreaterThanOrEqual(300);

    const killed = join(root, 'killed');
    const db = join(killed, 'g.db');
    // Random moments from start-up (workers loading jieba) to the middle of writing.
    const delays = Array.from({ length: 4 }, () => 800 + Math.floor(Math.random() * 3500));
    let kills = 0;
    for (const ms of delays) if (await killAfter(corpus, db, join(killed, 'raw'), ms)) kills++;
    expect(kills, `kill delays ${delays.join(', ')} ms`).toBeGreaterThan(0);
    expect(await runToEnd(corpus, db, join(killed, 'raw'))).toBe(0);

    const actual = snapshot(db);
    expect(actual.integrity).toBe('ok');
    expect(actual.ftsIntegrity).toBe('ok');
    expect(actual.duplicates).toBe(0);
    expect(actual.docs.map((d) => `${d.source}#${d.part}`.replace(killed, ''))).toEqual(
      expected.docs.map((d) => `${d.source}#${d.part}`.replace(clean, '')),
    );
    expect(actual.docs.map((d) => d.text)).toEqual(expected.docs.map((d) => d.text));
    expect(actual.paragraphs).toBe(expected.paragraphs);
    expect(actual.fts).toBe(expected.fts);
  });
});
