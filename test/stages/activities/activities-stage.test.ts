// The activities stage on whole documents: provenance, years from the document, notes, options, and the
// bundled samples run through the default pipeline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentDraft, FunctionLabel } from '../../../src/model/items.ts';
import { loadPipelineFile } from '../../../src/pipeline/pipeline-file.ts';
import { processSource } from '../../../src/pipeline/process-source.ts';
import { activitiesStage } from '../../../src/stages/activities/activities-stage.ts';
import { paragraphsStage } from '../../../src/stages/segment/paragraphs-stage.ts';
import { documentFromText, runDocumentStage, sourceFromBytes } from '../../helpers/run-stage.ts';

function doc(text: string, meta: Partial<DocumentDraft['meta']> = {}): DocumentDraft {
  const d = runDocumentStage(paragraphsStage, documentFromText(text)).output;
  return { ...d, meta: { ...d.meta, ...meta } };
}

const PLAN = [
  '青松中学工会2019年工作计划',
  '一、主要工作',
  '1、今年4月，组织一次青年教师教学交流会。',
  '二、月份工作安排',
  '十一月份',
  '1.开展师德师风专题学习。',
  '十二月份',
  '1.做好工会经费收支审查。',
  '一月份',
  '1.举行迎新年教职工联欢会。',
].join('\n');

