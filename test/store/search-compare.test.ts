// gonghui search and gonghui compare on the analysis database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChecklist, ChecklistError } from '../../src/store/checklist.ts';
import { orgId } from '../../src/store/orgs.ts';
import { openDatabase } from '../../src/store/database.ts';
import { hiddenMatches, highlightSnippet, matchExpression, type SearchQuery } from '../../src/store/search.ts';
import { noMatchMessage } from '../../src/commands/search.ts';
import { ANALYSIS_DOCS, buildAnalysisDb, docIdOf, type DocSpec, writeDoc } from '../helpers/analysis-db.ts';
import { runCli } from '../cli/run-cli.ts';

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gonghui-search-'));
  db = buildAnalysisDb(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = async (args: string[]) => {
  const r = await runCli([...args, '--db', db, '--format', 'json']);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out);
};

describe('gonghui search', () => {
  it('finds paragraphs holding every term, ranked, with document, org, year and a highlighted snippet', async () => {
    const hits = await json(['search', '慰问困难教职工']);
    expect(hits).toHaveLength(1); // the template copy is a near-duplicate: left out by default
    expect(hits[0]).toMatchObject({
      doc_id: docIdOf('qingshan-2022.txt'),
      org: '青山小学',
      year: 2022,
      kind: 'plan',
      paragraph: 3,
      labels: ['维权'],
    });
    expect(hits[0].snippet).toBe('开展送温暖活动，«慰问困难教职工»，组织教职工体检。');
    expect(hits[0].score).toBeGreaterThan(0);
    expect(await json(['search', '慰问困难教职工', '--include-duplicates'])).toHaveLength(2);
    // Two terms need not be next to each other; one term must occur as written.
    expect((await json(['search', '送温暖', '体检'])).map((h: { paragraph: number }) => h.paragraph)).toEqual([3]);
    expect(await json(['search', '温暖体检'])).toEqual([]);
  });

  it('converts a traditional query to simplified: 教職工 finds what 教职工 finds', async () => {
    const simplified = await json(['search', '教职工', '--limit', '100']);
    expect(simplified.length).toBeGreaterThan(2);
    expect(await json(['search', '教職工', '--limit', '100'])).toEqual(simplified);
    const r = await runCli(['search', '體檢', '--db', db]);
    expect(r.out).toContain('组织教职工«体检»');
  });

  it('finds from sqlite3 with the MATCH form it prints what the CLI finds (体检 inside 教职工体检, 教职工 inside 全体教职工)', async () => {
    const conn = openDatabase(db, { readonly: true });
    try {
      for (const q of ['体检', '教职工', '职', '慰问 困难']) {
        const r = await runCli([
          'search',
          q,
          '--db',
          db,
          '--format',
          'json',
          '--include-duplicates',
          '--include-off-topic',
          '--show-match',
          '--limit',
          '1000',
        ]);
        const match = /^MATCH '(.*)'$/m.exec(r.err)![1]!.replace(/''/g, "'");
        const sql = conn
          .prepare(
            `SELECT p.doc_id || ':' || p.idx FROM paragraph_search JOIN paragraphs p ON p.id = paragraph_search.rowid
                                  WHERE paragraph_search MATCH ? ORDER BY 1`,
          )
          .pluck()
          .all(match) as string[];
        const cli = (JSON.parse(r.out) as Array<{ doc_id: string; paragraph: number }>)
          .map((h) => `${h.doc_id}:${h.paragraph}`)
          .sort();
        expect(cli, q).toEqual(sql);
        // …and exactly the paragraphs whose text contains the words.
        const like = conn
          .prepare(
            `SELECT doc_id || ':' || idx FROM paragraphs WHERE ${q
              .split(' ')
              .map(() => 'instr(text, ?) > 0')
              .join(' AND ')} ORDER BY 1`,
          )
          .pluck()
          .all(...q.split(' ')) as string[];
        expect(sql, q).toEqual(like);
      }
      expect(
        conn.prepare("SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH '体检'").pluck().get(),
      ).toBe(3);
    } finally {
      conn.close();
    }
  });

  it('finds a word inside the compounds jieba keeps whole (体检 in 教职工体检)', async () => {
    const hits = await json(['search', '体检']);
    expect(hits.map((h: { doc_id: string }) => h.doc_id).sort()).toEqual(
      [docIdOf('qingshan-2022.txt'), docIdOf('hongxing-2022.txt')].sort(),
    );
    expect(hits[0].snippet).toContain('教职工«体检»');
  });

  it('filters by function and org', async () => {
    expect((await json(['search', '教代会'])).map((h: { org: string }) => h.org)).toEqual(['青山小学', '青山小学']);
    expect(await json(['search', '教代会', '--function', '教育'])).toEqual([]);
    expect((await json(['search', '体检', '--org', '红星'])).map((h: { doc_id: string }) => h.doc_id)).toEqual([
      docIdOf('hongxing-2022.txt'),
    ]);
  });

  it('treats FTS syntax and quotes in the query as text', async () => {
    for (const q of ['教代会 OR 体检', '"教代会', 'NEAR(教代会 体检)', '教代会*', "'; DROP TABLE paragraphs; --"]) {
      const r = await runCli(['search', q, '--db', db, '--format', 'json']);
      expect(r.code, `${q}: ${r.err}`).toBe(0);
    }
    expect(await json(['search', '教代会 OR 体检'])).toEqual([]); // "OR" is a word here, and no paragraph has it
    expect(matchExpression('a"b OR 教职工 会*')).toBe('"a" * AND "b" * AND "or" AND "教职 职工" AND "会" *');
  });

  it('says how many paragraphs the left-out documents hold, and which option shows them, when nothing is found', async () => {
    // Only the near-duplicate copy has this title line; only the off-topic report has 政府信息.
    const copy = await runCli(['search', '红星中学工会工作计划', '--db', db]);
    expect(copy.code).toBe(0);
    expect(copy.err).toBe(
      'no paragraph contains all of: 红星中学工会工作计划\n  1 paragraph in near-duplicate documents does: --include-duplicates shows it\n',
    );
    const offTopic = await runCli(['search', '政府信息', '--db', db]);
    expect(offTopic.err).toContain('1 paragraph in off-topic documents does: --include-off-topic shows it');
    expect(offTopic.err).not.toContain('--include-duplicates');
    // Nothing anywhere, or the option already given: no hint.
    expect((await runCli(['search', '无此内容', '--db', db])).err).toBe('no paragraph contains all of: 无此内容\n');
    const given = await runCli(['search', '政府信息', '--db', db, '--include-off-topic', '--year', '2021']);
    expect(given.err).toBe('no paragraph contains all of: 政府信息\n');
    // Paragraphs only in off-topic near-duplicates need both options.
    expect(
      noMatchMessage(['drop', 'table'], [{ option: '--include-duplicates --include-off-topic', paragraphs: 3 }]),
    ).toBe(
      'no paragraph contains all of: drop table\n  3 paragraphs in off-topic near-duplicate documents do: --include-duplicates --include-off-topic shows them\n',
    );
  });

  it('counts, for each option, only the paragraphs it alone or both together would add', () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'gonghui-hidden-'));
    try {
      const path = buildAnalysisDb(dir2);
      const conn = openDatabase(path);
      const doc = (file: string, onTopic: boolean): DocSpec => ({
        file,
        title: '某校工会简报',
        org: null,
        year: 2023,
        kind: 'other',
        onTopic,
        paragraphs: [{ text: '举办紫藤花下读书会，教职工踊跃参加。' }],
        activities: [],
      });
      writeDoc(conn, doc('dup-only.txt', true));
      writeDoc(conn, doc('off-only.txt', false));
      writeDoc(conn, doc('dup-and-off.txt', false));
      const original = docIdOf('qingshan-2022.txt');
      for (const f of ['dup-only.txt', 'dup-and-off.txt'])
        conn.prepare('UPDATE documents SET duplicate_of = ? WHERE id = ?').run(original, docIdOf(f));
      expect(hiddenMatches(conn, { text: '紫藤花' } as SearchQuery)).toEqual([
        { option: '--include-duplicates', paragraphs: 1 },
        { option: '--include-off-topic', paragraphs: 1 },
        { option: '--include-duplicates --include-off-topic', paragraphs: 1 },
      ]);
      conn.close();
    } finally {
      rmSync(dir2, { recursive: true, force: true });
    }
  });

  it('rejects a query with no words', async () => {
    const r = await runCli(['search', '，。！', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('nothing to search for');
  });

  it('marks every occurrence in a window around the first match', () => {
    const text = `${'前'.repeat(50)}组织教职工体检，体检后建立健康档案。${'后'.repeat(50)}`;
    const snippet = highlightSnippet(text, ['体检']);
    expect(snippet).toMatch(/^…前+组织教职工«体检»，«体检»后建立健康档案。后+…$/);
    expect([...snippet.replace(/[«»…]/g, '')].length).toBe(60);
  });
});

