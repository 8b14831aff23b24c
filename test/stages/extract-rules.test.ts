// The extraction rules one by one, as tables of valid and invalid cases (textlint style), on HTML written
// for these tests in the style of the sites documents come from, with negative cases.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/stages/extract/extract-page.ts';
import { loadHtml } from '../../src/stages/extract/html-to-text.ts';
import { parseVisibleDate, titleFromTitleTag } from '../../src/stages/extract/page-metadata.ts';
import { findPaginationLinks, pageKey } from '../../src/stages/extract/pagination.ts';
import { RuleFileError } from '../../src/lexicon/rule-file.ts';
import { loadSiteProfiles, parseSiteProfile } from '../../src/stages/extract/site-profiles.ts';
import { stitchPages } from '../../src/stages/extract/stitch-pages.ts';

const PROSE =
  '本学期校工会围绕学校中心工作，组织教职工开展了读书交流、健康讲座和趣味运动会等活动，参与率达到百分之九十以上。';

describe('pagination links', () => {
  const links = (pageUrl: string, anchors: Array<[string, string]>) =>
    findPaginationLinks(
      loadHtml(`<body>${anchors.map(([href, text]) => `<a href="${href}">${text}</a>`).join(' ')}</body>`),
      pageUrl,
      null,
    );

  it.each([
    ['…_N.html', 'http://s.test/a/8812.html', '8812_2.html', 2],
    ['…-N.html after an id', 'http://s.test/wenku/p-2021034567.html', 'p-2021034567-3.html', 3],
    ['page= parameter', 'http://s.test/blog/show.php?id=77', 'show.php?id=77&page=2', 2],
    ['p= parameter, order of parameters ignored', 'http://s.test/view.aspx?p=1&nid=5', 'view.aspx?nid=5&p=4', 4],
    ['back to the first page', 'http://s.test/a/8812_3.html', '8812.html', 1],
  ])('finds the page of the same document: %s', (_name, pageUrl, href, page) => {
    expect(links(pageUrl, [[href, String(page)]]).pages).toEqual([{ url: new URL(href, pageUrl).href, page }]);
  });

  it.each([
    ['another article', 'http://s.test/a/8812.html', '8813.html'],
    ['another document id', 'http://s.test/wenku/p-2021034567.html', 'p-2021034568.html'],
    ['the same page= on another document', 'http://s.test/blog/show.php?id=77', 'show.php?id=78&page=2'],
    ['a listing page', 'http://s.test/a/8812.html', '/list_2.html'],
    ['another site', 'http://s.test/a/8812.html', 'http://other.test/a/8812_2.html'],
    ['a script link', 'http://s.test/a/8812.html', 'javascript:page(2)'],
  ])('ignores links that are not its pages: %s', (_name, pageUrl, href) => {
    expect(links(pageUrl, [[href, '2']]).pages).toEqual([]);
  });

  it('takes a 下一页 link, but not 下一篇 (the next article)', () => {
    expect(links('http://s.test/show.asp?id=5', [['show.asp?id=5&start=20', '下一页']]).next).toBe(
      'http://s.test/show.asp?id=5&start=20',
    );
    expect(links('http://s.test/show.asp?id=5', [['show.asp?id=6', '下一篇']]).next).toBeNull();
  });

  it('reads the current page number from the URL, ignoring ids', () => {
    expect(pageKey(new URL('http://s.test/a/8812_3.html')).page).toBe(3);
    expect(pageKey(new URL('http://s.test/p-2021034567.html')).page).toBe(1);
  });
});

describe('stitching pages', () => {
  it('drops what every page repeats (header, counters) and keeps the title once', () => {
    const body = ['一、指导思想', '二、工作目标', '三、主要工作'];
    const pages = [1, 2, 3].map((n) =>
      ['金帆文库 首页', '东湖小学工会计划', `第${n}页 / 共3页`, `${body[n - 1]}：第${n + 4}项内容。`].join('\n'),
    );
    const { text, dropped } = stitchPages(pages, '东湖小学工会计划');
    expect(text.split('\n')).toEqual([
      '东湖小学工会计划',
      '一、指导思想：第5项内容。',
      '二、工作目标：第6项内容。',
      '三、主要工作：第7项内容。',
    ]);
    expect(dropped.map((d) => d.line)).toEqual(['金帆文库 首页', '第1页 / 共3页', '东湖小学工会计划']); // the title from pages 2 and 3
  });

  it('keeps a body line two pages share away from their edges (two documents of a compilation)', () => {
    const page = (n: number) =>
      ['标题甲', '甲', '乙', '丙', '一、指导思想', `正文${n}。`, '丁', '戊', '己', '庚'].join('\n');
    expect(
      stitchPages([page(1), page(2)], null)
        .text.split('\n')
        .filter((l) => l === '一、指导思想'),
    ).toHaveLength(2);
  });

  it('keeps lines that differ only in numbers unless the numbers are the page numbers', () => {
    const line = (n: number) => `${n}、召开教代会，审议方案。`;
    const pages = [5, 7, 9].map((n, i) => `${line(n)}\n第${i + 1}页`);
    expect(stitchPages(pages, null).text.split('\n')).toEqual([line(5), line(7), line(9)]);
  });
});

