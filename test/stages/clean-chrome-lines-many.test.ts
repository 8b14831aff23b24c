// clean.chrome-lines on pages of thousands of lines (s28): the stage once rescanned the lines below or around
// each line (a removed headline's copies, a headline's copy above the text), quadratic on a page of many short
// chrome lines. These pages are generated here; the output must be what the stage gives any page of that shape.
// Its time is measured by `npm run bench -- --scenario many-lines`, never here.
import { describe, expect, it } from 'vitest';
import { type LineVerdict, loadChromeModel, removeChromeLines } from '../../src/stages/clean/chrome-lines.ts';
import { chromeLinesStage, removedHeadline } from '../../src/stages/clean/chrome-lines-stage.ts';
import { runSourceStage, sourceFromText } from '../helpers/run-stage.ts';

const model = loadChromeModel();
const LINES = 5000;
const REPORT = [
  '东湖小学工会举办教职工趣味运动会',
  '3月8日下午，东湖小学工会在学校操场举办教职工趣味运动会，全体教职工参加了拔河、跳绳等比赛项目。',
  '校工会主席在总结时表示，工会将继续开展形式多样的文体活动，丰富教职工的业余生活。',
];
const HEADLINE = '春风送暖 书香满园——东湖小学工会举行2024年教职工读书节启动仪式';

describe('chrome-lines: a page of thousands of lines', () => {
  it('5,000 one-field lines around the text go, the text stays', () => {
    const field = Array.from({ length: LINES }, () => '- 来源 :东湖教育网');
    const { text, removed } = removeChromeLines([...field, ...REPORT, ...field].join('\n'), model);
    expect(text).toBe(REPORT.join('\n'));
    expect(removed).toHaveLength(2 * LINES);
  });

  it('a headline over 5,000 counters is a copy of the one over the text: it goes, the copy next to the text stays', () => {
    const counters = Array.from({ length: LINES }, (_, i) => `浏览次数：${i + 1}`);
    const { output } = runSourceStage(
      chromeLinesStage,
      sourceFromText([HEADLINE, ...counters, HEADLINE, ...REPORT].join('\n')),
    );
    expect(output.text).toBe([HEADLINE, ...REPORT].join('\n'));
    expect(output.headlinePrintedTwice).toBe(HEADLINE);
  });

  it('a removed headline printed twice among 5,000 removed lines is found, the first such line', () => {
    const verdict = (text: string, k: number): LineVerdict => ({
      line: k,
      text,
      features: ['short'],
      score: 3,
      protectedBy: null,
      place: 'before',
      chrome: true,
    });
    const texts = [
      ...Array.from({ length: LINES }, (_, i) => `第${i + 1}期 东湖小学工会简讯`),
      '东湖小学工会第一期简讯',
      HEADLINE,
      '东湖小学工会第一期简讯',
      ` ${HEADLINE} `,
    ];
    const removed = texts.map(verdict);
    expect(removedHeadline(removed, new Set())).toBe('东湖小学工会第一期简讯');
    // A line kept in the text is the splitter's, not this one's.
    expect(removedHeadline(removed, new Set(['东湖小学工会第一期简讯']))).toBe(HEADLINE);
  });
});
