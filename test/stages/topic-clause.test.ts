import { describe, expect, it } from 'vitest';
import { splitTopicClause } from '../../src/stages/classify/topic-clause.ts';

// Text written for the test in the shapes of plan and summary paragraphs: a numbering, perhaps an opening purpose,
// basis, setting or time clause, then the clause that names the work, then its elaboration.
describe('the topic clause of a paragraph', () => {
  it.each([
    ['after an item number', '2、加强教代会建设。每学期按时召开教代会，认真办理提案。', '加强教代会建设'],
    ['after a section number', '三、积极开展文体活动，丰富教职工业余生活，关心教师身心健康。', '积极开展文体活动'],
    ['after a short opener ("一是")', '一是，关心教职工生活，做好生病住院慰问工作。', '关心教职工生活'],
    [
      'after a purpose clause',
      '为了丰富教工的业余生活，工会组织了一次登山活动，全体教工参加。',
      '工会组织了一次登山活动',
    ],
    [
      'after a basis clause',
      '根据上级工会的通知精神，开展困难教职工摸底工作，建立帮扶档案。',
      '开展困难教职工摸底工作',
    ],
    ['after a setting clause', '在学校党支部的领导下，工会召开了教代会，审议了绩效方案。', '工会召开了教代会'],
    ['after a time clause', '12月3日下午，工会在操场举办拔河比赛，各组教职工踊跃参加。', '工会在操场举办拔河比赛'],
  ])('%s', (_shape, text, topic) => {
    expect(splitTopicClause(text)?.topic).toBe(topic);
  });

  it('records which openers it skipped', () => {
    expect(splitTopicClause('为了活跃气氛，12月3日下午，工会举办联欢会，教职工表演了节目。')?.skipped).toEqual([
      'purpose',
      'time',
    ]);
  });

  it.each([
    ['a single clause', '召开教代会审议绩效工资方案。'],
    ['a heading with a short tail', '一、维护权益，关心生活'],
    ['openers only', '为了丰富教工生活，根据工会计划'],
  ])('none for %s: the whole text is the topic', (_shape, text) => {
    expect(splitTopicClause(text)).toBeNull();
  });

  it('a clause opening with 为 that names the work itself is the topic (为教职工办实事)', () => {
    expect(splitTopicClause('为教职工办实事，春节前走访慰问退休教师和困难教师。')?.topic).toBe('为教职工办实事');
  });
});
