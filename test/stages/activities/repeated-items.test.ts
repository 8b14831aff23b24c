// One event told twice in the same words (a lead the body repeats, the headline under each photo): one item.
import { describe, expect, it } from 'vitest';
import { activitiesOf } from '../../helpers/activities-of.ts';

const texts = (doc: string) => activitiesOf(doc, { year: null, kind: 'other' }).map((a) => [a.text, a.month]);

describe('an item told again in the same words', () => {
  it.each([
    [
      'a lead the body repeats',
      '校工会举办教职工羽毛球赛\n5月16日下午,校工会在体育馆举办教职工羽毛球比赛。\n\n5月16日下午,校工会在体育馆举办教职工羽毛球比赛。来自各分会的六十余名选手参赛。',
      [['5月16日下午,校工会在体育馆举办教职工羽毛球比赛。', 5]],
    ],
    [
      'a lead cut short before the body’s sentence',
      '新闻\n11月3日上午,学院工会组织教职工到植物园开展健步走活动\n正文\n11月3日上午,学院工会组织教职工到植物园开展健步走活动,七十名教职工参加。',
      [['11月3日上午,学院工会组织教职工到植物园开展健步走活动', 11]],
    ],
    [
      'the headline under each photo',
      '工会简讯\n6月1日,校工会组织教职工子女开展庆六一亲子游园活动。\n6月1日,校工会组织教职工子女开展庆六一亲子游园活动(图1)\n6月1日,校工会组织教职工子女开展庆六一亲子游园活动(图2)',
      [['6月1日,校工会组织教职工子女开展庆六一亲子游园活动。', 6]],
    ],
  ])('%s', (_, doc, want) => {
    expect(texts(doc)).toEqual(want);
  });

  it('two events of one month that only share a few opening words stay two', () => {
    expect(
      texts('工会简讯\n3月8日,工会组织女教职工观看电影。\n3月8日,工会组织退休女教师座谈。').map(([t]) => t),
    ).toHaveLength(2);
  });

  it('the same words in another month are another event', () => {
    expect(
      texts('工会简讯\n3月12日,工会组织教职工参加植树活动。\n4月12日,工会组织教职工参加植树活动。').map(([, m]) => m),
    ).toEqual([3, 4]);
  });
});
