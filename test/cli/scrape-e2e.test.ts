// End to end: `gonghui ingest http://127.0.0.1:PORT/…` and `gonghui scrape --urls FILE` against a real
// server on 127.0.0.1 into a temporary database; errors become rows, a second scrape is served from the
// archive, and `ingest --from-archive` rebuilds multi-page documents offline.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { readUrlList } from '../../src/commands/scrape.ts';
import { startFixtureServer, useFixtureServers } from '../helpers/fixture-server.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { runCli } from './run-cli.ts';

useFixtureServers();
const tempDir = useTempDir();
const QUICK = ['--delay', '0', '--retries', '0', '--timeout', '5'];

describe('gonghui ingest <url> / gonghui scrape', () => {
  it('ingest of URLs puts decoded, chrome-free, stitched documents in the database', async () => {
    const s = await startFixtureServer();
    const root = tempDir();
    const db = join(root, 'g.db');
    const r = await runCli([
      'ingest',
      `${s.origin}/wenku/p-2021034567.html`,
      `${s.origin}/xwzx/2023/0210/c123a4567/page.htm`,
      '--db',
      db,
      '--archive',
      join(root, 'raw'),
      ...QUICK,
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/sources\s+2\s/);
    expect(r.out).toMatch(/errors\s+0\b/);
    const conn = openDatabase(db);
    const docs = conn
      .prepare(
        'SELECT s.given, s.title, s.published_at AS publishedAt, s.charset, d.text FROM documents d JOIN sources s ON s.id = d.source_id ORDER BY s.given',
      )
      .all() as Array<{ given: string; title: string; publishedAt: string; charset: string; text: string }>;
    const school = docs.find((d) => d.given.includes('page.htm'))!;
    const wenku = docs.find((d) => d.given.includes('p-2021034567'))!;
    // convert.t2s runs after extract: the Big5 school page arrives in simplified characters.
    expect(school.text).toContain('本校教职员工会在学校礼堂举办2023年度新春团拜活动');
    expect(school.text).not.toMatch(/当前位置|浏览次数|版权所有/);
    expect(school).toMatchObject({ publishedAt: '2023-02-10', charset: 'big5hkscs' });
    expect(wenku.title).toBe('东湖实验小学2023年工会工作计划');
    expect(wenku.text.indexOf('一、指导思想')).toBeLessThan(wenku.text.indexOf('四、自身建设'));
    expect(wenku.text).not.toMatch(/共6页|相关资源|ICP备/);
    const acquireNotes = conn.prepare("SELECT rule FROM notes WHERE stage = 'acquire'").pluck().all();
    expect(acquireNotes).toContain('acquire.pagination');
    conn.close();
  });

  it('scrape --urls: comments skipped, failures become error rows, exit 0 unless --fail-on-error, second run from the archive', async () => {
    const s = await startFixtureServer({
      '/robots.txt': (_q, res) => res.end('User-agent: *\nDisallow: /private/\n'),
    });
    const root = tempDir();
    const list = join(root, 'urls.txt');
    writeFileSync(
      list,
      [
        '# 工会文档 to fetch',
        `${s.origin}/zongjie/gonghui/8812.html`,
        '',
        `${s.origin}/fangan/9035.html   # GBK served with a wrong utf-8 header`,
        `${s.origin}/gone.html`,
        `${s.origin}/private/plan.html`,
      ].join('\n'),
    );
    const db = join(root, 'g.db');
    const args = ['scrape', '--urls', list, '--db', db, '--archive', join(root, 'raw'), ...QUICK];
    const first = await runCli(args);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/sources\s+4\s/);
    expect(first.out).toMatch(/errors\s+2\b/);
    const conn = openDatabase(db);
    const errors = conn.prepare('SELECT source, stage, message FROM errors ORDER BY source').all();
    expect(errors).toEqual([
      { source: `${s.origin}/gone.html`, stage: 'acquire', message: 'HTTP 404 Not Found' },
      {
        source: `${s.origin}/private/plan.html`,
        stage: 'acquire',
        message: 'robots.txt disallows /private/plan.html for "gonghui" (line 2)',
      },
    ]);
    const wrongHeader = conn
      .prepare("SELECT d.text FROM documents d JOIN sources s ON s.id = d.source_id WHERE s.given LIKE '%9035.html'")
      .pluck()
      .get() as string;
    expect(wrongHeader).toContain('工会主席带队走访慰问退休教师和生病教职工');
    const override = conn
      .prepare("SELECT reason FROM notes WHERE rule = 'charset.declaration-overridden'")
      .pluck()
      .get();
    expect(override).toMatch(/declared utf-8 in its header/);
    conn.close();

    const pageHits = () =>
      s.hits.filter((h) => h !== '/robots.txt' && !h.startsWith('/gone') && !h.startsWith('/private')).length;
    const before = pageHits();
    const second = await runCli(args);
    expect(second.code).toBe(0);
    expect(pageHits()).toBe(before); // served from the archive
    expect(second.out).toMatch(/unchanged 2/);
    expect((await runCli([...args, '--fail-on-error'])).code).toBe(1);
  });

  it('ingest --from-archive rebuilds multi-page URL sources offline', async () => {
    const s = await startFixtureServer();
    const root = tempDir();
    const archive = join(root, 'raw');
    await runCli([
      'scrape',
      `${s.origin}/zongjie/gonghui/8812.html`,
      '--db',
      join(root, 'a.db'),
      '--archive',
      archive,
      ...QUICK,
    ]);
    await s.close();
    const r = await runCli(['ingest', '--from-archive', '--db', join(root, 'b.db'), '--archive', archive]);
    expect(r.code).toBe(0);
    const conn = openDatabase(join(root, 'b.db'));
    const text = conn.prepare('SELECT text FROM documents').pluck().get() as string;
    conn.close();
    expect(text).toContain('教职工提出的十二条提案全部得到答复');
    expect(text).toContain('明年我们将努力改进');
  });

  it('scrape --listing follows a listing page and its own pages to the documents it lists', async () => {
    const doc = (title: string) => (_q: unknown, res: import('node:http').ServerResponse) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          `<html><head><title>${title}_范文网</title></head><body><div class="nav"><a href="/">首页</a></div><h1>${title}</h1><div class="content"><p>${title}。本学期校工会组织教职工开展了读书交流、健康讲座和趣味运动会等活动，参与率达到百分之九十以上。</p></div></body></html>`,
        );
    const listing = (links: string, pager: string) => (_q: unknown, res: import('node:http').ServerResponse) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<html><body><div class="menu"><a href="/">首页</a> <a href="/zongjie/">工作总结</a> <a href="/jihua/">工作计划</a></div>
        <ul class="list">${links}</ul><div class="tags"><a href="/tag/1.html">工会</a> <a href="/tag/2.html">总结</a></div><div class="pages">${pager}</div>
        <div class="hot"><a href="/jihua/101.html">2023年工会工作计划范文</a></div></body></html>`);
    const li = (id: number, title: string) =>
      `<li><a href="/zongjie/gonghui/${id}.html">${title}</a><span>2023-0${id % 9}-01</span></li>`;
    const s = await startFixtureServer({
      '/zongjie/gonghui/index.html': listing(
        li(7701, '小学工会工作总结') + li(7702, '2021年度学校工会工作总结') + li(7703, '教育工会年终工作总结'),
        '<b>1</b> <a href="index_2.html">2</a> <a href="index_2.html">下一页</a>',
      ),
      '/zongjie/gonghui/index_2.html': listing(li(7704, '中学工会工作总结精选'), '<a href="index.html">1</a> <b>2</b>'),
      '/zongjie/gonghui/7701.html': doc('小学工会工作总结'),
      '/zongjie/gonghui/7702.html': doc('2021年度学校工会工作总结'),
      '/zongjie/gonghui/7703.html': doc('教育工会年终工作总结'),
      '/zongjie/gonghui/7704.html': doc('中学工会工作总结精选'),
    });
    const root = tempDir();
    const db = join(root, 'g.db');
    const r = await runCli([
      'scrape',
      '--listing',
      `${s.origin}/zongjie/gonghui/index.html`,
      '--db',
      db,
      '--archive',
      join(root, 'raw'),
      ...QUICK,
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('3 document links (3 links shaped like');
    expect(r.out).toMatch(/sources\s+4\s/);
    const conn = openDatabase(db);
    expect(conn.prepare('SELECT given FROM sources ORDER BY given').pluck().all()).toEqual(
      [7701, 7702, 7703, 7704].map((n) => `${s.origin}/zongjie/gonghui/${n}.html`),
    );
    conn.close();
    expect(s.hitsOf('/jihua/101.html') + s.hitsOf('/tag/1.html')).toBe(0);
  });

  it('reads URL lists: comments, blanks, a BOM, and lines that are not URLs', () => {
    expect(
      readUrlList(
        '\uFEFF# list\nhttp://a.example/1.html\n  https://b.example/2.html # second\n\nwww.c.example/3.html\n',
      ),
    ).toEqual({
      urls: ['http://a.example/1.html', 'https://b.example/2.html'],
      rejected: [{ line: 5, text: 'www.c.example/3.html' }],
    });
  });

  it('rejects bad option values with exit code 2', async () => {
    expect((await runCli(['scrape', 'http://127.0.0.1:1/x', '--delay', 'soon'])).code).toBe(2);
    expect((await runCli(['scrape', '--db', join(tempDir(), 'x.db')])).code).toBe(2);
    expect((await runCli(['scrape', 'not-a-url'])).code).toBe(2);
  });
});
