// The lead's day told again with a time of day (SCHEMA audit 9): the lead's event, one item.
import { describe, expect, it } from 'vitest';
import { activitiesOf } from '../../helpers/activities-of.ts';

const texts = (doc: string) =>
  activitiesOf(doc, { year: null, kind: 'other' }).map((a) => [a.text.slice(0, 12), a.month]);

describe("the lead's day told again with its time of day is the lead's event", () => {
  it.each([
    [
      'a time of day after the day',
      '工会简讯\n为丰富退休教师的生活,校工会于10月12日开展了秋游活动。\n10月12日一大早,学校安排大巴把退休教师接到公园,大家一起赏菊。',
    ],
    [
      'a weekday between the day and its time',
      '工会简讯\n2022年4月8日,城东小学在工会的组织下开展了爱心义卖活动。\n几天前,工会就发出了倡议。4月8日周五下午例会之后举行了现场义卖,老师们踊跃参与。',
    ],
  ])('%s', (_, doc) => {
    expect(texts(doc)).toHaveLength(1);
  });

  it('a lead that gave its own time of day leaves another event of that day alone', () => {
    expect(
      texts(
        '工会简讯\n3月8日中午,校工会在教工餐厅举办了庆祝活动。\n此前工会已向女教工送上节日慰问品。3月8日中午,女教工一起包饺子,共三十人参加。',
      ),
    ).toHaveLength(2);
  });

  it('a lead dated by a span of days leaves each day’s event alone', () => {
    expect(
      texts(
        '工会简讯\n5月20日至21日,学校在报告厅召开第三届教代会。\n5月20日下午,教代会预备会率先召开,代表们审议了议程。',
      ),
    ).toHaveLength(2);
  });
});
