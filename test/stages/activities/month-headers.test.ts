// Month headers in every form plans use, and lines that look like headers but are not (textlint-style tables).
import { describe, expect, it } from 'vitest';
import { findMonthHeaders } from '../../../src/stages/activities/month-headers.ts';
import { defaultActivityRules } from '../../../src/stages/activities/rules.ts';

const rules = defaultActivityRules();
const first = (line: string) => findMonthHeaders(line, rules)[0];

describe('month headers', () => {
  it.each([
    ['三月份', { month: 3, monthEnd: null, blank: false, form: 'strict' }],
    ['十一月份：', { month: 11, monthEnd: null, form: 'strict' }],
    ['十二月:', { month: 12, form: 'strict' }],
    ['3月份', { month: 3, form: 'strict' }],
    ['9月', { month: 9, form: 'strict' }],
    ['１０月：', { month: 10, form: 'strict' }],
    ['元月份', { month: 1, form: 'strict' }],
    ['七、八月份', { month: 7, monthEnd: 8, listNumeral: null }],
    ['十一、十二月份：', { month: 11, monthEnd: 12 }],
    ['9-10月：', { month: 9, monthEnd: 10 }],
    ['七月至八月：', { month: 7, monthEnd: 8 }],
    ['七月、八月：', { month: 7, monthEnd: 8 }],
    ['9月和10月：', { month: 9, monthEnd: 10 }],
    ['12月—次年1月：', { month: 12, monthEnd: 1 }],
    ['4-5月：', { month: 4, monthEnd: 5 }],
    ['3———4月：', { month: 3, monthEnd: 4 }],
    ['10月——2月：', { month: 10, monthEnd: 2 }],
    ['十二月至次年一月：', { month: 12, monthEnd: 1 }],
    ['9-12月', { month: 9, monthEnd: 12 }],
    ['二、3———4月：', { month: 3, monthEnd: 4 }],
    ['2024年3月：', { month: 3, year: 2024 }],
    ['_月份:', { month: null, blank: true, listNumeral: null }],
    ['＿＿月份：', { month: null, blank: true }],
    ['×月：', { month: null, blank: true }],
    ['七、_月份:', { month: null, blank: true, listNumeral: 7 }],
    ['三月份工作安排：', { month: 3 }],
    ['九月份（开学月）：', { month: 9 }],
    ['2014年1月：', { month: 1, year: 2014 }],
    ['二〇一五年三月：', { month: 3, year: 2015 }],
    ['【九月】', { month: 9 }],
    ['◆十月份', { month: 10 }],
    ['1、三月份：', { month: 3, leading: true }],
    ['（二）九月：', { month: 9, leading: true }],
  ])('%s is a header', (line, expected) => {
    expect(first(line)).toMatchObject(expected);
  });

  it.each([
    ['寒假：', '寒假'],
    ['暑假期间：', '暑假'],
    ['学期初', '学期初'],
    ['期末：', '期末'],
    ['开学初：', '学期初'],
  ])('%s is a period header with no month', (line, period) => {
    expect(first(line)).toMatchObject({ month: null, blank: false, period: { label: period } });
  });

  it('takes the month a period header states in parentheses', () => {
    expect(first('期末（1月）：')).toMatchObject({ month: 1, period: { label: '期末' } });
  });

  it('gives the item on the same line: "二月：1、会费收缴" and "三月：三八节活动。"', () => {
    const [h] = findMonthHeaders('二月：1、会费收缴。', rules);
    expect(h).toMatchObject({ month: 2, start: 0, text: '二月：' });
    const [g] = findMonthHeaders('三月：三八节活动。', rules);
    expect('三月：三八节活动。'.slice(g!.end)).toBe('三八节活动。');
  });

  it('reads a line that runs straight on from its month as month-led, not strict', () => {
    expect(first('三月份召开第三届教代会。')).toMatchObject({ month: 3, form: 'month-led' });
  });

  it('finds every header of a run-on schedule, list-numbered blank included', () => {
    const text =
      '三、工作安排_月份:1.迎接期末考试。2.做好工会总结工作。_月份:1.做好春节慰问工作。七、_月份:1.开展暑期教师读书活动。';
    const found = findMonthHeaders(text, rules);
    expect(found.map((h) => [h.text, h.listNumeral])).toEqual([
      ['_月份:', null],
      ['_月份:', null],
      ['七、_月份:', 7],
    ]);
    expect(text.slice(found[2]!.end, found[2]!.end + 2)).toBe('1.');
  });

  it('finds headers after a sentence end inside a line, when a colon follows', () => {
    const found = findMonthHeaders('具体安排：三月：召开教代会。四月：组织春游。', rules);
    expect(found.map((h) => h.month)).toEqual([3, 4]);
  });

  it.each([
    ['1、配合学校做好师德考核。'],
    ['完成“十一五”规划确定的各项任务。'],
    ['评选“三八红旗手”和“五四青年奖章”获得者。'],
    ['第三季度前完成职工之家建设。'],
    ['开展“六个一”活动，学习“三个代表”重要思想和十八大精神。'],
    ['2013-2014学年度工会工作计划'],
    ['青年教师三个月内完成岗位练兵。'],
    ['5月21日，我局派出工作人员参加培训。'],
    ['十月，我们组织了教职工秋游。'],
    ['今年十月份开展班组交流活动。'],
    ['期末考试前组织教职工座谈。'],
    ['2015年7月'],
    ['xx月xx日召开会议'],
  ])('%s has no header', (line) => {
    expect(findMonthHeaders(line, rules)).toEqual([]);
  });
});
