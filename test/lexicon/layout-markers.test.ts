// The one marker reader (issue 14): every numbering form a line can open with, its kind, style, nesting level
// and number, on lines written for the test.
import { describe, expect, it } from 'vitest';
import { readMarker } from '../../src/lexicon/layout/markers.ts';

describe('readMarker', () => {
  it.each([
    ['一、指导思想', 'section', 'cn-dun', 1, 1, '一、', '一、'],
    ['十二. 其他', 'section', 'cn-dun', 1, 12, '十二.', '十二. '],
    ['（三）、关心教职工', 'subsection', 'cn-paren', 2, 3, '（三）', '（三）、'],
    ['( 四 )加强建设', 'subsection', 'cn-paren', 2, 4, '( 四 )', '( 四 )'],
    ['1、召开教代会', 'item', 'arabic-dun', 3, 1, '1、', '1、'],
    ['12． 组织秋游', 'item', 'arabic-dun', 3, 12, '12．', '12． '],
    ['（2）落实体检', 'paren-item', 'arabic-paren', 4, 2, '（2）', '（2）'],
    ['3）、会费收缴', 'paren-item', 'arabic-paren', 4, 3, '3）', '3）、'],
    ['② 签订承诺书', 'circled', 'circled', 4, 2, '②', '② '],
    ['⑶组织培训', 'circled', 'circled', 4, 3, '⑶', '⑶'],
    ['❹趣味运动会', 'circled', 'circled', 4, 4, '❹', '❹'],
  ])('%s → %s / %s', (line, kind, style, level, number, text, lead) => {
    expect(readMarker(line)).toEqual({ kind, style, level, number, text, lead });
  });

  it('reads month headers only when asked, and then before section numbers', () => {
    expect(readMarker('七、八月份：暑期疗养', { months: true })).toMatchObject({ kind: 'month', number: null });
    expect(readMarker('七、八月份：暑期疗养')).toMatchObject({ kind: 'section', number: 7 });
    expect(readMarker('三月份：', { months: true })?.text).toBe('三月份：');
    expect(readMarker('_月份:', { months: true })?.kind).toBe('month');
    expect(readMarker('三月份：')).toBeNull();
  });

  it('reads chapters only when asked', () => {
    expect(readMarker('第二部分：主要措施', { chapters: true })).toMatchObject({
      kind: 'chapter',
      style: 'chapter',
      level: 0,
      number: 2,
      text: '第二部分',
      lead: '第二部分：',
    });
    expect(readMarker('第二部分：主要措施')).toBeNull();
  });

  it.each([
    ['一年来，我校工会认真履行职能。'],
    ['一是做好帮扶'],
    ['2.5倍于去年'],
    ['2023年工会工作要点'],
    ['三八节慰问女教职工'],
  ])('%s opens with no marker', (line) => {
    expect(readMarker(line, { months: true, chapters: true })).toBeNull();
  });
});
