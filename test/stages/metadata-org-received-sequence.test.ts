// A clause's subject, what it received and who acts next, run into a unit's suffix, make no name: 活动得到学院…,
// 大会首先由学校… (zh014, zh020 and the same phrases on 20 pages of the gold set and the wide samples). Every line is
// written for the test.
import { describe, expect, it } from 'vitest';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';

const orgs = new OrganisationFinder(loadOrgSuffixes());

describe('what a clause received or who acts next is no part of a name', () => {
  it.each([
    '4月20日下午,工会举办了第三届教职工乒乓球比赛。活动得到学院全体教职工的热烈响应和积极参与,赛场气氛热烈。',
    '3月12日,第五届教职工代表大会召开。大会首先由学校校长作工作报告,随后代表们分组讨论。',
    '5月8日,工会组织了教职工趣味运动会。比赛受到学校领导的高度重视,随后由幼儿园园长为获奖者颁奖。',
  ])('%s', (text) => {
    expect(orgs.find(null, text).org).toBeNull();
  });

  it('a name read beside such a clause stays', () => {
    const text = '3月12日,东湖小学第五届教职工代表大会召开。大会首先由学校校长作工作报告。';
    expect(orgs.find(null, text).org).toBe('东湖小学');
  });
});
