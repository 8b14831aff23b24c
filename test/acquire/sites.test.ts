// URL sources end to end through acquire → decode → extract, against a real HTTP server on 127.0.0.1
// serving the fixture sites (fixtures/sites): decoding to the right characters, chrome dropped, pages
// followed and stitched in order, the archive manifest, and a second acquisition served from the archive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixtureSites } from '../../src/eval/fixture-sites.ts';
import { scoreDocument } from '../../src/eval/extract-eval.ts';
import { type Note } from '../../src/model/stage.ts';
import { collectingContext } from '../../src/pipeline/collecting-context.ts';
import type { SourceDraft } from '../../src/model/items.ts';
import { UrlAcquirer } from '../../src/acquire/acquire-url.ts';
import { fetchSettings } from '../../src/acquire/fetch-settings.ts';
import { PoliteFetcher } from '../../src/acquire/polite-fetcher.ts';
import { type ManifestEntry, RawArchive } from '../../src/acquire/raw-archive.ts';
import { urlRef } from '../../src/acquire/walk-sources.ts';
import { decodeStage } from '../../src/stages/decode/decode-stage.ts';
import { extractStage } from '../../src/stages/extract/extract-stage.ts';
import { startFixtureServer, useFixtureServers } from '../helpers/fixture-server.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

useFixtureServers();
const tempDir = useTempDir();
const sites = loadFixtureSites();

function setup(origin: string, opts: { refresh?: boolean; maxPages?: number } = {}) {
  const archiveDir = tempDir();
  const fetcher = new PoliteFetcher(fetchSettings({ perHostDelayMs: 0, retries: 0 }));
  const acquirer = new UrlAcquirer(fetcher, new RawArchive(archiveDir), {
    refresh: opts.refresh ?? false,
    maxPages: opts.maxPages ?? 30,
  });
  return { archiveDir, fetcher, acquirer, url: (path: string) => urlRef(`${origin}${path}`) };
}

async function run(acquirer: UrlAcquirer, ref: ReturnType<typeof urlRef>) {
  const notes: Note[] = [];
  let draft: SourceDraft = {
    source: ref,
    pages: await acquirer.acquire(ref),
    text: '',
    title: null,
    publishedAt: null,
  };
  draft = decodeStage.create({})(draft, collectingContext('decode', null, notes));
  draft = extractStage.create(extractStage.options.parse({}))(draft, collectingContext('extract', null, notes));
  return { draft, notes };
}

