// The polite fetcher against a real HTTP server on 127.0.0.1: robots.txt, retries, Retry-After, timeouts,
// redirects, size limits and the request log that lets a later run resume retries. Waits go through a
// virtual clock, so the tests check what was asked to wait, never how long anything took.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type FetchSettings, fetchSettings, robotsProductToken } from '../../src/acquire/fetch-settings.ts';
import type { Clock } from '../../src/acquire/host-scheduler.ts';
import { parseRetryAfter, PoliteFetcher } from '../../src/acquire/polite-fetcher.ts';
import { AcquireError } from '../../src/acquire/read-file.ts';
import { RequestLog } from '../../src/acquire/request-log.ts';
import { startFixtureServer, useFixtureServers } from '../helpers/fixture-server.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

useFixtureServers();
const tempDir = useTempDir();

function virtualClock(): { clock: Clock; waits: number[] } {
  let offset = 0;
  const waits: number[] = [];
  return {
    waits,
    clock: {
      now: () => Date.now() + offset,
      sleep: async (ms) => {
        waits.push(ms);
        offset += ms;
      },
      random: () => 0.5,
    },
  };
}

const FAST: Partial<FetchSettings> = {
  perHostDelayMs: 0,
  backoffBaseMs: 100,
  backoffMaxMs: 400,
  readTimeoutMs: 300,
  retries: 2,
};

function fetcher(overrides: Partial<FetchSettings> = {}, log?: RequestLog) {
  const v = virtualClock();
  const f = new PoliteFetcher(fetchSettings({ ...FAST, ...overrides }), log, v.clock);
  return { f, waits: v.waits };
}

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AcquireError);
    return (e as Error).message;
  }
  throw new Error('expected the fetch to fail');
}

const page = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) =>
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);

