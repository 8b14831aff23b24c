// Events named after a fixed-date festival ("开展庆祝“三八”节系列活动", "1、三八节活动"), and the clauses a
// festival's name does not date.
import { describe, expect, it } from 'vitest';
import { activitiesStage } from '../../../src/stages/activities/activities-stage.ts';
import { findFestivalNamedActivities } from '../../../src/stages/activities/festival-named-activities.ts';
import { defaultActivityRules } from '../../../src/stages/activities/rules.ts';
import { paragraphsStage } from '../../../src/stages/segment/paragraphs-stage.ts';
import { activitiesOf } from '../../helpers/activities-of.ts';
import { documentFromText, runDocumentStage } from '../../helpers/run-stage.ts';

const rules = defaultActivityRules();
const named = (text: string) =>
  findFestivalNamedActivities(text, rules.anchors, rules.festivalTiming!).map((c) => [c.month, c.text]);

describe('events named after a festival', () => {
  it.each([
    ['工会决定开展庆祝“三八”节系列活动，丰富女教工的生活。', [[3, '工会决定开展庆祝“三八”节系列活动']]],
    ['组织三八节女职工活动。', [[3, '组织三八节女职工活动']]],
    ['校工会举行“三八节”有奖征文活动，共收到作品42篇。', [[3, '校工会举行“三八节”有奖征文活动']]],
    ['2、三八节活动', [[3, '三八节活动']]],
    ['举办“五一”健步走比赛', [[5, '举办“五一”健步走比赛']]],
    ['召开教师节表彰大会，表彰优秀教师和班主任', [[9, '召开教师节表彰大会']]],
    ['（3）国庆文艺汇演', [[10, '国庆文艺汇演']]],
    // A clause ending in a title word inside a sentence is no title line.
    ['会上，大家对即将开展的“三八”节系列活动提出了意见', [[3, '大家对即将开展的“三八”节系列活动提出了意见']]],
    // One clause per event: only the clause naming the festival.
    ['年初制定计划，组织“六一”亲子游园活动，年底总结。', [[6, '组织“六一”亲子游园活动']]],
    // What is celebrated names the event: 庆 the day's month, 迎 the run-up to it (迎元旦 is late December).
    ['组织全体女教职工“庆三八”赴湿地公园踏春。', [[3, '组织全体女教职工“庆三八”赴湿地公园踏春']]],
    ['组织师生开展“庆元旦”文体活动', [[1, '组织师生开展“庆元旦”文体活动']]],
    // A deed closing on the festival it celebrates, written with its full name.
    ['区总工会每年都举办摄影展庆祝“五一”劳动节，今年已是第五届。', [[5, '区总工会每年都举办摄影展庆祝“五一”劳动节']]],
    ['女工委组织插花比赛庆祝“三八”国际劳动妇女节。', [[3, '女工委组织插花比赛庆祝“三八”国际劳动妇女节']]],
    // A meeting deploying the festival's work (gold audit 8): 部署 is its deed, 的工作 its event when deployed.
    ['会议听取了汇报，最后部署了“三八”妇女节系列活动。', [[3, '最后部署了“三八”妇女节系列活动']]],
    ['主任对迎接“三八”节的工作逐项作了部署，要求各组积极参与。', [[3, '主任对迎接“三八”节的工作逐项作了部署']]],
    ['副主席就庆祝“六一”儿童节的工作进行了部署', [[6, '副主席就庆祝“六一”儿童节的工作进行了部署']]],
    // 工作 alone is no event: nothing deployed, or a festival's work only named as a topic.
    ['“三八”节的工作很多，大家辛苦了。', []],
    // A purpose clause celebrating the full name reports no deed of its own.
    ['为庆祝“五一”劳动节，工会发出倡议。', []],
    ['举办迎元旦教职工联欢会', [[12, '举办迎元旦教职工联欢会']]],
    // The rights week and a quoted theme ending in the festival.
    ['积极开展三八维权周活动，宣传女职工权益。', [[3, '积极开展三八维权周活动']]],
    ['组织“书香三八”读书征文活动', [[3, '组织“书香三八”读书征文活动']]],
    // The mention that names the event, not the first one.
    ['开展了以“迎三八、比成长”为主题的庆三八活动', [[3, '开展了以“迎三八、比成长”为主题的庆三八活动']]],
    // A festival plan's opening that draws up the celebration's plan is listed, dated by the festival.
    ['特制定今年教师节的工会活动方案。', [[9, '特制定今年教师节的工会活动方案']]],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  // A festival that fills a slot of a list (of festivals, or of events) names its own event: one item per festival,
  // each the whole clause, since the list's words are shared.
  it.each([
    [
      '利用三八、五一等节日开展女职工岗位技能竞赛',
      [
        [3, '利用三八、五一等节日开展女职工岗位技能竞赛'],
        [5, '利用三八、五一等节日开展女职工岗位技能竞赛'],
      ],
    ],
    [
      '抓住“三.八”、“五一”节等重要节点组织女职工健步走',
      [
        [3, '抓住“三.八”、“五一”节等重要节点组织女职工健步走'],
        [5, '抓住“三.八”、“五一”节等重要节点组织女职工健步走'],
      ],
    ],
    ['上半年举办了“妇女节”、“茶艺分享”、“好书共读”等活动', [[3, '上半年举办了“妇女节”、“茶艺分享”、“好书共读”等活动']]],
    // A list of events closed by 等 reports them without a verb of its own.
    ['秋季长跑、“书香三八”读书沙龙、趣味拔河等', [[3, '秋季长跑、“书香三八”读书沙龙、趣味拔河等']]],
  ])('a festival in a list: %s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it('names one event over both months for festivals of neighbouring months celebrated together', () => {
    const found = findFestivalNamedActivities(
      '校工会特拟定庆祝教师节、国庆节的活动方案如下',
      rules.anchors,
      rules.festivalTiming!,
    );
    expect(found.map((c) => [c.month, c.monthEnd, c.text])).toEqual([
      [9, 10, '校工会特拟定庆祝教师节、国庆节的活动方案如下'],
    ]);
    // Festivals months apart make no span: the festival the noun follows names the event, as before.
    const apart = findFestivalNamedActivities('组织庆祝元旦、三八节活动', rules.anchors, rules.festivalTiming!);
    expect(apart.map((c) => [c.month, c.monthEnd])).toEqual([[3, undefined]]);
  });

  it.each([
    ['工会开展三八五一联欢活动', 'two festivals in one slot: no single month'],
    ['为庆祝教师节、国庆节，工会将组织系列活动', 'a celebrated list of festivals is a purpose, its event named later'],
    ['围绕元宵节、三八节、中秋节开展一系列节日慰问', "a list with lunar festivals is the year's round of festivals"],
    ['利用三八节、劳动节、国庆节、元旦等节日，开展各类教工活动', "元旦 in the list: the year's round of festivals"],
    ['评选三八红旗手、五一劳动奖章获得者并开展表彰', 'honours named after festivals are no list of festivals'],
    ['元旦联欢会由各年级组轮流承办', 'New Year celebrations straddle December and January'],
    ['开展中秋节慰问活动', 'a lunar festival moves between months'],
    ['王老师获评区三八红旗手，学校工会为她举行了表彰会', 'an honour title, not the festival'],
    ['三八节活动经费由工会统一列支，按实际人数核报，不得超标准发放', 'a long clause reporting no action'],
    ['五一假期安排另行通知', 'no activity named'],
    ['南湖小学庆祝“三八”国际妇女节活动方案', 'the title of a plan for the event'],
    ['会上公示了五四运动会的经费收支情况', 'a sports meet named 五四, not the festival'],
    ['为隆重庆祝“三八”妇女节', 'a purpose: celebrating, nothing done'],
    ['积极响应区教体局关于举办教师节活动的号召', 'what a document asks for, not an event held'],
    ['全校教职工要高度重视三八节活动', 'a sentence about the event, no item naming it'],
    ['评选“三八”红旗手，为她们“庆三八”', 'the honour title is no festival, and the celebration names no deed'],
    ['开展“迎国庆、做奉献”感言征集和书画展示活动', 'half of a slogan, the event named far from it'],
    ['分工会制定了《2022年“三八”节女职工关爱活动实施方案》', 'a plan drawn up: the festival is in its book title'],
    ['附:《“六一”儿童节活动礼金发放表》', 'an attached form named after the festival'],
    ['此次“五一”健步走活动的开展，增强了凝聚力', 'pointing back at the event told of already'],
    ['本次“我心中的三八节”摄影比赛圆满落下帷幕', 'the theme of the event told of already, pointed back at'],
  ])('dates nothing in %s (%s)', (text) => {
    expect(named(text)).toEqual([]);
  });

  it('becomes a narrative activity dated by the festival (basis festival, not inferred), with its reason', () => {
    const base = runDocumentStage(
      paragraphsStage,
      documentFromText(
        '南湖小学2023年工会工作总结\n学期初，工会开展庆祝“三八”节系列活动。\n三八节期间，组织女教师插花。',
      ),
    ).output;
    const { output } = runDocumentStage(activitiesStage, {
      ...base,
      meta: { ...base.meta, year: 2023, kind: 'summary' },
    });
    expect(output.activities.map((a) => [a.text, a.month, a.year, a.basis, a.monthInferred])).toEqual([
      ['工会开展庆祝“三八”节系列活动', 3, 2023, 'festival', false],
      ['三八节期间，组织女教师插花', 3, 2023, 'festival', false],
    ]);
    expect(output.activities[0]!.evidence).toContain('named after: "“三八”节系列活动" (三八, 3月8日)');
  });

  it("dates nothing in the title left in the text: a headline's subtitle names what the report is about", () => {
    const doc = {
      ...documentFromText('——南湖小学工会开展庆“三八”妇女节活动\n三月七日下午，工会组织女教师观看电影。'),
      title: '春风十里 巾帼芳华',
    };
    const base = runDocumentStage(paragraphsStage, doc).output;
    expect(base.paragraphs[0]!.structure).toBe('title');
    const { output } = runDocumentStage(activitiesStage, {
      ...base,
      meta: { ...base.meta, year: 2024, kind: 'other' },
    });
    expect(output.activities.map((a) => a.text)).toEqual(['三月七日下午，工会组织女教师观看电影。']);
  });
});

describe('a report names its dated festival event again', () => {
  const items = (doc: string, kind: 'other' | 'plan' | 'summary' = 'other') =>
    activitiesOf(doc, { kind }).map((a) => [a.text, a.month, a.basis]);

  it.each([
    [
      'the festival is the occasion before the date',
      '为庆祝三八国际劳动妇女节,3月7日上午,校工会组织女教职工登山。\n举办“三八节”活动,旨在丰富女教工的业余生活。',
      [['3月7日上午,校工会组织女教职工登山。', 3, 'stated']],
    ],
    [
      'the festival is the occasion after the date, the later line a habit of the union',
      '3月9日,为庆祝“三八”妇女节,校工会组织女教职工到植物园游园。\n多年来,校工会坚持开展“三八”妇女节赏花游园活动,关心女教工。',
      [['3月9日,为庆祝“三八”妇女节,校工会组织女教职工到植物园游园。', 3, 'stated']],
    ],
  ])('%s', (_, doc, want) => {
    expect(items(doc)).toEqual(want);
  });

  it('a festival the dated sentence only names (its day, not a celebration) leaves the later event listed', () => {
    expect(
      items('3月8日是“三八”妇女节,学校组织了系列活动。\n工会先后举办了庆祝“三八”节跳绳比赛、踢毽子比赛。'),
    ).toEqual([
      ['3月8日是“三八”妇女节,学校组织了系列活动。', 3, 'stated'],
      ['工会先后举办了庆祝“三八”节跳绳比赛、踢毽子比赛', 3, 'festival'],
    ]);
  });

  it('a plan lists the festival event of its own, though another item of the month celebrates the festival', () => {
    expect(items('工会工作计划\n1、3月5日,为庆祝三八节,组织女教工插花。\n2、开展三八节趣味运动会。', 'plan')).toEqual([
      ['3月5日,为庆祝三八节,组织女教工插花。', 3, 'stated'],
      ['开展三八节趣味运动会', 3, 'festival'],
    ]);
  });
});
