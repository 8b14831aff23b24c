// The layout grammar's shared patterns (issue 16): title words and month-span separators, spelled once.
import { describe, expect, it } from 'vitest';
import { MONTH_RANGE_SEPARATOR, TITLE_WORD } from '../../src/lexicon/layout/layout-grammar.ts';
import { readMarker } from '../../src/lexicon/layout/markers.ts';
import { isTitleLine } from '../../src/lexicon/plan-structure.ts';

describe('layout grammar', () => {
  it.each(['计划', '总结', '要点', '安排', '实施方案', '规划', '小结', '述职报告'])('"%s" ends a title', (w) => {
    expect(new RegExp(`${TITLE_WORD}$`).test(`东湖小学工会2024年工作${w}`)).toBe(true);
  });

  it.each(['-', '———', '——', '～', '至', '到'])('"%s" separates the months of a span', (sep) => {
    expect(new RegExp(`^3月?${MONTH_RANGE_SEPARATOR}4月$`).test(`3月${sep}4月`)).toBe(true);
  });

  it('is what titles and month headers are read with', () => {
    expect(isTitleLine('东湖小学2024年工会工作要点')).toBe(true);
    expect(isTitleLine('我们制定了计划')).toBe(false);
    expect(readMarker('3———4月：', { months: true })?.kind).toBe('month');
    expect(readMarker('十二月至次年一月：', { months: true })?.kind).toBe('month');
    expect(readMarker('二、组织春游')?.kind).toBe('section');
  });
});
