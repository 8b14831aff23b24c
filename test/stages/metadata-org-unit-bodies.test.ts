// Round fifteen's org shape, seen on five sites (three test11 pages, a test8 page and a wide-sample page): a dated
// news report whose subject is a unit's own body — an unnumbered branch union, an office's women's committee, a
// district's federation of school unions, an association — names that body as the org, whole. And a headline's verb
// of founding (组建, 筹建) run into a kind of school is a clause, no name. Every line is written for the test.
import { describe, expect, it } from 'vitest';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';

const orgs = new OrganisationFinder(loadOrgSuffixes());

describe("a dated report's subject that is a unit's own body", () => {
  it.each([
    ['2023年5月6日，东湖大学机关分工会在第一会议室召开年度总结会。', '东湖大学机关分工会'],
    ['为安排本学期工作，3月2日下午，机关女工委在二楼会议室召集委员商议春季活动。', '机关女工委'],
    ['近日，西山区民办学校工会联合会召开第一届三次委员会议，审议工作方案。', '西山区民办学校工会联合会'],
    ['四月十二日，东湖公职教育协会假会展中心举办会员大会暨联欢晚会。', '东湖公职教育协会'],
    ['为丰富职工生活,3月3日下午,后勤保障分工会组织全体女职工开展健步走活动。', '后勤保障分工会'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find('', text).org).toBe(org);
  });

  it.each([
    '12月3日，学校女工委在图书馆召开年度工作总结会。',
    '5月9日，西山小学教职工摄影协会在操场举办摄影作品展。',
    '3月5日下午，天天线路检测官网分工会在报告厅召开工作布置会。',
    '各分工会：近日，请各单位做好报名工作。',
  ])('no unit of its own there: %s', (text) => {
    expect(orgs.find('', text).org ?? '').not.toMatch(/(?:分工会|女工委|协会)$/u);
  });
});

describe("a headline's verb of founding is no name", () => {
  it.each(['多措并举组建民办学校工会组织', '多方联动组建民办幼儿园工会'])('%s', (title) => {
    expect(orgs.find(title, '').org).toBeNull();
  });
});

describe("a unit's own union working under its leaders or by its line", () => {
  it.each([
    ['一年来,南湖街道工会在街道党工委、办事处领导下,紧扣全街道的重点任务办了不少实事。', '南湖街道'],
    ['今年东山县总工会把助学活动作为为职工办实事的重点,筹集资金十万元。', '东山县总'],
    ['2023年,西岭纺织厂工会始终坚持以职工为本,开展各类活动。', '西岭纺织厂'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find(null, text).org).toBe(org);
  });

  it.each([
    ['一年来,学校工会在学校党支部的领导下,开展各项活动。'],
    ['今年市总工会把职工书屋建设作为重点工作。'],
    ['一年来,我校工会始终坚持服务教职工。'],
  ])('no org: %s', (text) => {
    expect(orgs.find(null, text).org).toBeNull();
  });
});

describe("a level's union, maybe after its place, opening a headline with its act", () => {
  it.each([
    ['南岭区总工会“六一”关爱职工子女', '5月31日下午,南岭区总工会主席一行来到幼儿园。', '南岭区总'],
    ['区总工会“五一”慰问一线职工', '4月30日,区总工会主席一行来到工地。', '区总'],
  ])('%s → %s', (title, text, org) => {
    expect(orgs.find(title, text).org).toBe(org);
  });

  it.each([[null, '在东湖区教育工会组织的读书征文活动中,学院工会广泛动员,教职工积极参与。']])(
    'no org: %s / %s',
    (title, text) => {
      expect(orgs.find(title, text).org).toBeNull();
    },
  );

  it("a headline of the visitors surveying a unit's union work is the surveyed unit's (gold audit 10), not theirs", () => {
    expect(
      orgs.find('东山市总工会党组成员、副主席调研 西湖区教育工会工作', '日前,东山市总工会副主席一行来到西湖区。').org,
    ).toBe('西湖区教育');
  });
});

describe("a school's own party branch and union supporting the text's event", () => {
  it('names the school', () => {
    expect(orgs.find(null, '春暖花开,又到妇女节。在东湖小学党支部和工会的关心下,女教师们办起了节日茶话会。').org).toBe(
      '东湖小学',
    );
  });

  it.each([
    ['在学校党支部和上级工会指导下,我校工会按计划推进各项工作。'],
    ['在县教育局党委和县总工会的领导下,工会开展了各项活动。'],
  ])('no org: %s', (text) => {
    expect(orgs.find(null, text).org).toBeNull();
  });
});

// Round eighteen: a unit's party or youth-league branch as a dated report's subject (zc011, zc020, zd012; w012
// codes a branch's own page so): since gold audit 15b (round 42) the unit named with the branch, the branch's name
// dropped; a bare kind (学校党支部) names none.
describe("a dated report's subject that is a unit's party or league branch", () => {
  it.each([
    ['3月7日下午，东湖大学后勤管理处党支部在办公楼召开第一次支委会，会议由支部书记主持。', '东湖大学后勤管理处'],
    ['6月29日，东湖县西山小学党支部开展庆祝建党主题党日活动。', '东湖县西山小学'],
    ['为总结全年工作，12月3日中午，资源与环境学院团委召开年度工作总结会。', '资源与环境学院'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find(null, text)).toEqual({ org, anonymised: false, from: 'text' });
  });

  it.each([
    '3月7日下午，学校党支部在会议室召开支委会。',
    '5月4日，校团委组织团员开展志愿服务活动。',
    '3月7日下午，支部党员在会议室学习党史。',
  ])('no org: %s', (text) => {
    expect(orgs.find(null, text).org).toBeNull();
  });
});
