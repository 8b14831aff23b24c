import { describe, expect, it } from 'vitest';
import { documentKind } from '../../src/stages/metadata/document-kind.ts';
import { documentYear } from '../../src/stages/metadata/document-year.ts';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';
import { documentTopic, loadTopicTerms } from '../../src/stages/metadata/topic.ts';
import { metadataStage } from '../../src/stages/metadata/metadata-stage.ts';
import { newDocument } from '../../src/model/items.ts';
import { runDocumentStage } from '../helpers/run-stage.ts';

// Titles and openings written for these tests, in the shapes real pages take.
describe('document year on real-page shapes', () => {
  it.each([
    ['2019小学工会工作计划', '一、指导思想', 2019],
    ['院工会2021工作要点', '一、指导思想', 2021],
    ['校工会召开2015年女工工作计划研讨会', '4月7日,校工会召开研讨会。', 2015],
    ['小学工会工作计划', '2022年我校工会在上级工会的领导下开展了工作。', 2022],
  ])('reads %s / %s as %s', (title, text, year) => {
    expect(documentYear(title, text, 2025).year).toBe(year);
  });

  it.each([
    ['小学工会工作计划', '2023-04-04\n一、指导思想'],
    ['工会简讯', '2015-09-02 14:43 审核人:\n4月7日,校工会召开研讨会。'],
    ['小学工会工作计划2000字范本', '一、指导思想'],
    ['工会活动方案', '时间:24-07-13\n一、活动目的'],
  ])('takes no year from an upload date or a length: %s / %s', (title, text) => {
    expect(documentYear(title, text, 2025).year).toBeNull();
  });

  it('still reads a school year written with a dash', () => {
    expect(documentYear('2013-2014学年度工会工作计划', '', 2025)).toMatchObject({
      year: 2013,
      schoolYear: '2013-2014',
    });
    expect(documentYear(null, '2013-14学年,我校工会将…', 2025).year).toBe(2013);
  });
});

describe('document kind from the body when the title does not say', () => {
  const PLAN_BODY =
    '一、指导思想\n以服务教职工为宗旨,进一步发挥工会作用。\n二、工作目标\n1、要做好教代会筹备工作,争取提案质量进一步提高。\n2、将组织教职工开展健身活动。';
  const SUMMARY_BODY =
    '一年来,我校工会开展了多项活动。\n1、召开了第三届教代会,通过了学校发展规划。\n2、组织了教职工运动会,慰问了困难教职工,取得了较好成效。';
  it.each([
    [null, PLAN_BODY, 'plan'],
    [null, SUMMARY_BODY, 'summary'],
    ['工会工作', '为做好本年度工会工作,特制定本年度工会活动计划。\n一、活动安排', 'plan'],
    [null, '本学期工会工作已经结束,特作以下总结。\n一、民主管理', 'summary'],
    ['2024工会工作开展情况汇报', PLAN_BODY + '\n3、要进一步加强宣传,将组织读书活动,力争创建模范教工之家。', 'plan'],
    ['校工会召开2024年女工工作计划研讨会', '4月7日,校工会召开了女工工作计划研讨会。', 'other'],
    ['关于报送2024年工作总结和2025年工作计划的通知', '各分工会:请于12月底前报送工作总结。', 'other'],
    [null, '2024-04-15 张三\n5月20日下午,校工会在体育馆举行了教职工气排球比赛,二十支队伍参加了比赛。', 'other'],
    // 主要, 重要, 要求 are nouns, not a plan's 要.
    [
      null,
      '本年度工会主要工作和重要活动回顾。\n1、按照上级要求和工作要点,召开了教代会。\n2、主要节日和重要纪念日慰问教职工,需要帮扶的教职工全部走访。',
      'summary',
    ],
    ['城北小学2024年工会工作计划', PLAN_BODY, 'plan'],
    ['城北小学2024年工会工作总结', '2022年我校工会在上级工会领导下开展了工作,现总结如下。', 'summary'],
  ] as const)('%s → %s', (title, text, kind) => {
    expect(documentKind(title, text).kind).toBe(kind);
  });
});

