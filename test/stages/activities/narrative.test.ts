// Dated clauses in running text: one activity per dated clause, and the numbers that are not dates.
import { describe, expect, it } from 'vitest';
import { findDatedClauses } from '../../../src/stages/activities/narrative-dates.ts';
import { activitiesOf } from '../../helpers/activities-of.ts';

const clauses = (text: string) => findDatedClauses(text).clauses.map((c) => [c.month, c.text]);

describe('narrative dated clauses', () => {
  it.each([
    ['2019年9月至2020年1月，我参加了区工会主席培训班。', [9, 1]],
    ['20xx年9月——20xx年1月，参加区教育工会组织的培训。', [9, 1]],
    ['2023年3月—5月，开展教职工健步走打卡活动。', [3, 5]],
  ])('a range whose end restates its year keeps both months: %s', (text, [month, monthEnd]) => {
    expect(findDatedClauses(text).clauses.map((c) => [c.month, c.monthEnd])).toEqual([[month, monthEnd]]);
  });

  it.each([
    [
      '5月21日，我局派出工作人员参加了区信息公开培训会议。',
      [[5, '5月21日，我局派出工作人员参加了区信息公开培训会议。']],
    ],
    ['今年4月，组织一次青年教师交流会。', [[4, '今年4月，组织一次青年教师交流会。']]],
    ['我校工会高度重视，3月份，成立了校务公开领导小组。', [[3, '3月份，成立了校务公开领导小组。']]],
    ['市教育工会4月组织到外省考察。暑假组织红色之旅。', [[4, '市教育工会4月组织到外省考察。']]],
    [
      '十月份开展读书交流活动。十一月开展成果展示活动，十二月开展评比表彰活动。',
      [
        [10, '十月份开展读书交流活动。'],
        [11, '十一月开展成果展示活动'],
        [12, '十二月开展评比表彰活动。'],
      ],
    ],
    [
      '同时在每年的6月份，开展了民主评议工作，今年的一月份，校工会召开了教工大会。',
      [
        [6, '同时在每年的6月份，开展了民主评议工作'],
        [1, '今年的一月份，校工会召开了教工大会。'],
      ],
    ],
    ['2、计划于10月下旬举办教职工运动会。', [[10, '计划于10月下旬举办教职工运动会。']]],
    [
      '10月13日，在网站上发布规划；10月26日，在网站上发布方案。',
      [
        [10, '10月13日，在网站上发布规划'],
        [10, '10月26日，在网站上发布方案。'],
      ],
    ],
    ['元月份，工会走访慰问了困难教职工。', [[1, '元月份，工会走访慰问了困难教职工。']]],
    ['１２月３１日前完成经费审计工作。', [[12, '１２月３１日前完成经费审计工作。']]],
  ])('%s', (text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });

  it('skips a sign-off: the unit that signed and its date, on one line', () => {
    const { clauses, skipped } = findDatedClauses('西岭中学工会委员会 2009年8月');
    expect(clauses).toEqual([]);
    expect(skipped.map((x) => x.why)).toEqual(['a sign-off: the unit that signed and its date']);
    expect(findDatedClauses('实验小学工会 2024年12月28日').clauses).toEqual([]);
    // A unit that did something in a month is an activity.
    expect(clauses.length + findDatedClauses('实验小学工会2024年12月举办了迎新年联欢会。').clauses.length).toBe(1);
  });

  it('reads spans and ranges', () => {
    const [a] = findDatedClauses('三、四月份开展教职工读书月活动。').clauses;
    expect(a).toMatchObject({ month: 3, monthEnd: 4 });
    const [b] = findDatedClauses('2021年9月至12月，开展读书活动。').clauses;
    expect(b).toMatchObject({ month: 9, monthEnd: 12, year: { kind: 'explicit', year: 2021 } });
    const [c] = findDatedClauses('5月21日至23日，举办工会干部培训班。').clauses;
    expect(c).toMatchObject({ month: 5, monthEnd: null, day: 21 });
    const [d] = findDatedClauses('1、3月份分别召开一次工会委员会议。').clauses;
    expect(d).toMatchObject({ month: 3, monthEnd: null });
    // A list number before a date with its day, even one that runs on to the month: no span of two months.
    const [d2] = findDatedClauses('2、3月15日前各分会上报参赛名单。').clauses;
    expect(d2).toMatchObject({ month: 3, monthEnd: null, day: 15, text: '3月15日前各分会上报参赛名单。' });
    const [d3] = findDatedClauses('（5）6月1日，工会看望了退休教师。').clauses;
    expect(d3).toMatchObject({ month: 6, monthEnd: null, day: 1 });
    const [d4] = findDatedClauses('七、八月份组织教职工疗休养。').clauses;
    expect(d4).toMatchObject({ month: 7, monthEnd: 8 });
    const [d5] = findDatedClauses('3月、4月10日前完成工会小组考核。').clauses;
    expect(d5).toMatchObject({ month: 3 });
    const [e] = findDatedClauses('3月、6月、9月分别召开一次工会委员会议。').clauses;
    expect(e).toMatchObject({ month: 3, monthEnd: null, text: '3月、6月、9月分别召开一次工会委员会议。' });
    const [f] = findDatedClauses('11月至次年1月，开展冬季长跑活动。').clauses;
    expect(f).toMatchObject({ month: 11, monthEnd: 1 });
    // A range's first day may drop its 日; a day range inside one month is no span of months.
    const [g] = findDatedClauses('2019年8月20——9月20日，开展尊师重教系列活动。').clauses;
    expect(g).toMatchObject({ month: 8, monthEnd: 9, day: 20 });
    const [h] = findDatedClauses('3月1-5日，开展读书周活动。').clauses;
    expect(h).toMatchObject({ month: 3, monthEnd: null });
  });

  it('records how the year is given', () => {
    const year = (text: string) => findDatedClauses(text).clauses[0]!.year;
    expect(year('去年12月，工会举办了迎新年座谈会。')).toEqual({ kind: 'relative', offset: -1, word: '去年' });
    expect(year('明年1月完成工会换届选举。')).toEqual({ kind: 'relative', offset: 1, word: '明年' });
    expect(year('每年的4月份，工会组织植树活动。')).toEqual({ kind: 'recurring', word: '每年' });
    expect(year('二〇一五年三月，召开教代会。')).toEqual({ kind: 'explicit', year: 2015 });
    expect(year('20xx年3月，工会组织了演讲比赛。')).toEqual({ kind: 'blanked' });
    expect(year('9月份召开教代会。')).toEqual({ kind: 'none' });
  });

  it.each([
    ['理事会定于 109 年 11 月 20 日（星期五）召开会员代表大会。', 2020],
    ['113年3月，教师会举办了退休制度说明会。', 2024],
  ])('reads a 民国 year before a month in digits as the calendar year: %s', (text, calendarYear) => {
    expect(findDatedClauses(text).clauses.map((c) => c.year)).toEqual([{ kind: 'explicit', year: calendarYear }]);
  });

  it.each([
    ['建校108年来，3月份举办了校庆系列活动。', { kind: 'none' }],
    ['共有105人报名，4月份参加健步走活动。', { kind: 'none' }],
    ['110年三月，教师会举办了研习。', { kind: 'none' }],
  ])('a three-digit number is read as a 民国 year only right before a month in digits: %s', (text, year) => {
    expect(findDatedClauses(text).clauses.map((c) => c.year)).toEqual([year]);
  });

  it.each([
    ['学习“十一五”规划和十八大精神，践行“三个代表”。'],
    ['评选“三八红旗手”和“五四青年奖章”获得者。'],
    ['第三季度前完成职工之家建设，开展“六个一”活动。'],
    ['2013-2014学年度继续做好校务公开工作。'],
    ['1、认真做好会员发展工作。2、做好档案整理。'],
    ['青年教师三个月内完成岗位练兵，一个月后考核。'],
    ['每月召开一次工会委员会议，一月一次通报工作。'],
    ['参加了“五月的鲜花”歌咏比赛。'],
    ['认真学习《关于2016年5月开展劳动竞赛的通知》精神。'],
    ['截至6月底，全校会员入会率达100%。'],
    ['2012年9月以来，工会共慰问教职工50人次。'],
    ['2015年7月'],
    ['二〇一三年九月工作总结'],
    ['阳春三月，校园里桃花盛开，处处生机。'],
    ['金秋十月，硕果累累，我们迎来了丰收。'],
    ['美丽的五月，校园里鲜花盛开，处处欢声笑语。'],
    ['送走难忘的六月，我们迎来了炎热的暑假。'],
  ])('%s has no dated clause', (text) => {
    expect(clauses(text)).toEqual([]);
  });

  it('reads a list of days running into the next month as one item over both months', () => {
    const spans = (text: string) => findDatedClauses(text).clauses.map((c) => [c.month, c.monthEnd]);
    expect(spans('1月20日、1月27日、2月3日，校工会先后在三个校区开展了送春联活动。')).toEqual([[1, 2]]);
    expect(spans('1.时间：3月下旬或4月上旬，组织教职工春游。')).toEqual([[3, 4]]);
    expect(spans('12月28日、1月2日，工会先后组织了迎新年活动。')).toEqual([[12, 1]]);
    // Months apart: the first month dates the clause.
    expect(spans('3月5日和6月10日，工会开展了两次读书活动。')).toEqual([[3, null]]);
  });

  it('gives a date filling a bracket after an item to that item alone', () => {
    expect(clauses('组织了教职工拔河比赛、全校性的“教师读书沙龙”活动(4月13日)、购买了一批图书。')).toEqual([
      [4, '全校性的“教师读书沙龙”活动(4月13日)'],
    ]);
    expect(clauses('二、举办教职工羽毛球团体赛。(5月14日—30日)')).toEqual([
      [5, '举办教职工羽毛球团体赛。(5月14日—30日)'],
    ]);
    // A bracket the sentence goes on after dates the whole clause.
    expect(clauses('工会定于下周日(10月26日)组织全体会员登山。')).toEqual([
      [10, '工会定于下周日(10月26日)组织全体会员登山。'],
    ]);
  });

  it('reads a month after a year, a relative year or a term with 的 as a date', () => {
    expect(clauses('今年的五月，校工会组织了教职工运动会。').map((c) => c[0])).toEqual([5]);
    expect(clauses('新学期的三月，工会开展了读书月活动。').map((c) => c[0])).toEqual([3]);
  });

  it('skips dates years away from the document, and dates a rule takes effect', () => {
    const text = '组织教职工学习2001年10月修订的《工会法》。2012年5月，工会组织了教职工运动会。';
    expect(findDatedClauses(text, 0, text.length, 2012).clauses.map((c) => c.month)).toEqual([5]);
    expect(findDatedClauses(text).clauses.map((c) => c.month)).toEqual([10, 5]);
    expect(clauses('新制度自2014年1月1日起施行。')).toEqual([]);
    expect(clauses('从9月起，每周三下午组织教职工政治学习。')).toEqual([
      [9, '从9月起，每周三下午组织教职工政治学习。'],
    ]);
  });

  // A cut-off date before a tally of what came in ("截止…，共收到…") dates the collection that ran up to it; a state
  // at the cut-off stays no event.
  it('dates a collection by the cut-off its tally is counted at', () => {
    expect(clauses('经过一个月的征集，截止11月20日，各分会共收到摄影作品86件。')).toEqual([
      [11, '截止11月20日，各分会共收到摄影作品86件。'],
    ]);
    expect(clauses('截至2019年5月10日,共收到论文40篇')).toEqual([[5, '截至2019年5月10日,共收到论文40篇']]);
    expect(clauses('截至11月20日，全校共有会员312人。')).toEqual([]);
  });

  it('says why a date was skipped', () => {
    const { skipped } = findDatedClauses('截至6月底，全校会员入会率达100%。参加了“五月的鲜花”歌咏比赛。');
    expect(skipped.map((s) => s.why)).toEqual([
      'a cut-off date (截至…), not an event',
      'inside quotation marks or a title',
    ]);
  });

  it('only looks inside the range it is given', () => {
    const text = '三月：召开教代会。今年4月，组织一次交流会。';
    expect(findDatedClauses(text, 9).clauses.map((c) => c.month)).toEqual([4]);
  });
});

