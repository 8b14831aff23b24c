// Site templates: lines most of a batch's pages of one site carry are that site's furniture, learned by
// recurrence; a plan's numbered headings and month lines recur across a 范文 site too and are never taken.
import { describe, expect, it } from 'vitest';
import {
  mayBeTemplateLine,
  removeSiteTemplate,
  SiteLineCounter,
  templateLineKey,
} from '../../src/stages/clean/site-template.ts';

/** A page of an invented district union site: its furniture around a text of its own. */
function sitePage(body: string, n: number): string {
  return [
    '东川区教育工会网  欢迎您',
    '首页 | 工会动态 | 教代会 | 女工天地 | 文件通知',
    body,
    `上一篇：第${n}期工会简报`,
    '主办单位：东川区教育工会 地址：东川区学府路8号',
  ].join('\n');
}

const BODIES = [
  '一、指导思想\n本学期工会围绕学校中心工作，做好教职工的服务。\n三月：开展三八节趣味活动',
  '一、指导思想\n学年初召开第五届教代会第二次会议，审议绩效方案。\n三月：开展三八节趣味活动',
  '一、指导思想\n组织退休教师重阳登山，慰问生病住院的教职工。',
  '工会小组长会议在报告厅召开，布置下学期的送温暖工作。',
];

describe('learning a site template', () => {
  it('takes the lines on most pages of the site, never a numbered heading or a month line', () => {
    const counter = new SiteLineCounter();
    BODIES.forEach((body, n) => counter.addPage('dongchuan.example', sitePage(body, n)));
    const [template] = counter.templates();
    expect(template?.site).toBe('dongchuan.example');
    expect(template?.pages).toBe(4);
    expect(template?.lines.map((l) => l.text).sort()).toEqual(
      [
        '东川区教育工会网 欢迎您',
        '首页 | 工会动态 | 教代会 | 女工天地 | 文件通知',
        '主办单位：东川区教育工会 地址：东川区学府路8号',
      ].sort(),
    );
    expect(template?.lines.every((l) => l.pages === 4)).toBe(true);
  });

  it('learns nothing from too few pages, or from lines on under half of them', () => {
    const few = new SiteLineCounter();
    BODIES.slice(0, 2).forEach((body, n) => few.addPage('a.example', sitePage(body, n)));
    expect(few.templates()).toEqual([]);
    const mixed = new SiteLineCounter();
    mixed.addPage('b.example', '本站通知一则\n第一页的正文。');
    mixed.addPage('b.example', '本站通知一则\n第二页的正文。');
    for (let i = 0; i < 3; i++) mixed.addPage('b.example', `第${i + 3}页的正文，另一个栏目。`);
    expect(mixed.templates()).toEqual([]); // on 2 of 5 pages
  });

  it('counts a copy of a page once, so a plan posted three times never becomes the template', () => {
    const counter = new SiteLineCounter();
    const plan = '学校工会本学期围绕中心工作，切实履行维护职能。\n组织全体教职工参加健康体检，建立健康档案。';
    for (let i = 0; i < 3; i++) counter.addPage('c.example', `东川区教育工会网 欢迎您\n${plan}`);
    counter.addPage('c.example', '东川区教育工会网 欢迎您\n另一篇新闻的正文，与上面的计划不同的一段话。');
    expect(counter.templates()).toEqual([]); // two pages counted: too few for a template
  });

  it('holds a large site in bounded memory and still finds its template', () => {
    const counter = new SiteLineCounter();
    for (let page = 0; page < 2000; page++) {
      const own = Array.from({ length: 50 }, (_, i) => `第${page}篇新闻的第${i}句正文，各不相同。`);
      counter.addPage('big.example', ['东川区教育工会网 欢迎您', ...own, '主办单位：东川区教育工会'].join('\n'));
    }
    // 100,000 distinct text lines were read; the counter holds about a bucket's worth of them.
    expect(counter.trackedLines).toBeLessThan(3000);
    expect(counter.templates()[0]?.lines.map((l) => [l.text, l.pages])).toEqual([
      ['东川区教育工会网 欢迎您', 2000],
      ['主办单位：东川区教育工会', 2000],
    ]);
  });

  it('keeps sites apart: a line shared by pages of different sites is no one’s template', () => {
    const counter = new SiteLineCounter();
    counter.addPage('a.example', '返回首页\n正文甲');
    counter.addPage('b.example', '返回首页\n正文乙');
    counter.addPage('c.example', '返回首页\n正文丙');
    expect(counter.templates()).toEqual([]);
  });

  it.each([
    ['二、工作目标', false],
    ['（三）加强民主管理', false],
    ['九月份：召开教代会', false],
    ['东川区实验小学工会委员会', false],
    ['二〇二三年九月', false],
    ['东川小学工会2023年工作计划', false],
    ['', false],
    ['首页 > 工会工作 > 工作计划', true],
    ['版权所有 © 2023 东川区教育工会', true],
    ['全校教职工要以饱满的热情，积极投身学校的改革和发展，在新的学年里为办人民满意的教育贡献力量。', false],
  ])('%s may be a template line: %s', (line, may) => {
    expect(mayBeTemplateLine(templateLineKey(line))).toBe(may);
  });
});

describe('removing a site template', () => {
  const template = {
    site: 'dongchuan.example',
    pages: 4,
    lines: [
      { text: '东川区教育工会网 欢迎您', pages: 4 },
      { text: '主办单位：东川区教育工会 地址：东川区学府路8号', pages: 3 },
    ],
  };

  it('removes whole lines in their compared form and says on how many pages each was seen', () => {
    const page =
      '东川区教育工会网　 欢迎您\n\n一、指导思想\n工会围绕中心工作。\n\n主办单位：东川区教育工会 地址：东川区学府路8号';
    const result = removeSiteTemplate(page, template);
    expect(result.text).toBe('一、指导思想\n工会围绕中心工作。');
    expect(result.removed).toEqual([
      { line: '东川区教育工会网 欢迎您', pages: 4 },
      { line: '主办单位：东川区教育工会 地址：东川区学府路8号', pages: 3 },
    ]);
  });

  it('never removes part of a line that only contains a template line', () => {
    const page = '东川区教育工会网 欢迎您光临指导\n正文一句。';
    expect(removeSiteTemplate(page, template).text).toBe(page);
  });

  it('keeps the lines of a page that would be left with almost nothing, and says so', () => {
    const page = '东川区教育工会网 欢迎您\n主办单位：东川区教育工会 地址：东川区学府路8号\n短句。';
    const result = removeSiteTemplate(page, template);
    expect(result).toMatchObject({ text: page, removed: [], keptAsCopy: true });
  });
});
