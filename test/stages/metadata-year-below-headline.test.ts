// A report whose headline the page left a few lines down its text, under the site's own lines (a browser notice, a
// column name: zb011): the report's dated opening is below the headline, and gives the year (SCHEMA audit 3). Every
// line here is written for the test.
import { describe, expect, it } from 'vitest';
import { documentYear } from '../../src/stages/metadata/document-year.ts';

const NOW = 2026;
const TITLE = '东湖小学召开教职工代表大会';

describe('a headline below the site lines', () => {
  it('reads the dated opening below the headline', () => {
    const text = [
      '请使用新版浏览器',
      '您的浏览器版本过低。建议升级后浏览本站内容。',
      '校园动态',
      TITLE,
      '来源:东湖小学',
      '2021年3月5日,东湖小学第三届教职工代表大会在报告厅召开。',
      '大会听取了校长所作的学校工作报告。',
    ].join('\n');
    expect(documentYear(TITLE, text, NOW, { titleOnly: true, newsOpening: text }).year).toBe(2021);
  });

  it('reads the opening below a headline on the first line as before', () => {
    const text = [TITLE, '2021年3月5日,东湖小学第三届教职工代表大会在报告厅召开。'].join('\n');
    expect(documentYear(TITLE, text, NOW, { titleOnly: true, newsOpening: text }).year).toBe(2021);
  });

  it('takes no year from a date far down the text', () => {
    const text = [
      TITLE,
      '东湖小学第三届教职工代表大会在报告厅召开。',
      '大会听取了校长所作的学校工作报告,代表们分组讨论了学校的发展规划,并对食堂、后勤提出了建议。',
      '会议号召全体教职工凝心聚力,为学校的发展贡献力量,各分组代表作了表态发言。',
      '2021年3月5日,工会组织代表参观了新落成的图书馆。',
    ].join('\n');
    expect(documentYear(TITLE, text, NOW, { titleOnly: true, newsOpening: text }).year).toBeNull();
  });
});

// A meeting that reviews one year and plans the next (o006, s021, zc020): its report is of the year it was held in.
describe('a summary-and-plan meeting', () => {
  const TWO = '东湖小学工会召开2020年度工作总结会暨2021年工作部署会';
  it('held early in the year is of the plan’s year', () => {
    const text = `为回顾上一年的工作,谋划新一年的重点,3月2日下午,东湖小学工会在会议室召开了总结部署会。\n会议由工会主席主持。`;
    expect(documentYear(TWO, text, NOW, { titleOnly: true, newsOpening: text }).year).toBe(2021);
  });

  it('held late in the year is of the summary’s year', () => {
    const text = `12月28日下午,东湖小学工会在会议室召开了总结部署会。\n会议由工会主席主持。`;
    expect(documentYear(TWO, text, NOW, { titleOnly: true, newsOpening: text }).year).toBe(2020);
  });

  it('undated keeps the title’s first year', () => {
    const text = `东湖小学工会在会议室召开了总结部署会。\n会议由工会主席主持。`;
    expect(documentYear(TWO, text, NOW, { titleOnly: true, newsOpening: text }).year).toBe(2020);
  });

  it('is no such meeting when the years are not one after the other', () => {
    const title = '东湖小学工会召开2018年度工作总结会暨2021年工作部署会';
    const text = `3月2日下午,东湖小学工会在会议室召开了总结部署会。`;
    expect(documentYear(title, text, NOW, { titleOnly: true, newsOpening: text }).year).toBe(2018);
  });
});