describe('dates whose 年/月 the page lost', () => {
  it.each([
    ['已于20151120召开了第二届第一次教代会，选举产生了新一届委员。', { month: 11, day: 20, year: 2015 }],
    ['0915下午，校工会在报告厅召开分工会主席会议。', { month: 9, day: 15, year: null }],
    ['联谊会于0312日上午在体育馆举行。', { month: 3, day: 12, year: null }],
    // Three digits whose 月 was lost, read when they split one way only (SCHEMA audit 4).
    ['817日下午，校工会在图书馆召开委员会议。', { month: 8, day: 17, year: null }],
    ['（通讯员 小李）624日上午，女工委组织插花体验活动。', { month: 6, day: 24, year: null }],
    ['校工会于2019年1025日召开第三届教代会。', { month: 10, day: 25, year: 2019 }],
    ['学校于2021715日召开工会会员代表大会。', { month: 7, day: 15, year: 2021 }],
    ['各分工会务必于1115日前上交总结材料。', { month: 11, day: 15, year: null }],
    ['120日上午，工会举行迎新年长跑。', { month: 1, day: 20, year: null }],
    // Both 月 and 日 lost before a weekday: three digits that split one way (5|17; 51月 is no month).
    ['女工委于517(星期五)下午组织插花体验活动。', { month: 5, day: 17, year: null }],
    ['校工会于1019（周三）上午举行教职工趣味运动会。', { month: 10, day: 19, year: null }],
    // A month written in words (阳春三月) does not show the page kept its 月: only a month in digits does.
    ['正值阳春三月，校工会于324(星期五)下午组织教职工踏青。', { month: 3, day: 24, year: null }],
    // Two digits right after a year: a one-digit month and day (2024年4月8日).
    ['经研究，定于202448日至9日召开第二届教代会第三次会议。', { month: 4, day: 8, year: 2024 }],
    // …and before the time of day, both 月 and 日 lost (2021年5月6日下午).
    ['202156下午，东湖小学工会在会议室召开了委员会议。', { month: 5, day: 6, year: 2021 }],
    // Two digits alone before 日 that no day has (32–99, the second not 0): one way only, 5月8日 (round 39b; three
    // sites). Audit 4's condition, widened from after a year only.
    ['58日下午，由校工会组织的教职工拔河比赛在操场举行。', { month: 5, day: 8, year: null }],
    ['运动会于48日上午在操场举行。', { month: 4, day: 8, year: null }],
  ])('%s', (text, { month, day, year }) => {
    const [c] = findDatedClauses(text).clauses;
    expect([c?.month, c?.day, c?.year.kind === 'explicit' ? c.year.year : null]).toEqual([month, day, year]);
  });

  it.each([
    '本学期共收到提案1226份，已全部办理。',
    '全校共有会员1022人，入会率100%。',
    '电话0571-88120315，欢迎来电咨询。',
    '5月12日上午，学校1022名师生参加了疏散演练。',
    // Three digits: split two ways (1月11日 or 11月1日), no way (230: no 2月30日, 23月), a count or a house number.
    '111日上午，工会召开委员会议。',
    '125日下午，举行教职工趣味运动会。',
    '230日上午，工会举行座谈会。',
    '本次培训历时120日，全体会员参加。',
    '活动共持续150日以上，参加者众多。',
    '工会活动室设在文化路318号。',
    '全校共有会员315人参加体检。',
    // Three digits before a weekday that split two ways, two digits that are a day (31日) or a range's end, a
    // year's count of days.
    '工会于112(星期二)下午召开委员会议。',
    '29日至31日上午，工会组织教职工体检。',
    '工会安排了15至45日的值班，全体委员参加。',
    '活动将在58日后启动，请各组做好准备。',
    '一、预备会议(39日下午)',
    '2023年共开展活动25日，参加者众多。',
    // Two digits before the time of day with no year before them: a count, not a date.
    '工会安排48下午场次的培训。',
    // A month in digits in the paragraph: the page kept its 月, the digits are something else.
    '5月8日，工会于317(星期二)号房间召开委员会议。',
  ])('no digit-only date in %s', (text) => {
    expect(findDatedClauses(text).clauses.filter((c) => c.date.length >= 3 && !c.date.includes('月'))).toEqual([]);
  });

  it('notes digits that split two ways as garbled', () => {
    expect(findDatedClauses('112日上午，工会召开委员会议。').skipped.map((s) => s.why)).toEqual([
      'digits that split two ways (1月12日 or 11月2日): garbled, not a date',
    ]);
  });
});

