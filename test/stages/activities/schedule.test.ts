// Schedules: items under month headers, in one-item-per-line and run-on shapes, and where a schedule stops.
import { describe, expect, it } from 'vitest';
import { activitiesOf } from '../../helpers/activities-of.ts';
import { defaultActivityRules } from '../../../src/stages/activities/rules.ts';
import { newNumbering, splitNumberedItems } from '../../../src/stages/activities/schedule-items.ts';
import { findSchedules, isScheduleHeading } from '../../../src/stages/activities/schedule-sections.ts';

const rules = defaultActivityRules();

function items(line: string): string[] {
  return splitNumberedItems(line, 0, line.length, newNumbering()).items.map((i) => i.text);
}

/** [header month, item texts] per block of every schedule found in the lines. */
function blocks(lines: string[]) {
  return findSchedules(lines, rules).schedules.map((s) =>
    s.blocks.map((b) => [b.header.month, b.items.map((i) => i.text)]),
  );
}

describe('numbered items', () => {
  it.each([
    ['1.庆“三八”系列活动。2.配合德育处开展家访。', ['庆“三八”系列活动。', '配合德育处开展家访。']],
    ['1、重新整理会员资料。2、会费收缴。', ['重新整理会员资料。', '会费收缴。']],
    ['(1)组织春游；(2)召开教代会。', ['组织春游', '召开教代会。']],
    ['（1）组织春游。（2）召开教代会。', ['组织春游。', '召开教代会。']],
    ['①举办摄影展。②开展包粽子比赛。', ['举办摄影展。', '开展包粽子比赛。']],
    ['一、召开教代会。二、组织春游。', ['召开教代会。', '组织春游。']],
    ['1.庆祝教师节活动2.宣传优秀教师事迹', ['庆祝教师节活动', '宣传优秀教师事迹']],
  ])('%s', (line, expected) => {
    expect(items(line)).toEqual(expected);
  });

  it.each([
    ['1.开展“2022, 向美而行”故事征文比赛活动。', ['开展“2022, 向美而行”故事征文比赛活动。']],
    ['1.开展168爱生行动（大家访）。', ['开展168爱生行动（大家访）。']],
    ['1.每人捐款2.5元，支援灾区。', ['每人捐款2.5元，支援灾区。']],
    ['1.组织1、2年级教师开展家访。', ['组织1、2年级教师开展家访。']],
    ['1.做好以下工作：(1)体检；(2)慰问。', ['做好以下工作：(1)体检；(2)慰问。']],
  ])('numbers inside an item do not split it: %s', (line, expected) => {
    expect(items(line)).toEqual(expected);
  });

  it('keeps the item span without its number', () => {
    const line = '2.召开工会委员会议。';
    const [item] = splitNumberedItems(line, 0, line.length, newNumbering()).items;
    expect(line.slice(item!.start, item!.end)).toBe('召开工会委员会议。');
    expect(item!.number).toBe(2);
  });

  it('takes "3开展…" as item 3 when the list is at 2', () => {
    const numbering = newNumbering();
    splitNumberedItems('2.开展民主评议。', 0, 9, numbering);
    const line = '3开展168爱生行动。';
    expect(splitNumberedItems(line, 0, line.length, numbering).items.map((i) => [i.number, i.text])).toEqual([
      [3, '开展168爱生行动。'],
    ]);
  });
});

