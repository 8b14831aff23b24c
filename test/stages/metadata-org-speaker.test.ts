// Which unit a text speaks for: the subject of its opening's clauses (…之际，东湖小学行政、工会组织开展了…), the union
// that holds its event (首山经贸工会组织…), a credit line; and a candidate of another kind than the text calls itself
// (a 我校 text under a bureau's fanwen label, a 我院 text citing a university's faculty) is not its unit. Every line is
// written for the test.
import { describe, expect, it } from 'vitest';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';

const orgs = new OrganisationFinder(loadOrgSuffixes());

describe("a passive's agent is no part of a name", () => {
  it.each([
    '我校召开教代会。工会主席作工作报告，学校工会曾被县教育局工会评为先进工会组织。',
    '我校工会积极开展活动，去年受区教育局工会表彰。',
  ])('%s', (text) => {
    expect(orgs.find(null, text).org).toBeNull();
  });
});

describe("the school acting as a clause's subject in a report's opening", () => {
  it.each([
    ['元旦将至之际，东湖小学行政、工会、老教师协会开展了走访退休教师活动。', '东湖小学'],
    ['为迎接教师节，9月8日，南山县西岭镇小开展走访慰问活动。', '南山县西岭镇小'],
    ['xx年东湖实验幼儿园认真贯彻《纲要》精神，全园教职工共同努力。', '东湖实验幼儿园'],
    ['在区教育局的领导下，西山中学工会积极开展各项活动。', '西山中学'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find(null, text)).toEqual({ org, anonymised: false, from: 'text' });
  });

  it.each([
    // a kind of school, the text's own or a verb phrase is no subject's name
    '本学期，学校工会组织教职工开展读书活动。',
    '一年来，中心小学工会在上级工会的领导下开展工作。',
    '余校长介绍学校认真执行了年度预算。',
    // a short name's tail that is a word (教学中) is no school
    '本学期，日常教学中坚持师德为先。',
    // two schools acting (a district's report listing its schools) name none
    '元旦之际，东湖小学开展读书活动；新春前夕，西山中学举行拔河比赛。',
  ])('no org: %s', (text) => {
    expect(orgs.find(null, text).org).toBeNull();
  });
});

describe("a unit's union holding the report's event", () => {
  it.each([
    ['在三八妇女节到来之际，首山经贸工会组织全校女教职工开展系列活动。', '首山经贸'],
    ['为丰富职工业余生活，增强团队凝聚力，东湖二厂工会特组织本次春游活动。', '东湖二厂'],
    ['日前，南山县总工会成立了县内第一支职工志愿队伍。', '南山县总'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find(null, text).org).toBe(org);
  });

  it.each([
    '要有效提升教职工对工会组织的认同感。',
    '汇报一年来工会开展的工作。',
    '11月8日，学院部门工会召开工作会议。',
    '为做好慰问工作，上级工会组织开展送温暖活动。',
    // A level union's act on a school's page (我校…参加) is the event the school joined (round 41: without 我校 the
    // level union is the org, gold audit 6).
    '3月8日，区教育工会组织全区女教师参观，我校十名女教师参加。',
    // people thanking the union are a clause, not a unit's name
    '现场欢声笑语。同事们纷纷感谢工会为大家精心准备的节日礼物，表示很受鼓舞。',
    '会上气氛热烈。大家感谢工会为全体职工办实事，纷纷表示要干好本职工作。',
  ])('no org: %s', (text) => {
    expect(orgs.find(null, text).org).toBeNull();
  });
});

describe("a news report's credit", () => {
  it.each([
    ['(东湖小学供稿 撰稿:李明)', '东湖小学'],
    ['(南山县教育工会供稿/办公室编辑)', '南山县教育'],
  ])('%s → %s', (credit, org) => {
    expect(orgs.find(null, '我校开展了慰问活动，老师们很受感动。', credit)).toEqual({
      org,
      anonymised: false,
      from: 'credit',
    });
  });
});

describe('a candidate of another kind than the text calls itself', () => {
  it('a fanwen label’s bureau over a school’s text', () => {
    const text = '一、总体思路\n紧紧围绕教学中心，提高我校团员政治素质。';
    expect(orgs.find('教育局工会工作计划范文', text).org).toBeNull();
  });

  it('a county’s bureau over a league’s text', () => {
    const text = '一、指导思想\n维护全盟教职工的合法权益，为全盟教育事业的发展做贡献。';
    expect(orgs.find('县教育局工会工作总结范文', text).org).toBeNull();
  });

  it.each([
    ['教育局工会工作要点', '全市教育工会工作的总体思路是服务教职工。', '教育局'],
    ['县教育局工会工作总结', '全心全意为全县广大教职工服务。', '县教育局'],
    ['县教育局工会工作总结', '一年来，工会围绕中心开展工作。', '县教育局'],
  ])('a bureau whose text agrees or says nothing: %s', (title, text, org) => {
    expect(orgs.find(title, text).org).toBe(org);
  });

  it('a university’s faculty cited in a hospital’s text', () => {
    const text = '在院党委领导下，以东山大学医学部工会提出的工作思路为指导，建立健全本院工会制度，做好我院职代会工作。';
    expect(orgs.find('局工会工作计划', text).org).toBeNull();
  });

  it('the same faculty in its own text', () => {
    const text = '一年来，东山大学医学部工会在学部党委领导下开展工作。';
    expect(orgs.find(null, text).org).toBe('东山大学医学部');
  });
});

describe("the school's own document cited by its title in a text that calls itself 我校", () => {
  it.each([
    ['本学期，我校党支部组织党员学习了《南湖小学新三年发展规划》等文件。', '南湖小学'],
    ['我校工会参加了宣传活动，主题为《城一中“三元化”教育特色咨询》。', '城一中'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find('党支部工作小结', text).org).toBe(org);
  });

  it.each([
    '我校组织教师学习《中小学班主任工作规定》和《党中央关于教育的决定》。',
    '我校教师认真学习《初中语文课程标准》。',
  ])('no org: %s', (text) => {
    expect(orgs.find('学校工会工作总结', text).org).toBeNull();
  });
});

describe('a kind of school abbreviated is no name', () => {
  it.each(['中职学校团委工作总结', '高职学校工会工作计划'])('%s', (title) => {
    expect(orgs.find(title, '一年来，我校团委坚持学习。').org).toBeNull();
  });
});