describe('organisations beyond school names', () => {
  const orgs = new OrganisationFinder(loadOrgSuffixes());
  it.each([
    [null, '机关第五分工会坚持以人为本,开展了文体活动。', '机关第五分工会'],
    [null, '行政二分工会为丰富教职工业余文化生活,组织了健身活动。', '行政二分工会'],
    ['机关工会三分会举办教职工羽毛球赛', '11月3日下午,比赛在体育馆举行。', '机关工会三分会'],
    [null, '城北中学女教职工委员会本学期将组织女教职工体检。', '城北中学'],
    [null, '本学期三年级工会小组将开展读书活动。', '三年级工会小组'],
    [null, '今年以来,东山电力有限公司检修分公司工会积极开展劳动竞赛。', '东山电力有限公司检修分公司'],
    [null, '百年校庆刚刚过去,对我们新华小学来说,今年是新的起点。', '新华小学'],
    [null, '4月1日,为增强健康意识,城南小学教工运动会在操场举行。', '城南小学'],
    [null, '一、活动目的\n丰富教职工生活。\n二、活动安排\n另定\n青山初级中学工会\n2024年2月27日', '青山初级中学'],
    ['2023-2024年城东职业技术学院 工会工作报告', '各位代表:', '城东职业技术学院'],
    ['城西小学少先队工作计划', '本学期少先队工作如下。', '城西小学'],
    [null, '城南中学2024学年度第二学期工会工作计划 主要目标: 进一步巩固工会成果。', '城南中学'],
  ])('%s / %s → %s', (title, text, org) => {
    expect(orgs.find(title, text).org).toBe(org);
  });

  it.each([
    ['2024年新学期学校工会工作计划', '一、指导思想'],
    ['关于报送学校工会组织2024年工作总结的通知', '各分工会:'],
    ['幼儿园工会工作总结', '为推进幼儿园工会工作,我们开展了活动。'],
    ['学校工会工作总结', '我校工会在学校党支部领导下,在市教育工会的指导下开展工作。'],
    ['工会工作计划', '今年是学校建校60周年。'],
  ])('finds no org in %s / %s', (title, text) => {
    expect(orgs.find(title, text).org).toBeNull();
  });
});

describe('years that are events, not the document', () => {
  it('takes no year from a full date in the text (an activity day or a signature)', () => {
    expect(documentYear('教职工活动实施方案', '一、活动主题\n三、活动时间\n2024 年 9 月 5 日', 2025).year).toBeNull();
    expect(documentYear('工会工作计划', '2024年,我校工会将继续做好各项工作。', 2025).year).toBe(2024);
  });

  it('reads only the headline of a news report', () => {
    const text = '为了迎接2024年元旦的到来,校工会组织开展了教工篮球赛。';
    expect(documentYear('校工会组织开展迎新系列活动', text, 2025, { titleOnly: true }).year).toBeNull();
    expect(documentYear('校工会召开2024年女工工作研讨会', text, 2025, { titleOnly: true }).year).toBe(2024);
  });
});

describe("on topic: union work, not another body's plan", () => {
  const terms = loadTopicTerms();
  const topic = (title: string | null, text: string) => documentTopic(`${title ?? ''}\n${text}`, terms, title).onTopic;
  it.each([
    [
      '校团委工作计划',
      '一、指导思想\n校团委将以团员教育为中心,加强团支部建设,发展新团员,组织团员参加志愿服务,配合工会开展教代会宣传。',
    ],
    ['党支部工作计划', '组织全体党员学习,加强党组织建设,党支部配合工会和教代会做好工作,发展新党员。'],
    ['少先队工作计划', '本学期少先队将组织队员开展活动,加强少年儿童思想教育,少先队员参加升旗仪式。'],
    ['学生会工作计划', '新学期,学生会将服务同学,组织新生参加迎新活动,学生干部要带头,同学们积极参与。'],
    ['工会工作计划', '为促进企业发展,扩大市场份额,公司将加强营销,服务客户,提高经营利润和销售业务量。'],
    [
      '什么是工会年度工作计划',
      '工会年度工作计划是工会为服务职工而制定的一年的工作目标,包括工会的主要工作、教职工活动安排。',
    ],
  ])('%s is not union work', (title, text) => {
    expect(topic(title, text)).toBe(false);
  });

  it.each([
    ['校工会召开教代会筹备会', '3月2日,校工会召开教代会筹备会,各工会小组长参加,会议部署了教职工代表提案征集工作。'],
    [
      '城北小学工会工作计划',
      '一、指导思想\n在学校党支部领导下,工会将团结教职工,维护教职工权益,开展送温暖和文体活动,配合团委做好青年教师工作。',
    ],
    // teachers' unions by their own names, and an English report on a union
    ['新学年 新挑战', '开学之际,教协会长感谢各位同工的支持,本会将继续为同工争取合理的工作环境。'],
    ['教师会年度报告', '本会代表出席教育局会议,为教师争取减少行政工作,并办理到校宣导讲座。'],
    [null, 'The Teachers Union held its annual meeting; the trade union now has more than 9,000 members.'],
  ])('%s stays union work', (title, text) => {
    expect(topic(title, text)).toBe(true);
  });
});