describe('schedule sections', () => {
  it('one item per paragraph under headers of their own', () => {
    expect(
      blocks([
        '四、具体月份工作安排：',
        '一月份',
        '1.慰问特困教职工。',
        '2.工会换届选举。',
        '二月份',
        '1.开展志愿者活动。',
      ]),
    ).toEqual([
      [
        [1, ['慰问特困教职工。', '工会换届选举。']],
        [2, ['开展志愿者活动。']],
      ],
    ]);
  });

  it('a whole blanked schedule in one run-on paragraph, the text before it left out', () => {
    const found = findSchedules(
      [
        '二、做好宣传工作。三、工作安排_月份:1.迎接期末考试。2.做好工会总结工作。_月份:1.做好春节慰问送温暖工作。七、_月份:1.开展暑期教师读书活动。',
      ],
      rules,
    );
    expect(found.schedules).toHaveLength(1);
    expect(found.schedules[0]!.blocks.map((b) => b.items.map((i) => i.text))).toEqual([
      ['迎接期末考试。', '做好工会总结工作。'],
      ['做好春节慰问送温暖工作。'],
      ['开展暑期教师读书活动。'],
    ]);
    expect(found.claimed.get(0)![0]![0]).toBe('二、做好宣传工作。三、工作安排'.length);
  });

  it('items on the header line, numbered or not', () => {
    expect(
      blocks(['二月：1、重新整理会员资料。2、会费收缴。', '三月：三八节活动。', '四月：组织教职工开展清明植树活动']),
    ).toEqual([
      [
        [2, ['重新整理会员资料。', '会费收缴。']],
        [3, ['三八节活动。']],
        [4, ['组织教职工开展清明植树活动']],
      ],
    ]);
  });

  it('unnumbered lines under bare headers are items', () => {
    expect(blocks(['三月', '教职工拔河比赛', '“三八”妇女节座谈会', '四月', '清明祭扫烈士墓'])).toEqual([
      [
        [3, ['教职工拔河比赛', '“三八”妇女节座谈会']],
        [4, ['清明祭扫烈士墓']],
      ],
    ]);
  });

  it('an unnumbered note among numbered items continues the item before it', () => {
    const s = findSchedules(
      ['九月份：', '1.集团教师节庆祝活动。', '2.“师德建设月”启动', '活动主题：（待定）', '3.参加区教师节庆祝活动。'],
      rules,
    ).schedules[0]!;
    expect(s.blocks[0]!.items.map((i) => i.text)).toEqual([
      '集团教师节庆祝活动。',
      '“师德建设月”启动',
      '参加区教师节庆祝活动。',
    ]);
    expect(s.blocks[0]!.continuations.map((c) => c.text)).toEqual(['活动主题：（待定）']);
  });

  it('a number left at the end of a line takes its text from the next line', () => {
    expect(
      blocks([
        '_月份:1.庆祝“三八”妇女节活动。2.',
        '组织教职工踏青活动，并结合学校实际开展摄影比赛和趣味运动会，丰富教职工的业余文化生活。',
        '_月份:1.迎接期中考试。',
      ]),
    ).toEqual([
      [
        [
          null,
          [
            '庆祝“三八”妇女节活动。',
            '组织教职工踏青活动，并结合学校实际开展摄影比赛和趣味运动会，丰富教职工的业余文化生活。',
          ],
        ],
        [null, ['迎接期中考试。']],
      ],
    ]);
  });

  it('a label line ending in a colon is not an item', () => {
    expect(blocks(['三月', '教职工拔河比赛', '第二阶段：', '“三八”妇女节座谈会'])).toEqual([
      [[3, ['教职工拔河比赛', '“三八”妇女节座谈会']]],
    ]);
  });

  it('month lines that carry their items end at a label line opening a section of its own', () => {
    const lines = [
      '四月份：教职工乒乓球赛',
      '十月份：教职工羽毛球赛',
      '★乒乓球赛规程：',
      '1、比赛项目：单打',
      '2、比赛地点：活动室',
    ];
    const found = findSchedules(lines, rules);
    expect(blocks(lines)).toEqual([
      [
        [4, ['教职工乒乓球赛']],
        [10, ['教职工羽毛球赛']],
      ],
    ]);
    expect(found.schedules[0]!.endedBy).toBe('a label heading after month lines');
    expect(found.claimed.has(3)).toBe(false);
  });

  it('month-led lines form a schedule only as a run', () => {
    expect(blocks(['九月份召开教职工大会。', '十月份组织教职工运动会。'])).toEqual([
      [
        [9, ['召开教职工大会。']],
        [10, ['组织教职工运动会。']],
      ],
    ]);
    expect(blocks(['一年来我们做了很多工作。', '九月份召开教职工大会。', '我们还开展了读书活动。'])).toEqual([]);
  });

  it.each([
    ['a section heading', '五、保障措施'],
    ['a document title', '大刘中心校2025年工会工作计划'],
    ['a sign-off date', '2015年7月'],
    ['a signature line', '东风小学工会委员会'],
    ['a closing remark', '以上安排如有变动，另行通知。'],
    [
      'prose after a numbered list',
      '各工会小组要高度重视，认真组织，确保每一项活动都落到实处，取得实效，并及时将活动情况报送校工会办公室备案。',
    ],
  ])('ends at %s', (why, stopper) => {
    const found = findSchedules(['十二月份：', '1.做好年度考核工作。', stopper, '1.这一行不再属于日程。'], rules);
    expect(found.schedules[0]!.endedBy).toBe(why);
    expect(found.schedules[0]!.blocks[0]!.items.map((i) => i.text)).toEqual(['做好年度考核工作。']);
    expect(found.claimed.has(2)).toBe(false);
  });

  it('a run-on schedule ends at a section heading inside its paragraph', () => {
    const found = findSchedules(['_月份:1.庆祝教师节。2.慰问新教师。四、保障措施：各工会小组要认真组织。'], rules);
    expect(found.schedules[0]!.blocks[0]!.items.map((i) => i.text)).toEqual(['庆祝教师节。', '慰问新教师。']);
  });

  it('a month that has no item yet opens its list with 一、 (a table cell), but a later 一、 is a new section', () => {
    const lines = ['5月', '一、举办教职工网球赛。', '二、举办教职工乒乓球赛。', '6月', '一、举办教职工羽毛球赛。'];
    expect(blocks(lines)).toEqual([
      [
        [5, ['举办教职工网球赛。', '举办教职工乒乓球赛。']],
        [6, ['举办教职工羽毛球赛。']],
      ],
    ]);
    const ended = blocks(['5月', '1、组织春游。', '一、保障措施', '各工会小组要认真组织。']);
    expect(ended).toEqual([[[5, ['组织春游。']]]]);
  });

  it.each([
    ['四、具体月份工作安排：', true],
    ['主要活动安排', true],
    ['学校工会行事历', true],
    ['二、工作目标', false],
    ['本学期工作安排如下。我们将认真做好各项工作。', false],
  ])('schedule heading %s → %s', (line, yes) => {
    expect(isScheduleHeading(line)).toBe(yes);
  });
});

