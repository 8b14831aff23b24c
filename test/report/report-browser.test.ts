// The report in a real browser: headless Chromium (Debian's chromium package; .ci/run installs it) opens
// the page from disk. Charts and tables are visible, the console has no errors, the page asks for nothing
// beyond itself, a figure's link leads down to its documents, and a document holding <script> shows it as
// text. The test's folder (with the screenshot) is removed at the end unless GONGHUI_KEEP_TEST_FILES is set.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';
import { REPORT_FONTS } from '../../src/report/style.ts';
import { openDatabase } from '../../src/store/database.ts';
import { buildAnalysisDb, docIdOf } from '../helpers/analysis-db.ts';

const CHROMIUM = process.env.GONGHUI_CHROMIUM ?? '/usr/bin/chromium';
// Run in the page (a string: the project's TypeScript has no DOM types): every figure within its section,
// every chart within its figure, every text of a chart within the chart, and no horizontal scroll.
const FIT_CHECK = `(() => {
  const out = [];
  const within = (el, box) => {
    const a = el.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    return a.left >= b.left - 0.5 && a.right <= b.right + 0.5;
  };
  const figures = [...document.querySelectorAll('figure')];
  for (const f of figures) {
    if (!within(f, f.parentElement)) out.push('figure ' + f.id + ' wider than its section');
    const svg = f.querySelector('svg');
    if (!svg || !within(svg, f)) out.push('chart of ' + f.id + ' wider than its figure');
    // Every label, axis title and legend entry drawn inside its chart, not cut off at an edge.
    for (const t of svg ? svg.querySelectorAll('text') : [])
      if (t.textContent.trim() && !within(t, svg)) out.push('text "' + t.textContent + '" of ' + f.id + ' cut off');
  }
  // A short token (a year, a stage, a share "91.7 %", a kind, a month) is never broken over two lines.
  for (const td of document.querySelectorAll('td')) {
    const text = td.textContent.trim();
    if (!/^([\\w.-]{1,10}|\\d+(\\.\\d+)? %)$/.test(text)) continue;
    const range = document.createRange();
    range.selectNodeContents(td);
    const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    if (lines.size > 1) out.push('cell "' + text + '" broken over ' + lines.size + ' lines');
  }
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) out.push('page scrolls: ' + root.scrollWidth + ' > ' + root.clientWidth);
  return { problems: out, figures: figures.length };
})()`;

/** The families of the installed fonts that cover Chinese (fontconfig's names; none when fc-list is missing). */
function cjkFamilies(): string[] {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
      .split(/[,\n]/)
      .map((f) => f.trim());
  } catch {
    return [];
  }
}

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

