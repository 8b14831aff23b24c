// Table-shaped schedules flattened to text (issue 16): header rows, one cell per line, "cell |" rows, bare
// month cells, month numbers glued to item numbers, and the columns kept out of the item text.
import { describe, expect, it } from 'vitest';
import { loadTableColumns } from '../../../src/lexicon/layout/table-columns.ts';
import { findTableSchedules, parseTimeCell } from '../../../src/stages/activities/table-schedule.ts';

const columns = loadTableColumns();

function read(lines: string[]) {
  return findTableSchedules(lines, columns).schedules.flatMap((s) =>
    s.blocks.map((b) => [b.header.month, b.header.monthEnd, b.header.year, b.items.map((i) => i.text)]),
  );
}

describe('table columns', () => {
  it.each([
    ['月份 活动内容 负责人 备注', ['time', 'content', 'other', 'other']],
    ['时间 | 内容', ['time', 'content']],
    ['月份活动要点', ['time', 'content']],
    ['序号 | 活动时间 | 活动名称 | 参加范围', ['other', 'time', 'content', 'other']],
  ])('reads the header row "%s"', (line, kinds) => {
    expect(columns.headerRow(line)).toEqual(kinds);
  });

  it.each(['三月份', '活动内容', '召开教代会 负责人', '一、指导思想', '时间'])('"%s" is no header row', (line) => {
    expect(columns.headerRow(line)).toBeNull();
  });
});

describe('time cells', () => {
  it.each([
    ['3月', false, { month: 3, monthEnd: null, year: null }],
    ['三月份', false, { month: 3, monthEnd: null, year: null }],
    ['2025年4月', false, { month: 4, monthEnd: null, year: 2025 }],
    ['9-12月', false, { month: 9, monthEnd: 12, year: null }],
    ['3———4月', false, { month: 3, monthEnd: 4, year: null }],
    ['十二月至次年一月', false, { month: 12, monthEnd: 1, year: null }],
    ['11', true, { month: 11, monthEnd: null, year: null }],
  ])('"%s" is a time cell', (cell, bare, want) => {
    expect(parseTimeCell(cell, bare)).toEqual(want);
  });

  it.each(['11', '第三季度', '三八红旗手', '十一五', '组织春游', '13月'])(
    '"%s" is not (without a time column)',
    (cell) => {
      expect(parseTimeCell(cell, false)).toBeNull();
    },
  );
});

describe('table schedules', () => {
  it('reads one cell per line with "|", keeping 序号 and 参加范围 out and joining two content columns', () => {
    expect(
      read([
        '表1 工会活动一览',
        '序号 |',
        '活动时间 |',
        '活动名称 |',
        '活动内容 |',
        '参加范围 |',
        '1 |',
        '2025年3月 |',
        '女教工健步走 |',
        '沿河步道健步走 |',
        '全体女教工 |',
        '2 |',
        '2025年9-12月 |',
        '职工书屋布置 |',
        '添置图书和书架 |',
        '各工会小组 |',
      ]),
    ).toEqual([
      [3, null, 2025, ['女教工健步走 沿河步道健步走']],
      [9, 12, 2025, ['职工书屋布置 添置图书和书架']],
    ]);
  });

  it('reads rows on one line ("3月 | 活动 | 负责人") and keeps the 负责人 column out', () => {
    expect(
      read([
        '月份 | 活动内容 | 负责人',
        '3月 | 组织教职工踏青 | 王老师',
        '4月 | 举办读书分享会 | 李老师',
        '以上安排如有变动另行通知。',
      ]),
    ).toEqual([
      [3, null, null, ['组织教职工踏青']],
      [4, null, null, ['举办读书分享会']],
    ]);
  });

  it('reads bare month numbers on their own line under a 月份 column', () => {
    expect(read(['月份', '活动内容', '3', '教职工趣味运动会', '4', '青年教师座谈会'])).toEqual([
      [3, null, null, ['教职工趣味运动会']],
      [4, null, null, ['青年教师座谈会']],
    ]);
  });

  it('splits a month number glued to the first item number, and one glued to the text', () => {
    expect(
      read([
        '月份活动要点',
        '31、 组织教职工春游',
        '2、 女教工座谈会',
        '41、 工会小组拔河赛',
        '7组织暑期疗休养',
        '101、 庆国庆歌咏会',
        '111、 教职工篮球赛',
        '12、 慰问困难职工',
      ]),
    ).toEqual([
      [3, null, null, ['组织教职工春游', '女教工座谈会']],
      [4, null, null, ['工会小组拔河赛']],
      [7, null, null, ['组织暑期疗休养']],
      [10, null, null, ['庆国庆歌咏会']],
      [11, null, null, ['教职工篮球赛', '慰问困难职工']],
    ]);
  });

  it('keeps items numbered 一、 inside a month cell', () => {
    expect(read(['时间 | 内容', '3月 |', '一、三八节活动 |', '二、植树活动 |', '4月 |', '一、春季运动会 |'])).toEqual([
      [3, null, null, ['三八节活动', '植树活动']],
      [4, null, null, ['春季运动会']],
    ]);
  });

  it('is no table without a header row, or with fewer than two dated rows', () => {
    expect(read(['3月 | 组织教职工踏青', '4月 | 举办读书分享会'])).toEqual([]);
    expect(read(['月份 | 活动内容', '3月 | 组织教职工踏青'])).toEqual([]);
  });
});
