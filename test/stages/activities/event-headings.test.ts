// An event written as a heading with its own field lines: one activity keyed by the heading, dated by its time
// field (gold audit 2, decision 3); a whole document's time field keeps its own line.
import { describe, expect, it } from 'vitest';
import { activitiesOf } from '../../helpers/activities-of.ts';
import { eventHeadingAbove } from '../../../src/stages/activities/event-headings.ts';

const items = (doc: string, year: number | null = null) =>
  activitiesOf(doc, { year, kind: 'plan' }).map((a) => [a.text, a.month, a.monthEnd, a.year]);

describe('an event heading with its own field lines', () => {
  it.each([
    [
      'section heading, numbered fields',
      '工会春季活动方案\n一、教职工读书分享会\n1、时间:4月12日。\n2、地点:图书室。\n3、参加人员:全体教职工。',
      [['教职工读书分享会', 4, null, null]],
    ],
    [
      'subsection heading, the time field third, with text lines between',
      '工会活动方案\n二、活动内容\n(一)教职工登山比赛\n1.活动目的:\n强健体魄,增进交流。\n2.活动地点:南山公园。\n3.活动时间:10月18日上午。',
      [['教职工登山比赛', 10, null, null]],
    ],
    [
      'item heading, bracketed fields, its own year stated in the field',
      '迎新年活动方案\n活动安排:\n1、拔河比赛。\n(1)比赛办法。每组十人。\n(2)比赛时间、地点:2021年12月28日下午,操场。\n2、跳绳比赛。',
      [['拔河比赛', 12, null, 2021]],
    ],
    [
      'an unnumbered field line under a numbered heading',
      '工会工作计划\n1.教职工书法展\n时间:5月20日 地点:会议室 负责人:工会委员',
      [['教职工书法展', 5, null, null]],
    ],
  ])('%s', (_, doc, want) => {
    expect(items(doc)).toEqual(want);
  });

  it('a lost character written as a question mark stays inside the name', () => {
    expect(items('活动通知\n(一)举办第三届“春?风”教职工气排球比赛\n1.比赛时间:4月9日(周六)')).toEqual([
      ['举办第三届“春?风”教职工气排球比赛', 4, null, null],
    ]);
  });

  it('a heading named after a festival is dated by its time field, not again by the festival', () => {
    expect(items('女教工活动安排\n二、组织庆“三八”节拔河比赛\n1、时间:3月5日下午。\n2、地点:操场。')).toEqual([
      ['组织庆“三八”节拔河比赛', 3, null, null],
    ]);
  });

  it('the document’s year dates an event whose field states none', () => {
    expect(items('工会活动方案\n二、教职工健步走\n1、时间:3月15日。\n2、地点:校园。', 2024)).toEqual([
      ['教职工健步走', 3, null, 2024],
    ]);
  });
});

describe('a time field with no event heading keeps its line', () => {
  it.each([
    [
      'a whole document’s field',
      '三八节活动方案\n一、活动主题:书香润校园\n二、活动时间:3月8日下午',
      '活动时间:3月8日下午',
    ],
    [
      'a field under a section that names the plan’s fields',
      '活动方案\n三、活动时间及内容\n1、活动时间:3月8日\n2、女教工到操场参加游戏。',
      '活动时间:3月8日',
    ],
    ['a field under a plan section', '活动方案\n三、活动安排:\n活动时间:9月1日至9月20日', '活动时间:9月1日至9月20日'],
    [
      'an unnumbered field after a numbered field list that gives its values',
      '研讨会通知\n承办单位\n一、主办单位:市教师工会\n二、协办单位:区教育工会\n会议日期\n10月12日(星期六)\n会议地点\n教师进修学校',
      '10月12日(星期六)',
    ],
  ])('%s', (_, doc, line) => {
    expect(items(doc).map(([text]) => text)).toContain(line);
  });

  it('a registration time is a deadline of its own, not the event’s date', () => {
    expect(
      items('活动方案\n一、教职工乒乓球赛\n1、报名时间:3月1日前报工会办公室。\n2、地点:体育馆。').map(([t]) => t),
    ).toEqual(['报名时间:3月1日前报工会办公室。']);
  });
});

describe('a deadline written as a heading line, its date on the line below', () => {
  it.each([
    [
      'a hand-in deadline after the exhibition’s particulars',
      '教职工摄影展征稿通知\n一、作品要求\n照片须为原创。\n二、截稿日期\n2019年6月10日。逾期送来的作品不再收录。',
      [['2019年6月10日。', 6, null, 2019]],
    ],
    [
      'a submission time with its place, the day only',
      '书画展通知\n一、征稿对象\n全体教职工。\n二、送稿时间及地点\n5月6日-5月9日;工会办公室',
      [['5月6日-5月9日', 5, null, null]],
    ],
    [
      'a registration deadline numbered as a section',
      '羽毛球赛通知\n一、比赛项目\n男女单打。\n三、报名截止时间\n10月8日下午5点前交工会。',
      [['10月8日下午5点前交工会。', 10, null, null]],
    ],
  ])('%s', (_, doc, want) => {
    expect(items(doc)).toEqual(want);
  });

  it('a deadline heading names no event heading above it', () => {
    expect(items('迎春书法比赛\n1、作品要求:楷书。\n2、截稿日期\n3月3日。').map(([t]) => t)).not.toContain(
      '迎春书法比赛',
    );
  });
});

describe('eventHeadingAbove', () => {
  it('needs the field list numbered from one under the heading', () => {
    const lines = ['一、趣味运动会', '2、地点:操场。', '3、时间:3月6日。'];
    expect(eventHeadingAbove(lines, 2)).toBeNull();
    expect(eventHeadingAbove(['一、趣味运动会', '1、地点:操场。', '2、时间:3月6日。'], 2)?.text).toBe('趣味运动会');
  });

  it('a sentence or a dated line above is no event’s heading', () => {
    expect(eventHeadingAbove(['一、工会将于三月组织活动,请大家积极参加。', '1、时间:3月6日。'], 1)).toBeNull();
    expect(eventHeadingAbove(['一、3月健康讲座', '1、时间:3月6日。'], 1)).toBeNull();
    // A field given with its value is a particular of the plan, as the time field is.
    expect(eventHeadingAbove(['二、协办单位:区教育工会', '会议日期'], 1)).toBeNull();
    expect(eventHeadingAbove(['二、参加对象:全体女教职工', '时间:3月6日。'], 1)).toBeNull();
  });
});