describe('URL sources from a real server', () => {
  it.each(sites.documents.map((d) => [d.id, d] as const))(
    '%s: decoded, main text kept, chrome dropped, pages in order',
    async (_id, doc) => {
      const s = await startFixtureServer();
      const { acquirer, fetcher } = setup(s.origin);
      const score = await scoreDocument(doc, acquirer, true, s.origin);
      fetcher.close();
      expect(score.error).toBeNull();
      expect(score.missing).toEqual([]);
      expect(score.leaked).toEqual([]);
      expect({
        charset: score.charsetOk,
        title: score.titleOk,
        date: score.dateOk,
        pages: score.pagesOk,
        order: score.orderOk,
      }).toEqual({ charset: true, title: true, date: true, pages: true, order: true });
    },
  );

  it('stitches the six 文库 pages in order, dropping counters and repeated chrome, and archives every page', async () => {
    const s = await startFixtureServer();
    const { acquirer, fetcher, url, archiveDir } = setup(s.origin);
    const { draft, notes } = await run(acquirer, url('/wenku/p-2021034567.html'));
    fetcher.close();
    expect(draft.pages.map((p) => new URL(p.url!).pathname)).toEqual(
      ['', '-2', '-3', '-4', '-5', '-6'].map((n) => `/wenku/p-2021034567${n}.html`),
    );
    const heads = [
      '一、指导思想',
      '三、主要工作',
      '（二）加强师德建设',
      '（三）关心教职工生活',
      '（四）开展文体活动',
      '四、自身建设',
    ].map((h) => draft.text.indexOf(h));
    expect(heads.every((p, i) => p >= 0 && (i === 0 || p > heads[i - 1]!))).toBe(true);
    expect(draft.text).not.toMatch(/第\d页 \/ 共6页|下一页|浙ICP备/);
    expect(draft.text.split('\n').filter((l) => l.includes('东湖实验小学2023年工会工作计划'))).toHaveLength(1);
    expect(notes.filter((n) => n.rule === 'charset.meta')).toHaveLength(5); // pages 2–6 have no charset header
    const manifest = readFileSync(join(archiveDir, 'manifest.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ManifestEntry);
    expect(manifest).toHaveLength(6);
    expect(manifest[0]).toMatchObject({
      source: `${s.origin}/wenku/p-2021034567.html`,
      kind: 'url',
      page: 1,
      status: 200,
      finalUrl: `${s.origin}/wenku/p-2021034567.html`,
      format: 'html',
    });
    expect(manifest[0]!.headers?.['content-type']).toBe('text/html; charset=gbk');
    expect(manifest[5]).toMatchObject({ page: 6, location: `${s.origin}/wenku/p-2021034567-6.html` });
    expect(Date.parse(manifest[0]!.fetchedAt)).toBeGreaterThan(0);
  });

  it('a second acquisition of the same URL is served from the archive, unless refresh', async () => {
    const s = await startFixtureServer();
    const { acquirer, fetcher, url, archiveDir } = setup(s.origin);
    await acquirer.acquire(url('/zongjie/gonghui/8812.html'));
    const hits = s.hits.length;
    const again = new UrlAcquirer(fetcher, new RawArchive(archiveDir), { refresh: false, maxPages: 30 });
    const pages = await again.acquire(url('/zongjie/gonghui/8812.html'));
    expect(s.hits.length).toBe(hits);
    expect(pages).toHaveLength(2);
    expect(pages[0]!.fetchNotes?.[0]?.rule).toBe('acquire.from-archive');
    const refreshed = new UrlAcquirer(fetcher, new RawArchive(archiveDir), { refresh: true, maxPages: 30 });
    await refreshed.acquire(url('/zongjie/gonghui/8812.html'));
    fetcher.close();
    expect(s.hitsOf('/zongjie/gonghui/8812_2.html')).toBe(2);
    // Unchanged pages add no manifest lines.
    expect(readFileSync(join(archiveDir, 'manifest.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('stops at --max-pages with a note, and notes a page that cannot be fetched', async () => {
    const s = await startFixtureServer({ '/wenku/p-2021034567-3.html': (_q, res) => res.writeHead(404).end() });
    const { acquirer, fetcher, url } = setup(s.origin, { maxPages: 4 });
    const pages = await acquirer.acquire(url('/wenku/p-2021034567.html'));
    fetcher.close();
    expect(pages.map((p) => p.url!.slice(-8))).toEqual(['567.html', '7-2.html', '7-4.html', '7-5.html']);
    const rules = pages[0]!.fetchNotes!.map((n) => n.rule);
    expect(rules).toContain('acquire.page-missing');
    expect(rules).toContain('acquire.pagination-limit');
    expect(pages[0]!.fetchNotes!.find((n) => n.rule === 'acquire.page-missing')?.reason).toMatch(/page 3 .* HTTP 404/);
  });

  it('follows pagination only on the same site and never into other documents', async () => {
    const html = (links: string) =>
      `<html><body><div class="article"><p>${'工会组织教职工开展活动，丰富业余生活。'.repeat(5)}</p></div>${links}</body></html>`;
    const s = await startFixtureServer({
      '/a/100.html': (_q, res) =>
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(
            html(
              '<a href="/a/101.html">下一篇</a> <a href="/a/100_2.html">2</a> <a href="http://other.example/a/100_3.html">3</a> <a href="/list_2.html">列表第2页</a>',
            ),
          ),
      '/a/100_2.html': (_q, res) =>
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html('<a href="/a/100.html">1</a>')),
    });
    const { acquirer, fetcher, url } = setup(s.origin);
    const pages = await acquirer.acquire(url('/a/100.html'));
    fetcher.close();
    expect(pages.map((p) => new URL(p.url!).pathname)).toEqual(['/a/100.html', '/a/100_2.html']);
    expect(s.hitsOf('/a/101.html') + s.hitsOf('/list_2.html')).toBe(0);
  });

  it('prefetches ahead but never exceeds one request per host, nor the global limit', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const perHost = new Map<string, number>();
    let maxPerHost = 0;
    const slow = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
      const host = req.headers.host ?? '';
      inFlight++;
      perHost.set(host, (perHost.get(host) ?? 0) + 1);
      maxInFlight = Math.max(maxInFlight, inFlight);
      maxPerHost = Math.max(maxPerHost, perHost.get(host)!);
      setTimeout(() => {
        inFlight--;
        perHost.set(host, perHost.get(host)! - 1);
        res
          .writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
          .end('工会活动通知：本周五下午开展教职工健步走活动，请大家准时参加。');
      }, 20);
    };
    const handlers = Object.fromEntries([1, 2, 3, 4].map((n) => [`/n${n}.txt`, slow]));
    const a = await startFixtureServer(handlers);
    const b = await startFixtureServer(handlers);
    const fetcher = new PoliteFetcher(fetchSettings({ perHostDelayMs: 0, retries: 0, globalConcurrency: 2 }));
    const acquirer = new UrlAcquirer(fetcher, new RawArchive(tempDir()), { refresh: true, maxPages: 30 });
    const refs = [1, 2, 3, 4].flatMap((n) => [urlRef(`${a.origin}/n${n}.txt`), urlRef(`${b.origin}/n${n}.txt`)]);
    acquirer.prefetch(refs);
    for (const ref of refs) expect((await acquirer.acquire(ref))[0]!.format).toBe('text');
    fetcher.close();
    expect(maxPerHost).toBe(1);
    expect(maxInFlight).toBeLessThanOrEqual(2);
  });
});
