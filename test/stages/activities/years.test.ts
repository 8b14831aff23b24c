// Years: the document's year or school year, a schedule that passes 十二月, and 今年/去年/明年.
import { describe, expect, it } from 'vitest';
import { activitiesOf } from '../../helpers/activities-of.ts';
import {
  narrativeYear,
  type ScheduleMonth,
  scheduleYears,
  yearContext,
} from '../../../src/stages/activities/resolve-years.ts';
import { yearStatedByItem } from '../../../src/stages/activities/item-year.ts';

const m = (month: number | null, extra: Partial<ScheduleMonth> = {}): ScheduleMonth => ({
  month,
  monthEnd: null,
  statedYear: null,
  possible: [],
  ...extra,
});
const years = (blocks: ScheduleMonth[], meta: { year: number | null; schoolYear: string | null }) =>
  scheduleYears(blocks, yearContext(meta)).map((y) => y.year);

describe('schedule years', () => {
  it('a 2022 plan: 一月 … 十二月 in 2022, the 一月 after 十二月 in 2023', () => {
    const got = scheduleYears(
      [1, 2, 6, 12, 1].map((x) => m(x)),
      yearContext({ year: 2022, schoolYear: null }),
    );
    expect(got.map((y) => y.year)).toEqual([2022, 2022, 2022, 2022, 2023]);
    expect(got.map((y) => y.rolledOver)).toEqual([false, false, false, false, true]);
  });

  it('the same month again (two table rows of 十月) stays in its year; a span over New Year moves the next block on', () => {
    expect(
      years(
        [9, 10, 10, 12].map((x) => m(x)),
        { year: 2024, schoolYear: null },
      ),
    ).toEqual([2024, 2024, 2024, 2024]);
    expect(years([m(10), m(12, { monthEnd: 1 }), m(2)], { year: 2024, schoolYear: null })).toEqual([2024, 2024, 2025]);
  });

  it('a school year 2013-2014: September–December in 2013, January–August in 2014', () => {
    expect(
      years(
        [9, 10, 12, 1, 3, 6].map((x) => m(x)),
        { year: null, schoolYear: '2013-2014' },
      ),
    ).toEqual([2013, 2013, 2013, 2014, 2014, 2014]);
    expect(
      years(
        [2, 3, 6].map((x) => m(x)),
        { year: null, schoolYear: '2013-2014' },
      ),
    ).toEqual([2014, 2014, 2014]);
    expect(
      years(
        [8, 9].map((x) => m(x)),
        { year: null, schoolYear: '2013-2014' },
      ),
    ).toEqual([2013, 2013]);
  });

  it('a header year wins and is carried forward', () => {
    expect(
      years([m(12, { statedYear: 2014 }), m(1, { statedYear: 2015 }), m(2)], { year: 2014, schoolYear: null }),
    ).toEqual([2014, 2015, 2015]);
  });

  it('a "12-1月" span ends in the next year', () => {
    expect(years([m(12, { monthEnd: 1 }), m(2)], { year: 2020, schoolYear: null })).toEqual([2020, 2021]);
  });

  it('a block without a month gets a year only when all its possible months agree', () => {
    expect(years([m(10), m(null, { possible: [11, 12] }), m(1)], { year: 2019, schoolYear: null })).toEqual([
      2019, 2019, 2020,
    ]);
    expect(years([m(10), m(null, { possible: [12, 1] })], { year: 2019, schoolYear: null })).toEqual([2019, null]);
    expect(years([m(10), m(null)], { year: 2019, schoolYear: null })).toEqual([2019, null]);
  });

  it('no year in the document: null', () => {
    expect(
      years(
        [3, 4].map((x) => m(x)),
        { year: null, schoolYear: null },
      ),
    ).toEqual([null, null]);
  });

  it('ignores a malformed school year', () => {
    expect(yearContext({ year: null, schoolYear: '2013-2016' }).schoolYear).toBeNull();
    expect(yearContext({ year: null, schoolYear: '2013—2014' }).schoolYear).toEqual([2013, 2014]);
  });
});

