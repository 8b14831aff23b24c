// Org shapes of Taiwan's and Hong Kong's teachers' unions and associations, and of a union's own congress opening a
// report: shapes the wide sample of round 13 and the spent splits showed on five sites and three sites. Every line
// is written for the test.
import { describe, expect, it } from 'vitest';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';

const orgs = new OrganisationFinder(loadOrgSuffixes());

describe("a teachers' union or association heading a line", () => {
  it.each([
    ['《东教工电子报》东湖县教师职业工会 1070412 第八十期电子报\n日期\n会议名称', '东湖县教师职业'],
    ['东湖县教育产业工会第四届暨东湖县教师会第七届第一次会员代表大会已于108\n年3月9日顺利举行。', '东湖县教育产业'],
    ['「东湖教育工作者工会」今日(5日)宣布成立,工会以保障同工权益为宗旨。', '东湖教育工作者'],
    ['简介\n东湖教育工作者联会(简称「东联会」)成立于1980年,是本地的教师团体。', '东湖教育工作者联会'],
    ['2023年3月1日星期三\n「西岭国小教师会」开启教育新页\n历经数月筹备,教师会已召开成立大会。', '西岭国小'],
    ['东湖市教师会于本月召开会员代表大会,选出新一届理事。', '东湖市教师会'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find(null, text)).toEqual({ org, anonymised: false, from: 'text' });
  });

  it('a title heading with it', () => {
    expect(orgs.find('「西岭国小教师会」开启教育新页', '历经数月筹备。').org).toBe('西岭国小');
  });

  it.each([
    ['全体教师会上,校长作了动员讲话。'],
    ['学校召开全体教师会议,部署本学期工作。'],
    ['加强教师职业道德建设,提高教师队伍素质。'],
    ['全县教师会于下月举行培训。'],
    ['学校教师会\n依教师法规定,学校设教师会。'],
  ])('no org: %s', (text) => {
    expect(orgs.find(null, text).org).toBeNull();
  });
});

describe("a union's own congress opening a report", () => {
  it.each([
    ['近日,南湖区教育工会第五次代表大会在南湖实验小学报告厅召开。区总工会领导出席会议并讲话。', '南湖区教育'],
    ['5月8日,东湖集团工会第二届会员代表大会在集团会议中心召开。', '东湖集团'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find(null, text).org).toBe(org);
  });

  it('a union whose words run into an exhortation is no name', () => {
    expect(orgs.find(null, '会长致辞;他还勉励新工会为同工提供支援,争取权益。').org).toBeNull();
  });
});

describe("a union doing its event with care, after a festival's clause", () => {
  it.each([
    ['3月8日国际妇女节,南岭县机关保育院工会精心策划并开展了主题活动,为女教师送上鲜花。', '南岭县机关保育院'],
    ['教师节来临之际,西山镇中心校工会积极组织全体教师座谈。', '西山镇中心校'],
    ['重阳节,东湖纺织厂工会特别策划了退休职工茶话会。', '东湖纺织厂'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find(null, text).org).toBe(org);
  });

  it.each([
    ['3月8日妇女节,学校工会精心策划了活动。'],
    ['教师节,各分工会积极组织慰问。'],
    ['教师节,我校工会认真开展活动。'],
  ])('no org: %s', (text) => {
    expect(orgs.find(null, text).org).toBeNull();
  });
});

describe('a body joined to the union is no name', () => {
  it('教导处和工会', () => {
    expect(orgs.find(null, '为迎接教师节,教导处和工会精心组织了一次教师座谈会。').org).toBeNull();
  });
});

describe('an association writing as itself by its short name (Hong Kong, Macau)', () => {
  it.each([
    [
      '「东湖文员协会」到访本会',
      '日前文员协会主席率团到访教联会。\n教联会代表包括主席陈某、教联会理事李某。\n双方介绍了组织的工作。',
      '教联会',
    ],
    [null, '教协会副会长王某代表本会参选,获得多数选票,高票当选。', '教协'],
    [null, '工联举办职工嘉年华,展出该会多年的工作成果。工联副会长致辞称,工联每年都会举办活动。', '工联'],
  ])('%s / %s → %s', (title, text, org) => {
    expect(orgs.find(title, text)).toEqual({ org, anonymised: false, from: 'text' });
  });

  it.each([
    ['有48年历史的教协今日宣布解散,教联会主席表示遗憾。'],
    ['学校工会与退教协会联合召开重阳茶话会,本会会员应邀出席。'],
    ['校女教协组织女教师座谈,本会理事出席。'],
    ['举办职工联谊会,本会会员踊跃参加。'],
  ])('no org: %s', (text) => {
    expect(orgs.find(null, text).org).toBeNull();
  });
});
