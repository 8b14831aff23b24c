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

// A meeting that reviews the year its headline names, held early in the next (i013, b021, z019; SCHEMA audit 9): its
// report is of the year its opening dates the meeting.
describe('a review meeting held in the next year', () => {
  const REVIEW = '东湖小学召开2020年度工会工作总结会';
  it('takes the year its opening dates the meeting', () => {
    const text = `${REVIEW}\n2021年1月15日下午,东湖小学工会在报告厅召开了年度工作总结会。\n会议由工会主席主持。`;
    expect(documentYear(REVIEW, text, NOW, { titleOnly: true, newsOpening: text }).year).toBe(2021);
  });

  it('reads the date after a purpose, and a 述职 or 表彰 meeting alike', () => {
    const title = '东湖小学工会主席2020年述职报告';
    const text = `为总结一年来的工作,2021年1月8日下午,东湖小学在多媒体教室召开述职会,全体教职工听取了工会主席的述职报告。`;
    expect(documentYear(title, text, NOW, { titleOnly: true, newsOpening: text }).year).toBe(2021);
    const honours = '机关分工会2020年工作总结及表彰先进会议召开';
    const held = `2021年3月2日,机关分工会在第一会议室召开了工作总结暨表彰大会。`;
    expect(documentYear(honours, held, NOW, { titleOnly: true, newsOpening: held }).year).toBe(2021);
  });

  it('keeps the headline’s year when the meeting is held in it or its opening gives no year', () => {
    const inYear = `12月28日下午,东湖小学工会在报告厅召开了年度工作总结会。`;
    expect(documentYear(REVIEW, inYear, NOW, { titleOnly: true, newsOpening: inYear }).year).toBe(2020);
    const sameYear = `2020年12月28日下午,东湖小学工会在报告厅召开了年度工作总结会。`;
    expect(documentYear(REVIEW, sameYear, NOW, { titleOnly: true, newsOpening: sameYear }).year).toBe(2020);
  });

  it('is no review meeting when the headline names none, nor a summary document', () => {
    const plan = '东湖小学召开2020年工会工作部署会';
    const text = `2021年1月15日下午,东湖小学工会召开了工作部署会。`;
    expect(documentYear(plan, text, NOW, { titleOnly: true, newsOpening: text }).year).toBe(2020);
    const summary = '东湖小学2020年度工会工作总结';
    const dated = `(2021年1月8日)\n2020年,东湖小学工会在学校党支部的领导下开展了各项工作。`;
    expect(documentYear(summary, dated, NOW).year).toBe(2020);
  });
});