describe('a birth date of an age group is no event', () => {
  it.each([
    ['老年组队员须年满55岁（即1968年12月31日以前出生），每队限报2人。', []],
    ['活动对象：1990年7月以后出生的青年教职工。', []],
    ['甲组：1975年9月—1985年之间出生的教职工。', []],
    ['乙组为1972年1月1日（含）以前出生的会员。', []],
    // A birth month alone names the birthday the union marks in that month; an event's date stays.
    ['为3月出生的会员举办集体生日会。', [3]],
    ['2024年5月10日，工会为新出生的会员子女送去贺卡。', [5]],
    // A month whose birthdays are meant names the party's guests, not its date (s35).
    ['全体10月份生日的教师参加了生日会。', []],
    ['工会为4至6月生日的教职工举办了集体生日会。', []],
    ['11月20日下午，工会为11月份生日的教职工举行生日会。', [11]],
  ])('%s', (text, months) => {
    expect(findDatedClauses(text).clauses.map((c) => c.month)).toEqual(months);
  });
});

describe("a sentence that only says a date is a festival's", () => {
  it.each([
    ['2024年3月8日是第114个“三八”国际妇女节。', []],
    ['每年的9月10日，我们迎来了自己的节日——教师节。', []],
    ['2021年9月10日是第37个教师节，也是建党百年后的第一个教师节。', []],
    ['9月10日是教师节，也是工会举办表彰会的日子。', [9]],
    ['9月10日为教师节，工会举行了表彰大会。', [9]],
    ['3月8日，工会组织女教职工参观花展。', [3]],
  ])('%s', (text, months) => {
    expect(findDatedClauses(text).clauses.map((c) => c.month)).toEqual(months);
  });
});

