// Two shapes of a year the reader missed (test11's measurement; every line is written for the test):
// - a date whose 月 and 日 were lost leaves three or two digits after its year (2013617日, 202339日): read when they
//   split one way only into a month and a day (SCHEMA audit 4), as the eight-digit 20201218日 already was (s016, x018,
//   z016 and a wide-sample page);
// - a year glued to the occasion it names without 年 (举办的2025国际妇女节系列活动, 在2018新春佳节即将到来之际: z007,
//   k021's title, a wide-sample page) is a year the report states for its event.
import { describe, expect, it } from 'vitest';
import { documentYear } from '../../src/stages/metadata/document-year.ts';
import { readEventDate, readOpeningDate, readReportYear } from '../../src/lexicon/layout/years.ts';

const NOW = 2026;

describe('a full date whose 月 and 日 were lost', () => {
  it.each([
    ['东湖小学定于2019617日下午召开第三届教代会', '2019'],
    ['学校定于202139日至10日召开教职工代表大会', '2021'],
    ['东湖小学于20191218日下午召开了教代会', '2019'],
    ['工会于2019131日举办了迎新联欢', '2019'],
  ])('%s → %s', (sentence, year) => {
    expect(readEventDate(sentence)?.[1]).toBe(year);
  });

  it.each([
    // 111: 1月11日 or 11月1日 — garbled, no date.
    '东湖小学于2019111日召开教代会',
    // A deadline sets no event.
    '请各分工会于2019617日前报送名单',
  ])('no event date: %s', (sentence) => {
    expect(readEventDate(sentence)).toBeNull();
  });

  it('opens a report', () => {
    expect(readOpeningDate('2019512日下午,学院召开教职工代表大会。')?.[1]).toBe('2019');
  });

  // Both lost before the time of day, with no 日 left (zb003, a wide-sample page of fsgmjy.cn).
  it.each([
    ['201956下午,东湖小学工会在会议室举行了年度总结交流会。', '2019'],
    ['2019625上午,学院教职工代表大会在报告厅召开。', '2019'],
  ])('opens a report before the time of day: %s', (sentence, year) => {
    expect(readOpeningDate(sentence)?.[1]).toBe(year);
  });

  it('dates an event before the time of day', () => {
    expect(readEventDate('为总结一年来的工作,201956下午,东湖小学工会举行了交流会')?.[1]).toBe('2019');
  });

  it('is no date when the digits split two ways before the time of day', () => {
    expect(readOpeningDate('2019111下午,东湖小学工会举行了交流会。')).toBeNull();
  });

  it('dates the event a notice announces', () => {
    const text = '各工会小组:\n经学校研究决定,将于2019617日下午召开第三届教代会第二次会议,现征集提案。';
    expect(documentYear('关于教代会提案征集的通知', text, NOW, { announcement: true }).year).toBe(2019);
  });
});

describe('a year glued to its occasion', () => {
  it.each([
    ['3月7日,分工会组织女职工参加了2019国际妇女节系列活动。', '2019'],
    ['在2019新春佳节即将到来之际,学院工会走访慰问退休教师。', '2019'],
    ['校工会举办2019“三八”节趣味运动会。', '2019'],
  ])('%s → %s', (sentence, year) => {
    expect(readReportYear(sentence)?.[1]).toBe(year);
  });

  it('is no year when it is being welcomed', () => {
    expect(readReportYear('为迎接2019元旦,校工会组织了长跑')).toBeNull();
  });

  it('gives an untitled report its year', () => {
    const text =
      '在2019新春佳节即将到来之际,学院工会组织走访慰问退休教职工。\n慰问中,院领导详细了解了老同志的身体情况。';
    expect(documentYear(null, text, NOW, { titleOnly: true, newsOpening: text }).year).toBe(2019);
  });
});

// A school year whose dash the page lost (20172018学年第二学期 in a summary's opening, 20152016学年度 in a title: m020,
// za008) is read as the school year it is, when its second year is the first's next.
describe('a school year whose two years run together', () => {
  it('in a title', () => {
    const read = documentYear('东湖小学20222023学年度第二学期工会工作计划', '一、指导思想', NOW);
    expect([read.year, read.schoolYear]).toEqual([2022, '2022-2023']);
  });

  it('in the opening', () => {
    const text = '东湖中学工会工作总结20222023学年第二学期 一学期来,我校工会在学校党支部的领导下开展了各项工作。';
    const read = documentYear('东湖中学工会工作总结', text, NOW);
    expect([read.year, read.schoolYear]).toEqual([2022, '2022-2023']);
  });

  it('not two years that are no school year', () => {
    const read = documentYear('东湖小学工会工作计划', '20222025学年的规划已经制定。', NOW);
    expect(read.schoolYear).toBeNull();
  });
});

// A template whose year lost all its digits (_年，我院的工会工作…: s024, under a compilation heading of 2023) hides its
// year: anonymised, so no heading's year is given to it.
describe('a year hidden by underscores alone', () => {
  it('anonymises the opening', () => {
    const read = documentYear('医院工会工作总结', '_年,东湖医院工会在院党委的领导下开展了各项工作,现总结如下:', NOW);
    expect([read.year, read.anonymised]).toEqual([null, true]);
  });

  it('not a fill-in line after a stated year', () => {
    const read = documentYear('东湖小学2023年工会工作计划', '填表日期:____年__月', NOW);
    expect(read.year).toBe(2023);
  });
});
