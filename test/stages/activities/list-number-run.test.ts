// An item number that continues its list (3、… then 4、5月份，…) is not the first month of a span (4–5月).
import { describe, expect, it } from 'vitest';
import { listNumberInRun } from '../../../src/stages/activities/list-number-run.ts';
import { activitiesOf } from '../../helpers/activities-of.ts';

const lines = (...text: string[]) => text.map((t) => ({ text: t }));

describe('a list number that continues the run above it', () => {
  it.each([
    [['3、6月份，组织庆“六一”活动。', '4、5月份，组织女教职工体检。'], 2],
    [['3. 开展读书活动。', '4. 5月举行教职工拔河赛。'], 3],
    // No run: the line stands first, the line above is numbered otherwise or not in sequence.
    [['二、主要活动', '4、5月份，组织女教职工体检。'], 0],
    [['（三）做好慰问', '4、5月份，组织女教职工体检。'], 0],
    [['2、组织春游。', '4、5月份，组织女教职工体检。'], 0],
    // No month in digits after the number, or not the number's next (4、6月 is item 4 already): nothing to decide.
    [['3、组织春游。', '4、6月份组织女教职工体检。'], 0],
    [['3、组织春游。', '4、组织女教职工体检。'], 0],
    [['3、组织春游。', '4、五月份组织女教职工体检。'], 0],
  ])('%j → %i', (text, lead) => {
    expect(listNumberInRun(lines(...text), 1)).toBe(lead);
  });

  it('in a summary: the numbered items keep their own months, a span stays a span without the run', () => {
    const summary =
      '工会上半年工作总结\n一、办好实事\n1、解决了单身宿舍空调安装。\n2、6月份，组织子女庆“六一”活动。\n3、5月份，组织女教职工体检。';
    expect(activitiesOf(summary, { year: 2023, kind: 'summary' }).map((a) => [a.month, a.monthEnd])).toEqual([
      [6, null],
      [5, null],
    ]);
    const span = '工会工作安排\n4、5月份，组织女教职工体检。';
    expect(activitiesOf(span, { year: 2023, kind: 'plan' }).map((a) => [a.month, a.monthEnd])).toEqual([[4, 5]]);
  });
});
