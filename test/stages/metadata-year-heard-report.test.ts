// A report a meeting hears (院长作了2019年度工作报告, 听取并审议学院2019年度工作报告) is a document the news names: its
// year is that report's, not the year of the meeting the news tells of (SCHEMA audit 3; z002, and the same shape on
// v011, j022, q014, s023). Every line is written for the test.
import { describe, expect, it } from 'vitest';
import { documentYear } from '../../src/stages/metadata/document-year.ts';
import { namedDocumentYearSpans } from '../../src/lexicon/layout/years.ts';

const NOW = 2026;

describe('the year of a report a meeting heard', () => {
  it.each([
    '会议听取并审议了学院2019年度工作报告、财务工作报告',
    '东湖小学校长作了2019年度学校工作报告',
    '工会主席某某做2019年工会工作报告',
  ])('is that report’s: %s', (sentence) => {
    expect(namedDocumentYearSpans(sentence)).toHaveLength(1);
  });

  it.each(['现将2019年度工会工作报告如下', '2019年工作报告'])('a report’s own title is no heard report: %s', (s) => {
    expect(namedDocumentYearSpans(s)).toHaveLength(0);
  });

  it('gives a news report no year of its own', () => {
    const text = [
      '1月10日下午,东湖学院第三届教职工大会第二次会议在学院报告厅举行。工会主席主持会议,代表们审议了学院2019年度院长工作报告和财务报告,并表彰了2019年度优秀教师。',
      '大会在国歌声中开幕。院长代表学院作了2019年度工作报告,回顾了学院一年来的工作。',
    ].join('\n');
    expect(documentYear(null, text, NOW, { titleOnly: true, newsOpening: text }).year).toBeNull();
  });
});

// The work a meeting looked back on, named as the object of the review (对…2016年的工作…进行了总结: v011): that work's
// year, however often the report names it, not the meeting's.
describe('the year of work a meeting reviewed as its object', () => {
  it('gives a report dated by month and day no year', () => {
    const text = [
      '12月28日下午,东湖学院第二届教职工代表大会在学院报告厅召开。',
      '院长对学院2019年的工作情况进行了全面总结,并提出了下一阶段的工作思路。',
      '代表们分组讨论了2019年度财务工作报告。',
    ].join('\n');
    expect(documentYear(null, text, NOW, { titleOnly: true, newsOpening: text }).year).toBeNull();
  });

  it('leaves a year the report names twice for its own work', () => {
    const text = [
      '3月5日下午,东湖学院工会召开工作会议。',
      '会议部署了2020年工会工作,要求各分工会围绕2020年工作重点,做好各项工作。',
    ].join('\n');
    expect(documentYear(null, text, NOW, { titleOnly: true, newsOpening: text }).year).toBe(2020);
  });
});