describe('activities stage', () => {
  it('keeps each item’s paragraph and span, its month and the document’s year, rolling over after 十二月', () => {
    const { output } = runDocumentStage(activitiesStage, doc(PLAN, { year: 2019 }));
    expect(output.activities.map((a) => [a.source, a.month, a.year, a.text])).toEqual([
      ['narrative', 4, 2019, '今年4月，组织一次青年教师教学交流会。'],
      ['schedule', 11, 2019, '开展师德师风专题学习。'],
      ['schedule', 12, 2019, '做好工会经费收支审查。'],
      ['schedule', 1, 2020, '举行迎新年教职工联欢会。'],
    ]);
    for (const a of output.activities) {
      const paragraph = output.paragraphs.find((p) => p.index === a.paragraphIndex)!;
      expect(paragraph.text.slice(a.span![0], a.span![1])).toBe(a.text);
    }
    expect(output.activities[3]!.evidence).toMatch(/一月份.*year 2020 \(the schedule passed a year end\)/);
  });

  it('takes the year its full dates agree on when a 范文 title put a later one on the text (issue 15)', () => {
    const report = [
      '一、提案征集情况',
      '本届会议于2011年10月20日向各代表组印发征集提案的通知,代表们认真讨论。',
      '截止2011年12月3日,提案组共收到各代表团提案21件。',
      '二、提案办理情况',
      '2011年11月5日,提案工作委员会召开会议审查提案。',
    ].join('\n');
    const { output } = runDocumentStage(activitiesStage, doc(report, { year: 2017 }));
    // The cut-off before a tally of what came in dates the collection (gold audit: dev g006, test17 zl024).
    expect(output.activities.map((a) => [a.month, a.year])).toEqual([
      [10, 2011],
      [12, 2011],
      [11, 2011],
    ]);
    // Hard negative: one far date (a law's) is still no activity of a document of another year.
    const law = '组织教职工学习1994年7月5日通过的《劳动法》。\n2017年5月,工会组织了教职工运动会。';
    expect(runDocumentStage(activitiesStage, doc(law, { year: 2017 })).output.activities.map((a) => a.month)).toEqual([
      5,
    ]);
  });

  it('leaves years null when the document has none', () => {
    const { output } = runDocumentStage(activitiesStage, doc(PLAN));
    expect(output.activities.map((a) => a.year)).toEqual([null, null, null, null]);
  });

  it('notes the schedule, each inferred or open month, and the year rollover', () => {
    const text =
      '_月份：1.庆祝“三八”妇女节。_月份：1.召开工会小组长会议。_月份：1.开展读书征文。_月份：1.庆祝教师节。\n十二月：1.年度考核。\n一月：1.慰问退休教师。';
    const { output, notes } = runDocumentStage(activitiesStage, doc(text, { year: 2015 }));
    const rules = notes.map((n) => n.rule);
    expect(rules).toContain('activities.schedule');
    expect(rules.filter((r) => r === 'activities.month-inferred')).toHaveLength(2);
    expect(rules.filter((r) => r === 'activities.month-open')).toHaveLength(2);
    expect(rules).toContain('activities.year-rollover');
    const inferred = notes.find((n) => n.rule === 'activities.month-inferred')!;
    expect(inferred.reason).toContain('三八');
    expect(output.text.slice(inferred.span![0], inferred.span![1])).toBe('_月份：');
    expect(output.activities.map((a) => [a.month, a.monthInferred, a.confidence !== null])).toEqual([
      [3, true, true],
      [null, false, false],
      [null, false, false],
      [9, true, true],
      [12, false, true],
      [1, false, true],
    ]);
  });

  it('keeps a month span and a period', () => {
    const { output } = runDocumentStage(
      activitiesStage,
      doc('七、八月份：\n1.组织教师暑期培训。\n寒假：\n1.走访慰问困难教职工。\n期末（1月）：\n1.做好学期工作总结。', {
        year: 2018,
      }),
    );
    expect(output.activities.map((a) => [a.month, a.monthEnd, a.period, a.year])).toEqual([
      [7, 8, null, 2018],
      [null, null, '寒假', 2019],
      [1, null, '期末', 2019],
    ]);
  });

  it('gives functions from the category and from the paragraph’s labels when the item is the paragraph', () => {
    const d = doc('三月份\n1.召开第五届教代会，审议绩效工资方案。', { year: 2019 });
    d.paragraphs[1]!.labels = ['维权', '参与'] as FunctionLabel[];
    const { output } = runDocumentStage(activitiesStage, d);
    expect(output.activities[0]).toMatchObject({ category: '教代会与民主管理', functions: ['维权', '参与'] });
  });

  it('options: narrative off, month inference off', () => {
    const text = '今年4月，组织一次交流会。\n_月份：\n1.庆祝“三八”妇女节。';
    expect(
      runDocumentStage(activitiesStage, doc(text), { narrative: false }).output.activities.map((a) => a.source),
    ).toEqual(['schedule']);
    expect(
      runDocumentStage(activitiesStage, doc(text), { inferMonths: false }).output.activities.map((a) => a.month),
    ).toEqual([4, null]);
    expect(() => activitiesStage.options.parse({ categories: '/nonexistent/categories.json' })).toThrow(
      /does not exist/,
    );
  });

  it('warns when it is run before the document has paragraphs', () => {
    const { output, notes } = runDocumentStage(activitiesStage, documentFromText('三月份\n1.召开教代会。'));
    expect(output.activities).toEqual([]);
    expect(notes).toMatchObject([{ rule: 'activities.no-paragraphs', level: 'warn' }]);
  });

  it.each([
    ['一、活动时间', true],
    ['三、比赛时间：', true],
    ['（二）会议时间及地点', true],
    // A deadline's heading dates the date below as a deadline of its own (a dated deadline is an item), not as the
    // event's time: it names no event heading above it.
    ['三、截止时间', true],
    ['时间：', false],
  ])('a time field heading "%s" dates the lone date below it: %s', (heading, dates) => {
    const text = ['红枫小学教工登山活动方案', heading, '10月26日', '二、活动地点', '城北森林公园'].join('\n');
    const { output } = runDocumentStage(activitiesStage, doc(text));
    expect(output.activities.map((a) => [a.month, a.text])).toEqual(dates ? [[10, '10月26日']] : []);
  });

  it('a time field heading’s date that the plan writes again with its event is taken there, once', () => {
    const text = [
      '红枫小学教工登山活动方案',
      '一、活动时间',
      '10月26日',
      '二、行程安排',
      '1、10月26日上午8:00在校门口集合乘车出发。',
    ].join('\n');
    const { output, notes } = runDocumentStage(activitiesStage, doc(text));
    expect(output.activities.map((a) => [a.month, a.text])).toEqual([[10, '10月26日上午8:00在校门口集合乘车出发。']]);
    expect(notes.map((n) => n.rule)).toContain('activities.time-field-restated');
  });

  it('a time field whose value runs on past the opening’s day is that event’s time told again, no item of its own', () => {
    const text = [
      '红枫小学工会将在10月26日下午，以工会小组为单位开展登山活动，庆祝重阳节。具体安排如下：',
      '一、活动时间',
      '10月26日下午第一节课后，没有课的老师可以先出发。',
      '二、活动地点',
      '城北森林公园',
    ].join('\n');
    const { output, notes } = runDocumentStage(activitiesStage, doc(text));
    expect(output.activities.map((a) => a.month)).toEqual([10]);
    expect(output.activities[0]!.text).toContain('以工会小组为单位开展登山活动');
    expect(notes.map((n) => n.rule)).toContain('activities.time-field-restated');
  });

  it('a time field whose day is only named elsewhere (每年的9月10日) keeps its own item', () => {
    const text = [
      '每年的9月10日，我们迎来教师节。为感谢老师，特制定本活动方案。',
      '一、活动时间',
      '2025年9月10日（星期三）上午9:00—11:30',
      '二、活动地点',
      '学校多功能厅',
    ].join('\n');
    const { output } = runDocumentStage(activitiesStage, doc(text));
    expect(output.activities.some((a) => a.month === 9 && a.text.startsWith('2025年9月10日'))).toBe(true);
  });

  it('finds nothing in a document without dates', () => {
    const { output, notes } = runDocumentStage(
      activitiesStage,
      doc('一、指导思想\n1、认真学习十八大精神。\n2、评选“三八红旗手”，完成“十一五”规划任务。'),
    );
    expect(output.activities).toEqual([]);
    expect(notes).toEqual([]);
  });
});