describe('gonghui compare', () => {
  it('puts two schools side by side, one named by id', async () => {
    const c = await json(['compare', '青山小学', orgId('红星中学')]);
    expect(Object.keys(c)).toEqual(['orgs', 'functions', 'schedule', 'checklist', 'unique', 'nearest']);
    expect(c.orgs.map((o: { org: string; compared: number }) => [o.org, o.compared])).toEqual([
      ['青山小学', 2],
      ['红星中学', 2],
    ]);
    expect(c.functions.find((r: { function: string }) => r.function === '维权')).toEqual({
      function: '维权',
      青山小学: 0.143,
      红星中学: 0.333,
    });
    const march = c.schedule.find((r: { month: number }) => r.month === 3);
    expect(march).toEqual({
      month: 3,
      青山小学: '教代会与民主管理 ×2, 节日庆祝',
      红星中学: '节日庆祝 ×2, 教代会与民主管理',
    });
    expect(c.schedule.at(-1)).toEqual({ month: 'unknown', 青山小学: '慰问帮扶, 退休教职工', 红星中学: '' });
  });

  it('checks the checklist: how many documents of each school mention each item, and who misses it', async () => {
    const c = await json(['compare', '青山小学', '红星中学']);
    const item = (id: string) => c.checklist.find((r: { item: string }) => r.item === id);
    expect(item('staff-congress')).toEqual({
      item: 'staff-congress',
      label: '教代会',
      required: true,
      青山小学: 2,
      红星中学: 1,
      missing: '',
    });
    expect(item('health-check')).toMatchObject({ 青山小学: 1, 红星中学: 2, missing: '' });
    expect(item('teachers-day')).toMatchObject({ 青山小学: 1, 红星中学: 1 });
    expect(item('womens-day')).toMatchObject({ 青山小学: 0, 红星中学: 0, missing: '青山小学, 红星中学' });
    expect(c.unique).toContainEqual({ org: '红星中学', kind: 'category', item: '文体活动', example: '教职工运动会' });
    expect(c.unique).toContainEqual({ org: '红星中学', kind: 'checklist', item: '文体活动', example: '文体活动' });
    expect(c.unique).toContainEqual({
      org: '青山小学',
      kind: 'category',
      item: '退休教职工',
      example: '重阳节慰问退休教师',
    });
  });

  it("shows each document's nearest other document (template copying)", async () => {
    const c = await json(['compare', '红星中学', '青山小学']);
    const copy = c.nearest.find((r: { document: string }) => r.document === docIdOf('hongxing-copy.txt'));
    expect(copy).toMatchObject({
      org: '红星中学',
      nearest: docIdOf('qingshan-2022.txt'),
      nearest_org: '青山小学',
      similarity: 0.93,
    });
    const original = c.nearest.find((r: { document: string }) => r.document === docIdOf('qingshan-2022.txt'));
    // Either way: 93 % of the copy is in the original, 91 % of the original in the copy.
    expect(original).toMatchObject({
      nearest: docIdOf('hongxing-copy.txt'),
      similarity: 0.93,
      this_in_nearest: 0.91,
      nearest_in_this: 0.93,
    });
    const own = c.nearest.find((r: { document: string }) => r.document === docIdOf('hongxing-2022.txt'));
    expect(own).toMatchObject({ nearest: docIdOf('qingshan-2022.txt'), similarity: 0.55 });
    expect(c.nearest.find((r: { document: string }) => r.document === docIdOf('qingshan-2023.txt'))).toMatchObject({
      nearest: null,
      similarity: null,
    });
  });

  it('marks a school with no document for the year as n/a, not 0 or missing', async () => {
    const c = await json(['compare', '青山小学', '红星中学', '--year', '2023']);
    expect(
      c.orgs.map((o: { org: string; compared: number; note: string | null }) => [o.org, o.compared, o.note]),
    ).toEqual([
      ['青山小学', 1, null],
      ['红星中学', 0, 'no documents for 2023'],
    ]);
    expect(c.functions.find((r: { function: string }) => r.function === '参与')).toEqual({
      function: '参与',
      青山小学: 0.5,
      红星中学: null,
    });
    const item = (id: string) => c.checklist.find((r: { item: string }) => r.item === id);
    expect(item('health-check')).toMatchObject({ 青山小学: 0, 红星中学: null, missing: '青山小学' });
    expect(item('staff-congress')).toMatchObject({ 青山小学: 1, 红星中学: null, missing: '' });
    expect(c.schedule.find((r: { month: number }) => r.month === 3)).toEqual({
      month: 3,
      青山小学: '教代会与民主管理',
      红星中学: null,
    });
    expect(c.unique).toEqual([]); // one school with documents: nothing to compare
    const table = await runCli(['compare', '青山小学', '红星中学', '--year', '2023', '--db', db]);
    expect(table.out).toMatch(/红星中学\s+.*\s0\s+0\s+no documents for 2023\n/);
    expect(table.out).toMatch(/参与\s+0\.5\s+n\/a\n/);
    expect(table.out).toMatch(/health-check\s+体检\s+true\s+0\s+n\/a\s+青山小学\n/);
    expect((await json(['compare', '青山小学', '红星中学', '--kind', 'summary', '--year', '2022'])).orgs[0].note).toBe(
      'no summaries for 2022',
    );
  });

  it('prints sections as tables, one section as CSV, and needs --section for CSV', async () => {
    const table = await runCli(['compare', '青山', '红星', '--db', db]);
    expect(table.code).toBe(0);
    expect(table.out).toContain('== Checklist coverage');
    expect(table.out).toMatch(/staff-congress\s+教代会\s+true\s+2\s+1/);
    expect((await runCli(['compare', '青山', '红星', '--db', db, '--format', 'csv'])).code).toBe(2);
    const csv = await runCli(['compare', '青山', '红星', '--db', db, '--format', 'csv', '--section', 'checklist']);
    expect(csv.out.split('\r\n')[0]).toBe('\ufeffitem,label,required,青山小学,红星中学,missing');
  });

  it('rejects an unknown org with close matches, and a bad checklist file naming the key', async () => {
    const r = await runCli(['compare', '青山小学', '红心中学', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no organisation matches "红心中学"; close matches: 红星中学');
    const bad = join(dir, 'checklist.json');
    writeFileSync(bad, JSON.stringify({ items: [{ id: 'x', label: '体检', terms: ['检'], why: 'too short a term' }] }));
    const b = await runCli(['compare', '青山小学', '--db', db, '--checklist', bad]);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/items\[0\]\.terms\[0\]\[0\] \(id "[^"]+"\): a term needs at least two characters/);
    expect(() => loadChecklist(join(dir, 'missing.json'))).toThrow(ChecklistError);
  });

  it('the default checklist has the required items', () => {
    const required = loadChecklist()
      .filter((i) => i.required)
      .map((i) => i.label);
    expect(required).toEqual(['教代会', '校务公开', '师德考核', '体检', '慰问困难教职工', '教师节']);
  });
});

describe('gonghui compare: nearest either way, unique items by their basis', () => {
  let dir2: string;
  let db2: string;
  beforeAll(() => {
    dir2 = mkdtempSync(join(tmpdir(), 'gonghui-compare-'));
    // 绿野小学: a document whose activities were not found, mentioning 体检 in its text.
    db2 = buildAnalysisDb(dir2, [
      ...ANALYSIS_DOCS,
      {
        file: 'lvye-2022.txt',
        title: '绿野小学工会2022年工作计划',
        org: '绿野小学',
        year: 2022,
        kind: 'plan',
        paragraphs: [{ text: '组织教职工体检，关心教职工健康。', labels: ['维权'] }],
        activities: [],
      },
    ]);
    // A pair stored one way only: 97 % of 红星's 2022 plan is in 青山's 2023 summary, too little the other way.
    const conn = openDatabase(db2);
    conn
      .prepare('INSERT INTO document_similarity (doc_id, other_id, similarity, jaccard) VALUES (?, ?, 0.97, 0.4)')
      .run(docIdOf('hongxing-2022.txt'), docIdOf('qingshan-2023.txt'));
    conn.close();
  });
  afterAll(() => rmSync(dir2, { recursive: true, force: true }));

  it('shows a pair stored one way from both documents', async () => {
    const r = await runCli([
      'compare',
      '青山小学',
      '红星中学',
      '--db',
      db2,
      '--format',
      'json',
      '--section',
      'nearest',
    ]);
    const rows = JSON.parse(r.out) as Array<Record<string, unknown>>;
    expect(rows.find((n) => n.document === docIdOf('qingshan-2023.txt'))).toMatchObject({
      nearest: docIdOf('hongxing-2022.txt'),
      nearest_org: '红星中学',
      similarity: 0.97,
      this_in_nearest: null,
      nearest_in_this: 0.97,
    });
    expect(rows.find((n) => n.document === docIdOf('hongxing-2022.txt'))).toMatchObject({
      nearest: docIdOf('qingshan-2023.txt'),
      similarity: 0.97,
      this_in_nearest: 0.97,
      nearest_in_this: null,
    });
    const table = await runCli(['compare', '青山小学', '红星中学', '--db', db2, '--section', 'nearest']);
    expect(table.out).toContain("== Each document's nearest other document, either way");
  });

  it('compares categories among schools with activities, checklist terms among schools with documents', async () => {
    const r = await runCli(['compare', '红星中学', '绿野小学', '--db', db2, '--format', 'json', '--section', 'unique']);
    // 绿野 has no activities: 红星's categories are not "only 红星's"; 体检 is in both texts, 教师节 only in 红星's.
    const unique = JSON.parse(r.out) as Array<{ org: string; kind: string; item: string }>;
    expect(unique.filter((u) => u.kind === 'category')).toEqual([]);
    const items = unique.map((u) => u.item);
    expect(items).toContain('教师节');
    expect(items).not.toContain('体检');
    const table = await runCli(['compare', '红星中学', '绿野小学', '--db', db2, '--section', 'unique']);
    expect(table.out).toContain(
      '== Only one of them has (category: an activity category, among orgs with activities; checklist: a checklist term in the text, among orgs with documents)',
    );
  });
});
