// Gold audit 10: a level union's leaders inspecting or surveying one unit's union work (检查, 验收, 调研…工会工作,
// 教工之家 建设) is the inspected unit's report; a 慰问 visit or a tour of several units stays the visitors'.
// Every line is written for the test.
import { describe, expect, it } from 'vitest';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';

const orgs = new OrganisationFinder(loadOrgSuffixes());

describe("an inspection of a unit's union work names the inspected unit", () => {
  it.each([
    [
      '近日，区教育工会主席王立新和副主席陈红检查东湖路小学“教工之家”建设情况。两人先后看了职工书屋和活动室，又听取学校工会负责人汇报。',
      '东湖路小学',
    ],
    [
      '日前，省教育工会副主席刘明一行来到南湖区教育工会，调研检查该区基层工会工作。南湖区教育局党委书记等陪同调研。刘明对南湖区教育工会的工作表示肯定。',
      '南湖区教育',
    ],
    [
      '5月12日下午，市教育工会副主席赵平一行来到西山县实验幼儿园，对该园创建“模范教工之家”的情况现场验收。园长和工会主席陪同。',
      '西山县实验幼儿园',
    ],
    ['10月9日上午，县总工会副主席孙强验收北岭中学职工之家建设，听取了学校工会主席的汇报，查看了台账资料。', '北岭中学'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find(null, text)).toEqual({ org, anonymised: false, from: 'text' });
  });

  it("a headline of the visitors surveying a unit's union work names the unit", () => {
    expect(
      orgs.find(
        '东山市总工会副主席李华调研 南岭区教育工会工作',
        '11月3日下午，东山市总工会副主席李华到南岭区调研教育工会工作。区教育工会主席介绍了我区教育系统工会的工作情况。',
      ),
    ).toEqual({ org: '南岭区教育', anonymised: false, from: 'title' });
  });

  it('a headline of the visitors assessing a unit’s “模范职工小家” names the unit, not the visitors', () => {
    expect(
      orgs.find(
        '市教科文卫工会组织专家验收东湖校区“模范职工小家”创建',
        '3月2日，市教科文卫工会组织专家组到东湖校区考核验收其“模范职工小家”的建设。校区工会主席作了汇报。',
      ),
    ).toEqual({ org: '东湖校区', anonymised: false, from: 'title' });
  });

  it('the visitors coming to a unit to assess its union home name the unit', () => {
    expect(
      orgs.find(
        null,
        '3月2日，市教科文卫工会组织专家组到南湖小学考核验收其“模范职工小家”的建设。学校工会主席作了汇报。',
      ),
    ).toEqual({ org: '南湖小学', anonymised: false, from: 'text' });
  });
});

describe('a visit that is no inspection of one named unit is not read as one', () => {
  it.each([
    // A 慰问 visit: the visitors' work.
    '6月1日上午，东湖区总工会主席周敏一行到东湖区中心幼儿园慰问小朋友，送去图书和玩具。',
    // A tour of several units listed.
    '近日，县教育工会主席吴刚检查东湖小学、西山中学“教工之家”建设工作，查看了活动室和台账。',
    // The text's own unit, not named.
    '5月16日，校工会副主席王强一行莅临我院，对学院分工会教工之家建设进行检查验收。',
  ])('%s', (text) => {
    const found = orgs.find(null, text).org;
    expect(found === null || !/幼儿园|东湖小学|西山中学/u.test(found)).toBe(true);
  });
});