describe('schedule forms from real layouts (issue 16)', () => {
  it('splits items whose numbers the page dropped, leaving their "、"', () => {
    expect(blocks(['三月：、植树活动。、女教工座谈会(含退休、在职)。', '四月：、春季运动会、读书分享会'])).toEqual([
      [
        [3, ['植树活动。', '女教工座谈会(含退休、在职)。']],
        [4, ['春季运动会', '读书分享会']],
      ],
    ]);
  });

  it('reads "1," item numbers at a line start, but not a comma inside an item', () => {
    expect(
      blocks([
        '五月份',
        '1,青年教师演讲比赛,',
        '2,30岁以上教工体检',
        '六月份',
        '1,组织3,4年级教师家访',
        '1,2年级教师座谈',
      ]),
    ).toEqual([
      [
        [5, ['青年教师演讲比赛', '30岁以上教工体检']],
        [6, ['组织3,4年级教师家访']],
      ],
    ]);
  });

  it('gives one item per event of an unnumbered month paragraph', () => {
    expect(blocks(['九月份：上旬，召开新学期工会委员会；中旬，慰问新教师。25日，举办中秋游园会。'])).toEqual([
      [[9, ['上旬，召开新学期工会委员会', '中旬，慰问新教师。', '25日，举办中秋游园会。']]],
    ]);
  });

  it('keeps a short piece with the event before it', () => {
    expect(blocks(['十月：组织秋游；共两天。'])).toEqual([[[10, ['组织秋游；共两天。']]]]);
  });
});