describe('the bundled samples through the default pipeline', () => {
  const pipeline = loadPipelineFile('pipelines/default.json');
  const run = (file: string) => {
    const result = processSource(sourceFromBytes(readFileSync(`corpus/samples/${file}`)), pipeline);
    if (!result.ok) throw new Error(result.message);
    return result.documents;
  };
  const activities = (file: string) => run(file).flatMap((d) => d.activities);
  const find = (list: ReturnType<typeof activities>, text: string) => {
    const hits = list.filter((a) => a.text.includes(text));
    expect(hits, text).toHaveLength(1);
    return hits[0]!;
  };

  it('000: the blanked "_月份" schedule gets months that follow its holidays, each item once', () => {
    const list = activities('000_d8f2cdb5993dd322.txt').filter((a) => a.source === 'schedule');
    expect(list.length).toBe(31);
    for (const [text, month] of [
      ['春节慰问', 2],
      ['“三八”妇女节', 3],
      ['“五一”国际劳动节', 5],
      ['“六一”儿童节', 6],
      ['庆祝教师节', 9],
      ['“十一”国庆节', 10],
      ['重阳', 10],
    ] as const) {
      expect(find(list, text)).toMatchObject({ month, monthInferred: true });
    }
    expect(find(list, '暑期教师读书')).toMatchObject({ month: 7, monthEnd: 8 });
    expect(list.every((a) => a.monthInferred && a.confidence! > 0 && a.evidence!.startsWith('month inferred'))).toBe(
      true,
    );
  });

  it('003: every item once with its stated month; the final 一月份 is January of the next year', () => {
    const [d] = run('003_4e533f1df0f197d0.txt');
    const list = d!.activities.filter((a) => a.source === 'schedule');
    expect(list).toHaveLength(54);
    expect(list.every((a) => a.month !== null && !a.monthInferred)).toBe(true);
    expect(list.filter((a) => a.text === '开展168爱生行动（大家访）。').map((a) => a.month)).toEqual([4, 5]);
    const withYear = runDocumentStage(activitiesStage, { ...d!, meta: { ...d!.meta, year: 2022 } }).output.activities;
    expect(find(withYear, '回顾总结年度工会工作')).toMatchObject({ month: 1, year: 2023 });
    expect(find(withYear, '欢送教师光荣退休（何达明）')).toMatchObject({ month: 5, year: 2022 });
  });

  it('004: the first document’s "二月：" schedule ends before the next document’s title', () => {
    const list = activities('004_a013b4c70017759b.txt').filter((a) => a.source === 'schedule');
    expect(list.map((a) => a.month)).toEqual([2, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 9, 9, 10, 10, 11, 11, 12, 12, 12, 1, 1]);
  });

  it('001 and 002: narrative dated clauses in the summaries', () => {
    const n002 = activities('002_5d3e0119da8996ce.txt');
    expect(find(n002, '每年的6月份')).toMatchObject({ month: 6, source: 'narrative' });
    expect(find(n002, '今年的一月份')).toMatchObject({ month: 1, source: 'narrative' });
    const n001 = activities('001_e8f8c0e6cfe9f6df.txt');
    for (const [text, month] of [
      ['5月21日', 5],
      ['10月13日', 10],
      ['10月26日', 10],
      ['3月份', 3],
      ['十一月开展班组', 11],
    ] as const) {
      expect(find(n001, text)).toMatchObject({ month, source: 'narrative' });
    }
    expect(n001.some((a) => a.text.includes('五月的鲜花'))).toBe(false);
  });
});
