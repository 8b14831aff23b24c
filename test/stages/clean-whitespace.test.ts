import { describe, expect, it } from 'vitest';
import { normalizeWhitespace, normalizeWhitespaceStage } from '../../src/stages/clean/normalize-whitespace.ts';
import { runSourceStage, sourceFromText } from '../helpers/run-stage.ts';

describe('clean.whitespace', () => {
  it.each([
    ['full-width indentation', '　　一、指导思想\n　　以立德树人为根本', '一、指导思想\n以立德树人为根本'],
    ['NBSP padding', '工会\u00a0\u00a0小组', '工会 小组'],
    ['CRLF line ends', '第一段\r\n第二段\r第三段', '第一段\n第二段\n第三段'],
    ['runs of blank lines', '甲\n\n\n\n\n乙', '甲\n\n乙'],
    ['zero-width and NUL debris', '教\u200b代\u0000会', '教代会'],
    ['trailing spaces', '召开教代会。   \n', '召开教代会。'],
    [
      'line ends written out as escapes',
      '一、活动时间:\\r5月8日\\r二、活动地点:\\r\\n城西公园\\r三、参加对象',
      '一、活动时间:\n5月8日\n二、活动地点:\n城西公园\n三、参加对象',
    ],
    // one escape is a typo, and one after Latin text or before a letter is a path's or a program's
    ['a single escape', '报名表见附件\\r请按时填写。', '报名表见附件\\r请按时填写。'],
    [
      'escapes in a path',
      '文件存于D:\\new\\report,见\\n1,见\\n2,见\\rn',
      '文件存于D:\\new\\report,见\\n1,见\\n2,见\\rn',
    ],
  ])('%s', (_name, input, expected) => {
    expect(normalizeWhitespace(input)).toBe(expected);
  });

  it('leaves ordinary text alone and notes nothing', () => {
    const { output, notes } = runSourceStage(
      normalizeWhitespaceStage,
      sourceFromText('一、工作目标\n1、配合学校做好师德考核。'),
    );
    expect(output.text).toBe('一、工作目标\n1、配合学校做好师德考核。');
    expect(notes).toEqual([]);
  });

  it('notes each rule that fired with a count', () => {
    const { notes } = runSourceStage(normalizeWhitespaceStage, sourceFromText('　　甲\n　　乙'));
    expect(notes.map((n) => n.rule)).toEqual([
      'whitespace.wide-space',
      'whitespace.space-runs',
      'whitespace.line-edges',
    ]);
    expect(notes[0]!.reason).toContain('4×');
  });
});