describe('site profiles', () => {
  const base = { id: 'x-site', why: 'a site kind for the test', match: { hosts: ['x.test'] }, content: ['.article'] };
  it.each([
    ['no way to match', { ...base, match: {} }, /would apply to every page/],
    ['a match-everything content selector', { ...base, content: ['body'] }, /matches \(nearly\) every page element/],
    ['an invalid selector', { ...base, drop: ['div[[['] }, /invalid CSS selector/],
    [
      'a pattern that matches empty text',
      { ...base, match: { textAll: ['(小编)?'] } },
      /matches everything \(even empty text\)/,
    ],
    [
      'a pager pattern without a page-number group',
      { ...base, pagination: { hrefPattern: '_\\d+\\.html' } },
      /group capturing the page number/,
    ],
    ['an unknown key', { ...base, selectors: ['.a'] }, /selectors/],
  ])('rejects %s', (_name, raw, message) => {
    expect(() => parseSiteProfile(raw, 'x.json')).toThrow(RuleFileError);
    expect(() => parseSiteProfile(raw, 'x.json')).toThrow(message);
  });

  it('loads the built-in profiles, each with an id and a why', () => {
    const ids = loadSiteProfiles().map((p) => p.id);
    expect(ids).toEqual(['fanwen', 'school-cms', 'wenku-preview']);
  });
});

describe('generic extractor', () => {
  const extract = (body: string, title = '') =>
    extractPage(
      `<html><head><title>${title}</title></head><body>${body}</body></html>`,
      'http://unknown.test/a.html',
      [],
    );

  it('keeps prose that merely mentions 文库 or 相关文章, and a signature with its date', () => {
    const r = extract(
      `<div class="content"><p>${PROSE}</p><p>老师们把读书心得上传到学校文库，相关文章在校园网上展示，供大家交流学习。</p><p>东湖小学工会</p><p>2023年6月</p></div>`,
    );
    expect(r.text).toContain('上传到学校文库，相关文章在校园网上展示');
    expect(r.text).toMatch(/东湖小学工会\n+2023年6月$/);
  });

  it('takes the text from a column called "left" or "right" (two-column layouts)', () => {
    const r = extract(
      `<div class="left"><a href="/1">学校概况</a><br><a href="/2">工会之窗</a><br><a href="/3">联系我们</a></div><div class="right"><p>${PROSE}</p><p>${PROSE}</p></div>`,
    );
    expect(r.method).toBe('generic');
    expect(r.text).not.toContain('学校概况');
    expect(r.text).toContain('趣味运动会');
  });

  it('drops hidden jammer text, teaser lists, link lists and copyright blocks', () => {
    const r =
      extract(`<div class="main"><div class="text"><p>${PROSE.slice(0, 10)}<span style="display:none">ｘｙｚ乱码</span>${PROSE.slice(10)}</p><p>${PROSE}</p></div>
      <ul><li><a href="/1">小学工会总结</a>我校工会在上级工会的领导下……</li><li><a href="/2">教师节方案</a>为庆祝教师节，学校工会决定……</li><li><a href="/3">工会计划</a>新学期开始了，校工会将……</li></ul>
      <div><a href="/a">首页</a> <a href="/b">上一篇</a> <a href="/c">下一篇</a></div>
      <div>某某中学 版权所有 技术支持：某某网络</div></div>`);
    expect(r.text).toBe(`${PROSE}\n\n${PROSE}`);
  });

  it('falls back to the whole body when no block holds enough of the prose, and says so', () => {
    const r = extract(`<div>短句一。</div><div>短句二，</div><div>短句三；</div>`);
    expect(r.method).toBe('whole-body');
    expect(r.notes.map((n) => n.rule)).toContain('extract.whole-body');
    expect(r.text.split('\n').filter(Boolean)).toEqual(['短句一。', '短句二，', '短句三；']);
  });

  it('notes which fallback won: profile, or profile fell short → generic', () => {
    const html = `<html><body><div class="article-content"><p>太短。</p></div><div class="box"><p>${PROSE}</p><p>${PROSE}</p></div><p>由本站小编整理</p><div>相关文章</div></body></html>`;
    const r = extractPage(html, 'http://fanwen.unknown.test/1.html', loadSiteProfiles());
    expect(r.notes.map((n) => n.rule).slice(0, 2)).toEqual(['extract.profile-fell-short', 'extract.generic']);
    expect(r.notes[0]!.reason).toMatch(/site profile fanwen \(matched by page signature/);
  });
});

describe('page metadata', () => {
  it.each([
    ['2021年工会工作计划_工作计划_第一范文网', '2021年工会工作计划'],
    ['江城市教育局 - 市教育工会开展2022年“最美教师”评选活动', '市教育工会开展2022年“最美教师”评选活动'],
    ['2023-2024学年第一学期工会工作安排 - 通知公告 - 新华路小学', '2023-2024学年第一学期工会工作安排'],
    ['工会登山活动心得 - Powered by Discuz!', '工会登山活动心得'],
    ['本校新春团拜活动-学校新闻-某书院', '本校新春团拜活动'],
  ])('title from <title> %s', (raw, title) => {
    expect(titleFromTitleTag(raw)).toBe(title);
  });

  it.each([
    ['发布时间：2021-03-05 10:00', '2021-03-05'],
    ['2021年3月5日', '2021-03-05'],
    ['2021/3/5', '2021-03-05'],
    ['2021-13-05', null],
    ['1899-01-01', null],
    ['共8页', null],
  ])('visible date %s', (text, date) => {
    expect(parseVisibleDate(text)).toBe(date);
  });
});
