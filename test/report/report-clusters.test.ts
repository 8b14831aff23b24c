// The template clusters of the report: a report on some schools shows only their documents there too (an office
// hands it to those schools), off-topic documents are left out as everywhere else in the report, and a cluster's
// heading counts the orgs it names, not documents without one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterHeading } from '../../src/report/sections/clusters.ts';
import { messagesFor } from '../../src/report/messages.ts';
import { openDatabase } from '../../src/store/database.ts';
import { countOrgs } from '../../src/store/similarity-clusters.ts';
import { runCli } from '../cli/run-cli.ts';
import { type DocSpec, docIdOf, writeDoc } from '../helpers/analysis-db.ts';

const plan = (file: string, org: string | null, year: number, onTopic = true): DocSpec => ({
  file,
  title: `${file.replace('.txt', '')}工会工作计划`,
  org,
  year,
  kind: onTopic ? 'plan' : 'other',
  onTopic,
  paragraphs: [{ text: '开展教职工文体活动，组织教职工体检。', labels: ['建设'] }],
  activities: [{ month: 3, text: '教职工登山活动', category: '文体活动' }],
});

// One template copied by 蓝山小学, 绿水中学, 白云小学 and two documents naming no school (one of 2023);
// two more documents naming no school copy each other; two off-topic notices are the same page twice.
const DOCS: DocSpec[] = [
  plan('lanshan.txt', '蓝山小学', 2024),
  plan('lvshui.txt', '绿水中学', 2024),
  plan('baiyun.txt', '白云小学', 2024),
  plan('noname-a.txt', null, 2024),
  plan('noname-b.txt', null, 2023),
  plan('noname-c.txt', null, 2024),
  plan('noname-d.txt', null, 2024),
  plan('notice-a.txt', null, 2024, false),
  plan('notice-b.txt', null, 2024, false),
];
const PAIRS: Array<[string, string, number]> = [
  ['lvshui.txt', 'lanshan.txt', 0.9],
  ['baiyun.txt', 'lanshan.txt', 0.92],
  ['noname-a.txt', 'lanshan.txt', 0.88],
  ['noname-b.txt', 'lvshui.txt', 0.87],
  ['noname-c.txt', 'noname-d.txt', 0.95],
  ['notice-b.txt', 'notice-a.txt', 0.99],
];

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gonghui-report-clusters-'));
  db = join(dir, 'clusters.db');
  const conn = openDatabase(db);
  try {
    for (const d of DOCS) writeDoc(conn, d);
    conn.exec(`CREATE TABLE IF NOT EXISTS document_similarity (
      doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, other_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      similarity REAL NOT NULL, jaccard REAL NOT NULL, PRIMARY KEY (doc_id, other_id), CHECK (doc_id <> other_id)) WITHOUT ROWID`);
    const pair = conn.prepare(
      'INSERT INTO document_similarity (doc_id, other_id, similarity, jaccard) VALUES (?, ?, ?, 0.8)',
    );
    for (const [a, b, s] of PAIRS) pair.run(docIdOf(a), docIdOf(b), s);
    conn
      .prepare('UPDATE documents SET duplicate_of = ? WHERE id = ?')
      .run(docIdOf('notice-a.txt'), docIdOf('notice-b.txt'));
  } finally {
    conn.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The clusters section of a page: its headings, and the documents its tables name. */
async function clusters(out: string, ...args: string[]) {
  const r = await runCli(['report', '--db', db, '--out', join(dir, out), ...args]);
  expect(r.code, r.err).toBe(0);
  const pages = r.out.trim().split('\n');
  return pages.map((path) => {
    const page = readFileSync(path, 'utf8');
    const section = page.slice(page.indexOf('<section id="clusters">'), page.indexOf('<section id="months">'));
    return {
      path,
      headings: [...section.matchAll(/<h3 id="cluster-\d+">([^<]*)<\/h3>/g)].map((m) => m[1]),
      docs: DOCS.map((d) => d.file).filter(
        (f) => section.includes(docIdOf(f)) || section.includes(f.replace('.txt', '')),
      ),
    };
  });
}

describe('the report template clusters', () => {
  it('--org shows only those schools documents in the clusters, on the overview and on the year pages', async () => {
    const [overview, ...years] = await clusters('org/report.html', '--org', '蓝山小学', '--org', '绿水中学');
    expect(overview!.headings).toEqual(['聚类 1：2 份文档，2 个单位，相似度 90.0 %']);
    expect(overview!.docs).toEqual(['lanshan.txt', 'lvshui.txt']);
    expect(years.length).toBe(1);
    expect(years[0]!.docs).toEqual(['lanshan.txt', 'lvshui.txt']);
    const [year] = await clusters('org-2024.html', '--org', '蓝山小学', '--org', '绿水中学', '--year', '2024');
    expect(year!.docs).toEqual(['lanshan.txt', 'lvshui.txt']);
  });

  it('leaves off-topic documents out, and counts named orgs only, saying how many documents name none', async () => {
    const [overview] = await clusters('all/report.html');
    expect(overview!.headings).toEqual([
      '聚类 1：5 份文档，3 个单位，另有 2 份单位未知或匿名，相似度 87.0 %–92.0 %',
      '聚类 2：2 份文档，单位均未知或匿名，相似度 95.0 %',
    ]);
    expect(overview!.docs).not.toContain('notice-a.txt');
    expect(overview!.docs).not.toContain('notice-b.txt');
    const [en] = await clusters('en/report.html', '--lang', 'en');
    expect(en!.headings).toEqual([
      'Cluster 1: 5 documents, 3 orgs, 2 more with an unknown or anonymised org, similarity 87.0 %–92.0 %',
      'Cluster 2: 2 documents, none with a known org, similarity 95.0 %',
    ]);
  });

  it('counts an anonymised placeholder as naming no org', () => {
    const member = (org: string | null, anonymised = false) => ({ org, org_anonymised: anonymised });
    const members = [member('蓝山小学'), member('蓝山小学'), member('xx小学', true), member(null)];
    expect(countOrgs(members)).toEqual({ orgs: 1, unnamed: 2 });
    expect(clusterHeading(messagesFor('zh-CN'), 3, { members: [...members], ...countOrgs(members) } as never)).toBe(
      '聚类 3：4 份文档，1 个单位，另有 2 份单位未知或匿名',
    );
  });
});
