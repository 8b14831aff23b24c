// Round twenty-two's level-union shape, seen on four sites (test12, test13): a news lead whose subject after its day
// is a union known by its level (市教育工会在…召开…; 县总工会副主席…先后到…走访慰问), or a level education union
// hosting the event, its place maybe given once by the bureau it hosts with (…教育局、教育工会主办), names that
// union by its level and place. Every line is written for the test.
import { describe, expect, it } from 'vitest';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';

const orgs = new OrganisationFinder(loadOrgSuffixes());

describe("a news lead's level union as its subject after the day", () => {
  it.each([
    ['为推进校务公开,5月12日上午,市教育工会在东湖中学召开现场推进会。', '市教育'],
    ['9月10日是教师节,西山县总工会副主席王力一行先后到三所学校走访慰问一线教师。', '西山县总'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find('', text).org).toBe(org);
  });

  it.each([
    '5月12日上午,我校教师参加了在东湖中学召开的市教育工会推进会。',
    '9月10日,区教育工会主席来到东湖小学检查“职工之家”建设工作。',
    '5月12日上午,区教育工会在东湖中学召开教职工运动会,我校二十名教师参加。',
  ])('no level union as the subject: %s', (text) => {
    expect(orgs.find('', text).org ?? '').not.toMatch(/^[市区县](?:总|教育)$/u);
  });
});

describe('a level education union hosting the event', () => {
  it.each([
    ['近日,由区教育局、区总工会、区教育工会主办的教职工羽毛球赛在体育馆举行。', '区教育'],
    ['10月8日-9日,南平县教育局、教育工会主办的教职工篮球赛在县体育馆举行。', '南平县教育'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find('', text).org).toBe(org);
  });

  it('a union hosting nothing names none', () => {
    expect(orgs.find('', '近日,区教育工会的领导参加了教职工羽毛球赛。').org).toBeNull();
  });
});

// Round forty-one: the same level union as the subject of an act at any clause's start in the opening — after a
// lead clause, after its day (a span of days too), or listed with the bureau it acts with (gold audit 6; the shape on
// k006, m003, s018 and a wide sample's county union). Every line is written for the test.
describe("a level union as the subject of a clause's act in the opening", () => {
  it.each([
    ['根据上级通知要求,市教育工会组织开展了全市教职工书法比赛。', '市教育'],
    ['9月2日,县总工会举行困难职工子女助学金发放仪式。', '县总'],
    ['6月3日至5日,县总工会、县教育局联合举办全县中小学工会干部研修班。', '县总'],
    ['为庆祝妇女节,3月7日下午,南岭区总工会联合区妇联组织女职工开展插花活动。', '南岭区总'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find('', text).org).toBe(org);
  });

  it.each([
    '五一前夕,市教育工会举办教职工拔河比赛,我校教师积极参加。',
    '近日,区教育工会组织的教职工乒乓球比赛在体育馆落幕。',
    '学校工会在县总工会和县教育工会联合会的指导下开展工作。',
    '一年来,我们落实省总工会、省妇联的要求,在全省推广女工关爱行动。',
  ])('no level union as the subject: %s', (text) => {
    expect(orgs.find('', text).org ?? '').not.toMatch(/(?:总|教育)$/u);
  });
});

// Round forty-one: an office's own union, 机关工会, as the subject of a headline's or a dated lead's act is coded by its
// kind (机关: n012, zj007, zk018); a template's title names none. Every line is written for the test.
describe("an office's union as the subject of a headline's or a dated lead's act", () => {
  it.each([
    ['机关工会为在岗教职工送上防暑降温用品\n7月20日,校工会慰问了在岗教职工。', '机关'],
    ['“情暖金秋”机关工会为新入职教工举办迎新会\n近日,新教工欢聚一堂。', '机关'],
    ['10月12日下午,机关工会第三届工会委员会在行政楼二楼会议室召开全体委员会议。', '机关'],
    ['5月9日,机关工会面向各部门青年教工开展了健步走活动。', '机关'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find('', text).org).toBe(org);
  });

  it.each([
    '机关工会工作计划\n一、指导思想\n认真学习贯彻工会法。',
    '4月2日,机关分工会举行教工趣味运动会。',
    '学校机关工会积极开展各项工作。',
  ])('no 机关 as the org: %s', (text) => {
    expect(orgs.find('', text).org).not.toBe('机关');
  });
});
