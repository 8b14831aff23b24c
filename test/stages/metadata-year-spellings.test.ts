// Years spelled the ways real pages spell them (issue 15): two digits (08年), Chinese numerals with the 〇
// lost in conversion (二一二年), while a count of years (从教12年, 工作10年以上) is never a year. Every line is
// written for the test.
import { describe, expect, it } from 'vitest';
import { documentYear } from '../../src/stages/metadata/document-year.ts';

const NOW = 2026;

describe('document year in its other spellings', () => {
  it.each([
    ['二一二年春学期教代会工作总结', '', 2012],
    ['二〇一二年工会工作总结', '', 2012],
    ['08年东湖小学工会工作计划', '', 2008],
    ['学校工会主席述职报告', '对我们东湖小学来说，08年是承上启下的一年。', 2008],
    ['学校工会工作总结', '12年度，我校工会在上级工会的领导下开展工作。', 2012],
    ['学校工会工作计划', '13年上半年，工会将组织教职工健康体检。', 2013],
  ])('%s / %s → %i', (title, text, year) => {
    expect(documentYear(title, text, NOW).year).toBe(year);
  });

  it.each([
    '我从教12年，一直担任工会小组长。',
    '对工作10年以上的教师进行表彰。',
    '组织教职工参加第12年教师节庆祝活动。',
    '近20年来，学校工会坚持开展读书活动。',
  ])('a count of years is no year: %s', (text) => {
    expect(documentYear('学校工会工作总结', text, NOW).year).toBeNull();
  });
});

describe('a school year named by its first year alone', () => {
  it.each([
    ['南湖小学2022学年度第一学期校工会计划', '', 2022, '2022-2023'],
    ['东湖中学2019学年第一学期工会工作总结', '', 2019, '2019-2020'],
    // Both years written: the span is read as before.
    ['东湖中学2019-2020学年工会工作总结', '', 2019, '2019-2020'],
    // A year that is no school year's first stays a year.
    ['2022年工会工作总结', '本学年工会将继续开展读书活动。', 2022, null],
  ])('%s → %i, %s', (title, text, year, schoolYear) => {
    expect(documentYear(title, text, NOW)).toMatchObject({ year, schoolYear });
  });
});

describe("a schedule's lines state their events' years, not the document's", () => {
  it.each([
    '一月：\n1. 评选上年度优秀提案；\n二月：\n1. 寒假走访困难教师。\n三月：\n1. 举办2021年教职工拔河比赛；',
    '全年工作按月安排如下。\n七月、八月：\n1. 组织参加2019年全市教工羽毛球赛；',
    '2022年3月：召开教代会。\n4月：组织春游。',
  ])('no document year from %j', (text) => {
    expect(documentYear('学校工会行事历', text, NOW).year).toBeNull();
  });

  it('an opening before the schedule still states it', () => {
    const text = '2021年，我校工会将围绕学校中心工作开展活动。\n三月：\n1. 举办2021年教职工拔河比赛；';
    expect(documentYear('学校工会行事历', text, NOW)).toMatchObject({ year: 2021, from: 'text' });
  });
});

describe('a year hidden as XX年', () => {
  it.each(['XX年东湖小学工会工作总结', '中学xx年工会工作方案', 'XX学年第二学期工会计划'])(
    '%s is anonymised',
    (title) => {
      expect(documentYear(title, '', NOW)).toMatchObject({ year: null, anonymised: true });
    },
  );

  it.each(['XX年级组工会工作计划', 'MAXX年度汇报'])('%s hides no year', (title) => {
    expect(documentYear(title, '', NOW).anonymised).toBe(false);
  });
});

// Taiwan's teachers' unions date by the 民国 count (year 1 = 1912), in three digits now (100 = 2011).
describe('a year counted from 1912', () => {
  it.each([
    ['112学年度第1学期教师会工作计划', '', 2023, '2023-2024'],
    ['教师会工作报告', '本会108年5月份工作报告如下：', 2019, null],
    [null, '※会务报告(110/3月份本会工作报告)\n本月共办理讲座2场。', 2021, null],
    // s44: 民国 named before it, the year has two digits or Chinese numerals before 民国100 (2011).
    ['某某国民中学教师会组织章程', '中华民国九十九年十月十二日第三届第一次会员大会修正通过', 2010, null],
    ['教师会会员大会纪录', '民国95年5月8日下午于本校会议室召开', 2006, null],
    ['教师会会员大会纪录', '中华民国一百零二年三月五日召开第五届第一次会员大会', 2013, null],
    ['教师会会员大会纪录', '中华民国一一二年九月一日修正', 2023, null],
    // review: a founding year (建校, 创校) or an implausible past 民国 year gives way to the text's own year
    [null, '本校创校于民国七十五年,112学年度教师会工作计划如下。', 2023, '2023-2024'],
    [null, '本校创校于民国五十七年,112学年度教师会工作计划如下。', 2023, '2023-2024'],
    [null, '民国二十年代建校,112学年度教师会工作计划如下。', 2023, '2023-2024'],
  ])('%s / %s → %s', (title, text, year, schoolYear) => {
    expect(documentYear(title, text, NOW)).toMatchObject({ year, schoolYear });
  });

  it.each([
    ['建党100周年工会活动方案', ''],
    ['工会工作总结', '共计发放慰问金120元/人，本年度12月份完成。'],
    ['工会工作总结', '全校120名教职工参加了活动。'],
    ['教师会简介', '本校创建于民国时期,历史悠久。'],
  ])('none: %s / %s', (title, text) => {
    expect(documentYear(title, text, NOW).year).toBeNull();
  });
});
