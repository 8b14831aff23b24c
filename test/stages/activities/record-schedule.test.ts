// Schedules written as records with labelled fields ("- 活动名称：…" / "- 时间：…").
import { describe, expect, it } from 'vitest';
import { findRecordSchedules } from '../../../src/stages/activities/record-schedule.ts';

const never = () => false;

function read(lines: string[]) {
  const scan = findRecordSchedules(lines, never);
  return {
    blocks: scan.schedules.flatMap((s) => s.blocks.map((b) => [b.header.month, b.items.map((i) => i.text)])),
    claimed: [...scan.claimed].sort((a, b) => a - b),
  };
}

describe('record schedules', () => {
  it('dates each record by its time field, on the same line or the next', () => {
    expect(
      read([
        '- 活动名称：教职工迎春长跑',
        '- 时间：2月下旬',
        '- 沿江边慢跑五公里。',
        '- 活动名称：读书沙龙',
        '- 时间：',
        '4月',
        '- 交流近期所读好书。',
      ]),
    ).toEqual({
      blocks: [
        [2, ['活动名称：教职工迎春长跑']],
        [4, ['活动名称：读书沙龙']],
      ],
      claimed: [0, 1, 3, 4, 5],
    });
  });

  it('reads a date in the time field by its month; a single record or an undated one is no schedule', () => {
    expect(
      read(['活动主题：三八健步走', '活动时间：3月8日下午', '活动主题：植树', '活动时间：3月12日']).blocks,
    ).toEqual([
      [3, ['活动主题：三八健步走']],
      [3, ['活动主题：植树']],
    ]);
    expect(read(['活动名称：三八健步走', '时间：3月8日']).blocks).toEqual([]);
    expect(read(['活动名称：三八健步走', '时间：待定', '活动名称：植树', '时间：另行通知']).blocks).toEqual([]);
  });
});
