// Week schedules (第N周：…): which lines make one, which term they belong to, and how weeks become months.
import { describe, expect, it } from 'vitest';
import type { DocumentDraft } from '../../../src/model/items.ts';
import { activitiesStage } from '../../../src/stages/activities/activities-stage.ts';
import { defaultActivityRules } from '../../../src/stages/activities/rules.ts';
import { findWeekItems, placeFirstWeek, termOf } from '../../../src/stages/activities/week-schedule.ts';
import { paragraphsStage } from '../../../src/stages/segment/paragraphs-stage.ts';
import { documentFromText, runDocumentStage } from '../../helpers/run-stage.ts';

const rules = defaultActivityRules();
const never = () => false;

function activitiesOf(text: string, meta: Partial<DocumentDraft['meta']>, title: string | null = null) {
  const base = runDocumentStage(paragraphsStage, documentFromText(text)).output;
  return runDocumentStage(activitiesStage, { ...base, title, meta: { ...base.meta, ...meta } });
}

describe('week schedules', () => {
  it('reads week lines with spans, Chinese numerals, list numbers and dates in brackets', () => {
    const items = findWeekItems(
      ['第一周：制定计划。', '2、第2—3周：开展学雷锋活动', '第五、六周（3.24—4.4）：教职工春游；'],
      never,
    );
    expect(items.map((w) => [w.week, w.weekEnd, w.text])).toEqual([
      [1, null, '制定计划'],
      [2, 3, '开展学雷锋活动'],
      [5, 6, '教职工春游'],
    ]);
  });

  it('needs a run of three lines whose weeks never go back', () => {
    expect(findWeekItems(['第3周起，每周二下午集体备课。', '第5周：组织座谈会。'], never)).toEqual([]);
    expect(findWeekItems(['第5周：a', '第2周：b', '第9周：c'], never)).toEqual([]);
    expect(findWeekItems(['第1周：a', '第30周：b', '第31周：c'], never)).toEqual([]);
  });

  it('tells the term from the title or the opening lines', () => {
    expect(termOf(['红星中学2024—2025学年第二学期工会工作计划'])).toEqual({ kind: 'spring', said: '第二学期' });
    expect(termOf(['工会工作计划', '本学期是秋季学期，…'])).toEqual({ kind: 'autumn', said: '秋季学期' });
    expect(termOf(['学校工会工作计划'])).toBeNull();
  });

  it('moves a spring term’s first week so that a named holiday falls in its week, within the dates terms start', () => {
    const items = findWeekItems(['第1周：计划', '第4周：庆祝“三八”妇女节', '第9周：教代会'], never);
    // 三八 (8 March) in week 4 needs week 1 to start between 9 and 15 February: the 15th, nearest the typical 17th.
    expect(placeFirstWeek(items, 'spring', rules.anchors)).toEqual({ start: 46, pinnedBy: ['三八 (3月8日) in 第4周'] });
    const late = findWeekItems(['第1周：计划', '第2周：庆祝“三八”妇女节', '第9周：教代会'], never);
    // In week 2 it needs 23 February – 1 March: the 23rd.
    expect(placeFirstWeek(late, 'spring', rules.anchors).start).toBe(54);
  });

  it('dates an autumn term into January of the next year, with the evidence in each row', () => {
    const text = [
      '一、指导思想',
      '团结教职工。',
      '二、行事历',
      '第1周：制定计划。',
      '第8周：召开教代会。',
      '第15周：冬季长跑。',
      '第19周：慰问困难教职工。',
    ].join('\n');
    const { output, notes } = activitiesOf(
      text,
      { year: 2024, schoolYear: '2024-2025' },
      '2024—2025学年第一学期工会工作计划',
    );
    expect(output.activities.map((a) => [a.month, a.year, a.monthInferred, a.confidence, a.source])).toEqual([
      [9, 2024, true, 0.7, 'schedule'],
      [10, 2024, true, 0.7, 'schedule'],
      [12, 2024, true, 0.7, 'schedule'],
      [1, 2025, true, 0.7, 'schedule'],
    ]);
    expect(output.activities[3]!.evidence).toContain(
      '"第19周" of the autumn term ("第一学期"); week 1 taken as starting about 9月1日',
    );
    expect(notes.map((n) => n.rule)).toContain('activities.week-schedule');
  });

  it('keeps the items but gives no month when the document does not say which term', () => {
    const { output } = activitiesOf(
      '第1周：制定计划。\n第8周：召开教代会。\n第15周：冬季长跑。',
      { year: 2024 },
      '学校工会工作计划',
    );
    expect(output.activities.map((a) => [a.month, a.year, a.text])).toEqual([
      [null, null, '制定计划'],
      [null, null, '召开教代会'],
      [null, null, '冬季长跑'],
    ]);
  });

  it('gives weeks no month when month inference is off', () => {
    const base = runDocumentStage(
      paragraphsStage,
      documentFromText('第1周：制定计划。\n第8周：召开教代会。\n第15周：冬季长跑。'),
    ).output;
    const stage = {
      ...activitiesStage,
      create: () => activitiesStage.create(activitiesStage.options.parse({ inferMonths: false })),
    };
    const { output } = runDocumentStage(stage, {
      ...base,
      title: '2024年秋季学期工会计划',
      meta: { ...base.meta, year: 2024 },
    });
    expect(output.activities.map((a) => [a.month, a.monthInferred])).toEqual([
      [null, false],
      [null, false],
      [null, false],
    ]);
  });

  it('leaves a week line that states its own date to the narrative reading, once', () => {
    const { output } = activitiesOf(
      '第1周：制定计划。\n第6周（3月24日）召开教代会。\n第15周：冬季长跑。',
      { year: 2025 },
      '2025年春季学期工会计划',
    );
    expect(output.activities.map((a) => [a.month, a.monthInferred, a.source])).toEqual([
      [2, true, 'schedule'],
      [3, false, 'narrative'],
      [5, true, 'schedule'],
    ]);
  });
});