describe('polite fetcher', () => {
  it('fetches a page with our User-Agent and returns bytes, headers and the final URL', async () => {
    let ua = '';
    const s = await startFixtureServer({
      '/a.html': (req, res) => {
        ua = req.headers['user-agent'] ?? '';
        page('<p>你好</p>')(req, res);
      },
    });
    const { f } = fetcher();
    const r = await f.get(`${s.origin}/a.html`);
    f.close();
    expect(r.status).toBe(200);
    expect(r.bytes.toString('utf8')).toBe('<p>你好</p>');
    expect(r.headers['content-type']).toContain('utf-8');
    expect(ua).toMatch(/^gonghui\//);
  });

  it('obeys robots.txt: a disallowed path is an error naming the rule, others are fetched', async () => {
    const s = await startFixtureServer({
      '/robots.txt': (_q, res) =>
        res
          .writeHead(200, { 'content-type': 'text/plain' })
          .end('User-agent: *\nDisallow: /private/\n\nUser-agent: gonghui\nDisallow: /members/\n'),
      '/public.html': page('<p>公开</p>'),
      '/members/list.html': page('<p>会员</p>'),
    });
    const { f } = fetcher();
    expect(await failure(f.get(`${s.origin}/members/list.html`))).toMatch(
      /^robots\.txt disallows \/members\/list\.html for "gonghui"/,
    );
    expect((await f.get(`${s.origin}/public.html`)).status).toBe(200);
    f.close();
    expect(s.hitsOf('/members/list.html')).toBe(0);
    expect(s.hitsOf('/robots.txt')).toBe(1); // cached per host
  });

  it('fetches nothing robots.txt forbids even with another User-Agent product token', async () => {
    expect(robotsProductToken('Mozilla/5.0 (compatible; UnionBot/2.1; +http://example.org)')).toBe('unionbot');
    const s = await startFixtureServer({
      '/robots.txt': (_q, res) => res.end('User-agent: unionbot\nDisallow: /\n'),
      '/x.html': page('x'),
    });
    const { f } = fetcher({ userAgent: 'Mozilla/5.0 (compatible; UnionBot/2.1)' });
    expect(await failure(f.get(`${s.origin}/x.html`))).toContain('robots.txt disallows');
    f.close();
  });

  it('treats an unreachable robots.txt by the policy and notes it', async () => {
    const handlers = {
      '/robots.txt': (_q: unknown, res: import('node:http').ServerResponse) => res.writeHead(503).end(),
      '/x.html': page('<p>内容</p>'),
    };
    const s = await startFixtureServer(handlers);
    const allow = fetcher();
    const r = await allow.f.get(`${s.origin}/x.html`);
    allow.f.close();
    expect(r.notes.find((n) => n.rule === 'acquire.robots-unreachable')?.reason).toMatch(
      /robots\.txt could not be fetched \(HTTP 503.*fetched anyway/,
    );
    const deny = fetcher({ robotsUnreachable: 'disallow' });
    expect(await failure(deny.f.get(`${s.origin}/x.html`))).toMatch(/RFC 9309/);
    deny.f.close();
  });

  it('retries a 500 and succeeds on the next attempt, with exponential backoff and a note', async () => {
    const s = await startFixtureServer({
      '/flaky.html': (req, res, hit) =>
        hit === 1 ? res.writeHead(500).end('oops') : page('<p>第二次成功</p>')(req, res),
    });
    const { f, waits } = fetcher();
    const r = await f.get(`${s.origin}/flaky.html`);
    f.close();
    expect(r.bytes.toString()).toContain('第二次成功');
    expect(s.hitsOf('/flaky.html')).toBe(2);
    expect(waits).toContain(75); // step 100 ms, equal jitter: 50 + 0.5 × 50
    expect(r.notes.map((n) => n.rule)).toEqual(['acquire.retry', 'acquire.retried']);
  });

  it('gives up after the retries with the status and the number of tries', async () => {
    const s = await startFixtureServer({ '/down.html': (_q, res) => res.writeHead(502, 'Bad Gateway').end() });
    const { f, waits } = fetcher({ retries: 2 });
    expect(await failure(f.get(`${s.origin}/down.html`))).toBe('HTTP 502 Bad Gateway (tried 3 times)');
    f.close();
    expect(waits).toEqual([75, 150]); // 100 then 200 ms steps, each with equal jitter
  });

  it('honours Retry-After on 429, in seconds and as an HTTP date, pausing the whole host', async () => {
    const s = await startFixtureServer({
      '/busy.html': (req, res, hit) =>
        hit === 1 ? res.writeHead(429, { 'retry-after': '3' }).end() : page('<p>好了</p>')(req, res),
      '/busy2.html': (req, res, hit) =>
        hit === 1
          ? res.writeHead(503, { 'retry-after': new Date(Date.now() + 120_000).toUTCString() }).end()
          : page('<p>好了</p>')(req, res),
    });
    const { f, waits } = fetcher();
    await f.get(`${s.origin}/busy.html`);
    expect(Math.max(...waits)).toBeGreaterThanOrEqual(3000);
    await f.get(`${s.origin}/busy2.html`);
    f.close();
    expect(Math.max(...waits)).toBeGreaterThan(100_000);
    expect(parseRetryAfter('120', 0)).toBe(120_000);
    expect(parseRetryAfter('soon', 0)).toBeNull();
  });

  it('does not wait for a Retry-After longer than the limit: a clear error, and the request log remembers when', async () => {
    const dir = tempDir();
    const s = await startFixtureServer({
      '/later.html': (_q, res) => res.writeHead(429, { 'retry-after': '7200' }).end(),
    });
    const log = new RequestLog(dir);
    const { f } = fetcher({ retryAfterMaxMs: 60_000 }, log);
    expect(await failure(f.get(`${s.origin}/later.html`))).toMatch(
      /^HTTP 429.*asks us to wait 120 min \(Retry-After\).*rerun after/,
    );
    f.close();
    expect(new RequestLog(dir).get(`${s.origin}/later.html`)).toMatchObject({
      state: 'retrying',
      attempts: 1,
      lastStatus: 429,
    });
  });

  it('resumes the retries of an interrupted run at the recorded attempt', async () => {
    const dir = tempDir();
    const s = await startFixtureServer({ '/down.html': (_q, res) => res.writeHead(503, 'Service Unavailable').end() });
    const url = `${s.origin}/down.html`;
    new RequestLog(dir).record({
      url,
      state: 'retrying',
      attempts: 2,
      lastStatus: 503,
      lastError: 'HTTP 503 Service Unavailable',
      nextAttemptAt: new Date(Date.now() - 1000).toISOString(),
    });
    const { f } = fetcher({ retries: 2 }, new RequestLog(dir));
    expect(await failure(f.get(url))).toBe('HTTP 503 Service Unavailable (tried 3 times)');
    f.close();
    expect(s.hitsOf('/down.html')).toBe(1); // attempts 1 and 2 were made by the earlier run
    expect(new RequestLog(dir).get(url)?.state).toBe('failed');
  });

  it('a server that never answers hits the read timeout', async () => {
    const s = await startFixtureServer({ '/hang.html': () => {} });
    const { f } = fetcher({ retries: 0, readTimeoutMs: 200 });
    expect(await failure(f.get(`${s.origin}/hang.html`))).toBe('timed out after 0.2 s without data from the server');
    f.close();
  });

  it('a redirect loop and too many redirects are clear errors', async () => {
    const go = (to: string) => (_q: unknown, res: import('node:http').ServerResponse) =>
      res.writeHead(302, { location: to }).end();
    const s = await startFixtureServer({
      '/loop/a': go('/loop/b'),
      '/loop/b': go('/loop/a'),
      '/r1': go('/r2'),
      '/r2': go('/r3'),
      '/r3': go('/r4'),
      '/r4': page('x'),
      '/moved': go('/final.html'),
      '/final.html': page('<p>新址</p>'),
    });
    const { f } = fetcher({ maxRedirects: 2 });
    expect(await failure(f.get(`${s.origin}/loop/a`))).toBe(
      `redirect loop: ${s.origin}/loop/a → ${s.origin}/loop/b → ${s.origin}/loop/a`,
    );
    expect(await failure(f.get(`${s.origin}/r1`))).toMatch(/^too many redirects \(more than 2/);
    const r = await f.get(`${s.origin}/moved`);
    f.close();
    expect(r.finalUrl).toBe(`${s.origin}/final.html`);
    expect(r.notes.map((n) => n.rule)).toContain('acquire.redirected');
  });

  it('aborts an oversized body, announced or streamed', async () => {
    const big = Buffer.alloc(300 * 1024, 0x41);
    const s = await startFixtureServer({
      '/announced.html': (_q, res) => res.writeHead(200, { 'content-length': String(big.length) }).end(big),
      '/streamed.html': (_q, res) => {
        res.writeHead(200);
        for (let i = 0; i < 30; i++) res.write(big.subarray(0, 10 * 1024));
        res.end();
      },
      '/bomb.html': (_q, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(big)),
    });
    const { f } = fetcher({ maxBodyBytes: 100 * 1024 });
    expect(await failure(f.get(`${s.origin}/announced.html`))).toBe('body over 100 KB (the server announced 300 KB)');
    expect(await failure(f.get(`${s.origin}/streamed.html`))).toBe('body over 100 KB');
    expect(await failure(f.get(`${s.origin}/bomb.html`))).toBe('body over 100 KB');
    f.close();
  });

  it('decodes gzip and reports 404 as a plain HTTP error', async () => {
    const s = await startFixtureServer({
      '/z.html': (_q, res) =>
        res
          .writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' })
          .end(gzipSync(Buffer.from('<p>压缩</p>'))),
    });
    const { f } = fetcher();
    expect((await f.get(`${s.origin}/z.html`)).bytes.toString()).toBe('<p>压缩</p>');
    expect(await failure(f.get(`${s.origin}/missing.html`))).toBe('HTTP 404 Not Found');
    expect(await failure(f.get('ftp://127.0.0.1/x'))).toContain('only http and https');
    f.close();
  });

  it('waits the per-host delay between two requests to the same host', async () => {
    const s = await startFixtureServer({ '/1.html': page('1'), '/2.html': page('2') });
    const { f, waits } = fetcher({ perHostDelayMs: 1000 });
    await f.get(`${s.origin}/1.html`);
    await f.get(`${s.origin}/2.html`);
    f.close();
    // robots.txt, then /1.html, then /2.html: each start waits for the previous request's end + 1 s.
    expect(waits.length).toBeGreaterThanOrEqual(2);
    for (const w of waits) expect(w).toBeGreaterThan(900);
  });

  it('honours a robots.txt Crawl-delay longer than the configured delay, up to its cap, and notes it', async () => {
    const s = await startFixtureServer({
      '/robots.txt': (_q, res) => res.end('User-agent: *\nCrawl-delay: 5\n'),
      '/1.html': page('1'),
      '/2.html': page('2'),
    });
    const { f, waits } = fetcher({ perHostDelayMs: 1000, maxCrawlDelayMs: 4000 });
    const first = await f.get(`${s.origin}/1.html`);
    await f.get(`${s.origin}/2.html`);
    f.close();
    expect(first.notes.find((n) => n.rule === 'acquire.crawl-delay')?.reason).toMatch(
      /Crawl-delay of 5 s; waiting 4 s/,
    );
    expect(Math.max(...waits)).toBeGreaterThan(3900);
  });
});
