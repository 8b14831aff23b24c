import { describe, expect, it } from 'vitest';
import { documentYear } from '../../src/stages/metadata/document-year.ts';

// Titles and openings written for these tests, in the shapes real pages take.
describe('document year on real-page shapes', () => {
  it.each([
    ['2019小学工会工作计划', '一、指导思想', 2019],
    ['院工会2021工作要点', '一、指导思想', 2021],
    ['校工会召开2015年女工工作计划研讨会', '4月7日,校工会召开研讨会。', 2015],
    ['小学工会工作计划', '2022年我校工会在上级工会的领导下开展了工作。', 2022],
  ])('reads %s / %s as %s', (title, text, year) => {
    expect(documentYear(title, text, 2025).year).toBe(year);
  });

  it.each([
    ['小学工会工作计划', '2023-04-04\n一、指导思想'],
    ['工会简讯', '2015-09-02 14:43 审核人:\n4月7日,校工会召开研讨会。'],
    ['小学工会工作计划2000字范本', '一、指导思想'],
    ['工会活动方案', '时间:24-07-13\n一、活动目的'],
  ])('takes no year from an upload date or a length: %s / %s', (title, text) => {
    expect(documentYear(title, text, 2025).year).toBeNull();
  });

  it('still reads a school year written with a dash', () => {
    expect(documentYear('2013-2014学年度工会工作计划', '', 2025)).toMatchObject({
      year: 2013,
      schoolYear: '2013-2014',
    });
    expect(documentYear(null, '2013-14学年,我校工会将…', 2025).year).toBe(2013);
  });
});
