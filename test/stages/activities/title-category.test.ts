// A one-event notice's field lines (比赛时间：…, 报名时间：…) take the category of the event its title names; a
// plan's or a newsletter's title names no event, and an item with words of its own keeps its category.
import { describe, expect, it } from 'vitest';
import type { DocumentDraft } from '../../../src/model/items.ts';
import { activitiesStage } from '../../../src/stages/activities/activities-stage.ts';
import { paragraphsStage } from '../../../src/stages/segment/paragraphs-stage.ts';
import { documentFromText, runDocumentStage } from '../../helpers/run-stage.ts';

function categories(title: string, body: string[]): Array<[string, string]> {
  const d = runDocumentStage(paragraphsStage, documentFromText(body.join('\n'))).output;
  const draft: DocumentDraft = { ...d, title, meta: { ...d.meta, year: 2023 } };
  const { output } = runDocumentStage(activitiesStage, draft);
  return output.activities.map((a) => [a.text.slice(0, 6), a.category]);
}

const NOTICE = [
  '各分工会：',
  '为丰富教职工业余生活，校工会决定举办教职工羽毛球赛，现将有关事项通知如下。',
  '一、报名时间：即日起至2023年11月4日。',
  '二、比赛时间：11月17日下午1:00-4:00。',
  '三、比赛地点：学校体育馆。',
];

describe('category from a one-event title', () => {
  it('gives field lines that name no event of their own the category of the event the title names', () => {
    const got = categories('关于举办2023年教职工羽毛球比赛的通知', NOTICE);
    expect(got.length).toBeGreaterThanOrEqual(2);
    for (const [text, category] of got) expect(category, text).toBe('文体活动');
  });

  it.each(['2023年校工会工作计划', '某某大学工会委员会2024年工作计划'])(
    'leaves them alone under a plan’s title (%s), which names a kind of document, not an event',
    (title) => {
      const got = categories(title, NOTICE);
      expect(got.find(([t]) => t.startsWith('二、比赛时间') || t.startsWith('比赛时间'))?.[1]).not.toBe('计划与总结');
      expect(got.map(([, c]) => c)).not.toContain('计划与总结');
      expect(got.map(([, c]) => c)).not.toContain('工会会议与自身建设');
    },
  );

  it('keeps an item’s own decisive words: a health check in a sports notice stays a health check', () => {
    const got = categories('关于举办2023年教职工羽毛球比赛的通知', [
      ...NOTICE,
      '四、11月20日，组织全体教职工健康体检。',
    ]);
    expect(got.find(([t]) => t.startsWith('四、11月') || t.startsWith('11月20'))?.[1]).toBe('体检与健康');
  });
});
