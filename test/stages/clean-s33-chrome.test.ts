// s33: standard chrome shapes the clean rules meant to catch but missed on test14 pages. Every line here is
// written for this test in the shape seen, never copied from a page.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/stages/clean/boilerplate-rules.ts';
import { removeBoilerplate } from '../../src/stages/clean/boilerplate-stage.ts';
import { classifyLines, loadChromeModel, removeChromeLines } from '../../src/stages/clean/chrome-lines.ts';

const rules = loadRules();
const model = loadChromeModel();
const clean = (text: string) => removeBoilerplate(text, rules);
const REPORT = '5月20日下午，西湖中学工会举办教职工乒乓球比赛，四十余名教职工参加了比赛。';
const CLOSING = '比赛增进了教职工之间的交流，大家纷纷表示受益匪浅。';

describe('s33: a column tag of more than four characters before the headline', () => {
  it.each([
    ['【基层工会简讯】西湖中学工会举办教职工乒乓球比赛', '【基层工会简讯】'],
    ['【校园工会】西湖中学工会举办教职工乒乓球比赛', '【校园工会】'],
  ])('%s loses its tag', (first, tag) => {
    const { text, removals } = clean(`${first}\n${REPORT}`);
    expect(text).toBe(`西湖中学工会举办教职工乒乓球比赛\n${REPORT}`);
    expect(removals).toContainEqual(expect.objectContaining({ rule: 'headline-tag', text: tag }));
  });

  it('also on the first line the page still holds once its menu line is gone', () => {
    const { text } = clean(`设为首页 | 加入收藏\n【校园工会】西湖中学工会举办教职工乒乓球比赛\n${REPORT}`);
    expect(text.trim()).toBe(`西湖中学工会举办教职工乒乓球比赛\n${REPORT}`);
  });

  it('a numbered part or a label opening a sentence stays', () => {
    for (const page of [
      `【第一部分工作回顾】\n${REPORT}`,
      `【活动目的及意义】通过比赛增进交流，丰富业余生活。\n${REPORT}`,
    ])
      expect(clean(page).text).toBe(page);
  });
});

describe('s33: a desk dateline in brackets opening the report', () => {
  it('【某某中心讯】 goes, the report stays', () => {
    const { text, removals } = clean(`【宣传中心讯】 ${REPORT}`);
    expect(text).toBe(REPORT);
    expect(removals).toContainEqual(expect.objectContaining({ rule: 'news-dateline' }));
  });
  it('a good-news tag (【喜讯】) is no dateline', () => {
    const page = `【喜讯】${REPORT}`;
    expect(clean(page).text).toBe(page);
  });
});

describe('s33: line shapes the boilerplate rules missed', () => {
  it.each([
    ['publish-date', '创建时间:2024-03-15 08:40'],
    ['image-file-line', '.png)'],
    ['image-file-line', 'photo12.jpg)'],
    ['stock-photo-notice', '(资料图片仅供参考)'],
    ['stock-photo-notice', '（配图与本文无关）'],
  ])('%s: %s', (rule, line) => {
    const { text, removals } = clean(`${REPORT}\n${line}\n${CLOSING}`);
    expect(text).toBe(`${REPORT}\n${CLOSING}`);
    expect(removals).toContainEqual(expect.objectContaining({ rule, text: line }));
  });

  it('a plan that names a picture or a time in a sentence keeps it', () => {
    const page = `${REPORT}\n创建时间：每月第一周，工会组织教职工拍摄资料图片。\n${CLOSING}`;
    expect(clean(page).text).toBe(page);
  });
});

describe('s33: closing credits a length bound or a word order let through', () => {
  it("a name and the writer's school in brackets closing the last line go", () => {
    const { text, glued } = removeChromeLines(`${REPORT}\n${CLOSING}(王某某 浙江省杭州市西湖区某某镇中学)`, model);
    expect(text.trim()).toBe(`${REPORT}\n${CLOSING}`);
    expect(glued).toContainEqual(expect.objectContaining({ rule: 'reporter-closing' }));
  });

  it.each(['某某融媒通讯员 李某某 文/图', '李某某 摄', '李某某 王某 图/文'])('%s is a credit line', (line) => {
    const verdicts = classifyLines([REPORT, CLOSING, line], model);
    expect(verdicts[2]!.features).toContain('credit');
    expect(verdicts[2]!.chrome).toBe(true);
  });

  it("a plan's roster that names its role first is no credit", () => {
    const verdicts = classifyLines([REPORT, '通讯员 李某某', CLOSING], model);
    expect(verdicts[1]!.features).not.toContain('credit');
  });
});
