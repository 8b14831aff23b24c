// Structure lines (issue 16, item 6): month headers, dates, sign-offs, titles and generic headings are not
// content. Table test on lines written for it in the shapes plans use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureOf } from '../../src/stages/segment/structure.ts';

const one = (line: string) =>
  structureOf(['（标题行）', line, '正文一', '正文二', '正文三', '正文四'], 1)?.kind ?? null;
const last = (line: string) => structureOf(['（标题行）', '正文一', '正文二', line], 3)?.kind ?? null;

describe('structureOf', () => {
  it.each([
    ['九月份：', 'month-header'],
    ['3月', 'month-header'],
    ['七、八月份', 'month-header'],
    ['4-5月', 'month-header'],
    ['3———4月', 'month-header'],
    ['十二月至次年一月', 'month-header'],
    ['2024年3月份', 'month-header'],
    ['二、3———4月', 'month-header'],
    ['第3-4周', 'month-header'],
    ['2023年9月1日', 'date'],
    ['二〇二三年九月', 'date'],
    ['二、主要工作', 'generic-heading'],
    ['三、具体工作安排', 'generic-heading'],
    ['四、主要活动安排：', 'generic-heading'],
    ['一、指导思想', 'generic-heading'],
    ['（二）工作目标和任务', 'generic-heading'],
    ['五、存在的问题及今后努力方向', 'generic-heading'],
    ['附：工会活动行事历', 'generic-heading'],
    ['时间：3月上旬', 'field'],
    ['- 时间:', 'field'],
    ['- 地点：学校报告厅', 'field'],
    ['参加人员：各年级组教师代表', 'field'],
    ['活动对象：全校女教职工', 'field'],
    ['负责人：工会副主席', 'field'],
    ['主持人：校长办公室主任', 'field'],
    ['比赛时间：10月中旬（具体时间另行通知）', 'field'],
    ['五、比赛规则', 'field'],
    ['3、奖励办法：取前六名，颁发奖品。', 'field'],
    ['二、活动目的：', 'field'],
  ])('%s is %s', (line, kind) => expect(one(line)).toBe(kind));

  it.each([
    '三、维护教工权益，关心教师疾苦',
    '（二）加强工会自身建设',
    '二、工作重点：抓好师德教育',
    '九月份：召开教代会，审议学校工作计划。',
    '二月：重新整理会员花名册。',
    '组织教工参加区工会的三月读书活动。',
    '3、做好工会经费的收支工作。',
    '加强基层工会',
    '主持召开工会委员会议，研究本学期工作。',
    '时间紧、任务重，各小组要提前准备。',
    '研究制定奖励办法，对在教学竞赛中获奖的教师给予表彰。',
    '对象：全体教职工。每人精读一本教育专著，写一篇读书心得，学期末评选优秀读书笔记。',
  ])('%s is content', (line) => expect(one(line)).toBeNull());

  it('reads a unit name as a sign-off only at the end of the document', () => {
    expect(last('某某中心小学工会')).toBe('signature');
    expect(last('某某中学工会委员会 2024年1月')).toBe('signature');
    expect(one('某某中心小学工会')).toBeNull();
  });

  it('reads the first line as the title when it is worded as one, and a line repeating the title', () => {
    expect(structureOf(['某某小学2024年工会工作计划', '正文'], 0)?.kind).toBe('title');
    expect(structureOf(['正文', '工会工作计划'], 1, '工会工作计划')?.kind).toBe('title');
    expect(structureOf(['做好全年工作计划。', '正文'], 0)).toBeNull();
    // A headline's subtitle left as the first line is part of the title; a dash inside the text is not.
    expect(structureOf(['——南湖小学工会开展春节慰问活动', '正文'], 0, '迎新春 送温暖')?.kind).toBe('title');
    expect(structureOf(['正文', '——南湖小学工会开展春节慰问活动'], 1, '迎新春 送温暖')).toBeNull();
    expect(structureOf(['——这是一句很长的话，说的是工会今年做了哪些工作。', '正文'], 0, '迎新春 送温暖')).toBeNull();
  });

  it('gives every example in the data file its kind', () => {
    const data = JSON.parse(
      readFileSync(new URL('../../src/lexicon/layout/data/structure.json', import.meta.url), 'utf8'),
    ) as {
      entries: Array<{ kind: string; examples: string[]; tailOnly?: boolean }>;
    };
    for (const e of data.entries)
      for (const x of e.examples) expect([x, e.tailOnly ? last(x) : one(x)]).toEqual([x, e.kind]);
  });
});
