import { describe, expect, it } from 'vitest';
import { headingTitle, isPlainTitleShaped, lineMarker, outlineParagraphs } from '../../src/stages/segment/outline.ts';
import { paragraphsStage } from '../../src/stages/segment/paragraphs-stage.ts';
import { documentFromText, runDocumentStage } from '../helpers/run-stage.ts';

/** Each paragraph as "H|  text ← nearest heading" for compact expectations. */
function outline(text: string): Array<[string, boolean, string[]]> {
  const lines = text.split('\n');
  return outlineParagraphs(lines).map((o, i) => [lines[i]!, o.isHeading, o.headings]);
}

describe('lineMarker: numbering styles', () => {
  it.each([
    ['一、指导思想', 'cn-dun'],
    ['二.工作目标', 'cn-dun'],
    ['十一、其他', 'cn-dun'],
    ['（三）关心教职工生活', 'cn-paren'],
    ['(四)加强自身建设', 'cn-paren'],
    ['1、召开教代会', 'arabic-dun'],
    ['12. 组织秋游', 'arabic-dun'],
    ['（2）落实体检', 'arabic-paren'],
    ['3）会费收缴', 'arabic-paren'],
    ['②签订承诺书', 'circled'],
    ['第二部分 主要措施', 'chapter'],
  ])('%s → %s', (line, style) => {
    expect(lineMarker(line)?.style).toBe(style);
  });

  it.each([
    ['一年来，我校工会认真履行职能。', 'prose starting with 一'],
    ['一是做好帮扶，二是开好教代会。', '一是 enumerates inside prose'],
    ['2.5倍于去年的会员活动经费。', 'a decimal number'],
    ['2023年工会工作要点', 'a year'],
    ['三八节慰问女教职工', 'a festival name'],
    ['十月份', 'a month'],
    ['一、', 'a marker with nothing after it'],
  ])('%s is not numbered (%s)', (line) => {
    expect(lineMarker(line)).toBeNull();
  });
});

describe('heading shape', () => {
  it.each([
    ['三、维护教工权益，关心教师疾苦', '三、维护教工权益，关心教师疾苦'],
    ['（一）加强思想建设，提高素质。', '（一）加强思想建设，提高素质'],
    [
      '（二）加强工会自身建设，增强新形势下工会工作的紧迫感，加强作风建设，提高理论水平，使广大会员进一步增强法律意识。',
      '（二）加强工会自身建设',
    ],
  ])('title of %s', (line, title) => {
    expect(headingTitle(line)).toBe(title);
  });

  it.each([
    ['九月份', true],
    ['具体措施：', true],
    ['活动主题：待定', false],
    ['本学期共召开教代会两次。', false],
    ['2023', false],
  ])('plain line %s title-shaped: %s', (line, shaped) => {
    expect(isPlainTitleShaped(line)).toBe(shaped);
  });
});

