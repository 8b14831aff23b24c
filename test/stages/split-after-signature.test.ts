// A page that holds a plan and then a letter (issue 15): the first document ends with its written date, and
// a short line after it that a salutation follows (倡 议 书 / 全校女教职工们：) opens the next document. A
// plan's own closing lines and a schedule's dates split nothing. Every text is written for the test.
import { describe, expect, it } from 'vitest';
import { splitCompilation } from '../../src/stages/split/compilations.ts';

const PLAN = [
  '东湖小学庆祝三八妇女节活动方案',
  '为庆祝三八国际劳动妇女节，展示女教职工的风采，丰富女教职工的文化生活，经工会研究，特制定本方案。',
  '1.组织女教职工参加区教育局组织的庆祝活动，展示学校女教职工的精神风貌和工作成绩。',
  '2.召开女教职工座谈会，听取女教职工对学校工作的意见和建议，为学校发展献计献策。',
  '3.组织女教职工开展健康讲座和体检，关心女教职工的身心健康，切实维护女教职工的合法权益。',
  '东湖小学工会',
  '二〇二四年三月',
];

describe('a document after a written date', () => {
  it.each([
    ['倡 议 书', '全校女教职工们：'],
    ['致全体教职工的一封信', '老师们：'],
  ])('"%s" before "%s" opens a new document', (title, salutation) => {
    const text = [
      ...PLAN,
      title,
      salutation,
      '春风送暖，万物复苏。在这个美好的季节里，我们向全校女教职工发出倡议，争做新时代的巾帼建功者。',
    ].join('\n');
    const docs = splitCompilation(text).documents;
    expect(docs.map((d) => d.title)).toEqual([PLAN[0], title]);
  });

  it('a line after the date that no salutation follows stays in the document', () => {
    const text = [...PLAN, '附件', '活动报名表请于三月五日前交工会办公室，逾期不再受理，请各年级组长及时通知。'].join(
      '\n',
    );
    expect(splitCompilation(text).documents).toHaveLength(1);
  });
});
