// A programme's time field that spans days of one month or names the month is one item of that month, listed
// even when its events are dated again below (gold audit 2, decision 4).
import { describe, expect, it } from 'vitest';
import { activitiesOf } from '../../helpers/activities-of.ts';

const items = (doc: string) =>
  activitiesOf(doc, { year: null, kind: 'plan' }).map((a) => [a.text, a.month, a.monthEnd, a.year]);

describe('a span inside one month, or a whole month, as a programme’s time', () => {
  it.each([
    [
      'a span of days, the month written once',
      '读书月活动通知\n二、活动时间:2019年4月2至30日',
      ['活动时间:2019年4月2至30日', 4, null, 2019],
    ],
    [
      'a span of days, the month written twice',
      '健身月方案\n一、活动时间\n2020年10月1日至10月31日',
      ['2020年10月1日至10月31日', 10, null, 2020],
    ],
    [
      'a field numbered with a Chinese numeral in brackets',
      '插花活动方案\n一、活动目的:丰富女教职工的节日生活。\n（一）活动时间:2024年3月7日下午\n（二）活动地点:图书馆',
      ['活动时间:2024年3月7日下午', 3, null, 2024],
    ],
    [
      'a numbered field naming what is timed',
      '体检通知\n一、体检对象:全体教职工\n二、体检时间:5月6至20日',
      ['体检时间:5月6至20日', 5, null, null],
    ],
    [
      'a field heading with no activity word, its span below',
      '巡讲活动通知\n一、时间安排\n2024年4月—9月。\n二、活动内容\n1、巡讲30余场。',
      ['2024年4月—9月。', 4, 9, 2024],
    ],
    [
      'the field of an activity day (活动日时间)',
      '协会活动日公告\n一、活动日时间:4月12日(周三)中午\n二、活动日地点:食堂二楼',
      ['活动日时间:4月12日(周三)中午', 4, null, null],
    ],
    [
      'an event’s name and a colon before its span',
      '秋游通知\n二、活动时间\n登山健步:2024年9月-10月,10月底之前完成。',
      ['登山健步:2024年9月-10月', 9, 10, 2024],
    ],
  ])('%s', (_, doc, want) => {
    expect(items(doc)).toContainEqual(want);
  });

  it.each([
    ['a field’s label before the date is no event', '展览通知\n展览地点:3月5日起在图书馆', '3月5日起在图书馆'],
    ['a bare 日期 line is no field heading', '随笔\n日期\n5月的会议一律从简。', '5月的会议一律从简。'],
  ])('%s', (_, doc, only) => {
    expect(items(doc).map(([t]) => t)).toEqual([only]);
  });

  it('a phase’s label heads the items below it: no event of its own', () => {
    const got = items(
      '读书活动方案\n五、各阶段实施策略\n第一阶段:2024年1月份\n1、举行授书仪式。\n第二阶段:2024年2月份\n1、集体学习。',
    );
    expect(got.map(([t]) => t)).not.toContain('第一阶段:2024年1月份');
    expect(got.map(([t]) => t)).not.toContain('第二阶段:2024年2月份');
  });

  it('is listed though the programme’s events are dated again below', () => {
    const got = items(
      '读书节方案\n二、活动时间\n2021年4月\n三、活动内容\n（一）读书分享会：4月10日，工会举办读书分享会。\n（二）书香教师评选：4月23日，工会评选书香教师。',
    );
    expect(got).toContainEqual(['2021年4月', 4, null, 2021]);
    expect(got).toHaveLength(3);
  });

  it('a single day written again elsewhere is dated where the event is told', () => {
    const got = items('运动会方案\n二、活动时间\n10月20日\n三、日程:10月20日上午8:00开幕式。');
    expect(got.map(([t]) => t)).toEqual(['10月20日上午8:00开幕式。']);
  });

  it('a time field with its value on the same line, whose day the opening already tells, is not listed again', () => {
    const got = items('春游通知\n工会定于4月13日(星期六)组织教职工春游。\n一、时间:4月13日(周六)\n二、地点:南山公园');
    expect(got.map(([t]) => t)).toEqual(['工会定于4月13日(星期六)组织教职工春游。']);
  });

  it('a deadline on the field’s day does not tell of the event: the field stays', () => {
    const got = items('三八节活动方案\n一、活动时间:3月8日\n二、活动安排\n1、3月8日前,工会发布活动内容。');
    expect(got.map(([t]) => t)).toEqual(['活动时间:3月8日', '3月8日前,工会发布活动内容。']);
  });

  it('an unnumbered line that only says a time is prose, not a field', () => {
    expect(items('随笔\n为了节约时间:5月的会议一律从简。').map(([t]) => t)).toEqual(['5月的会议一律从简。']);
  });
});

// Round 13 (s19-acts): a time field's label kept out of its item's text (the field numbered inside a run-on notice,
// or spelled 时间与地点), so a gold key copied with the label — "比赛时间:4月12日(周五)" — missed it. Found on two
// spent sites (test7 r014, test8 t010) and two wide-sample notices.
describe('a time field keeps its label with its date', () => {
  const texts = (doc: string) => items(doc).map(([t]) => t as string);

  it('numbered inside a run-on notice: the item runs from the field', () => {
    const got = texts(
      '文体协会活动日通知\n为方便新同事加入各协会,校工会定在周三中午开放协会活动日,安排如下: 一、活动日时间:5月10日(周三)中午 二、活动日地点:食堂二楼 三、活动内容:各协会招新',
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^活动日时间:5月10日\(周三\)中午/);
  });

  it('spelled 时间与地点', () => {
    const got = items('教代会筹备方案\n一、会议议题:审议工作报告。\n二、时间与地点:2024年12月7日(周六)、学术报告厅');
    expect(got).toEqual([['时间与地点:2024年12月7日(周六)、学术报告厅', 12, null, 2024]]);
  });

  it('a run-on field whose day the opening already tells is not listed again', () => {
    const got = texts(
      '羽毛球赛通知\n校工会定于5月20日起举行教职工羽毛球比赛,现将有关事项通知如下: 一、比赛办法:分组循环。 二、比赛时间: 2024年5月20日起,每天下午4:00开赛。',
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^校工会定于5月20日起举行教职工羽毛球比赛/);
  });

  it('a number with no space or sentence end before it is no field of a run-on line', () => {
    const got = texts('随笔\n我们讨论了第二、三时间:5月的会议一律从简。');
    expect(got.some((t) => t.includes('三时间'))).toBe(false);
  });
});
