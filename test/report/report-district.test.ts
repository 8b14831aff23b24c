// The report for a district education-union office (issue 17): Chinese by default and English with --lang en,
// every word from the language's message table; an overview and a page per year, or one year with --year;
// the schools compared chosen by activities of counted documents, never a school of near-duplicate copies.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/report/data/messages.en.json' with { type: 'json' };
import zh from '../../src/report/data/messages.zh-CN.json' with { type: 'json' };
import { openDatabase } from '../../src/store/database.ts';
import { corpusStats } from '../../src/store/stats.ts';
import { runCli } from '../cli/run-cli.ts';
import { buildAnalysisDb, type DocSpec, docIdOf, writeDoc } from '../helpers/analysis-db.ts';

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gonghui-report-district-'));
  db = buildAnalysisDb(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (f: string) => readFileSync(join(dir, f), 'utf8');
/** The interface's own text: headings, table headers, captions, empty states, notes and the nav. */
const interfaceText = (page: string) =>
  [...page.matchAll(/<(h2|th|figcaption|nav|p class="(?:note|empty)")[^>]*>([\s\S]*?)<\/(?:h2|th|figcaption|nav|p)>/g)]
    .map((m) => m[2]!.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, ''))
    .join('\n');

describe('the district office report', () => {
  it('has one message table per language, with the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('names every count of the whole database in both tables (a metric renamed in the store is not left in English)', () => {
    const conn = openDatabase(db, { readonly: true });
    let metrics: string[];
    try {
      metrics = corpusStats(conn).map((r) => r.metric);
    } finally {
      conn.close();
    }
    expect(metrics.length).toBeGreaterThan(10);
    const missing = (table: Record<string, string>) => metrics.filter((m) => !(`metric.${m}` in table));
    expect(missing(zh)).toEqual([]);
    expect(missing(en)).toEqual([]);
  });

  it('is Chinese by default: lang zh-CN, Chinese headings, headers, axis titles, legends and empty states', async () => {
    const r = await runCli(['report', '--db', db, '--out', join(dir, 'zh', 'report.html')]);
    expect(r.code, r.err).toBe(0);
    const page = read('zh/report.html');
    expect(page).toContain('<html lang="zh-CN">');
    for (const words of [
      '时间：按月份的活动',
      '学校对比',
      '✗ 缺失',
      '未知月份',
      '计划与总结对照',
      '模板聚类',
      '<th>月份</th>',
    ])
      expect(page).toContain(words);
    // The domain terms stay as they are.
    for (const f of ['维权', '参与', '建设', '教育']) expect(page).toContain(`<th>${f}</th>`);
    // Axis titles and legends of the charts.
    expect(page).toMatch(/<text[^>]*>段落占比<\/text>/);
    expect(page).toMatch(/<text[^>]*>活动数<\/text>/);
    // No English word in the interface (SQL in <code> aside).
    const text = interfaceText(page);
    expect(text.length).toBeGreaterThan(500);
    expect(
      text
        .match(/[A-Za-z]{3,}/g)
        ?.filter(
          (w) => !['gonghui', 'include', 'inferred', 'report', 'query', 'months', 'org', 'duplicate'].includes(w),
        ) ?? [],
    ).toEqual([]);
    // What "unknown" means, in the months section.
    const months = page.slice(page.indexOf('<section id="heatmap">'), page.indexOf('<section id="functions">'));
    expect(months).toContain('“未知月份”指文档没有写明月份的活动');
    expect(months).toContain('--include-inferred');
  });

  it('--lang en is English, from the English table', async () => {
    const r = await runCli(['report', '--db', db, '--out', join(dir, 'en', 'report.html'), '--lang', 'en']);
    expect(r.code, r.err).toBe(0);
    const page = read('en/report.html');
    expect(page).toContain('<html lang="en">');
    for (const words of ['When: activities by month', 'Schools side by side', '✗ missing', '<th>month</th>'])
      expect(page).toContain(words);
    expect(page).toMatch(/<text[^>]*>share of paragraphs<\/text>/);
    expect(interfaceText(page)).not.toMatch(/按月份|学校对比|缺失|未知月份/);
    const bad = await runCli(['report', '--db', db, '--out', join(dir, 'x.html'), '--lang', 'fr']);
    expect(bad.code).toBe(2);
  });

  it('shows when it was generated readably in its language, the ISO time kept in <time datetime>', async () => {
    // The reader's clock: the time is shown in the local time zone, named (here China's, set for the test).
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      for (const [lang, shape] of [
        [
          'zh-CN',
          /生成时间 <time datetime="([^"]+)">(\d{4})年(\d{1,2})月(\d{1,2})日 (\d\d):(\d\d)（GMT\+8）<\/time>。/,
        ],
        ['en', /Generated <time datetime="([^"]+)">([A-Z][a-z]+ \d{1,2}, \d{4}), (\d\d):(\d\d) \(GMT\+8\)<\/time>\./],
      ] as const) {
        const r = await runCli([
          'report',
          '--db',
          db,
          '--out',
          join(dir, `generated-${lang}`, 'report.html'),
          '--lang',
          lang,
        ]);
        expect(r.code, r.err).toBe(0);
        const header = read(`generated-${lang}/report.html`).split('</header>')[0]!;
        const m = shape.exec(header);
        expect(m, header).not.toBeNull();
        const at = new Date(m![1]!);
        expect(m![1]).toBe(at.toISOString());
        // The readable hour is the machine-readable instant's, in China.
        const hour = lang === 'en' ? m![3]! : m![5]!;
        expect(Number(hour)).toBe((at.getUTCHours() + 8) % 24);
        // No raw ISO timestamp outside the attribute.
        expect(header.replace(/datetime="[^"]+"/, '')).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
      }
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('writes an overview and a page per year, linked both ways; --year writes that year only', async () => {
    const r = await runCli(['report', '--db', db, '--out', join(dir, 'years', 'report.html')]);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(join(dir, 'years')).sort()).toEqual([
      'report-2021.html',
      'report-2022.html',
      'report-2023.html',
      'report.html',
    ]);
    const overview = read('years/report.html');
    for (const y of [2021, 2022, 2023]) expect(overview).toContain(`<a href="report-${y}.html">${y}年</a>`);
    const y2022 = read('years/report-2022.html');
    expect(y2022).toContain('<a href="report.html">全部年份</a>');
    expect(y2022).toContain('<strong aria-current="page">2022年</strong>');
    expect(y2022).toContain(`id="doc-${docIdOf('hongxing-2022.txt')}"`);
    expect(y2022).not.toContain(`id="doc-${docIdOf('qingshan-2023.txt')}"`);
    // 2022's counted documents: qingshan-2022 and hongxing-2022 (the copy and the bureau report not counted).
    expect(y2022.replace(/<[^>]+>/g, '')).toContain(
      '本报告范围内共 4 份文档：3 份计划、0 份总结、1 份其他；其中近似重复 1 份、偏离主题 1 份',
    );

    const one = await runCli(['report', '--db', db, '--out', join(dir, 'one', 'r.html'), '--year', '2023']);
    expect(one.code, one.err).toBe(0);
    expect(one.out.trim()).toBe(join(dir, 'one', 'r.html'));
    expect(readdirSync(join(dir, 'one'))).toEqual(['r.html']);
    const page = read('one/r.html');
    expect(page).toContain('<title>学校工会工作报告 — 2023年</title>');
    expect(page).toContain(`id="doc-${docIdOf('qingshan-2023.txt')}"`);
    expect(page).not.toContain(`id="doc-${docIdOf('qingshan-2022.txt')}"`);
    expect(page).not.toContain('id="year-pages"');
  });

  it('compares the schools with most activities of counted documents, never a school of near-duplicates', async () => {
    const sub = join(dir, 'choice');
    const path = join(sub, 'analysis.db');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    const acts = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ month: (i % 12) + 1, text: `活动${i}`, category: '文体活动' }));
    const doc = (file: string, org: string, n: number): DocSpec => ({
      file,
      title: `${org}工会工作计划`,
      org,
      year: 2024,
      kind: 'plan',
      paragraphs: [{ text: `${org}工会工作计划` }],
      activities: acts(n),
    });
    // 复制小学 has the most documents, all copies of 白杨小学's plan; 松柏中学 has one document and 15 activities.
    const docs = [
      doc('baiyang.txt', '白杨小学', 20),
      doc('songbai.txt', '松柏中学', 15),
      doc('copy-1.txt', '复制小学', 0),
      doc('copy-2.txt', '复制小学', 3),
      doc('copy-3.txt', '复制小学', 3),
      doc('few.txt', '少数小学', 2),
    ];
    const conn = openDatabase(path);
    try {
      for (const d of docs) writeDoc(conn, d);
      for (const f of ['copy-1.txt', 'copy-2.txt', 'copy-3.txt'])
        conn.prepare('UPDATE documents SET duplicate_of = ? WHERE id = ?').run(docIdOf('baiyang.txt'), docIdOf(f));
    } finally {
      conn.close();
    }
    const compared = async (...args: string[]) => {
      const out = join(sub, 'report.html');
      const r = await runCli(['report', '--db', path, '--out', out, '--year', '2024', ...args]);
      expect(r.code, r.err).toBe(0);
      const page = readFileSync(out, 'utf8');
      const section = page.slice(page.indexOf('<section id="comparison">'), page.indexOf('<section id="clusters">'));
      const table = section.slice(0, section.indexOf('</table>'));
      return [...table.matchAll(/<a href="#org-[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    };
    expect(await compared('--compare-top', '2')).toEqual(['白杨小学', '松柏中学']);
    expect(await compared()).toEqual(['白杨小学', '松柏中学', '少数小学']);
    // --org still chooses.
    expect(await compared('--org', '复制小学', '--org', '少数小学')).toEqual(['复制小学', '少数小学']);
    expect(existsSync(join(sub, 'report.html'))).toBe(true);
  });
});
