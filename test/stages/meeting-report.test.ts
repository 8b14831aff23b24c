import { describe, expect, it } from 'vitest';
import { classifyText } from '../../src/stages/classify/classifier.ts';
import {
  loadMeetingReportRules,
  meetingReport,
  meetingReportLabels,
} from '../../src/stages/classify/meeting-report.ts';

// Text written for the test in the shape of a meeting report's sentences on who made which report. None of it is a
// page's sentence.
describe('who made which report (meeting-report.json)', () => {
  const rules = loadMeetingReportRules();

  it.each(rules.map((r) => [r.entry.id, r] as const))('%s: its example and counter-example', (id, r) => {
    expect(meetingReport(r.entry.example, rules)?.entry.id).toBe(id);
    if (r.entry.counterExample) expect(meetingReport(r.entry.counterExample, rules)?.entry.id).not.toBe(id);
  });

  it.each([
    [
      'the head’s report after the opening',
      '大会在国歌声中开幕。刘某院长作了学院年度工作报告及财务报告。',
      'head-work-report',
    ],
    ['the congress heard the head', '代表们听取了校长王某的学校工作报告。', 'heard-head-report'],
    ['the union chair’s report', '分工会主席陈某作了本年度分工会工作报告，回顾了一年来的工作。', 'union-own-report'],
    ['the union chair’s review', '会上，工会主席周某简要回顾、总结了上学期工会工作。', 'union-own-review'],
    ['a comment on union work', '最后由区工会联合会主席点评讲话，围绕民办学校工会工作进行点评。', null],
    ['a chair comments on union work', '最后由联合会张主席围绕民办学校工会工作进行点评讲话。', 'union-own-review'],
    [
      'the council’s report in a programme',
      '随后理事长代表理事会作年度总结报告，秘书长宣读财务报告。',
      'union-body-report',
    ],
    ['a motions report', '提案委员会主任作了提案工作报告。', null],
    ['a preparation report by the chair', '工会主席作了筹备工作报告。', null],
    [
      'a bureau head reviews union work',
      '局长在讲话中对本年度全区教育系统工会工作作了总结回顾。',
      'union-work-reviewed',
    ],
    ['a delegate reviews union work', '赵某代表学院分工会对一年来的工会工作进行了回顾。', 'union-work-reviewed'],
    ['the union organises itself', '二、健全组织，建章立制，确保实效。', 'union-own-organisation'],
    ['the union’s working style', '加强工会的作风建设。', 'union-own-organisation'],
    ['a bare organisation heading', '组织工作', 'union-own-organisation'],
    [
      'the union’s regular meetings',
      '区幼儿园工会坚持定期例会制度，本次会议为新学年的首次例会。',
      'union-regular-meetings',
    ],
    [
      'regular committee meetings after the structure',
      '工会设主席一名、委员四名。工会每月定期召开委员会议，传达上级精神。',
      'union-regular-meetings',
    ],
    ['a recuperation trip', '暑假期间，校工会组织四十余名先进教职工赴山区开展疗休养活动。', 'recuperation-trip'],
    ['a teaching group’s meeting', '教研组每周召开一次例会，研讨公开课。', null],
    ['political style with study', '加强思想作风建设，深入开展主题教育。', null],
    ['organisation among an ideology’s aims', '以科学发展观为指导，着力加强工会的组织建设。', null],
    ['a review only announced', '本文将对近年来工会的工作进行总结。', null],
    ['a new deployment for the working class', '会议强调，要领会上级对职工队伍和工会工作提出的新要求。', null],
  ])('%s', (_shape, text, id) => {
    expect(meetingReport(text, rules)?.entry.id ?? null).toBe(id);
  });

  it('drops 建设 (from 先进, 优秀, 劳模) and 教育 (travel) from a recuperation trip unless the paragraph names the union’s own business', () => {
    const trip = rules.find((r) => r.entry.id === 'recuperation-trip')!;
    expect(meetingReportLabels('工会组织劳模赴海滨疗休养。', ['建设', '教育'], trip)).toEqual(['维权']);
    expect(meetingReportLabels('工会组织劳模赴海滨疗休养，并召开工会委员会议。', ['建设'], trip)).toEqual([
      '维权',
      '建设',
    ]);
  });

  it('drops 建设 from the head’s report unless the paragraph names the union’s own business', () => {
    const head = rules.find((r) => r.entry.id === 'head-work-report')!;
    expect(meetingReportLabels('校长作了学校工作报告。', ['建设'], head)).toEqual(['参与']);
    expect(meetingReportLabels('校长作了学校工作报告，工会主席作了工会工作报告。', ['建设'], head)).toEqual([
      '参与',
      '建设',
    ]);
  });
});

describe('the classifier codes meeting reports by who reported', () => {
  it.each([
    ['会上，园长李某作了本学年幼儿园工作报告，回顾了一年来的办园成绩。', ['参与']],
    ['院分工会主席赵某作了2022年度分工会工作报告。', ['建设']],
    ['会上，工会主席周某首先总结了本学期工会工作开展情况。', ['建设']],
    // The model gave these headings nothing before union-own-organisation.
    ['一、组织与制度建设', ['建设']],
    ['三、开展区教育工会建章立制工作', ['建设']],
    ['（二）组织工作', ['建设']],
    // Without a chair named the model gave these nothing before union-work-reviewed.
    ['王局长在讲话中对去年全县教育系统工会工作作了全面回顾。', ['建设']],
    ['会议由院长主持，赵某代表学院分工会对一年来的工会工作进行了回顾。', ['建设']],
    // The union's regular meetings and a recuperation trip keep their function through the rules.
    ['区幼儿园工会坚持定期例会制度，本次会议为新学年的首次例会。', ['建设']],
    ['暑假期间，校工会组织四十余名先进教职工赴山区开展疗休养活动。', ['维权']],
  ])('%s', (text, labels) => {
    const got = classifyText(text).labels;
    for (const l of labels) expect(got).toContain(l);
    if (labels[0] === '参与') expect(got).not.toContain('建设');
  });
});
