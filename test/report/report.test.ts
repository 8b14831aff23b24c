// gonghui report: one self-contained page, every link resolves, document text escaped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { buildAnalysisDb, docIdOf } from '../helpers/analysis-db.ts';
import { runCli } from '../cli/run-cli.ts';
import { escapeHtml, html } from '../../src/report/html.ts';
import { estimateTextWidth, prefixIds } from '../../src/report/charts.ts';

let dir: string;
let page: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gonghui-report-'));
  const db = buildAnalysisDb(dir);
  const r = await runCli(['report', '--db', db, '--out', join(dir, 'out', 'report.html')]);
  expect(r.code, r.err).toBe(0);
  // The overview first, then a page per year the documents state.
  expect(r.out.trim().split('\n')).toEqual(
    ['report.html', 'report-2021.html', 'report-2022.html', 'report-2023.html'].map((f) => join(dir, 'out', f)),
  );
  page = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gonghui report', () => {
  it('has every section the issue lists', () => {
    for (const id of [
      'overview',
      'heatmap',
      'functions',
      'plan-vs-summary',
      'comparison',
      'clusters',
      'months',
      'orgs',
      'years',
      'documents',
    ]) {
      expect(page).toContain(`<section id="${id}">`);
    }
    expect(page.match(/<svg /g)?.length).toBe(5);
    expect(page).toContain('聚类 1：2 份文档，2 个单位，相似度 91.0 %–93.0 %');
  });

  it('says under the per-year table that it leaves out the near-duplicates and off-topic documents the summary counts', () => {
    const overview = page.slice(page.indexOf('<section id="overview">'), page.indexOf('<h3>整个数据库的计数</h3>'));
    const text = overview.replace(/<[^>]+>/g, '');
    expect(text).toContain('本报告范围内共 6 份文档');
    expect(text).toContain('本表计 4 份文档：不含近似重复（1 份）和偏离主题（1 份）的文档。');
  });

  it('is self-contained: no script, no external resource, a CSP that forbids both', () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/\s(src|href)="(https?:)?\/\//i);
    expect(page).not.toMatch(/url\((?!#)/);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('links from figures and tables down to targets that exist in the page', () => {
    const ids = new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const links = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(50);
    expect(links.filter((l) => !ids.has(l))).toEqual([]);
    // A heatmap cell leads to its month, the month lists the document.
    expect(page).toMatch(/<a xlink:href="#month-3"/);
    const march = page.slice(page.indexOf('<h3 id="month-3">'), page.indexOf('<h3 id="month-4">'));
    expect(march).toContain(`href="#doc-${docIdOf('qingshan-2022.txt')}"`);
  });

  it('escapes document text, titles and error messages', () => {
    expect(page).toContain(
      'xx小学工会计划&lt;script&gt;window.__pwned = true&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned = true&quot;&gt;',
    );
    expect(page).toContain('&lt;b&gt;xx小学&lt;/b&gt;工会工作计划');
    expect(page).toContain('broken&lt;script&gt;.html');
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
    expect(html`<p>${'<i>'}${['<b>', 1]}</p>`.html).toBe('<p>&lt;i&gt;&lt;b&gt;1</p>');
  });

  it('estimates a Chinese label as a full em per character, so it stays inside the chart', () => {
    expect(estimateTextWidth('教代会与民主管理', 11)).toBe(88);
    expect(estimateTextWidth('12月', 10)).toBe(26);
    expect(estimateTextWidth(' ab ', 10)).toBe(16);
  });

  it('keeps the ids of several charts apart', () => {
    const svg =
      '<svg><defs><linearGradient id="gradient_0"/></defs><path fill="url(#gradient_0)"/><a xlink:href="#month-1"/></svg>';
    expect(prefixIds(svg, 'c1')).toBe(
      '<svg><defs><linearGradient id="c1-gradient_0"/></defs><path fill="url(#c1-gradient_0)"/><a xlink:href="#month-1"/></svg>',
    );
  });

  it('marks a compared school with no document for the year as n/a, not missing', async () => {
    const db = join(dir, 'analysis.db');
    const out = join(dir, 'two-2023.html');
    const r = await runCli(['report', '--db', db, '--out', out, '--org', '青山', '--org', '红星', '--year', '2023']);
    expect(r.code, r.err).toBe(0);
    const comparison = readFileSync(out, 'utf8').split('<section id="comparison">')[1]!.split('</section>')[0]!;
    expect(comparison).toContain('0 (2023 年无文档)');
    // 红星中学's column: n/a in every checklist row (13) and function row (4).
    expect(comparison.match(/title="2023 年无文档">不适用</g)?.length).toBe(13 + 4);
    expect(comparison).toContain('活动类别：按抽取出的活动类别，只在有活动的单位之间比较');
  });

  it('--org limits the report to those schools; an unknown org is a usage error', async () => {
    const db = join(dir, 'analysis.db');
    const out = join(dir, 'qingshan.html');
    const r = await runCli(['report', '--db', db, '--out', out, '--org', '青山', '--year', '2023']);
    expect(r.code, r.err).toBe(0);
    const one = readFileSync(out, 'utf8');
    expect(one).toContain('<h1>学校工会工作报告 — 学校：青山小学 · 2023年</h1>');
    expect(one).toContain(`id="doc-${docIdOf('qingshan-2023.txt')}"`);
    expect(one).not.toContain(`id="doc-${docIdOf('hongxing-2022.txt')}"`);
    expect(one).not.toContain(`id="doc-${docIdOf('qingshan-2022.txt')}"`);
    const bad = await runCli(['report', '--db', db, '--out', out, '--org', '白云小学']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('no organisation matches "白云小学"');
  });
});