describe("the page heading's year passed by split", () => {
  const withPageYear = (text: string, title: string | null) => {
    const doc = newDocument('/x', 1, text, title);
    return { ...doc, meta: { ...doc.meta, year: 2024 } };
  };
  it('is the year of a document that states none', () => {
    const { output, notes } = runDocumentStage(
      metadataStage,
      withPageYear('一、指导思想\n以服务教职工为宗旨,进一步做好工会工作。', '小学工会工作计划'),
      { currentYear: 2025 },
    );
    expect(output.meta.year).toBe(2024);
    expect(notes.map((n) => n.rule)).toContain('metadata.year-inherited');
  });

  it('is not passed to a document of another kind than the heading names', () => {
    const doc = newDocument('/x', 1, '一年来,青松中学工会开展了多项活动,取得了成效。', '青松中学工会工作总结');
    const fromPlanPage = { ...doc, meta: { ...doc.meta, year: 2024, kind: 'plan' as const } };
    expect(runDocumentStage(metadataStage, fromPlanPage, { currentYear: 2025 }).output.meta.year).toBeNull();
  });

  it('gives way to a year the document states, and to one it hides (20xx年)', () => {
    const opts = { currentYear: 2025 };
    const own = runDocumentStage(metadataStage, withPageYear('2022年,我校工会将做好工作。', '小学工会工作计划'), opts);
    expect(own.output.meta.year).toBe(2022);
    const hidden = runDocumentStage(
      metadataStage,
      withPageYear('20xx年,我校工会将做好工作。', '小学工会工作计划'),
      opts,
    );
    expect(hidden.output.meta.year).toBeNull();
  });
});

describe("on topic: another body named as the document's subject, though the text speaks of 工会 and 教职工", () => {
  const terms = loadTopicTerms();
  const topic = (title: string | null, text: string) => documentTopic(`${title ?? ''}\n${text}`, terms, title).onTopic;
  const unionWords = '工会配合开展教职工文体活动,慰问困难教职工,维护女教职工权益,做好送温暖工作。';
  it.each([
    [
      'a party branch titles its summary',
      '东湖中学党支部委员会2024年度工作总结',
      `一、加强学习\n组织党员教职工学习。${unionWords}`,
    ],
    ['a women’s committee titles its plan', '学校妇女工作计划', `本学期,我校教职工${unionWords}`],
    [
      'an untitled text whose first sentence has the League’s work as its subject',
      null,
      `本学期,我校团委工作以立德树人为中心。${unionWords}`,
    ],
    [
      'an untitled text whose first line is a women’s work plan title',
      null,
      `实验小学妇女工作计划本学期,我们将${unionWords}`,
    ],
    [
      'a later line opening on the women’s federation’s work',
      null,
      `(一)推进妇女工作统筹发展。\n我校妇联工作要紧紧围绕中心。${unionWords}`,
    ],
  ])('%s is not union work', (_name, title, text) => {
    expect(topic(title, text)).toBe(false);
  });

  it.each([
    [
      'a union plan that cooperates with the League',
      '城南小学工会工作计划',
      `一、指导思想\n工会将配合团委做好青年教师工作。${unionWords}`,
    ],
    ['an untitled union plan citing the party branch’s plan', null, `根据学校党支部工作计划,本学期工会将${unionWords}`],
    [
      'an untitled union plan that works with the women’s federation later on',
      null,
      `本学期工会将团结教职工。${unionWords}\n三、配合妇联工作,开展三八节活动。`,
    ],
    ['a women workers’ committee plan', '学校女工委工作计划', `本学期,我校女职工工作以关爱为中心。${unionWords}`],
    ['a union title over an opening on the party branch', '机关工会工作总结', `党支部工作是全局的核心。${unionWords}`],
  ])('%s stays union work', (_name, title, text) => {
    expect(topic(title, text)).toBe(true);
  });
});
