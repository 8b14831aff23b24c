// A school's own text that names its school once, not as a clause's subject: right after a verb (畅谈…小学教师幸福感,
// 召开…小学少先队代表大会), or, with a place in it, by a name ending in 学校. Seen on the spent splits' gold (f012, r008,
// n014) and agreeing with the org on pages named by other rules (b021, o002, s016, y006, z013). Every line is
// written for the test.
import { describe, expect, it } from 'vitest';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';

const orgs = new OrganisationFinder(loadOrgSuffixes());

describe('a school named once right after its clause verb', () => {
  it.each([
    ['学校工会决定开展庆三八活动。\n1、教师座谈交流，畅谈柯岭小学教师幸福感。\n2、工会慰问女教师。', '柯岭小学'],
    ['学校少先队大队制定工作计划。\n四月份：\n1.召开柯木塱小学少先队第九届代表大会。\n2.组织绘画比赛。', '柯木塱小学'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find('活动计划', text)).toEqual({ org, anonymised: false, from: 'text' });
  });

  it.each([
    // a clause run into a kind of school
    '学校工会要结合幼儿园工作，开展实验小学的交流。',
    // a school the text learns from, or a goal it builds towards
    '学校工会组织教师学习洋思中学经验，开展读书活动。',
    '我校工会将努力建设高水平中医药大学，服务教职工。',
    // a quoted goal standing where a name would (u005 once read it as its own)
    '我校女教工将以更饱满的热情，为学校发展和“高水平应用研究型大学”建设贡献力量。',
    '校工会号召全体会员，为早日建成“特色鲜明一流大学”而努力奋斗。',
    // no school's own text: no 我校, 学校工会…
    '教师座谈交流，畅谈柯岭小学教师幸福感。',
  ])('no org: %s', (text) => {
    expect(orgs.find('活动计划', text).org).toBeNull();
  });

  it('two such names leave it unnamed', () => {
    const text = '学校工会组织活动：畅谈柯岭小学教师幸福感；召开柯木塱小学少先队代表大会。';
    expect(orgs.find('活动计划', text).org).toBeNull();
  });
});

describe('a school named once by a name ending in 学校, with a place in it', () => {
  it('names the school its own text is about', () => {
    const text = '为做好春节慰问，学校工会制定本方案。\n东川县西山民族学校退休教师座谈会在会议室举行。';
    expect(orgs.find('工会春节慰问方案', text).org).toBe('东川县西山民族学校');
  });

  it('not when a kind of school is named too: that name wins', () => {
    const text = '我校党支部结合《东二小学发展规划》和《新优质学校创建方案》开展学习。';
    expect(orgs.find('党支部工作小结', text).org).toBe('东二小学');
  });
});
