// The layout grammar's one number reader (issue 16).
import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../src/lexicon/layout/numbers.ts';
import { chineseNumber as viaPlanStructure } from '../../src/lexicon/plan-structure.ts';
import { parseMonthNumeral, parseSmallNumber } from '../../src/stages/activities/month-numerals.ts';

describe('chineseNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三十一', 31],
    ['两', 2],
    ['元', 1],
    ['12', 12],
    [' 七 ', 7],
  ])('%s → %i', (text, n) => {
    expect(chineseNumber(text)).toBe(n);
  });

  it.each(['十十', '一二', '二〇', '百', '', '三月', '十一五x'])('"%s" is no number', (text) => {
    expect(chineseNumber(text)).toBeNull();
  });

  it('is the one reader behind plan-structure and the month numerals', () => {
    expect(viaPlanStructure).toBe(chineseNumber);
    expect(parseSmallNumber('十二')).toBe(12);
    expect(parseSmallNumber('123')).toBeNull();
    expect(parseMonthNumeral('元')).toBe(1);
    expect(parseMonthNumeral('十三')).toBeNull();
    expect(parseMonthNumeral('0')).toBeNull();
  });
});