describe('a table cell naming only the holiday its months fall in', () => {
  it('is no activity (1-2月 / 寒 假), while a holiday activity is one', () => {
    const activities = activitiesOf(
      '校工会2024年文体活动安排\n月份\n内容\n1-2月\n寒 假\n3月\n1、三八节女教职工插花比赛\n7-8月\n暑期疗休养',
      { year: 2024, kind: 'plan' },
    );
    expect(activities.map((a) => [a.month, a.text])).toEqual([
      [3, '三八节女教职工插花比赛'],
      [7, '暑期疗休养'],
    ]);
  });
});

describe("a contest's particulars under a month", () => {
  it("are the contest's fields, not activities of that month", () => {
    const activities = activitiesOf(
      '工会文体活动安排\n三月份：\n1、教职工羽毛球比赛\n具体分组：青年组、中年组\n赛制：小组循环赛\n四月份：\n1、教工拔河比赛\n2、比赛地点：学校操场\n3、奖励办法：取前三名\n4、比赛时间：另行通知\n五月份：\n1、分组讨论工会工作要点\n2、组织参加区教工合唱比赛',
      { year: 2024, kind: 'plan' },
    );
    expect(activities.map((a) => [a.month, a.text])).toEqual([
      [3, '教职工羽毛球比赛'],
      [4, '教工拔河比赛'],
      [5, '分组讨论工会工作要点'],
      [5, '组织参加区教工合唱比赛'],
    ]);
  });
});

describe('a month heading the numbered items after it (children headers)', () => {
  it('reads a year and month under a stage label, the next line opening with item 1', () => {
    expect(
      blocks([
        '第一阶段：2024年元月份',
        '1.举行赠书仪式。',
        '2.召开读书动员大会。',
        '第二阶段：2024年2月份',
        '1.组织教师学习上级通知。',
        '第三阶段：2024年3-4月份',
        '1.每位教师写一篇读书体会。',
      ]),
    ).toEqual([
      [
        [1, ['举行赠书仪式。', '召开读书动员大会。']],
        [2, ['组织教师学习上级通知。']],
        [3, ['每位教师写一篇读书体会。']],
      ],
    ]);
  });

  it('reads a span closed by a full stop after a label, and a month with its first item on its line', () => {
    expect(
      blocks([
        '日程月历。元月至二月。',
        '1、整理工会档案。',
        '2、走访退休教工。',
        '三月份。1、制定本年工作计划。',
        '2、开展植树活动。',
      ]),
    ).toEqual([
      [
        [1, ['整理工会档案。', '走访退休教工。']],
        [3, ['制定本年工作计划。', '开展植树活动。']],
      ],
    ]);
  });

  it('keeps a heading title out of the items and takes a long first item', () => {
    const long =
      '(1).组织部分教师到邻县听取教育工会举办的师德报告会，会上大家认真听取了几位优秀班主任的发言，深受感动，纷纷表示要以他们为榜样，做一名让学生喜欢、让家长放心的好老师。';
    expect(long.length).toBeGreaterThan(80);
    const found = blocks(['五、 十月份庆祝教师节系列活动:', long, '(2).工会委员撰写的随想录登在刊物上。']);
    expect(found).toHaveLength(1);
    expect(found[0]!.map(([month, items]) => [month, (items as string[]).length])).toEqual([[10, 2]]);
  });

  it.each([
    ['a sign-off date alone, with no items after it', ['市第一中学工会', '2024年3月']],
    ["a year and month alone before an item (a sign-off's shape)", ['2024年3月', '1.附件一份。']],
    ['a sentence dated by a month', ['今年三月，学校工会组织教职工植树。', '1.植树节当天全体参加。']],
  ])('is no header: %s', (_, lines) => {
    expect(blocks(lines)).toEqual([]);
  });
});
