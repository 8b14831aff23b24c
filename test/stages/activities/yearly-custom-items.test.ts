// A festival told as a yearly custom beside this year's event of its month is that event told as a habit: one item,
// the dated one (gold audit 7). Alone, the custom is the only word of the event and stays.
import { describe, expect, it } from 'vitest';
import { activitiesOf } from '../../helpers/activities-of.ts';

const items = (doc: string, kind: 'other' | 'plan' | 'summary' = 'other') =>
  activitiesOf(doc, { kind }).map((a) => [a.month, a.basis]);

describe('a yearly custom beside its event', () => {
  it.each([
    [
      'the custom, then this year dated',
      '西山小学工会组织女教师春游\n每年的妇女节,校工会都会为女教师们安排丰富的活动。今年3月7日,校工会组织四十余名女教师到湿地公园踏青。',
      [[3, 'stated']],
    ],
    [
      'this year first, the custom told after it in a speech',
      '教育工会举办书画展\n5月2日起,教育工会在文化馆举办教职工书画展。工会负责人表示,工会每年都会举办系列活动庆祝“五一”劳动节,今年的展览为期一周。',
      [[5, 'stated']],
    ],
    [
      'the custom called a tradition, the event dated further down',
      '东湖学院工会开展春游\n每年“五一”开展春游是东湖学院工会的传统。今年经征集教职工意见,学院工会于5月18日组织教职工赴茶园采茶。',
      [[5, 'stated']],
    ],
  ])('%s', (_, doc, want) => {
    expect(items(doc)).toEqual(want);
  });

  it('keeps a custom that is the only word of its month', () => {
    expect(
      items('北塘中学工会工作计划\n1. 每年的三八妇女节,组织女教职工开展健身活动。\n2. 9月10日,慰问全体教师。', 'plan'),
    ).toEqual([
      [3, 'festival'],
      [9, 'stated'],
    ]);
  });

  it('keeps a festival item of this year beside another event of its month', () => {
    expect(
      items('南湖小学工会工作总结\n三八妇女节期间,工会组织女教师观看电影。3月20日,工会举办教职工羽毛球赛。', 'summary'),
    ).toEqual([
      [3, 'festival'],
      [3, 'stated'],
    ]);
  });
});
