// Blanked months: anchors narrow each block, order fixes the rest, and nothing is guessed.
import { describe, expect, it } from 'vitest';
import {
  type BlockEvidence,
  feasibleMonths,
  findAnchors,
  inferBlankMonths,
  narrowByAnchors,
} from '../../../src/stages/activities/infer-months.ts';
import { defaultActivityRules } from '../../../src/stages/activities/rules.ts';

const { anchors } = defaultActivityRules();
const blank = (text: string, listNumeral: number | null = null): BlockEvidence => ({
  fixed: null,
  fixedEnd: null,
  text,
  listNumeral,
});
const stated = (month: number, text = '召开工会委员会议'): BlockEvidence => ({
  fixed: month,
  fixedEnd: null,
  text,
  listNumeral: null,
});
const months = (blocks: BlockEvidence[]) =>
  inferBlankMonths(blocks, anchors).map((m) => (m.monthEnd ? `${m.month}-${m.monthEnd}` : m.month));
const anchorMonths = (text: string) => {
  const allowed = narrowByAnchors(findAnchors(text, anchors)).allowed;
  return allowed ? [...allowed].sort((a, b) => a - b) : null;
};

describe('anchors', () => {
  it.each([
    ['庆祝元旦文艺汇演', [1, 12]],
    ['做好春节慰问送温暖工作', [1, 2]],
    ['“迎新春”相关活动', [1, 12]],
    ['庆祝“三八”妇女节活动', [3]],
    ['三八节活动', [3]],
    ['组织教职工植树活动', [3, 4]],
    ['清明祭扫烈士墓', [4]],
    ['庆祝“五一”国际劳动节活动', [5]],
    ['五四青年节座谈会', [5]],
    ['开展端午节包粽子活动', [5, 6]],
    ['庆祝“六一”儿童节', [6]],
    ['庆祝建党100周年', [7]],
    ['庆祝教师节活动', [9]],
    ['中秋茶话会', [9, 10]],
    ['庆祝“十一”国庆节', [10]],
    ['庆祝重阳“敬老日”活动', [10]],
    ['迎接期中考试', [4, 5, 10, 11]],
    ['迎接期末考试', [1, 6, 7]],
    ['开展暑期教师读书活动', [7, 8]],
    // holidays first, then seasons narrow them where that leaves something
    ['做好春节慰问；制定新学期工作计划', [2]],
    ['庆祝“六一”儿童节；迎接期末考试', [6]],
  ])('%s → %j', (text, expected) => {
    expect(anchorMonths(text)).toEqual(expected);
  });

  it.each([
    ['评选“三八红旗手”'],
    ['推荐“五四青年奖章”获得者'],
    ['完成“十一五”规划任务'],
    ['八一路小学工会来我校交流'],
    ['召开十一月份工会委员会议'],
    ['开展“六个一”专项行动'],
    ['组织教职工参加知识竞赛'],
  ])('%s has no anchor', (text) => {
    expect(anchorMonths(text)).toBeNull();
  });

  it('sets aside an anchor that contradicts a holiday', () => {
    const n = narrowByAnchors(findAnchors('庆祝教师节；做好期中考试准备', anchors));
    expect([...n.allowed!]).toEqual([9]);
    expect(n.ignored.map((h) => h.anchor.id)).toEqual(['midterm']);
  });
});

describe('feasible months (order within one year)', () => {
  const slot = (allowed: number[] | null, fixed: number | null = null, extra = 0) => ({
    fixed,
    extra,
    allowed: allowed && new Set(allowed),
  });
  it('narrows open slots between fixed ones', () => {
    const f = feasibleMonths([slot(null, 3), slot(null), slot(null), slot(null, 6)]);
    expect(f!.map((s) => [...s].sort((a, b) => a - b))).toEqual([[3], [4], [5], [6]]);
  });
  it('leaves a slot open when there is room', () => {
    const f = feasibleMonths([slot(null, 3), slot(null), slot(null, 9)]);
    expect([...f![1]!].sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8]);
  });
  it('wraps over the year end', () => {
    const f = feasibleMonths([slot(null, 11), slot([12, 1]), slot(null, 2)]);
    expect([...f![1]!].sort((a, b) => a - b)).toEqual([1, 12]);
  });
  it('is null when the order cannot hold', () => {
    expect(feasibleMonths([slot(null, 5), slot(null, 3), slot(null, 4), slot(null, 5)])).toBeNull();
  });
});

describe('inferBlankMonths', () => {
  it('follows the holidays of a blanked year plan and fixes the rest by order', () => {
    const got = months([
      blank('迎接期末考试；做好工会总结工作'),
      blank('做好春节慰问送温暖工作；制定新学期工作计划'),
      blank('庆祝“三八”妇女节活动'),
      blank('迎接期中考试；教职工趣味运动会'),
      blank('庆祝“五一”国际劳动节活动'),
      blank('庆祝“六一”儿童节'),
      blank('开展暑期教师读书活动', 7),
      blank('庆祝教师节活动'),
      blank('庆祝“十一”国庆节；庆祝重阳“敬老日”活动'),
      blank('中层述职暨民主评议'),
      blank('组织教职工冬季体育运动；“迎新春”相关活动'),
    ]);
    expect(got).toEqual([1, 2, 3, 4, 5, 6, '7-8', 9, 10, 11, 12]);
  });

  it('leaves null what nothing fixes, and says so', () => {
    const got = inferBlankMonths(
      [blank('庆祝“三八”国际妇女节'), blank('召开工会小组长会议'), blank('开展读书征文'), blank('庆祝教师节')],
      anchors,
    );
    expect(got.map((m) => m.month)).toEqual([3, null, null, 9]);
    expect(got[1]).toMatchObject({ inferred: false, confidence: null });
    expect(got[1]!.evidence).toContain('not fixed');
  });

  it('grades confidence: anchor alone > anchor and order > order alone', () => {
    const got = inferBlankMonths(
      [blank('庆祝“三八”妇女节'), blank('组织春游'), blank('召开工会委员会议'), blank('庆祝“六一”儿童节')],
      anchors,
    );
    expect(got.map((m) => m.month)).toEqual([3, 4, 5, 6]);
    expect(got[0]!.confidence).toBeGreaterThan(got[1]!.confidence!);
    expect(got[1]!.confidence).toBeGreaterThan(got[2]!.confidence!);
    expect(got.every((m) => m.inferred)).toBe(true);
    expect(got[1]!.evidence).toContain('春游');
  });

  it('reads "七、_月份" as a blanked span when order leaves 7 and 8', () => {
    const got = inferBlankMonths([blank('庆祝“六一”儿童节'), blank('组织教师培训', 7), blank('庆祝教师节')], anchors);
    expect(got[1]).toMatchObject({ month: 7, monthEnd: 8, inferred: true });
  });

  it('keeps stated months and infers the blanks between them', () => {
    expect(months([stated(3), blank('组织教职工春游'), stated(5)])).toEqual([3, 4, 5]);
  });

  it('does not use order when stated months contradict it, and anchors alone then decide', () => {
    const got = inferBlankMonths(
      [stated(5), stated(3), blank('庆祝教师节'), blank('召开会议'), stated(1), stated(2)],
      anchors,
    );
    expect(got.map((m) => m.month)).toEqual([5, 3, 9, null, 1, 2]);
    expect(got[3]!.evidence).toContain('inconsistent');
  });
});