describe('a month that is the topic of a description, not the time of an event', () => {
  it.each([
    ['三月的校园，处处桃红柳绿，一派生机。', []],
    ['九月份又是开学的日子，大家收拾心情，迎接新学年。', []],
    ['十月是收获的季节，硕果累累。', []],
    // A deed in the sentence, a meeting of the month, or a day keeps the event.
    ['三月的读书月，工会组织了读书分享会。', [3]],
    ['3月的教代会上，代表们审议通过了工作报告。', [3]],
    ['12月的最后一天，工会举办了迎新年联欢会。', [12]],
    ['9月10日是星期二，工会举办了表彰会。', [9]],
  ])('%s', (text, months) => {
    expect(findDatedClauses(text).clauses.map((c) => c.month)).toEqual(months);
  });
});

describe("an event plan's time field", () => {
  it.each([
    ['1、活动时间：3月8日。', [[3, '活动时间：3月8日。']]],
    ['比赛时间、地点：11月18日下午，学校田径场。', [[11, '比赛时间、地点：11月18日下午，学校田径场。']]],
    ['时间安排：4月7日（星期日）或4月5日（星期五）', [[4, '时间安排：4月7日（星期日）或4月5日（星期五）']]],
  ])('%s dates the event', (text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });

  it.each(['截止时间：3月31日。', '为了节约时间：3月8日。'])('%s is no event', (text) => {
    expect(clauses(text)).toEqual([]);
  });
});

