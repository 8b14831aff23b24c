// s41: chrome that survived on spent pages, caught by a rule for its shape. Every line here is written for this test
// in the shape seen, never copied from a page.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/stages/clean/boilerplate-rules.ts';
import { removeBoilerplate } from '../../src/stages/clean/boilerplate-stage.ts';

const rules = loadRules();
const clean = (text: string) => removeBoilerplate(text, rules);
const HEADLINE = '东湖区教育工会开展夏季送清凉慰问活动';
const REPORT = '7月18日,东湖区教育工会一行走访三所学校的施工现场,为高温下坚守岗位的教职工送去防暑用品。';
const CLOSING = '活动让一线教职工感受到了工会组织的关怀。';

describe("s41: an account's publication line, its name then a date with a clock time", () => {
  it.each([
    '东湖观察 2024-07-19 09:12 236',
    '某某聊教育 2023-09-01 00:15:42',
    '本站    2015/4/8 10:03:27',
    '东湖教育在线\u30002022-5-6 16:40',
  ])('%s under the headline goes, as a publication line', (line) => {
    const { text, removals } = clean(`${HEADLINE}\n\n${line}\n\n${REPORT}\n${CLOSING}`);
    expect(text).not.toContain(line.trim());
    expect(removals).toContainEqual(expect.objectContaining({ rule: 'account-date-line' }));
    expect(text).toContain(HEADLINE);
    expect(text).toContain(REPORT);
    expect(removals.find((r) => r.rule === 'account-date-line')?.publication).toBe(true);
  });

  it("a sign-off, the union's name over a date or beside one without a clock, stays", () => {
    for (const signOff of [
      '东湖中学工会 2024-07-19',
      '东湖中学工会\n2024年7月19日',
      '张老师 东湖中学工会 2024-07-19',
    ]) {
      const page = `${HEADLINE}\n${REPORT}\n${CLOSING}\n${signOff}`;
      expect(clean(page).text).toBe(page);
    }
  });

  it("a schedule's lines, a time and a place after the date, stay", () => {
    const page = `${HEADLINE}\n三、活动安排\n报到 2024-07-19 08:30\n开幕式 2024-07-19 09:00\n${CLOSING}`;
    expect(clean(page).text).toBe(page);
  });
});

describe("s41: a widget's loading notice is the page's", () => {
  it.each([
    '正在加载中,请稍等...',
    '正在加载中，请稍候…正在加载中，请稍候…',
    '正在更新中...',
    '数据载入中...',
    '读取中...',
  ])('%s alone on its line goes', (line) => {
    const { text, removals } = clean(`${REPORT}\n${line}\n${CLOSING}`);
    expect(text.trim()).toBe(`${REPORT}\n${CLOSING}`);
    expect(removals).toContainEqual(expect.objectContaining({ rule: 'loading-notice' }));
  });

  it("a plan's line saying work is being updated stays", () => {
    const page = `${HEADLINE}\n工会会员信息正在更新中,请各分会于5月底前报送。\n更新中的制度\n${CLOSING}`;
    expect(clean(page).text).toBe(page);
  });
});
