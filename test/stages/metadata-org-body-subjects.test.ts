// Round twenty-two's org shape, seen on four sites (dev, test8, test9, test11): a body named in full — a student
// union, a league or party branch, a volunteers' association — as the subject of a headline or of the lead sentence
// names the unit it is named with (gold audit 15b: the body's name dropped, as a trailing 工会 is; round 42); the
// school's bare body (学校团委, 院学生会) names none. Every line is written for the test.
import { describe, expect, it } from 'vitest';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';

const orgs = new OrganisationFinder(loadOrgSuffixes());

describe('a headline whose subject is a body named in full', () => {
  it.each([
    ['东湖学院外语系教工党支部开展“书香校园”读书活动', '东湖学院外语系'],
    ['东湖师范学院数学系团总支组织学雷锋志愿服务', '东湖师范学院数学系'],
  ])('%s → %s', (title, org) => {
    expect(orgs.find(title, '').org).toBe(org);
  });

  it.each(['学校团委开展学雷锋志愿服务', '院学生会举办迎新晚会', '我校党支部召开组织生活会'])(
    'the bare body names none: %s',
    (title) => {
      expect(orgs.find(title, '').org).toBeNull();
    },
  );
});

describe("a lead sentence's subject that is a body named in full", () => {
  it.each([
    ['过去一年,西岭职业学院学生会在院团委的悉心指导下,举办了十余场活动。', '西岭职业学院'],
    ['北河理工大学东湖学院社团联合会,在学院领导的关怀下,顺利完成各项工作。', '北河理工大学东湖学院'],
    ['11月5日,管理学院研究生会换届会议于学术报告厅举行。', '管理学院'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find('', text).org).toBe(org);
  });

  it.each([
    '一年来,校学生会在校团委的指导下开展了丰富的活动。',
    '5月3日,院团委在礼堂举办五四表彰大会。',
    '同学们在学生会的组织下参加了义卖活动。',
  ])('the bare body or a body not the subject names none: %s', (text) => {
    expect(orgs.find('', text).org ?? '').not.toMatch(/(?:学生会|团委|联合会)$/u);
  });
});
