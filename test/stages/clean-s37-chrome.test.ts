// s37: chrome that survived on spent pages, caught by widening the rules that claim its shape. Every line here is
// written for this test in the shape seen, never copied from a page.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/stages/clean/boilerplate-rules.ts';
import { removeBoilerplate } from '../../src/stages/clean/boilerplate-stage.ts';
import { loadChromeModel, removeChromeLines } from '../../src/stages/clean/chrome-lines.ts';

const rules = loadRules();
const clean = (text: string) => removeBoilerplate(text, rules);
const HEADLINE = '东湖中学举行教职工趣味运动会';
const REPORT = '4月12日下午，东湖中学工会在操场举行教职工趣味运动会，六十余名教职工参加了拔河、跳绳等项目。';
const CLOSING = '运动会增进了教职工之间的情谊，大家纷纷表示期待下一次活动。';

describe("s37: a column's name in the page's head, not only on its first line", () => {
  it('under a crumb and a slogan, the column name goes', () => {
    const page = `省级示范学校 全国文明校园\n当前位置: 首页 > 校园新闻\n校园新闻\n${HEADLINE}\n${REPORT}\n${CLOSING}`;
    const { text, removals } = clean(page);
    expect(text).not.toMatch(/^校园新闻$/mu);
    expect(removals).toContainEqual(expect.objectContaining({ rule: 'column-name', text: '校园新闻' }));
    expect(text).toContain(HEADLINE);
  });

  it("a notice board's and a widget's column (通知公告, 热点推荐) go above the headline", () => {
    const page = `x\n通知公告\nabc\n热点推荐\n${HEADLINE}\n${REPORT}`;
    const { text } = clean(page);
    expect(text).not.toContain('通知公告');
    expect(text).not.toContain('热点推荐');
    expect(text).toContain(HEADLINE);
  });

  it("a newsletter's section heading under its first paragraph stays", () => {
    const page = `${HEADLINE}\n${REPORT}\n工会动态\n${CLOSING}`;
    expect(clean(page).text).toBe(page);
  });

  it("a notice's own title (某某工会公告) and a plan's 推荐 item stay", () => {
    const page = `东湖中学工会公告\n优秀会员推荐\n${REPORT}`;
    expect(clean(page).text).toBe(page);
  });
});

describe("s37: a picture's bare placeholder is the page's", () => {
  it.each(['文章插图', '(资料图)', '（資料圖）', '资料图片'])('%s alone on its line goes', (line) => {
    const { text, removals } = clean(`${REPORT}\n${line}\n${CLOSING}`);
    expect(text.trim()).toBe(`${REPORT}\n${CLOSING}`);
    expect(removals).toContainEqual(expect.objectContaining({ rule: 'stock-photo-notice' }));
  });

  it('a line of prose naming an illustration stays', () => {
    const page = `${REPORT}\n工会为每位会员准备了一本插图版读本。\n${CLOSING}`;
    expect(clean(page).text).toBe(page);
  });
});

describe("s37: a site's masthead, its name then its slogan after a dash", () => {
  const model = loadChromeModel();
  it('某某大全网 - 海量某某在线查询 above the headline goes', () => {
    const { text, removed } = removeChromeLines(
      `范例大全网 - 海量范例免费查看\n${HEADLINE}\n${REPORT}\n${CLOSING}`,
      model,
    );
    expect(text).toBe(`${HEADLINE}\n${REPORT}\n${CLOSING}`);
    expect(removed[0]!.features).toContain('site-name');
  });

  it("a line naming the union's web column with a dash stays a plan's item", () => {
    const page = `${REPORT}\n校园网—工会专栏每月更新一次。\n${CLOSING}`;
    expect(removeChromeLines(page, model).text).toBe(page);
  });
});
