// Round twelve's org shapes, each seen on three sites or more: a numbered branch called 分会 (without 工) or a
// numbered union of the school's headquarters is its own unit; a college list's shared ending (…工程学院 ×3) is no
// school's. Every line is written for the test.
import { describe, expect, it } from 'vitest';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';

const orgs = new OrganisationFinder(loadOrgSuffixes());

describe('a numbered branch is its own unit', () => {
  it.each([
    ['3月2日上午，机关六分会在三楼会议室召开全体会员大会，总结上年工作。', '机关六分会'],
    ['4月8日下午，后勤第二分会申报模范职工小家验收会在行政楼举行。', '后勤第二分会'],
    ['为丰富教职工生活，6月3日，第二教学工会分会在体育馆举办羽毛球比赛。', '第二教学工会分会'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find('', text).org).toBe(org);
  });

  it("a numbered union of the school's headquarters heads a headline (its trailing 工会 may go, as any org's)", () => {
    expect(orgs.find('校部第三工会举办教职工拔河比赛', '').org).toMatch(/^校部第三(?:工会)?$/u);
  });

  it.each([
    '比赛中，机关五分会一队获得一等奖，机关二分会二队获得二等奖。',
    '会议设第一分会场和第二分会场，分别讨论提案。',
    '本次考核满分为100分会员评议占三成。',
  ])('a team, a sub-venue or a score is no unit: %s', (text) => {
    expect(orgs.find('', text).org).toBeNull();
  });
});

describe("a list's shared ending is no school", () => {
  it('three colleges sharing 工程学院 name none of them', () => {
    const text =
      '各位代表：现将提案征集安排通知如下。\n张老师：负责征集材料工程学院、土木工程学院代表提案。\n' +
      '李老师：负责征集化学工程学院和外语学院代表提案。\n王老师：负责征集环境工程学院代表提案。';
    expect(orgs.find('', text).org).toBeNull();
  });

  // A results list's shared 中心幼儿园 once read, cut at 中 as if at a clause's end, as a stem repeated three times
  // (心幼儿园获得|幼儿园): garbage as an org.
  it('results sharing 中心幼儿园 name none, nor a fragment of them', () => {
    const text =
      '近日，区教职工乒乓球赛在我区体育馆举行。最终东湖中心幼儿园获得幼儿园组第一名；' +
      '西山中心幼儿园获得幼儿园组第二名；南岭中心幼儿园获得幼儿园组第三名。';
    expect(orgs.find('', text).org).toBeNull();
  });

  it('a name that also stands alone is still the repeated name', () => {
    const text =
      '东湖实验小学坐落在湖边。\n今年，东湖实验小学教职工积极参加活动。\n我们东湖实验小学的老师热爱工作。\n' +
      '西山实验小学的老师来访。';
    expect(orgs.find('', text).org).toBe('东湖实验小学');
  });
});

describe("a dated news report's subject: a campus unit by one of its bodies, or a library", () => {
  it.each([
    ['2021年4月6日上午，东湖学院党委召开会议，研究分工会工作。', '东湖学院'],
    ['5月20日下午，学校第五届教代会西山学院代表团在二楼会议室召开会议。', '西山学院'],
    ['11月2日下午，图书馆工会顺利召开了年度工作总结会。', '图书馆'],
    ['3月9日下午，图书馆在报告厅召开第二届一次教职工代表大会。', '图书馆'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find('', text).org).toBe(org);
  });

  it.each(['5月20日下午，该学院党委在二楼会议室召开会议。', '教职工们利用业余时间到图书馆借阅书籍，丰富了文化生活。'])(
    'no name there: %s',
    (text) => {
      expect(orgs.find('', text).org).toBeNull();
    },
  );
});

describe('a branch union signing a text, and a list of branch unions closing one', () => {
  it.each([
    ['一年来，我们开展了慰问和文体活动。\n体育部分工会\n2024年12月20日', '体育部分工会'],
    ['今年共组织三次送鲜花活动，会员满意。\n图书馆分工会\n2023年3月8日', '图书馆分工会'],
    ['本年度各项工作圆满完成。\n体育学院分工会委员会\n2024年12月20日', '体育学院分工会'],
    ['本年度工作圆满完成。\n东湖小学工会\n2024年1月10日', '东湖小学'],
  ])('the signer keeps its 分工会: %s', (text, org) => {
    expect(orgs.find('工作总结', text).org).toBe(org);
  });

  it('a notice that ends with the branch unions it is sent to (a quota table) is signed by none of them', () => {
    const text = [
      '各分工会：',
      '经研究，决定组织部分教职工暑假休养，名额按人数下拨到各分工会，现将有关事宜通知如下。',
      '附件：名额分配表',
      '分工会名称',
      '化学学院分工会',
      '马克思主义学院分工会',
      '外语学院分工会',
      '体育部分工会',
    ].join('\n');
    expect(orgs.find('关于组织教职工暑假休养的通知', text).org).toBeNull();
  });
});

describe('a purpose clause about the union is no unit', () => {
  it.each([
    '这项工作是关爱教职工的重要举措之一；有利于健全工会组织，有利于维护教职工合法权益。',
    '通过活动，进一步完善学校工会制度，增强了凝聚力。',
  ])('%s → no org', (text) => {
    expect(orgs.find('', text).org).toBeNull();
  });
});