describe("an event plan's time field as a heading line, its date on the line below", () => {
  const below = (text: string, afterTimeField: boolean) =>
    findDatedClauses(text, 0, text.length, undefined, afterTimeField).clauses.map((c) => [c.month, c.text]);
  it.each([
    ['4月12日—13日。', [[4, '4月12日—13日。']]],
    ['2021年10月15日（星期五）', [[10, '2021年10月15日（星期五）']]],
  ])('%s under the heading dates the event', (text, expected) => {
    expect(below(text, true)).toEqual(expected);
    // Without the heading above, a date with no deed beside it is no activity.
    expect(below(text, false)).toEqual([]);
  });

  it('only a date that opens the line is the heading’s value', () => {
    expect(below('地点：礼堂，4月12日', true)).toEqual([]);
  });
});

describe('a year in Chinese numerals with 〇 typed as 0', () => {
  it('reads 二0一二年 as 2012, and a sign-off date alone is no activity', () => {
    const [c] = findDatedClauses('二0一二年三月四日，工会召开了第三届教代会。').clauses;
    expect([c?.month, c?.year]).toEqual([3, { kind: 'explicit', year: 2012 }]);
    expect(findDatedClauses('二0一二年三月四日').clauses).toEqual([]);
  });
});

describe('a month a period runs from, later in its clause', () => {
  it('a time field after the item that names the event dates the item from its start', () => {
    expect(clauses('2. 举办教工羽毛球赛，时间：5月12日下午，地点：体育馆。')).toEqual([
      [5, '举办教工羽毛球赛，时间：5月12日下午，地点：体育馆。'],
    ]);
    expect(clauses('邀请医生开展健康讲座，组织教职工体检，时间安排在10月。')).toEqual([
      [10, '邀请医生开展健康讲座，组织教职工体检，时间安排在10月。'],
    ]);
    // A clause about time that is no field of the item stays its own clause.
    expect(clauses('为了节约时间，5月12日下午举办教工羽毛球赛。')).toEqual([[5, '5月12日下午举办教工羽毛球赛。']]);
  });

  it('a month work has run from dates that work when a deed follows (3月份以来，开展了…), not a tally since it', () => {
    expect(clauses('3月份以来，工会大力开展了师德主题教育活动。')).toEqual([
      [3, '3月份以来，工会大力开展了师德主题教育活动。'],
    ]);
    expect(clauses('2012年9月以来，工会共慰问教职工50人次。')).toEqual([]);
  });

  it('十月份新的领导班子成立以来 is no event; a word with 以 after the clause is none of it', () => {
    expect(findDatedClauses('特别是十月份新的工会委员会成立以来,民主管理更上一层楼。').clauses).toEqual([]);
    expect(
      findDatedClauses('十月份，工会组织了登山活动，以来宾身份邀请退休教师。').clauses.map((c) => c.month),
    ).toEqual([10]);
  });
});