describe('outlineParagraphs: nesting and inheritance', () => {
  it('a 1、 item under （一） under 三、 inherits all enclosing headings, nearest last', () => {
    const text = [
      '红星小学工会2024年工作计划',
      '一、指导思想',
      '以服务教职工为宗旨，围绕学校中心工作开展工会工作。',
      '三、维护教工权益',
      '（一）做好帮扶慰问',
      '1、坚持五必访制度。',
      '2、春节走访困难教职工。',
      '（二）落实体检制度',
      '每年组织一次健康体检。',
      '四、开展文体活动',
      '举办教职工运动会。',
    ].join('\n');
    expect(outline(text)).toEqual([
      ['红星小学工会2024年工作计划', false, []],
      ['一、指导思想', true, []],
      ['以服务教职工为宗旨，围绕学校中心工作开展工会工作。', false, ['一、指导思想']],
      ['三、维护教工权益', true, []],
      ['（一）做好帮扶慰问', true, ['三、维护教工权益']],
      ['1、坚持五必访制度。', false, ['三、维护教工权益', '（一）做好帮扶慰问']],
      ['2、春节走访困难教职工。', false, ['三、维护教工权益', '（一）做好帮扶慰问']],
      ['（二）落实体检制度', true, ['三、维护教工权益']],
      ['每年组织一次健康体检。', false, ['三、维护教工权益', '（二）落实体检制度']],
      ['四、开展文体活动', true, []],
      ['举办教职工运动会。', false, ['四、开展文体活动']],
    ]);
  });

  it('levels follow the order styles appear in, whatever the author chose as the outer level', () => {
    const text = ['（一）民主管理', '1.召开教代会', '2.校务公开', '（二）困难帮扶', '1.建立档案'].join('\n');
    const o = outlineParagraphs(text.split('\n'));
    expect(o.map((x) => x.isHeading)).toEqual([true, false, false, true, false]);
    expect(o[4]!.headings).toEqual(['（二）困难帮扶']);
  });

  it('short numbered lines followed by their siblings are list items, not headings', () => {
    const o = outlineParagraphs(['二、主要活动', '1、慰问退休教师。', '2、教职工体检。', '3、迎新年联欢会。']);
    expect(o.map((x) => x.isHeading)).toEqual([true, false, false, false]);
    expect(o.every((x, i) => i === 0 || x.headings[0] === '二、主要活动')).toBe(true);
  });

  it('month lines of a schedule head their items; "三月：…" lines close the month above', () => {
    const text = [
      '四、工作安排',
      '二月份',
      '1、制定工作计划。',
      '2、会费收缴。',
      '三月：三八节活动。',
      '四月份：',
      '1、教师基本功比赛。',
    ].join('\n');
    const o = outlineParagraphs(text.split('\n'));
    expect(o.map((x) => x.isHeading)).toEqual([true, true, false, false, false, true, false]);
    expect(o[3]!.headings).toEqual(['四、工作安排', '二月份']);
    expect(o[4]!.headings).toEqual(['四、工作安排']);
    expect(o[6]!.headings).toEqual(['四、工作安排', '四月份：']);
  });

  it('a document title, even short, is not a section heading', () => {
    const o = outlineParagraphs(['工会工作总结', '一年来，我校工会做了以下工作。', '一、民主管理', '召开教代会两次。']);
    expect(o[0]!.isHeading).toBe(false);
    expect(o[1]!.headings).toEqual([]);
  });

  it('a long run-on numbered paragraph is titled by its first clause', () => {
    const long =
      '（二）加强工会自身建设，增强新形势下教育工会工作的紧迫感和责任感，加强思想作风建设，提高理论水平，抓紧抓好。';
    const o = outlineParagraphs(['三、主要工作', long, '充分发挥教代会的作用，开好每年一次的教代会。']);
    expect(o[1]!.isHeading).toBe(true);
    expect(o[2]!.headings).toEqual(['三、主要工作', '（二）加强工会自身建设']);
  });

  it('prose without any numbering has no headings', () => {
    const o = outlineParagraphs([
      '本学期工会组织了读书活动。',
      '我们还为教职工过集体生日。',
      '总之，工作取得了一定成绩。',
    ]);
    expect(o.every((x) => !x.isHeading && x.headings.length === 0)).toBe(true);
  });
});

describe('segment.paragraphs stage', () => {
  it('fills heading (nearest), headings and isHeading, and notes the outline', () => {
    const { output, notes } = runDocumentStage(
      paragraphsStage,
      documentFromText('二、关心教职工生活\n（一）送温暖\n春节走访慰问困难教职工。'),
    );
    expect(output.paragraphs.map((p) => [p.heading, p.headings, p.isHeading])).toEqual([
      [null, [], true],
      ['二、关心教职工生活', ['二、关心教职工生活'], true],
      ['（一）送温暖', ['二、关心教职工生活', '（一）送温暖'], false],
    ]);
    expect(notes.map((n) => n.rule)).toEqual(['paragraphs.outline']);
    expect(notes[0]!.reason).toContain('2 section heading(s) in 2 level(s)');
  });
});
