// Mistakes and surprising states are said plainly, with the exit code the README promises (1 failure, 2 usage):
// a missing input path, an unknown category or function, the anonymised group, close org names, every problem
// of a coder's CSV at once, and activity months counted in the same terms by stats and query months.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { rebuildDocumentMonths } from '../../src/store/document-months.ts';
import { ANALYSIS_DOCS, type DocSpec, buildAnalysisDb, docIdOf } from '../helpers/analysis-db.ts';
import { runCli } from './run-cli.ts';

const school = (file: string, org: string): DocSpec => ({
  file,
  title: `${org}工会工作计划`,
  org,
  year: 2022,
  kind: 'plan',
  paragraphs: [{ text: `${org}工会工作计划` }, { text: '组织教职工体检。', labels: ['维权'] }],
  activities: [{ month: 5, text: '教职工体检', category: '体检与健康' }],
});

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gonghui-errors-'));
  db = buildAnalysisDb(dir, [
    ...ANALYSIS_DOCS,
    school('xishan.txt', '西山中学'),
    school('qingshanqu.txt', '青山区实验小学'),
  ]);
  // One activity dated by its festival, as the activities stage records it.
  const conn = openDatabase(db);
  conn
    .prepare(
      `UPDATE activities SET month_inferred = 0, basis = 'festival', evidence = 'month 3 from the festival: "三八节期间" (妇女节, 3月8日)' WHERE text = ?`,
    )
    .run('庆“三八”系列活动');
  rebuildDocumentMonths(conn);
  conn.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('errors that show', () => {
  it('ingest of a path that does not exist fails (exit 1) naming it, and creates no database', async () => {
    const target = join(dir, 'new');
    const r = await runCli([
      'ingest',
      join(dir, 'no-such-file.txt'),
      '--db',
      join(target, 'g.db'),
      '--archive',
      join(target, 'raw'),
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`no such file or directory: ${join(dir, 'no-such-file.txt')}`);
    expect(existsSync(target)).toBe(false);
  });

  it('an unknown --category or --function is a usage error (exit 2) listing the valid ones', async () => {
    const category = await runCli(['query', 'months', '--db', db, '--category', '文体']);
    expect(category.code).toBe(2);
    expect(category.err).toContain("'文体' is invalid");
    expect(category.err).toContain('文体活动, 节日庆祝');
    const fn = await runCli(['query', 'categories', '--db', db, '--function', '文体']);
    expect(fn.code).toBe(2);
    expect(fn.err).toContain('维权, 参与, 建设, 教育');
    // A category by its label or its id.
    const byId = await runCli(['query', 'months', '--db', db, '--category', 'recreation', '--format', 'json']);
    const byLabel = await runCli(['query', 'months', '--db', db, '--category', '文体活动', '--format', 'json']);
    expect(byId.code, byId.err).toBe(0);
    expect(byId.out).toBe(byLabel.out);
  });

  it('--org anonymised selects the group query functions --by org shows', async () => {
    const groups = JSON.parse(
      (await runCli(['query', 'functions', '--by', 'org', '--db', db, '--format', 'json'])).out,
    ) as Array<{ org: string; documents: number }>;
    const anonymised = groups.find((g) => g.org === 'anonymised')!;
    const r = await runCli(['query', 'functions', '--org', 'anonymised', '--db', db, '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)[0].documents).toBe(anonymised.documents);
    const search = await runCli(['search', '小学', '--org', 'anonymised', '--db', db, '--format', 'json']);
    expect(JSON.parse(search.out).map((h: { doc_id: string }) => h.doc_id)).toEqual([docIdOf('anonymised.txt')]);
  });

  it('close matches rank names sharing characters in order: 青山中学 → 青山区实验小学 before 西山中学', async () => {
    const r = await runCli(['compare', '青山中学', '--db', db]);
    expect(r.code).toBe(2);
    const matches = /close matches: (.*)/
      .exec(r.err)![1]!
      .split(', ')
      .map((m) => m.replace(/ \(\w+\)$/, ''));
    expect(matches.indexOf('青山区实验小学')).toBeGreaterThanOrEqual(0);
    expect(matches.indexOf('青山区实验小学')).toBeLessThan(matches.indexOf('西山中学'));
    expect(matches).not.toContain('红星中学'); // only the kind of school in common
  });

  it('label import lists every problem of the file at once: its own and those only the database can tell', async () => {
    const csv = join(dir, 'codes.csv');
    writeFileSync(
      csv,
      [
        'doc_id,paragraph,labels',
        `${docIdOf('qingshan-2023.txt')},0,维权`,
        `${docIdOf('qingshan-2023.txt')},1,福利`,
        'nosuchdoc,0,维权',
        `${docIdOf('qingshan-2023.txt')},99,教育`,
        `${docIdOf('qingshan-2023.txt')},x,教育`,
        `${docIdOf('qingshan-2023.txt')},0`,
      ].join('\n'),
    );
    const r = await runCli(['label', 'import', csv, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('5 problem(s), nothing was imported');
    const lines = [...r.err.matchAll(/^ {2}line (\d+):/gm)].map((m) => Number(m[1]));
    expect(lines).toEqual([3, 4, 5, 6, 7]);
    expect(r.err).toContain('unknown label(s) "福利"');
    expect(r.err).toContain('no document "nosuchdoc"');
    expect(r.err).toContain('has no paragraph 99');
  });

  it('label import lists every problem of a line: an unknown paragraph and an unknown label on one line', async () => {
    const csv = join(dir, 'two-problems.csv');
    writeFileSync(
      csv,
      ['doc_id,paragraph,labels', `${docIdOf('qingshan-2023.txt')},99,福利`, 'nosuchdoc,0,福利'].join('\n'),
    );
    const r = await runCli(['label', 'import', csv, '--db', db]);
    rmSync(csv);
    expect(r.code).toBe(1);
    expect(r.err).toContain('4 problem(s), nothing was imported');
    const problems = [...r.err.matchAll(/^ {2}(line \d+: .*)$/gm)].map((m) => m[1]);
    expect(problems).toEqual([
      expect.stringMatching(/^line 2: document \S+ has no paragraph 99/),
      expect.stringMatching(/^line 2: unknown label\(s\) "福利"/),
      'line 3: no document "nosuchdoc" in the database',
      expect.stringMatching(/^line 3: unknown label\(s\) "福利"/),
    ]);
  });

  it('stats counts activity months in the terms of query months', async () => {
    const stats = Object.fromEntries(
      (
        JSON.parse((await runCli(['stats', '--db', db, '--format', 'json'])).out) as Array<{
          metric: string;
          value: number;
        }>
      ).map((r) => [r.metric, r.value]),
    );
    expect(stats).toMatchObject({
      'activities: month stated': 14,
      'activities: month from a festival': 2,
      'activities: month inferred (week, order)': 1,
      'activities: undated': 1,
    });
    const months = JSON.parse(
      (await runCli(['query', 'months', '--db', db, '--format', 'json', '--include-duplicates', '--include-off-topic']))
        .out,
    ) as Array<{ month: number | string; activities: number }>;
    const unknown = months.find((m) => m.month === 'unknown')!.activities;
    // Stated and festival months count in their month (issue 16); inferred and undated ones under unknown.
    expect(unknown).toBe(stats['activities: month inferred (week, order)']! + stats['activities: undated']!);
    expect(months.reduce((n, m) => n + m.activities, 0) - unknown).toBe(
      stats['activities: month stated']! + stats['activities: month from a festival']!,
    );
    expect(readdirSync(dir)).not.toContain('new');
  });
});
