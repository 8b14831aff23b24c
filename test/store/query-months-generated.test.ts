// `gonghui query months` over a generated database: every filter and their combinations give the same counts
// as the plain reading of the month rule (one document at a time, `via: 'activities'`), through the fast paths
// (document_month_counts, the category and span indexes) and through the CLI, and stay
// the same after sources are re-ingested and deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActivityDraft, FunctionLabel } from '../../src/model/items.ts';
import type { SourceResult } from '../../src/model/source-result.ts';
import { type Db, openDatabase } from '../../src/store/database.ts';
import { rebuildDocumentMonths } from '../../src/store/document-months.ts';
import { monthCounts, type MonthQuery } from '../../src/store/query-months.ts';
import { SourceWriter } from '../../src/store/write-source.ts';
import { runCli } from '../cli/run-cli.ts';

const CATEGORIES = ['节日庆祝', '慰问帮扶', '校务公开', '文体活动'];
const FUNCTIONS: FunctionLabel[][] = [[], ['维权'], ['教育', '建设'], ['参与', '维权'], ['建设']];

/** A tiny seeded generator, so a failure repeats. */
function random(seed: number): () => number {
  let a = seed;
  return () => (a = (a * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function activities(rand: () => number): ActivityDraft[] {
  const out: ActivityDraft[] = [];
  const n = Math.floor(rand() * 9);
  for (let i = 0; i < n; i++) {
    const r = rand();
    const month = r < 0.15 ? null : 1 + Math.floor(rand() * 12);
    // Spans are frequent here (a third), some over New Year, some naming one month twice.
    const s = rand();
    const monthEnd = month === null ? null : s < 0.2 ? 1 + Math.floor(rand() * 12) : s < 0.3 ? month : null;
    const basis = month === null ? null : rand() < 0.2 ? 'order' : 'stated';
    out.push({
      paragraphIndex: 0,
      span: null,
      month,
      monthEnd,
      monthInferred: basis === 'order',
      basis,
      confidence: 0.9,
      year: 2022,
      period: null,
      text: '召开教代会',
      category: CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!,
      functions: FUNCTIONS[Math.floor(rand() * FUNCTIONS.length)]!,
      source: 'schedule',
      evidence: null,
    } as ActivityDraft);
  }
  return out;
}

function writeSource(db: Db, writer: SourceWriter, i: number, seed: number): void {
  const rand = random(seed);
  const documents = Array.from({ length: 1 + Math.floor(rand() * 2) }, (_, d) => ({
    source: `/generated/${i}.txt`,
    part: d + 1,
    title: `学校${i}工会计划`,
    text: '工会工作计划',
    meta: {
      org: `学校${i % 7}`,
      orgAnonymised: false,
      year: 2020 + (i % 3),
      schoolYear: null,
      kind: rand() < 0.5 ? 'plan' : 'summary',
      period: null,
      onTopic: rand() < 0.9,
    },
    paragraphs: [],
    activities: activities(rand),
  }));
  const result = { ok: true, charset: 'utf-8', format: 'text', title: null, publishedAt: null, documents, notes: [] };
  writer.writeResult(
    { ref: { key: `/generated/${i}.txt`, given: `${i}.txt`, kind: 'file' }, sha256: null, bytes: null },
    result as unknown as SourceResult,
    'test',
    null,
  );
}

const QUERIES: MonthQuery[] = [];
for (const spans of [undefined, 'every'] as const)
  for (const includeInferred of [false, true])
    for (const extra of [
      {},
      { kind: 'plan' as const },
      { year: 2021 },
      { includeDuplicates: true, includeOffTopic: true },
      { category: '校务公开' },
      { function: '维权' as const },
      { function: '建设' as const, year: 2020 },
      { category: '节日庆祝', function: '维权' as const },
      { category: '慰问帮扶', kind: 'summary' as const, includeDuplicates: true },
    ])
      QUERIES.push({ ...extra, includeInferred, ...(spans ? { spans } : {}) });

let dir: string;
let path: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gonghui-months-gen-'));
  path = join(dir, 'generated.db');
  const db = openDatabase(path);
  const writer = new SourceWriter(db);
  writer.writeBatch(() => {
    for (let i = 0; i < 150; i++) writeSource(db, writer, i, i + 1);
  });
  // Some near-duplicates, as the detector would mark them.
  db.exec('UPDATE documents SET duplicate_of = (SELECT min(id) FROM documents) WHERE rowid % 9 = 0 AND part = 1');
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('query months on a generated database', () => {
  it('counts every filter the same as the plain reading of the month rule', () => {
    const db = openDatabase(path);
    for (const q of QUERIES) expect(monthCounts(db, q), JSON.stringify(q)).toEqual(monthCounts(db, q, 'activities'));
    db.close();
  });

  it('prints the same counts through the CLI', async () => {
    const db = openDatabase(path);
    const expected = monthCounts(db, { spans: 'every', category: '校务公开', kind: 'plan' }, 'activities');
    const fn = monthCounts(db, { spans: 'every', function: '维权', includeInferred: true }, 'activities');
    db.close();
    const cli = async (...args: string[]) => {
      const r = await runCli(['query', 'months', '--db', path, '--format', 'json', ...args]);
      expect(r.err).toBe('');
      return JSON.parse(r.out);
    };
    expect(await cli('--spans', 'every', '--category', '校务公开', '--kind', 'plan')).toEqual(expected);
    expect(await cli('--spans', 'every', '--function', '维权', '--include-inferred')).toEqual(fn);
  });

  it('stays exact after sources are re-ingested (with other activities) and deleted', () => {
    const db = openDatabase(path);
    const writer = new SourceWriter(db);
    writer.writeBatch(() => {
      for (let i = 0; i < 150; i += 4) writeSource(db, writer, i, 1000 + i);
    });
    db.prepare("DELETE FROM sources WHERE key IN ('/generated/3.txt', '/generated/10.txt', '/generated/11.txt')").run();
    for (const q of QUERIES) expect(monthCounts(db, q), JSON.stringify(q)).toEqual(monthCounts(db, q, 'activities'));
    const rows = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    const orphans = (table: string) =>
      db.prepare(`SELECT count(*) FROM ${table} WHERE doc_id NOT IN (SELECT id FROM documents)`).pluck().get();
    expect(rows("document_month_counts WHERE function = '维权'")).toBeGreaterThan(0);
    expect(orphans('document_month_counts')).toBe(0);
    // The writer counts in JavaScript what the migration and a rebuild count in SQL: the same rows.
    const table = () => db.prepare('SELECT * FROM document_month_counts ORDER BY doc_id, function').all();
    const written = table();
    rebuildDocumentMonths(db);
    expect(table()).toEqual(written);
    db.close();
  });
});