describe('a day written without its month (a report dated to the day before)', () => {
  const dated = (text: string) =>
    activitiesOf(text, { kind: 'other' }).map((a) => [a.month, a.basis, a.text.slice(0, 12)]);

  it('is in the month the text last dated, while the days run on', () => {
    expect(
      dated('6月3日至4日，区教育工会召开第五届教代会。\n6月3日下午，召开代表团团长会议。\n4日上午，大会正式开幕。'),
    ).toEqual([
      [6, 'stated', '6月3日至4日，区教育工'],
      [6, 'stated', '6月3日下午，召开代表团'],
      [6, 'order', '4日上午，大会正式开幕。'],
    ]);
    expect(dated('从9月8日开始，校工会分批组织教职工体检，多数教职工已完成，16日最后一批教师到医院参加体检。')).toEqual(
      [
        [9, 'stated', '从9月8日开始，校工会分'],
        [9, 'order', '16日最后一批教师到医院'],
      ],
    );
  });

  it('is not dated when no month came before, the day is earlier, or the text moved to a span of months', () => {
    expect(dated('15日下午，校工会召开分工会主席会议。')).toEqual([]);
    expect(dated('9月20日，校工会组织秋季运动会。5日，举办读书分享会。').map((a) => a[0])).toEqual([9]);
    expect(dated('3-4月，开展教职工读书活动。20日，召开读书交流会。').map((a) => a[0])).toEqual([3]);
    // A Chinese numeral before 日 is as often a count.
    expect(dated('9月8日，校工会组织秋游。一日游的路线由各组自定。').map((a) => a[0])).toEqual([9]);
  });
});

describe('a span with a day on each side before 是…节 is the unit’s own event, not a festival’s date', () => {
  it('reads the span', () => {
    const { clauses } = findDatedClauses('2023年5月10日--5月12日是我校一年一度的校园艺术节,教职工合唱队登台演出。');
    expect(clauses.map((c) => [c.month, c.monthEnd, c.text.slice(0, 20)])).toEqual([
      [5, null, '2023年5月10日--5月12日是我校'],
    ]);
  });
  it('still skips one day that is a festival', () => {
    const { clauses } = findDatedClauses('5月12日是国际护士节。');
    expect(clauses).toEqual([]);
  });
});

describe('a lunar month (农历九月初九) is never a Gregorian month', () => {
  it.each([
    '自古以来,人们把每年农历九月九定为登高的日子,工会组织退休教师登山。',
    '今年农历八月十五,工会为每位会员发放了月饼。',
  ])('%s', (text) => {
    const { clauses, skipped } = findDatedClauses(text);
    expect(clauses).toEqual([]);
    expect(skipped.map((s) => s.why)).toContain('a lunar date (农历九月初九), not a Gregorian month');
  });
});

