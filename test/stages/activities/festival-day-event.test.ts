// A festival told in passing right after the event the text has just dated on the festival's day (or its eve) is
// that event's occasion told again, not an event of its own; a sentence that opens with the festival or tells a
// deed of its own before it stays an event.
import { describe, expect, it } from 'vitest';
import { activitiesOf } from '../../helpers/activities-of.ts';

const items = (text: string) =>
  activitiesOf(text, { kind: 'other' }).map((a) => [a.month, a.day, a.basis, a.text.slice(0, 6)]);

describe('a festival told in passing after the event dated on its day', () => {
  it.each([
    [
      '5月31日下午，镇工会副主席带队到阳光幼儿园慰问孩子们，送去了绘本和玩具。孩子们为客人们献上了“庆六一”文艺表演。',
      [[5, 31, 'stated', '5月31日下']],
    ],
    [
      '3月8日下午，图书馆门前摆满了盆花，女教工们驻足挑选，笑声不断。\n\n这是姐妹们在东校区度过的第一个三八妇女节，分工会照例推出“花香满园”节日活动，向每位女教工赠送一盆花。',
      [[3, 8, 'stated', '3月8日下午']],
    ],
  ])('%s', (text, want) => {
    expect(items(text)).toEqual(want);
  });

  it.each([
    // A deed before the festival in its sentence: another event that day.
    [
      '3月8日下午，全体女教师在会议室参加了座谈会。学校开展了庆祝“三八”节女教工趣味活动。',
      [
        [3, 8, 'stated', '3月8日下午'],
        [3, null, 'festival', '学校开展了庆'],
      ],
    ],
    // A sentence that opens with the festival is an event of its own.
    [
      '3月8日上午，工会举行了女教工座谈会。\n\n“三八”节期间，工会还走访慰问了驻校值班的女教师。',
      [
        [3, 8, 'stated', '3月8日上午'],
        [3, null, 'festival', '“三八”节期'],
      ],
    ],
  ])('an event of its own stays: %s', (text, want) => {
    expect(items(text)).toEqual(want);
  });
});
