// A news item's lead sentence names the unit that acts: after the date (or a purpose clause), a school's short
// form with its place (东湖镇中, 市特校), or the school whose people act (东湖职业中专党员教师…来到…开展). Every line
// is written for the test.
import { describe, expect, it } from 'vitest';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';

const orgs = new OrganisationFinder(loadOrgSuffixes());

describe("a lead sentence's subject: a short form with a place in it", () => {
  it.each([
    [
      '为充分调动教职工的积极性和创造性，发挥考核的激励作用，营造争先创优的良好氛围，提高教育教学质量，维护教职工的切身利益，推动学校持续健康发展，增强团队的凝聚力和向心力，11月5日下午，西岭镇中召开了第三届第二次教职工代表大会。',
      '西岭镇中',
    ],
    [
      '为丰富教职工的业余文化生活，增强教职工的体质，展示教职工积极向上的精神风貌，凝聚人心，促进学校各项工作的顺利开展，增强团队的凝聚力和向心力，近日，东山县职高举行了教职工拔河比赛。',
      '东山县职高',
    ],
    ['为庆祝教师节，市特校于9月9日开展了“登山健身”活动，全体教师参加。', '市特校'],
    ['为迎接新年，南湖镇小组织全体教师开展了迎新年趣味活动。', '南湖镇小'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find(null, text)).toEqual({ org, anonymised: false, from: 'text' });
  });

  it.each([['其中召开了两次会议，大家积极发言。'], ['为做好工作，近日，从小组织孩子们参加活动是家长的心愿。']])(
    'no short form: %s',
    (text) => {
      expect(orgs.find(null, text).org).toBeNull();
    },
  );
});

describe("a lead sentence's subject: the school whose people act", () => {
  it.each([
    ['5月12日，东湖职业中专党员教师和入党积极分子来到西山村小学开展了一次主题党日活动。', '东湖职业中专'],
    ['4月2日，北湖实验中学青年教师来到敬老院开展志愿服务活动。', '北湖实验中学'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find(null, text)).toEqual({ org, anonymised: false, from: 'text' });
  });

  it('no act in the clause: the school is only mentioned', () => {
    expect(orgs.find(null, '5月12日，东湖职业中专教师王明的文章，获得一等奖。').org).toBeNull();
  });
});

describe("a headline whose subject is the text's own unit by its bare kind", () => {
  const text =
    '为庆祝教师节，学校各部门开展了形式多样的活动。\n9月8日下午，后勤分工会组织教职工开展登山活动。\n9月9日，图书馆分工会举办读书分享会。';

  it('a branch the report names along the way is no org', () => {
    expect(orgs.find('学校举办庆祝教师节系列活动', text).org).toBeNull();
  });

  it('without that headline the branch is read as before', () => {
    expect(orgs.find(null, '9月8日下午，后勤分工会组织教职工开展登山活动。').org).toBe('后勤分工会');
  });

  it("the unit's own name still stands", () => {
    const named = '9月8日下午，东湖大学工会在体育馆举办教职工运动会。';
    expect(orgs.find('校工会举办教职工运动会', named).org).toBe('东湖大学');
  });
});

describe("the title's name hidden behind a placeholder in the text", () => {
  it('is anonymised, not the kind the title kept', () => {
    const text = '一年来，校工会团结全体教职工。为庆祝**理工大学建校六十周年，校工会开展了校史知识竞赛。';
    expect(orgs.find('理工大学2023年度工会工作报告', text)).toEqual({ org: null, anonymised: true, from: 'title' });
  });

  it('a name the text writes in full stays', () => {
    const text = '为庆祝东湖理工大学建校六十周年，校工会开展了校史知识竞赛。';
    expect(orgs.find('东湖理工大学2023年度工会工作报告', text).org).toBe('东湖理工大学');
  });
});
