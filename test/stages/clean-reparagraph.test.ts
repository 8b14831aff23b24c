import { describe, expect, it } from 'vitest';
import { loadHeadingTerms, reparagraph, reparagraphStage } from '../../src/stages/clean/reparagraph-stage.ts';
import { runSourceStage, sourceFromText } from '../helpers/run-stage.ts';

const terms = loadHeadingTerms();
const lines = (text: string) => reparagraph(text, terms).text.split('\n');

describe('clean.reparagraph', () => {
  it('splits a flattened plan at its headings and items, and a title before them', () => {
    expect(
      lines(
        '东湖小学工会工作计划一、指导思想以服务教职工为宗旨,认真履行工会各项职能。二、主要工作1、召开教代会,审议工作报告。2、开展师德建设活动。(一)做好帮扶。',
      ),
    ).toEqual([
      '东湖小学工会工作计划',
      '一、指导思想',
      '以服务教职工为宗旨,认真履行工会各项职能。',
      '二、主要工作',
      '1、召开教代会,审议工作报告。',
      '2、开展师德建设活动。',
      '(一)做好帮扶。',
    ]);
  });

  it('puts month headers of a schedule on their own lines, including a two-month header', () => {
    expect(
      lines(
        '三、工作安排_月份:1.迎接期末考试。2.做好总结。_月份:1.春节慰问。七、八月份:1.暑期读书活动。十一月份:1.秋游。',
      ),
    ).toEqual([
      '三、工作安排',
      '_月份:',
      '1.迎接期末考试。',
      '2.做好总结。',
      '_月份:',
      '1.春节慰问。',
      '七、八月份:',
      '1.暑期读书活动。',
      '十一月份:',
      '1.秋游。',
    ]);
  });

  it('keeps a two-month header with two-character numerals whole at the start of a line', () => {
    expect(lines('十一、十二月份：开展师德师风专题学习，评选“最美教师”')).toEqual([
      '十一、十二月份：开展师德师风专题学习，评选“最美教师”',
    ]);
    expect(lines('九月：表彰优秀教师。十一、十二月份：组织冬季运动会。')).toEqual([
      '九月：表彰优秀教师。',
      '十一、十二月份：组织冬季运动会。',
    ]);
  });

  it('leaves a date whole: a month after a year is no month heading', () => {
    expect(lines('实验小学工会 2025年8月')).toEqual(['实验小学工会 2025年8月']);
    expect(lines('二〇二四年 十二月')).toEqual(['二〇二四年 十二月']);
    expect(lines('今年9月我校召开教代会。明年3月：组织女教职工体检。')).toEqual([
      '今年9月我校召开教代会。明年3月：组织女教职工体检。',
    ]);
    // A month heading after a sentence end is still one.
    expect(lines('做好学期总结。九月份：教师节表彰。')).toEqual(['做好学期总结。', '九月份：教师节表彰。']);
  });

  it('splits a title glued between a sentence and a restarted numbering', () => {
    expect(
      lines('6、做好资料归档工作。城南小学工会工作计划(二)一.指导思想本学年,工会将围绕学校中心工作开展活动。'),
    ).toEqual([
      '6、做好资料归档工作。',
      '城南小学工会工作计划(二)',
      '一.指导思想本学年,工会将围绕学校中心工作开展活动。',
    ]);
  });

  it.each([
    ['ranks', '在比赛中获得第1、2名的教师给予奖励。'],
    ['decimals', '工会经费按工资总额的2.5%拨缴,比去年增长1.5倍。'],
    ['month ranges', '3、4月份组织春游,5、6月份开展球赛。'],
    ['grade ranges', '组织一、二年级教师开展教研活动。'],
    ['a heading with its text', '四、开展文体活动,活跃教工身心'],
    ["a compilation's part number in brackets", '城南小学德育工作计划 (篇1)'],
  ])('leaves %s alone', (_name, line) => {
    expect(lines(line)).toEqual([line]);
  });

  it('splits items that continue their series after a comma or after a heading without punctuation', () => {
    expect(lines('7、教工文化活动率100%,8、工会会费收缴100%。')).toEqual([
      '7、教工文化活动率100%,',
      '8、工会会费收缴100%。',
    ]);
    expect(lines('1) 通过日常教育提高政治素质2) 通过业务培训提高岗位技能。')).toEqual([
      '1) 通过日常教育提高政治素质',
      '2) 通过业务培训提高岗位技能。',
    ]);
  });

  it('separates a heading from the body glued to it', () => {
    expect(lines('一、指导思想在学校党支部领导下,认真履行工会职能。')).toEqual([
      '一、指导思想',
      '在学校党支部领导下,认真履行工会职能。',
    ]);
    expect(lines('二、主要工作目标任务')).toEqual(['二、主要工作目标任务']);
    expect(lines('四、开展文体活动 开展丰富多彩的文体活动,有利于调动教职工的积极性。')).toEqual([
      '四、开展文体活动',
      '开展丰富多彩的文体活动,有利于调动教职工的积极性。',
    ]);
    // A verb alone before the space is the item's own text, not a heading.
    expect(lines('一、举办 “十一”教职工网球赛,各工会小组组队参加。')).toEqual([
      '一、举办 “十一”教职工网球赛,各工会小组组队参加。',
    ]);
    // A date written with spaces is one date: a number and its unit, a range word and the range's end.
    expect(lines('一、活动时间:113 年 10 月 16 日(星期三)下午')).toEqual([
      '一、活动时间:113 年 10 月 16 日(星期三)下午',
    ]);
    expect(lines('(三)自11月28日至 12月5日,工会组织教工开展冬季长跑比赛。')).toEqual([
      '(三)自11月28日至 12月5日,工会组织教工开展冬季长跑比赛。',
    ]);
  });

  // Round 13 (s19-acts): a notice's time field written "一、 比赛时间: 11月 17日(周三)" was cut at its space as a heading
  // and its body, so the event's date lost the label a gold key copies with it.
  it.each([
    ['一、 比赛时间: 11月 17日(周三) 下午:1∶00-4∶00'],
    ['二、 活动时间: 2024年 5月 8日(周三) 下午第三节课后'],
    ['三、时间与地点: 12月 7日(周六)上午、学术报告厅'],
  ])('keeps a time field whole though a space follows its label: %s', (line) => {
    expect(lines(`教工羽毛球赛通知\n${line}\n四、 比赛地点:校体育馆`)).toContain(line);
  });

  it('still cuts a heading from its body at a space when the heading is no time field', () => {
    expect(lines('四、开展文体活动 开展丰富多彩的文体活动,增强教职工体质。')).toEqual([
      '四、开展文体活动',
      '开展丰富多彩的文体活动,增强教职工体质。',
    ]);
  });

  it('splits a page saved as one line where a space follows each sentence end before the next item', () => {
    expect(
      lines(
        '本年度学校工会工作的总体要求是:围绕学校中心工作,履行维护、参与、建设、教育四项职能。 一、加强学习,提高教职工素质 认真组织教职工学习工会法规和师德规范,提高思想水平。 二、推进民主管理 1、开好第五届教代会第二次会议。筹备提案征集工作。 2、坚持校务公开。 (一) 办好职工书屋。',
      ),
    ).toEqual([
      '本年度学校工会工作的总体要求是:围绕学校中心工作,履行维护、参与、建设、教育四项职能。',
      '一、加强学习,提高教职工素质',
      '认真组织教职工学习工会法规和师德规范,提高思想水平。',
      '二、推进民主管理',
      '1、开好第五届教代会第二次会议。筹备提案征集工作。',
      '2、坚持校务公开。',
      '(一) 办好职工书屋。',
    ]);
    // A section name joined to more of itself (工作重点及…) is one heading.
    expect(lines('努力完成全年任务。 二、工作重点及主要措施 (一) 加强学习。')).toEqual([
      '努力完成全年任务。',
      '二、工作重点及主要措施',
      '(一) 加强学习。',
    ]);
    // A range after a sentence end and a space stays whole.
    expect(lines('做好期末工作。 3、4月份开展春季趣味运动会。')).toEqual([
      '做好期末工作。 3、4月份开展春季趣味运动会。',
    ]);
  });

  it('drops U+FFFD left by a cut multibyte character, with a note', () => {
    const { output, notes } = runSourceStage(
      reparagraphStage,
      sourceFromText('全面履行工会的各项职\ufffd\n一、工作目标'),
    );
    expect(output.text).toBe('全面履行工会的各项职\n一、工作目标');
    expect(notes.map((n) => n.rule)).toEqual(['reparagraph.replacement-char']);
  });
});
