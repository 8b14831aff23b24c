// The activities evaluator: its labelled set loads, its matching is fair, and the stage stays above its floors.
import { describe, expect, it } from 'vitest';
import { loadActivityCases, matchActivities, runActivitiesEval, sameItem } from '../../src/eval/activities.ts';
import { checkFloors, loadFloors } from '../../src/eval/floors.ts';

describe('activities evaluator', () => {
  it('loads labelled schedules, narrative passages, negatives and sample excerpts', () => {
    const cases = loadActivityCases();
    expect(new Set(cases.map((c) => c.file))).toEqual(
      new Set(['heldout.json', 'heldout2.json', 'narrative.json', 'samples.json', 'schedules.json']),
    );
    expect(cases.some((c) => c.expected.length === 0)).toBe(true);
    expect(cases.flatMap((c) => c.expected).filter((e) => e.blank).length).toBeGreaterThan(20);
  });

  it.each([
    ['庆“三八”系列活动。', '庆“三八”系列活动', true],
    ['十月份组织教职工秋游', '十月份组织教职工秋游，', true],
    ['组织春游。', '组织春游，并开展摄影比赛和趣味运动会。', false],
    ['', '', false],
  ])('sameItem(%s, %s) → %s', (a, b, same) => {
    expect(sameItem(a, b)).toBe(same);
  });

  it('matches each labelled item at most once', () => {
    const got = [{ text: '开展168爱生行动。' }, { text: '开展168爱生行动。' }] as never[];
    const outcome = matchActivities([{ text: '开展168爱生行动。' }] as never[], got);
    expect(outcome.matched).toHaveLength(1);
    expect(outcome.spurious).toHaveLength(1);
  });

  it('reports every floored metric and stays above eval/floors.json', () => {
    const result = runActivitiesEval();
    const checks = checkFloors('activities', result.metrics, loadFloors());
    expect(
      checks.filter((c) => !c.ok),
      result.report,
    ).toEqual([]);
    expect(result.report).toContain('item_f1');
  });
});
