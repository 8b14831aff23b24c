// Round forty-two, gold audit 15b: a unit (a school, a college or department, an office) named with one of its own
// bodies — its party or league branch, 关工委, 妇委会, student union, women's committee, its 行政 — is coded as the
// unit, the body's name dropped as a trailing 工会 is; the body keeps its name only where no unit is named with it.
// Seen on nine sites (six pages giving the body, three declining where the unit acts at a clause's start after an
// occasion or a date). Every line is written for the test.
import { describe, expect, it } from 'vitest';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';

const orgs = new OrganisationFinder(loadOrgSuffixes());

describe("a unit acting through its own body at a clause's start", () => {
  it.each([
    ['秋风送爽,又是一年重阳节,为弘扬敬老传统,东湖县第三中学关工委举行了退休教师座谈会。', '东湖县第三中学'],
    ['2023年5月4日,为纪念五四运动,激发青年热情,西山外国语学校团委举行了新团员入团仪式。', '西山外国语学校'],
    ['在元旦即将到来之际,东湖县南岭镇中学校党支部、校行政、工会委员会决定联合开展退休教师联谊会。', '东湖县南岭镇中学'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find(null, text).org).toBe(org);
  });

  it.each(['为迎接新学期,学校团委举行了团员大会。', '为庆祝建党节,由东湖中学党支部举办的演讲比赛在礼堂进行。'])(
    'a bare body or an agent names none: %s',
    (text) => {
      expect(orgs.find(null, text).org).toBeNull();
    },
  );
});

describe('a unit named with its body, found by any rule', () => {
  it.each([
    [null, '过去一年,东湖学院学生会在院团委的指导下,举办了多场活动。', '东湖学院'],
    [null, '8月2日,北山区第二小学党支部开展主题党日活动。', '北山区第二小学'],
    ['东湖中学女职工委员会工作总结', '', '东湖中学'],
  ])('%s / %s → %s', (title, text, org) => {
    expect(orgs.find(title, text).org).toBe(org);
  });

  it.each([
    [null, '3月1日,机关第二党支部召开支委会。', '机关第二党支部'],
    [null, '3月5日下午，机关女工委在三楼会议室召开委员会议。', '机关女工委'],
  ])('no unit named with the body: %s / %s → %s', (title, text, org) => {
    expect(orgs.find(title, text).org).toBe(org);
  });
});
