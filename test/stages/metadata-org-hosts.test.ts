// Org shapes of round 14 (classes seen on three sites of the spent splits and the wide samples): the union that
// hosts the text's event (由…工会主办), a notice's title calling its unit's own congress (关于召开…第一届教代会的通知),
// and a document of the school's own staff congress cited deep in its text (《…教职工代表大会提案征集表》).
// Every line is written for the test.
import { describe, expect, it } from 'vitest';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';

const orgs = new OrganisationFinder(loadOrgSuffixes());

describe("the union hosting the text's event names its unit", () => {
  it.each([
    [
      '近日，由南湖区教育工会主办的南湖区教职工第三届羽毛球比赛在西山中心小学举行。西山中心小学、北岭中心小学分获冠亚军，西山中心小学校长为获奖单位颁奖。',
      '南湖区教育',
    ],
    [
      '为丰富教职工业余生活，11月5日上午，东湖县教职工健步走活动在滨江公园举行。本次活动由东湖县教育工会主办，城关中学承办。',
      '东湖县教育',
    ],
    ['9月18日中午，由西岭中学工会组织的教职工中秋游园会在学校操场举行，全体教职工参加。', '西岭中学'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find(null, text)).toEqual({ org, anonymised: false, from: 'text' });
  });

  it.each([
    '近日，由区教育工会主办的教职工乒乓球比赛在我校体育馆举行，我校代表队获得团体第三名。',
    '为庆祝教师节，由学校工会组织的教职工趣味运动会在操场举行，老师们积极参加。',
    '本次活动由机关工会、后勤工会和图书馆工会联合举办，各部门踊跃报名。',
  ])('a bare level, the school as a kind, or one of several unions names none: %s', (text) => {
    expect(orgs.find(null, text).org).toBeNull();
  });
});

describe("a notice's title calling its unit's own congress names the holder", () => {
  it.each([
    ['关于召开东湖师范学院第三届教职工代表大会第二次会议的通知', '东湖师范学院'],
    ['关于召开西山职业技术学院第二届教代会暨工会会员代表大会的通知', '西山职业技术学院'],
  ])('%s → %s', (title, org) => {
    expect(orgs.find(title, '各部门：经学校党委研究，定于近期召开会议，现将有关事项通知如下。')).toEqual({
      org,
      anonymised: false,
      from: 'title',
    });
  });

  it("a bureau's congress is its superior's, not the notice's unit", () => {
    expect(orgs.find('关于召开区教育局第五届职工代表大会的通知', '各学校：现将有关事项通知如下。').org).toBeNull();
  });
});

describe("a document of the school's own staff congress cited deep in its text names the school", () => {
  const opening =
    '各位代表：\n征集提案是学校两代会期间的一项重要工作，是代表履行职责的重要途径。现将有关事项通知如下：\n一、提案应围绕学校改革与发展大局，从实际出发提出。\n二、提案须经过调查分析，不仅提出问题，而且提出解决问题的建议。\n三、各部门务必按时完成提案征集任务，由代表团团长汇总后统一提交。\n' +
    '四、提案可就课堂教学、班级工作、食堂与宿舍、校园环境和各项制度提出意见和办法。\n'.repeat(6);
  it.each([
    ['所有提案须填写《东湖职业技术学校教代会提案表》，一事一表。', '东湖职业技术学校'],
    ['提案的办理按《西山大学教代会提案工作办法》执行。', '西山大学'],
  ])('%s → %s', (cited, org) => {
    expect(orgs.find(null, opening + cited).org).toBe(org);
  });

  it.each([
    '提案的办理按《东湖省高等学校教代会实施办法》执行。',
    '各校须报送《南湖区学校教代会呈报表》。',
    '按照《东湖市中小学校教代会实施细则》执行。',
  ])("a province's or district's rules for all its schools name none: %s", (cited) => {
    expect(orgs.find(null, opening + cited).org).toBeNull();
  });
});

describe("a district's rules for all its schools, cited in the opening, name none", () => {
  it.each([
    '各校于月底前将《南湖区学校教代会呈报表》报送区教育工会。',
    '各校按照《东湖省高等学校教代会实施办法》做好换届工作。',
  ])('%s', (text) => {
    expect(orgs.find(null, text).org).toBeNull();
  });
});

describe("a verb of saying or minding run into a school's kind is a clause, not a name", () => {
  it.each([
    '会上，李主席回顾了上学期的工作。她强调学院工会干部要当好教职工的贴心人，把服务做实。',
    '一、开篇语：为什么关注小学工会？\n小学教师工作繁忙，工会是他们的家。',
    '一、指导思想\n以新发展理念统领学校工会工作，在学校党支部的领导下，团结全体教职工。',
    '座谈会上，王书记指出学院工会在民主管理中作用明显，要继续发挥好桥梁作用。',
  ])('%s', (text) => {
    expect(orgs.find(null, text).org).toBeNull();
  });
});
