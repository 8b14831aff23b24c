// gonghui query months / categories / functions / orgs against a database with known counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../src/store/database.ts';
import { monthCounts, type MonthQuery } from '../../src/store/query-months.ts';
import { orgId } from '../../src/store/orgs.ts';
import { ANALYSIS_DOCS, buildAnalysisDb, markDuplicates, writeDoc } from '../helpers/analysis-db.ts';
import { runCli } from '../cli/run-cli.ts';

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gonghui-query-'));
  db = buildAnalysisDb(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function months(...args: string[]): Promise<Record<string, [number, number]>> {
  const r = await runCli(['query', 'months', '--db', db, '--format', 'json', ...args]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const rows = JSON.parse(r.out) as Array<{ month: number | 'unknown'; activities: number; documents: number }>;
  expect(rows.map((x) => x.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 'unknown']);
  // Only the months with something in them, as [activities, documents].
  return Object.fromEntries(
    rows.filter((x) => x.activities > 0).map((x) => [String(x.month), [x.activities, x.documents]]),
  );
}

describe('gonghui query months', () => {
  it('counts stated months; undated and inferred months fall in "unknown"; duplicates and off-topic documents are left out', async () => {
    expect(await months()).toEqual({
      3: [4, 3],
      4: [1, 1],
      5: [1, 1],
      7: [1, 1],
      9: [2, 2],
      12: [2, 2],
      unknown: [2, 1],
    });
  });

  it("the README's SQL over the views counts what query months counts (off-topic documents and duplicates left out)", async () => {
    const conn = new Database(db, { readonly: true });
    try {
      const sql = (view: string, month: string) =>
        Object.fromEntries(
          (
            conn
              .prepare(
                `SELECT ${month} AS month, count(*) AS n, count(DISTINCT doc_id) AS docs FROM ${view}
                 WHERE NOT is_duplicate AND on_topic AND month_inferred = 0 GROUP BY 1`,
              )
              .all() as Array<{ month: number; n: number; docs: number }>
          ).map((r) => [String(r.month), [r.n, r.docs]]),
        );
      const { unknown: _undated, ...dated } = await months();
      expect(sql('v_activities', 'month')).toMatchObject(dated);
      expect(Object.keys(sql('v_activities', 'month')).filter((m) => m !== 'null')).toEqual(Object.keys(dated));
      const { unknown: _u, ...everyMonth } = await months('--spans', 'every');
      expect(sql('v_activity_months', 'month')).toEqual(everyMonth);
      // Without on_topic the views count the off-topic document's activities as well: the column is what makes them agree.
      const all = conn
        .prepare(
          'SELECT count(*) FROM v_activities WHERE NOT is_duplicate AND month_inferred = 0 AND month IS NOT NULL',
        )
        .pluck()
        .get() as number;
      const onTopic = conn
        .prepare(
          'SELECT count(*) FROM v_activities WHERE NOT is_duplicate AND on_topic AND month_inferred = 0 AND month IS NOT NULL',
        )
        .pluck()
        .get() as number;
      expect(all).toBeGreaterThan(onTopic);
    } finally {
      conn.close();
    }
  });

  it('prints JSON rows exactly as documented', async () => {
    const r = await runCli(['query', 'months', '--db', db, '--format', 'json']);
    const rows = JSON.parse(r.out) as unknown[];
    expect(rows[2]).toEqual({ month: 3, activities: 4, documents: 3 });
    expect(rows[12]).toEqual({ month: 'unknown', activities: 2, documents: 1 });
  });

  it('--include-inferred places the inferred month', async () => {
    expect(await months('--include-inferred')).toMatchObject({ 10: [1, 1], unknown: [1, 1] });
  });

  it('--spans every counts a span in each month it covers, a span over New Year in December and January', async () => {
    expect(await months('--spans', 'every')).toEqual({
      1: [1, 1],
      3: [4, 3],
      4: [1, 1],
      5: [1, 1],
      7: [1, 1],
      8: [1, 1],
      9: [2, 2],
      12: [2, 2],
      unknown: [2, 1],
    });
  });

  it('filters by year, kind, org (name or id), category and function', async () => {
    expect(await months('--year', '2022')).toEqual({
      3: [3, 2],
      5: [1, 1],
      7: [1, 1],
      9: [2, 2],
      12: [1, 1],
      unknown: [2, 1],
    });
    expect(await months('--kind', 'summary')).toEqual({ 3: [1, 1], 12: [1, 1] });
    expect(await months('--org', '青山小学')).toEqual({ 3: [3, 2], 7: [1, 1], 9: [1, 1], 12: [1, 1], unknown: [2, 1] });
    expect(await months('--org', orgId('红星中学'))).toEqual({ 3: [1, 1], 5: [1, 1], 9: [1, 1], 12: [1, 1] });
    expect(await months('--org', '青山', '--org', '红星')).toEqual({
      3: [4, 3],
      5: [1, 1],
      7: [1, 1],
      9: [2, 2],
      12: [2, 2],
      unknown: [2, 1],
    });
    expect(await months('--category', '节日庆祝')).toEqual({ 3: [2, 2], 9: [2, 2], 12: [1, 1] });
    expect(await months('--function', '维权')).toEqual({ 9: [1, 1], 12: [1, 1], unknown: [2, 1] });
  });

  it('--include-duplicates and --include-off-topic count those documents too', async () => {
    expect(await months('--include-duplicates')).toMatchObject({ 3: [6, 4] });
    expect(await months('--include-off-topic')).toMatchObject({ 6: [1, 1] });
  });

  it('an unknown org is a usage error listing close matches', async () => {
    const r = await runCli(['query', 'months', '--db', db, '--org', '青山中学']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no organisation matches "青山中学"');
    expect(r.err).toContain(`青山小学 (${orgId('青山小学')})`);
    expect(r.err).not.toContain('红星中学'); // only the kind of school in common
    const ambiguous = await runCli(['query', 'months', '--db', db, '--org', '学']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err).toContain('several organisations match "学"');
  });

  it('prints a table and Excel-ready CSV', async () => {
    const table = await runCli(['query', 'months', '--db', db]);
    expect(table.out.split('\n')[0]).toMatch(/^month\s+activities\s+documents$/);
    expect(table.out).toMatch(/\nunknown\s+2\s+1\n/);
    const csv = await runCli(['query', 'months', '--db', db, '--format', 'csv', '--bom']);
    expect(csv.out.startsWith('\ufeffmonth,activities,documents\r\n1,0,0\r\n')).toBe(true);
    expect(csv.out).toContain('\r\nunknown,2,1\r\n');
  });

  it('counts the same whichever way it reads the database', () => {
    const conn = openDatabase(db);
    const queries: MonthQuery[] = [
      {},
      { includeInferred: true },
      { includeDuplicates: true, includeOffTopic: true },
      { year: 2022 },
      { kind: 'plan' },
      { orgs: ['青山小学'] },
      { includeInferred: true, includeDuplicates: true },
    ];
    for (const q of queries)
      expect(monthCounts(conn, q), JSON.stringify(q)).toEqual(monthCounts(conn, q, 'activities'));
    conn.close();
  });

  it('stays exact when a source is re-ingested, and when activities are written around SourceWriter', async () => {
    const conn = openDatabase(db);
    const before = monthCounts(conn);
    writeDoc(conn, ANALYSIS_DOCS[0]!);
    writeDoc(conn, ANALYSIS_DOCS[0]!);
    // The fixture's documents carry no fingerprints, so re-ingesting drops their near-duplicate pairs (as the
    // real detector would for a text with no signature); put the fixture's findings back.
    markDuplicates(conn);
    expect(monthCounts(conn)).toEqual(before);
    const id = conn
      .prepare(
        "INSERT INTO activities (doc_id, month, text, category, source) SELECT id, 11, '期中慰问', '慰问帮扶', 'narrative' FROM documents WHERE title LIKE '红星中学工会2022%'",
      )
      .run().lastInsertRowid;
    expect(monthCounts(conn).find((r) => r.month === 11)).toEqual({ month: 11, activities: 1, documents: 1 });
    expect(monthCounts(conn)).toEqual(monthCounts(conn, {}, 'activities'));
    conn.prepare('DELETE FROM activities WHERE id = ?').run(id);
    expect(monthCounts(conn, { year: 2022 })).toEqual(monthCounts(conn, { year: 2022 }, 'activities'));
    expect(monthCounts(conn)).toEqual(before);
    conn.close();
  });
});

describe('gonghui query categories / functions / orgs', () => {
  it('counts activities and documents per category', async () => {
    const r = await runCli(['query', 'categories', '--db', db, '--format', 'json']);
    const rows = JSON.parse(r.out) as Array<{ category: string; activities: number; documents: number }>;
    expect(rows[0]).toEqual({ category: '节日庆祝', activities: 5, documents: 2 });
    expect(rows.find((x) => x.category === '慰问帮扶')).toEqual({ category: '慰问帮扶', activities: 2, documents: 2 });
    expect(rows.find((x) => x.category === '其他')).toBeUndefined();
    const march = JSON.parse(
      (await runCli(['query', 'categories', '--db', db, '--format', 'json', '--month', '3'])).out,
    );
    expect(march).toEqual([
      { category: '教代会与民主管理', activities: 2, documents: 2 },
      { category: '节日庆祝', activities: 2, documents: 2 },
    ]);
  });

  it('gives the share of paragraphs per function, per org, year or kind', async () => {
    const all = JSON.parse((await runCli(['query', 'functions', '--db', db, '--format', 'json'])).out);
    // 5 + 2 + 4 + 1 paragraphs counted; 维权 in 1 + 2 of them.
    expect(all).toEqual([
      { group: 'all', documents: 4, paragraphs: 12, 维权: 0.25, 参与: 0.167, 建设: 0.25, 教育: 0.167 },
    ]);
    const byOrg = JSON.parse(
      (await runCli(['query', 'functions', '--db', db, '--format', 'json', '--by', 'org', '--counts'])).out,
    );
    expect(byOrg).toEqual([
      { org: '青山小学', documents: 2, paragraphs: 7, 维权: 1, 参与: 2, 建设: 1, 教育: 2 },
      { org: '红星中学', documents: 1, paragraphs: 4, 维权: 2, 参与: 0, 建设: 1, 教育: 0 },
      { org: 'anonymised', documents: 1, paragraphs: 1, 维权: 0, 参与: 0, 建设: 1, 教育: 0 },
    ]);
    const byYear = JSON.parse(
      (await runCli(['query', 'functions', '--db', db, '--format', 'json', '--by', 'year'])).out,
    );
    expect(byYear.map((x: { year: number }) => x.year)).toEqual([2021, 2022, 2023]);
  });

  it('lists orgs with stable ids, leaving anonymised names out', async () => {
    const rows = JSON.parse((await runCli(['query', 'orgs', '--db', db, '--format', 'json'])).out);
    expect(rows).toEqual([
      { id: orgId('红星中学'), org: '红星中学', documents: 2, plans: 2, summaries: 0, years: '2022' },
      { id: orgId('青山小学'), org: '青山小学', documents: 2, plans: 1, summaries: 1, years: '2022–2023' },
    ]);
  });
});