describe('narrative years', () => {
  const ctx = yearContext({ year: 2009, schoolYear: null });
  it.each([
    [{ kind: 'none' } as const, 5, 2009],
    [{ kind: 'relative', offset: 0, word: '今年' } as const, 1, 2009],
    [{ kind: 'relative', offset: -1, word: '去年' } as const, 12, 2008],
    [{ kind: 'relative', offset: 1, word: '明年' } as const, 1, 2010],
    [{ kind: 'recurring', word: '每年' } as const, 6, 2009],
    [{ kind: 'explicit', year: 2015 } as const, 11, 2015],
    [{ kind: 'blanked' } as const, 3, null],
  ])('%j in %i → %s', (ref, month, expected) => {
    expect(narrativeYear(ref, month, ctx)).toBe(expected);
  });

  it('uses the school year when the document has one', () => {
    const sy = yearContext({ year: null, schoolYear: '2014-2015' });
    expect(narrativeYear({ kind: 'none' }, 10, sy)).toBe(2014);
    expect(narrativeYear({ kind: 'none' }, 1, sy)).toBe(2015);
  });

  it('no document year: null unless the text states one', () => {
    const none = yearContext({ year: null, schoolYear: null });
    expect(narrativeYear({ kind: 'relative', offset: 0, word: '今年' }, 10, none)).toBeNull();
    expect(narrativeYear({ kind: 'explicit', year: 2012 }, 10, none)).toBe(2012);
  });
});

describe('an item that states its own year, in a document that states none', () => {
  it.each([
    ['4、2021年教职工排球联赛', 2021],
    ['召开2019年春季学期工会工作布置会', 2019],
    ['2022-2023学年度先进个人评选', null],
    ['2021年以来工作回顾', null],
    // A birth year names who the event is for, not when it is held.
    ['校工会为1975年出生的教职工举行集体生日会', null],
    ['为1980年生人的老师们送上祝福', null],
    ['为2018年度出生的教师子女送上节日礼物，并组织2018年教职工生日会', 2018],
    ['组织教职工春游', null],
  ])('%s → %s', (text, year) => {
    expect(yearStatedByItem(text)?.year ?? null).toBe(year);
  });

  it('gives the year only to items the document left without one', () => {
    const doc = '工会行事历\n四月：\n1. 2021年教职工篮球联赛；\n2. 清明节慰问；';
    const acts = activitiesOf(doc, { year: null, kind: 'plan' });
    expect(acts.map((a) => [a.month, a.year])).toEqual([
      [4, 2021],
      [4, null],
    ]);
    const dated = activitiesOf(doc, { year: 2024, kind: 'plan' });
    expect(dated.map((a) => a.year)).toEqual([2024, 2024]);
  });
});

describe('an item’s year: its own, else the document’s, else none (gold audit 2)', () => {
  const years = (doc: string, year: number | null = null) =>
    activitiesOf(doc, { year, kind: 'summary' }).map((a) => [a.month, a.year]);

  it('a year stated in another clause does not pass to the next clause', () => {
    expect(
      years('站务工作总结\n2016年9月以来，工会组织职工参加业务培训；10月份开展了队列比赛；11月份举办了歌咏比赛。'),
    ).toEqual([
      [9, 2016],
      [10, null],
      [11, null],
    ]);
  });

  it('nor does a deadline’s year, or a series time field’s', () => {
    expect(years('活动安排\n1、活动时间：3月8日\n2、2020年3月5日前，工会发布活动通知。')).toEqual([
      [3, null],
      [3, 2020],
    ]);
    expect(
      years(
        '教师节系列活动方案\n活动时间：2025年9月5日-10月7日\n（一）“匠心”表彰活动（9月10日）\n（二）书画摄影展（9月20日）',
      ),
    ).toEqual([
      [9, 2025],
      [9, null],
      [9, null],
    ]);
  });

  it('the document’s year is every item’s that states none', () => {
    expect(years('总结\n2016年9月，工会组织了读书活动。10月，工会举办了运动会。', 2016)).toEqual([
      [9, 2016],
      [10, 2016],
    ]);
  });
});