describe("a date every year that defines a day (每年…为…节/日): the festival's date, no event", () => {
  it.each([
    '国际护士节是在每年的5月12日为纪念护理事业的创始人并表彰广大护士在各个岗位上的辛勤工作而设立的节日。',
    '2008年起,国家确定每年5月12日为全国防灾减灾日,提醒人们重视防灾。',
    '联合国确定每年1020日为“世界统计日”,今年是第5个。',
    '每年的9月10日是教师节,全社会尊师重教。',
  ])('%s', (text) => {
    const { clauses, skipped } = findDatedClauses(text);
    expect(clauses).toEqual([]);
    expect(skipped.map((s) => s.why)).toContain("a festival's date, not an event");
  });

  it.each([
    ['每年的3月8日为全体女教职工发放慰问品。', 3],
    ['每年5月,工会为会员组织一次健康体检活动。', 5],
    ['2019年1020日为迎接校庆,工会举办了书画展。', 10],
  ])('keeps an event on a recurring or a stated date: %s', (text, month) => {
    expect(findDatedClauses(text).clauses.map((c) => c.month)).toEqual([month]);
  });
});

describe('a list number glued to the year its item opens with (1.2021年…)', () => {
  it("reads the year: the point is the list's, a decimal never runs on into 年", () => {
    const { clauses } = findDatedClauses('1.2021年3月5日,召开工会委员会议。\n2.2021年4月10-12日,组织教职工春游。');
    expect(clauses.map((c) => [c.month, c.year.kind === 'explicit' ? c.year.year : null, c.text])).toEqual([
      [3, 2021, '2021年3月5日,召开工会委员会议。'],
      [4, 2021, '2021年4月10-12日,组织教职工春游。'],
    ]);
  });

  it('leaves a decimal inside a sentence alone', () => {
    const { clauses } = findDatedClauses('全年经费增长了1.2倍,2021年5月工会组织了体检活动。');
    expect(clauses.map((c) => [c.month, c.year.kind === 'explicit' ? c.year.year : null])).toEqual([[5, 2021]]);
  });
});

describe('a season named by its month, the month as a noun', () => {
  it.each([
    ['金色九月，天高云淡，老师们带着孩子们走进了新学期。', []],
    ['最美人间五月天，正是出游好时节。', []],
    // A deed in the sentence, a time word before the month, or a day keeps the event.
    ['金色十月，工会组织退休教师赴郊外秋游。', [10]],
    ['工会定于十月，组织全体教职工秋游。', [10]],
    ['转眼到了十二月，工会举办了迎新年联欢会。', [12]],
    ['美好的十月8日，学校工会举行教职工运动会。', [10]],
  ])('%s', (text, months) => {
    expect(findDatedClauses(text).clauses.map((c) => c.month)).toEqual(months);
  });
});

describe('a list number glued to the month and day its item opens with', () => {
  it.each([
    ['1.5月12日下午2:40前,各领队组织参加活动的人员在公园南门集合。', [[5, 12]]],
    ['2.10月8日上午,工会委员到各组收取报名表。', [[10, 8]]],
    // A fraction is no list number: it runs into no day.
    ['经费比去年增加了1.5倍,3月6日召开委员会议。', [[3, 6]]],
  ])('%s', (text, want) => {
    expect(findDatedClauses(text).clauses.map((c) => [c.month, c.day])).toEqual(want);
  });
});

describe('a date opening a sentence that only sets the scene dates the event of the next sentence', () => {
  it.each([
    [
      '4月12日，和风拂面、春光明媚，操场上彩旗飘扬。由校工会主办的第三届教工拔河赛在这里热烈开赛。',
      [[4, '4月12日，和风拂面、春光明媚，操场上彩旗飘扬。由校工会主办的第三届教工拔河赛在这里热烈开赛。']],
    ],
    [
      '11月20日下午，细雨绵绵。全区教育工会年度工作会议在实验中学隆重召开。',
      [[11, '11月20日下午，细雨绵绵。全区教育工会年度工作会议在实验中学隆重召开。']],
    ],
    // A deed after the weather keeps the sentence's own bounds; a date in the next sentence dates that one.
    [
      '5月6日，阳光明媚，校工会组织青年教师到湿地公园健步走。随后大家合影留念。',
      [[5, '5月6日，阳光明媚，校工会组织青年教师到湿地公园健步走。']],
    ],
    [
      '6月2日，天气晴好。6月3日，工会举办了教工篮球赛。',
      [
        [6, '6月2日，天气晴好。'],
        [6, '6月3日，工会举办了教工篮球赛。'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(clauses(text)).toEqual(want);
  });
});