describe('the report in headless Chromium', () => {
  it('shows charts and tables, logs no errors, requests nothing, and shows <script> in a document as text', async () => {
    expect(existsSync(CHROMIUM), `no browser at ${CHROMIUM}: apt-get install chromium, or set GONGHUI_CHROMIUM`).toBe(
      true,
    );
    const dir = mkdtempSync(join(tmpdir(), 'gonghui-report-browser-'));
    const out = join(dir, 'report.html');
    const r = await runCli(['report', '--db', buildAnalysisDb(dir), '--out', out]);
    expect(r.code, r.err).toBe(0);

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.setDefaultTimeout(5000);
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('request', (req) => requests.push(req.url()));
      const url = pathToFileURL(out).href;
      await page.goto(url);

      const charts = page.locator('figure svg');
      expect(await charts.count()).toBe(5);
      for (const chart of await charts.all()) {
        await chart.scrollIntoViewIfNeeded();
        expect(await chart.isVisible()).toBe(true);
        const box = (await chart.boundingBox())!;
        expect(box.width).toBeGreaterThan(100);
        expect(box.height).toBeGreaterThan(50);
      }
      expect(await page.locator('#heatmap svg [role="graphics-symbol"]').count()).toBeGreaterThan(5);
      for (const id of ['overview', 'heatmap', 'comparison', 'clusters'])
        expect(await page.locator(`#${id} table`).first().isVisible()).toBe(true);
      expect(await page.locator('#comparison td.no').count()).toBeGreaterThan(0);

      // A heatmap cell is a link down to its month, which links to the document.
      // Clicked where a reader would: the middle of the cell, where its count is written.
      const cell = page.locator('#heatmap svg a[*|href="#month-3"] path').first();
      await cell.scrollIntoViewIfNeeded();
      const box = (await cell.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForURL(/#month-3$/);
      expect(new URL(page.url()).hash).toBe('#month-3');
      await page
        .locator(`#months a[href="#doc-${docIdOf('qingshan-2022.txt')}"]`)
        .first()
        .click();
      expect(new URL(page.url()).hash).toBe(`#doc-${docIdOf('qingshan-2022.txt')}`);

      // Untrusted text stays text.
      const doc = page.locator(`#doc-${docIdOf('anonymised.txt')}`);
      await doc.locator('details.text summary').click();
      expect(await doc.locator('.text p').innerText()).toContain(
        '<script>window.__pwned = true</script><img src=x onerror=',
      );
      expect(await doc.locator('h3').innerText()).toBe('<b>xx小学</b>工会工作计划');
      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      expect(await page.locator('main script, main img').count()).toBe(0);

      // Chart labels take the page's font stack (they inherit it rather than repeat it on every label).
      const fonts = (await page.evaluate(
        `[getComputedStyle(document.body).fontFamily, getComputedStyle(document.querySelector('svg text')).fontFamily]`,
      )) as [string, string];
      expect(fonts[1]).toBe(fonts[0]);
      expect(fonts[0]).toContain('Noto Sans CJK SC');

      // Chinese is drawn with a Chinese font of the page's stack whenever one is installed under its usual name.
      const installed = REPORT_FONTS.split(', ')
        .map((f) => f.replace(/"/g, ''))
        .filter((f) => cjkFamilies().includes(f));
      if (installed.length > 0) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        const { root } = await cdp.send('DOM.getDocument');
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        expect(fonts.map((f) => f.familyName)).toContain(installed[0]);
      }

      const screenshot = join(dir, 'report.png');
      await page.goto(url);
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(statSync(screenshot).size).toBeGreaterThan(10_000);
      if (process.env.GONGHUI_KEEP_TEST_FILES) console.log(`report screenshot: ${screenshot}`);

      expect(problems).toEqual([]);
      expect(new Set(requests.map((u) => u.split('#')[0]))).toEqual(new Set([url]));
    } finally {
      await browser.close();
      if (!process.env.GONGHUI_KEEP_TEST_FILES) rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fits every chart in its container, at 1280 px and at 390 px, with no horizontal scroll (the samples)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gonghui-report-fit-'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
    try {
      const db = join(dir, 'samples.db');
      const ingest = await runCli(['ingest', 'corpus/samples', '--db', db, '--archive', join(dir, 'raw')]);
      expect(ingest.code, ingest.err).toBe(0);
      const out = join(dir, 'report.html');
      const r = await runCli(['report', '--db', db, '--out', out]);
      expect(r.code, r.err).toBe(0);
      const pages = r.out.trim().split('\n');
      expect(pages.length).toBeGreaterThan(1);
      for (const width of [1280, 390]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        page.setDefaultTimeout(5000);
        // The overview and the busiest year's page.
        for (const file of [pages[0]!, pages.at(-1)!]) {
          await page.goto(pathToFileURL(file).href);
          expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
          const found = (await page.evaluate(FIT_CHECK)) as { problems: string[]; figures: number };
          expect(found.problems, `${file} at ${width} px`).toEqual([]);
          expect(found.figures).toBeGreaterThan(0);
        }
        await page.close();
      }
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a year, a stage and a share on one line beside long text, at 1280 px and at 390 px', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gonghui-report-cells-'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
    try {
      const db = buildAnalysisDb(dir);
      // A failed source with a long path and a long message beside its short stage.
      const conn = openDatabase(db);
      try {
        conn
          .prepare(
            "INSERT INTO errors (source, source_key, stage, message, at) VALUES (?, ?, 'acquire', ?, '2024-01-01T00:00:00Z')",
          )
          .run(
            '/home/office/downloads/district-union/2024/spring-term/plans-and-summaries-of-every-school.tsv',
            '/home/office/x.tsv',
            `unsupported file type .tsv: not read (${'reads .txt .md .html .docx .doc .pdf and more '.repeat(3)})`,
          );
      } finally {
        conn.close();
      }
      const out = join(dir, 'report.html');
      const r = await runCli(['report', '--db', db, '--out', out, '--org', '青山', '--org', '红星']);
      expect(r.code, r.err).toBe(0);
      for (const width of [1280, 390]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(pathToFileURL(out).href);
        const found = (await page.evaluate(FIT_CHECK)) as { problems: string[] };
        expect(
          found.problems.filter((p) => p.startsWith('cell')),
          `at ${width} px`,
        ).toEqual([]);
        expect(await page.locator('#overview td', { hasText: /^acquire$/ }).count()).toBe(1);
        await page.close();
      }
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
