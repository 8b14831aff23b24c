// One event told twice around its festival: a festival item beside the item that dates the same event again is
// that event, one item.
import { describe, expect, it } from 'vitest';
import { activitiesOf } from '../../helpers/activities-of.ts';

const items = (doc: string, kind: 'other' | 'plan' | 'summary' = 'summary') =>
  activitiesOf(doc, { kind }).map((a) => [a.text, a.month, a.basis]);

describe('a festival item doubling its neighbour', () => {
  it.each([
    [
      'a festival clause and purposes before the stated date of its own sentence',
      '东湖中学工会工作总结\n第39个教师节即将到来之际,为进一步活跃节日气氛,丰富教职工的文化生活,并围绕今年教师节的庆祝主题,校工会于9月8日下午在操场举办了拔河比赛。',
      [['校工会于9月8日下午在操场举办了拔河比赛。', 9, 'stated']],
    ],
    [
      "an item's heading named after the festival, then its sentence dated by it",
      '东湖中学工会工作计划\n3.教师节慰问信。在第35个教师节来临之际,工会主席向全体教职工致节日慰问信。',
      [['教师节慰问信。在第35个教师节来临之际,工会主席向全体教职工致节日慰问信', 9, 'festival']],
    ],
    [
      'a sentence announcing the celebration, then the next naming it',
      '东湖中学三八节活动方案\n为庆祝“三八”妇女节,关心女教工生活,工会决定开展以下活动。经研究,工会决定开展“三八”登山比赛。',
      [['为庆祝“三八”妇女节,关心女教工生活,工会决定开展以下活动。经研究,工会决定开展“三八”登山比赛', 3, 'festival']],
    ],
  ])('%s', (_, doc, want) => {
    expect(items(doc)).toEqual(want);
  });

  it.each([
    [
      'a stated date in the next sentence is another event (a deadline after the festival event)',
      '东湖中学教师节活动方案\n五、要求:各班组织师生共庆教师节联欢活动,班主任到场。各班于9月5日前上报节目单。',
      [
        ['各班组织师生共庆教师节联欢活动', 9, 'festival'],
        ['各班于9月5日前上报节目单。', 9, 'stated'],
      ],
    ],
    [
      'a stated date of another month in the same sentence',
      '东湖中学工会工作总结\n三八节期间,工会组织女教工插花,4月2日又组织了春游。',
      [
        ['三八节期间,工会组织女教工插花', 3, 'festival'],
        ['4月2日又组织了春游。', 4, 'stated'],
      ],
    ],
    [
      'festival items two sentences apart',
      '东湖中学工会工作总结\n三八节期间,工会组织女教工插花。全校教师积极参加读书活动。三八节当天,工会又组织了登山。',
      [
        ['三八节期间,工会组织女教工插花', 3, 'festival'],
        ['三八节当天,工会又组织了登山', 3, 'festival'],
      ],
    ],
  ])('keeps both: %s', (_, doc, want) => {
    expect(items(doc)).toEqual(want);
  });
});

describe("a report's headline naming its event after a festival", () => {
  it.each([
    [
      'a headline whose event the body dates in the month before the festival (元旦)',
      '欢迎访问东湖中学网站\n东湖中学工会举办庆元旦教职工跳绳比赛\n12月29日下午,校工会在体育馆举行了教职工跳绳比赛。',
      [['12月29日下午,校工会在体育馆举行了教职工跳绳比赛。', 12, 'stated']],
    ],
    [
      "a headline whose event the body dates in the festival's month, a dateline between",
      '东湖中学工会开展“三八”登山活动\n来源:校工会 2023-03-10\n3月8日,校工会组织女教职工攀登紫金山。',
      [['3月8日,校工会组织女教职工攀登紫金山。', 3, 'stated']],
    ],
  ])('%s', (_, doc, want) => {
    expect(items(doc, 'other')).toEqual(want);
  });

  it.each([
    [
      'the body dates an event of another month',
      '东湖中学工会举办庆元旦教职工跳绳比赛\n10月29日下午,校工会召开了工会委员会议。',
      2,
    ],
    [
      'the festival item is a sentence, not a headline',
      '东湖中学工会开展了“三八”登山活动。\n3月8日,校工会组织女教职工攀登紫金山。',
      2,
    ],
    [
      'the dated item lies far below',
      '东湖中学工会开展“三八”登山活动\n第一段。\n第二段。\n第三段。\n第四段。\n3月8日,校工会组织女教职工攀登紫金山。',
      2,
    ],
  ])('keeps the festival item when %s', (_, doc, count) => {
    expect(items(doc, 'other')).toHaveLength(count);
  });
});

describe("a report's closing line naming again, after its festival, the event dated above", () => {
  it('one item: the closing line names the dated event again', () => {
    const doc =
      '东湖中学工会举办“暖冬至”饺子宴\n12月20日下午,东湖中学工会在食堂开展“暖冬至”手工饺子宴活动,全体教职工参加。\n活动中,大家分工合作,其乐融融。\n温暖的饺子,温暖的心。东湖中学工会举办冬至手工饺子宴活动,既增进了交流,又让大家感受到了集体的温暖。';
    expect(items(doc, 'other')).toEqual([
      ['12月20日下午,东湖中学工会在食堂开展“暖冬至”手工饺子宴活动,全体教职工参加。', 12, 'stated'],
    ]);
  });

  it('keeps both: the closing line names another event of the festival', () => {
    const doc =
      '东湖中学三八节活动\n3月8日正值“三八”妇女节,东湖中学工会组织“三八”节系列活动。\n学校还在操场举办了庆祝“三八”节跳绳比赛,吸引了许多女教工参加。';
    expect(items(doc, 'other').map((a) => a[1])).toEqual([3, 3]);
  });
});
