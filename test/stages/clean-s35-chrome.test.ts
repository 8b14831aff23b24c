// s35: chrome shapes the clean rules meant to catch but missed on test15 pages. Every line here is written for this
// test in the shape seen, never copied from a page.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/stages/clean/boilerplate-rules.ts';
import { removeBoilerplate } from '../../src/stages/clean/boilerplate-stage.ts';
import { loadChromeModel, removeChromeLines } from '../../src/stages/clean/chrome-lines.ts';

const rules = loadRules();
const model = loadChromeModel();
const clean = (text: string) => removeBoilerplate(text, rules);
const REPORT = '5月20日下午，西湖中学工会举办教职工乒乓球比赛，四十余名教职工参加了比赛。';
const CLOSING = '比赛增进了教职工之间的交流，大家纷纷表示受益匪浅。';

describe("s35: a reprint disclaimer is the site's", () => {
  it('on a line of its own, with its e-mail', () => {
    const line = '声明:本站转载本文是为了传递更多信息之目的。来源如有标错，请与本网联系。 邮箱地址:desk@example.cn';
    const { text, removals } = clean(`${REPORT}\n${CLOSING}\n${line}`);
    expect(text.trim()).toBe(`${REPORT}\n${CLOSING}`);
    expect(removals).toContainEqual(expect.objectContaining({ rule: 'site-disclaimer' }));
  });

  it("glued after a title copy's closing bracket, the copy stays and the disclaimer goes", () => {
    const line =
      '西湖中学举办乒乓球比赛】声明:本文转载自网络。若有侵犯了您的合法权益，请与本网联系。 邮箱地址:desk@example.cn';
    const { text, removals } = clean(`${REPORT}\n${line}`);
    expect(text.trim()).toBe(`${REPORT}\n西湖中学举办乒乓球比赛】`);
    expect(removals).toContainEqual(expect.objectContaining({ rule: 'site-disclaimer-glued' }));
  });

  it("a union's own words about members' rights stay", () => {
    const page = `${REPORT}\n如单位侵犯了您的合法权益，请及时向校工会反映，工会将依法为您维权。\n${CLOSING}`;
    expect(clean(page).text).toBe(page);
  });
});

describe("s35: a desk's dateline naming its place", () => {
  it('本网某省某市讯 (某某) goes, the report stays', () => {
    const { text, removals } = clean(`本网浙江湖州讯 (李某某)${REPORT}`);
    expect(text).toBe(REPORT);
    expect(removals).toContainEqual(expect.objectContaining({ rule: 'news-dateline' }));
  });

  it('a sentence opening on 本报 and a 通讯 is no dateline', () => {
    const page = `本报今年开设工会通讯 (专栏)，${REPORT}`;
    expect(clean(page).text).toBe(page);
  });
});

describe("s35: a numbered review chain closing the report's last line", () => {
  it('(一审:某某 二审:某某 三审:某某 图:某某) goes', () => {
    const { text, glued } = removeChromeLines(
      `${REPORT}\n${CLOSING}(一审:李某某 二审:王某 三审:赵某某 图:工会)`,
      model,
    );
    expect(text.trim()).toBe(`${REPORT}\n${CLOSING}`);
    expect(glued).toContainEqual(expect.objectContaining({ rule: 'reporter-closing' }));
  });
});
