// The day an activity states at its head, kept so one month's events can be ordered; items of a multi-event month
// each keep their own.
import { describe, expect, it } from 'vitest';
import { activitiesOf } from '../../helpers/activities-of.ts';
import { statedDay } from '../../../src/stages/activities/stated-day.ts';

describe('the day an item states', () => {
  it.each([
    ['13日，召开工会委员会，研究本学期工作', 5, 13],
    ['3月8日上午，组织女教职工插花', 3, 8],
    ['于５号前上报参赛名单', 4, 5],
    ['二十一日举行教职工篮球赛', 11, 21],
    ['5日至7日，开展教职工体检', 6, 5],
  ])('%s (month %i) → %i', (text, month, day) => {
    expect(statedDay(text, month, null)).toBe(day);
  });

  it.each([
    ['中旬，慰问新教师', 9, null, 'a part of the month, not a day'],
    ['4月8日召开教代会', 5, null, 'a date in another month than the item’s'],
    ['13日，召开工会委员会', 7, 8, 'an item spanning two months'],
    ['组织教职工参加15日的区运动会', 10, null, 'a day inside the sentence, not at its head'],
    ['2023年工会工作回顾', 1, null, 'a year, not a day'],
  ] as Array<[string, number, number | null, string]>)('%s → none (%s)', (text, month, monthEnd) => {
    expect(statedDay(text, month, monthEnd)).toBeNull();
  });

  it('each event of a multi-event month keeps its own day, and a stated date in running text keeps its day', () => {
    const activities = activitiesOf(
      '西岭小学2024年工会工作计划\n4月18日，工会举办教职工趣味运动会。\n五月份：中旬，组织教职工健步走；月底，召开工会委员会议；13日，慰问生病教职工。',
      { year: 2024, kind: 'plan' },
    );
    expect(activities.map((a) => [a.month, a.day, a.text.slice(0, 6)])).toEqual([
      [4, 18, '4月18日，'],
      [5, null, '中旬，组织教'],
      [5, null, '月底，召开工'],
      [5, 13, '13日，慰问'],
    ]);
  });

  it('an item that states a date outside its block keeps its own month (and moves into the next year after 十二月)', () => {
    const activities = activitiesOf(
      '西岭小学2024年工会工作计划\n五月份：\n1、组织教职工健步走；\n2、6月18日，召开工会委员会议。\n十二月份：\n1、1月8日，慰问退休教师；\n2、12月20日，迎新年联欢。',
      { year: 2024, kind: 'plan' },
    );
    expect(activities.map((a) => [a.month, a.day, a.year])).toEqual([
      [5, null, 2024],
      [6, 18, 2024],
      [1, 8, 2025],
      [12, 20, 2024],
    ]);
  });

  it("an item that states its own month without a day keeps that month, not its block's", () => {
    const activities = activitiesOf(
      '学院工会文体活动安排\n4、2012年5月：教职工羽毛球比赛。\n具体分组：35岁以下为甲组\n5、2012年6月进行象棋比赛。\n6、6月中旬举办教工书画展。',
      { year: 2012, kind: 'plan' },
    );
    expect(activities.map((a) => [a.month, a.text])).toEqual([
      [5, '教职工羽毛球比赛。'],
      [6, '2012年6月进行象棋比赛。'],
      [6, '6月中旬举办教工书画展。'],
    ]);
  });
});
