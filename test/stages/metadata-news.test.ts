// Issue 15: union news (one past event on its day) is kind "other" whatever its title says, and takes its year
// from its headline or from the event's date its first sentence opens with. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import {
  belowHeadlineLines,
  datedEventInLead,
  documentKind,
  headlineInText,
  meetingProceedings,
  openingSentence,
  reportsNews,
} from '../../src/stages/metadata/document-kind.ts';
import { documentYear } from '../../src/stages/metadata/document-year.ts';
import { metadataStage } from '../../src/stages/metadata/metadata-stage.ts';
import { newDocument } from '../../src/model/items.ts';
import { runDocumentStage } from '../helpers/run-stage.ts';

describe('news is other', () => {
  it.each([
    ['dated event', null, '2019年3月5日下午，校工会在报告厅召开了女教职工座谈会，二十余人参加。'],
    ['day and part of day', null, '5月9日上午，区教育工会组织各校工会主席赴兄弟学校参观学习。'],
    ['desk', null, '本网讯 在教师节期间，青松小学工会开展了一系列慰问活动。'],
    ['desk and byline', null, '校园讯（文/张三 图/李四）10月8日，校工会举行教工趣味运动会。'],
    ['byline', null, '（通讯员 王五）11月2日，学院分工会召开委员会议。'],
    ['lately, after a purpose clause', null, '为关心困难教职工，日前，校工会启动冬季送温暖活动。'],
    [
      'a report heard at a meeting',
      '红星中学工会主席述职报告',
      '1月4日下午，全体教职工在礼堂听取了工会主席的述职报告。',
    ],
    ['headline: what the union did', '校工会为退休教师发放慰问金', '经调查摸底，校工会确定了慰问对象。'],
    ['headline: 开展…活动 after ——', '暖冬行动——东湖小学开展春节慰问活动', '节前，东湖小学工会走访了困难教师。'],
    ['headline: a report', '花开三月——2020年三八节活动报道', '三八节前夕，学校工会组织女教师观看电影。'],
    [
      'a subtitle under the headline, left as the first line',
      '迎新春 送温暖',
      '——南湖小学工会开展春节慰问活动\n腊月二十，工会委员分组走访了困难教师。',
    ],
    ['explainer', '什么是工会工作计划', '工会工作计划是工会为做好一年工作而定的目标和措施。'],
    ['a site line above the report', null, 'img/2019/a1.jpg\n6月1日上午，校工会组织教职工观看了演出。'],
    [
      'publish lines above the report',
      null,
      '发布者:工会 [发表时间]:2019-06-02\n浏览:\n6月1日，校工会举行了合唱比赛。',
    ],
    ['its subject, then the day it did it on', null, '我校第三届教代会经过一天的议程，于4月8日下午在礼堂胜利闭幕。'],
    ['done on its day, past a date it was set for', null, '区教育工会换届选举已于11月2日举行，新一届委员会产生。'],
    [
      'below its headline lines',
      null,
      '换届选举结果揭晓 本会主席连任\n凝聚会员力量\n本会换届选举已于5月20日举行，王某连任主席。',
    ],
  ])('%s', (_name, title, text) => {
    expect(documentKind(title, text).kind).toBe('other');
  });

  it.each([
    [
      'a plan dating what it will do',
      '学校工会工作计划',
      '3月8日，校工会将组织女教师开展健身活动。\n4月，召开教代会。',
      'plan',
    ],
    ['a schedule line', null, '9月10日 教师节慰问活动，由工会负责组织。\n10月 举行教工运动会，特制定本计划。', 'plan'],
    ['a summary looking back', '学校工会工作总结', '一年来，校工会开展了读书活动，召开了教代会。', 'summary'],
    ['a plan titled 开展…活动方案', '东湖小学开展教工春游活动方案', '为丰富教职工生活，特制定本方案。', 'plan'],
    ['a plan for an occasion', null, '值此三八节来临之际，校工会将举办女教职工趣味活动，具体安排如下。', 'plan'],
    ['a report to the congress', null, '各位代表：\n受主席团委托，我向大会作《提案工作报告》，请予审议。', 'summary'],
    [
      'a report on proposals handled',
      '红星小学二届三次教代会提案办理情况报告',
      '各位代表：现将提案办理情况说明如下。',
      'summary',
    ],
    ['a summary of a campaign', '校工会开展送温暖活动情况汇报', '现将送温暖活动情况汇报如下：', 'summary'],
    [
      'a subtitle that names no news',
      '凝心聚力 共谋发展',
      '——南湖小学工会2024年工作总结\n一年来，校工会开展了读书活动，召开了教代会。',
      'summary',
    ],
    ['a day it is set for', null, '校工会定于3月8日下午在操场举行女教职工趣味运动会，具体安排如下。', 'plan'],
    ['a deadline', null, '请各分工会于5月10日前组织报名，校工会将统一安排。', 'plan'],
  ])('not news: %s', (_name, title, text, kind) => {
    expect(documentKind(title, text).kind).toBe(kind);
  });

  it("reads past a headline block of short lines (who posted it, its slogans) to the report's first paragraph", () => {
    const block = [
      '扬帆再启航!和工会一起向未来!',
      '城东职业学院工会 2023-03-25',
      '实干开新局 奋进新时代',
      '新学期新气象',
      '这场会议告诉你——',
    ];
    const report =
      '3月3日下午,城东职业学院2023年秋季学期工会工作部署会在会议中心举行。会上,工会主席回顾了2022年度工作,部署了新学期的任务。';
    expect(reportsNews([...block, report].join('\n'))).not.toBeNull();
    expect(documentKind(null, [...block, report].join('\n')).kind).toBe('other');
    // Two short lines are the two-line rule's; a block over a short line, not prose, is not skipped.
    expect(belowHeadlineLines([...block, '一、工作回顾', report].join('\n'))).toMatch(/^扬帆再启航/u);
  });

  it('reads past a desk and byline to the first sentence', () => {
    expect(openingSentence('本报讯（通讯员 赵六）3月2日，校工会召开会议。').opening).toBe('3月2日，校工会召开会议。');
    expect(reportsNews('3月2日，校工会将召开会议，部署全年工作。')).toBeNull();
  });
});

describe('the year of a news report', () => {
  const year = (title: string | null, text: string) =>
    documentYear(title, text, 2025, { titleOnly: true, newsOpening: openingSentence(text).opening }).year;

  it.each([
    ['the full date it opens with', null, '2012年2月24日下午，校工会召开了女工委工作会议。', 2012],
    ['after a byline', null, '（通讯员 王五）2023年3月9日下午，分工会召开第一次会议。', 2023],
    [
      'a year the first sentence states for what it reports',
      null,
      '7月6日上午，女工委召开2007年上半年女工工作总结会议。',
      2007,
    ],
    ['the occasion it reports', null, '值此2021年元旦之际，校工会开展了送温暖活动。', 2021],
    ['the headline first', '校工会召开2018年工作部署会', '2019年1月5日，校工会召开会议。', 2018],
    [
      'the event date after the purpose, below a byline line',
      null,
      '城东小学 王丽\n为了让教职工参与学校管理，2021年1月15日上午，我校隆重召开了第三届教代会。',
      2021,
    ],
    ['the date its subject did it on', null, '为纪念建校60周年，校工会于2015年5月4日在礼堂举办了教工合唱比赛。', 2015],
    // The page lost the date's units (SCHEMA audit 4): its eight digits split one way only, the year stays whole.
    ['a full date whose units were lost', null, '城西幼儿园于20191126日召开了第三届一次教代会。', 2019],
    ['the same, opening the report', null, '20230307日下午，校工会举办了女教职工插花比赛。', 2023],
    [
      "the first sentence under a headline's two slogan lines",
      null,
      '凝心聚力谋发展\n砥砺奋进启新程\n2024年新春伊始，2月20日，我校召开教代会。',
      2024,
    ],
    [
      'a sentence of its opening that opens with the year',
      null,
      '11月28日，学院分工会召开年度总结会。\n2023年中，学院分工会组织了合唱比赛和健步走。',
      2023,
    ],
    ['an appeal stating its year', '倡议书', '全体女教职工：\n春回大地。2019年，是学校建校六十周年。', 2019],
  ])('%s', (_name, title, text, expected) => {
    expect(year(title, text)).toBe(expected);
  });

  it.each([
    ['a festival year arriving', '为了迎接2017年元旦的到来，校工会组织开展了篮球赛。'],
    ['a span start', '12月26日，交流会结束。\n各单位盘点2011年以来的工会工作。'],
    ['a year after the first sentence', '3月1日，校工会召开会议。会上部署了2023年工作。'],
    ['a span a sentence opens with', '6月3日，校工会召开会议。\n2018年以来，工会开展了多项活动。'],
    ['a deadline in a notice', '为做好评优工作，请各分工会于2015年5月4日前组织推荐。'],
    ['a date a plan will act on', '为迎接三八节，2015年3月6日，校工会将举办插花比赛。'],
  ])('none from %s', (_name, text) => {
    expect(year(null, text)).toBeNull();
  });

  it('is read by the metadata stage for news only', () => {
    const news = newDocument('/n', 0, '2016年4月12日下午，校工会召开教代会代表座谈会。\n会上，代表们发言。');
    const plan = newDocument(
      '/p',
      0,
      '为做好本年度工作，特制定本计划。\n一、2016年5月4日举办青年教师演讲比赛。',
      '学校工会工作计划',
    );
    expect(runDocumentStage(metadataStage, news, { currentYear: 2025 }).output.meta).toMatchObject({
      kind: 'other',
      year: 2016,
    });
    expect(runDocumentStage(metadataStage, plan, { currentYear: 2025 }).output.meta).toMatchObject({
      kind: 'plan',
      year: null,
    });
  });
});

describe('a hidden year and a stated one in the opening', () => {
  it.each([
    ['the stated one after it', '20__年，我校工会在上级工会领导下开展工作。现将2018年工会工作总结如下：', 2018],
    ['none when only hidden', '20xx年，我校工会在上级工会领导下开展工作。现将本年度工作总结如下：', null],
  ])('%s', (_name, text, year) => {
    expect(documentYear('学校工会工作总结', text, 2025).year).toBe(year);
  });

  it('a title that hides its year still gives none', () => {
    expect(documentYear('20xx年学校工会工作总结', '现将工作总结如下：', 2025).year).toBeNull();
  });
});

describe('an untitled report the opening rules miss', () => {
  it.each([
    [
      'a meeting told by what was said on its floor',
      '“安全工作必须常抓不懈！”区教育局副局长在开学工作会上这样要求大家。\n工作会上，校工会主席就教职工体检安排作了说明，各分工会将按要求组织落实。\n与会人员进行了交流。',
    ],
    [
      'at the meeting, in its third paragraph',
      '春风送暖，万物复苏，新学期的工作又开始了。\n为了凝聚力量，学校工会要求各组提前准备。\n在全体会员大会上，工会主席通报了上学期的收支情况，并要求大家继续努力。',
    ],
    [
      'a festival near, then the visits made',
      '中秋节将至，桂香满园，今年的慰问改为上门进行。节前工会委员分组走访困难教职工，共看望了十二位老师，送去月饼和祝福。',
    ],
    [
      'a festival come, then an event held in the same sentence',
      '2024年重阳节到来之际，为弘扬敬老传统，西湖中学工会为退休教师举办了茶话会。',
    ],
  ])('%s', (_name, text) => {
    expect(documentKind(null, text).kind).toBe('other');
  });

  it.each([
    [
      'a plan whose items name a meeting',
      '为做好本学期工作，结合学校实际，校工会拟着重抓好以下几项工作，请各组认真落实，争取取得实效。\n一、召开教代会\n会上将审议学校工作报告。',
      'plan',
    ],
    [
      'a plan for a festival near',
      '中秋节即将来临，为让教职工过一个欢乐祥和的节日，校工会将组织开展慰问活动，具体安排如下。',
      'plan',
    ],
    [
      'a plan whose head lines are item lines',
      '开展读书活动，打造书香校园\n召开工会委员会会议，研究全年工作\n本学期校工会将继续围绕学校中心工作，组织教职工开展多种活动，进一步增强工会组织的凝聚力和向心力。',
      'plan',
    ],
    [
      'a summary that says so, with a meeting in it',
      '一年来，校工会在学校党支部的领导下开展了大量工作。\n会上，代表们审议通过了学校工作报告。',
      'summary',
    ],
    [
      'a stray mark and a plan heading above a plan',
      '?\n工作安排\n本学期校工会将继续围绕学校中心工作，组织教职工开展多种活动，进一步增强工会组织的凝聚力。',
      'plan',
    ],
  ])('not news: %s', (_name, text, kind) => {
    expect(documentKind(null, text).kind).toBe(kind);
  });

  it('names the headline it found, and only in the head lines above the prose', () => {
    expect(headlineInText('新闻动态\n西湖中学举行教工合唱比赛\n12月1日下午，比赛在礼堂进行，各组轮流登台。')).toBe(
      '西湖中学举行教工合唱比赛',
    );
    const prose = '本学期校工会将继续围绕学校中心工作，组织教职工开展多种活动，进一步增强凝聚力，争取更好成绩。';
    expect(headlineInText(`${prose}\n校工会召开教代会筹备会议`)).toBeNull();
    expect(meetingProceedings('3月2日，区教育工会召开工作会议。\n会上，主席部署了全年工作。')).toBe('会上，');
    expect(meetingProceedings('会上，大家发言。\n这段在第一段。')).toBeNull();
  });
});

describe('untitled prose of one day, its words voting either way', () => {
  it.each([
    [
      'a contest held on its day, told mid-sentence',
      '为丰富教职工的业余生活，增强体质，校工会于10月12日下午在体育馆举办教职工乒乓球比赛。\n本次比赛共有30名教职工参加，决出了一、二、三等奖。\n比赛增进了友谊，大家纷纷表示今后要多参加这样的活动，以更好的状态投入工作。',
    ],
    [
      'a visit made on its day, past and ahead in its words',
      '寒冬时节，困难教职工的冷暖牵动着学校领导的心。\n11月20日晚，校长和工会主席慰问了退休教职工，送去了慰问品。\n老教师们表示感谢，工会今后将继续关心他们的生活。',
    ],
    [
      'a work done lately, said to be over',
      '在校工会精心组织下，近日，我校春节送温暖工作圆满结束，慰问人数达百余人，发放了慰问金和慰问品。',
    ],
  ])('%s → other', (_name, text) => {
    expect(documentKind(null, text).kind).toBe('other');
  });

  it.each([
    [
      'a year of work in prose',
      '校工会积极开展了文体活动，全年开展活动7次。\n3月8日组织了女教工踏青，9月10日慰问了一线教师，收到了良好效果。',
      'summary',
    ],
    [
      'a summary in numbered items, a day in its first',
      '工会组织开展了多项活动，效果良好，得到了教职工的好评和肯定。\n1.10月12日举办了教职工乒乓球比赛，决出了一、二、三等奖。\n2.组织教职工参加了全市合唱比赛，获得了二等奖。',
      'summary',
    ],
    [
      'a plan in prose with a day ahead',
      '为丰富教职工生活，校工会将于10月12日下午举办教职工乒乓球比赛，请各分工会组织报名，做好参赛准备。',
      'plan',
    ],
  ])('not a day told: %s → %s', (_name, text, kind) => {
    expect(documentKind(null, text).kind).toBe(kind);
  });
});

describe('a headline left in an untitled text is its title', () => {
  it.each([
    [
      'among site lines above it',
      '请开启脚本\n您的浏览器版本过低。请更新后浏览。\n动态新闻\n红星小学举行2023年教职工趣味运动会\n来源:红星小学\n点击数:\n本次运动会设置了拔河、跳绳等项目，将进一步增强教职工的凝聚力，大家参与热情高涨。\n争取明年再办。',
      '红星小学举行2023年教职工趣味运动会',
      2023,
    ],
    [
      'an award, the first line',
      '“凝心聚力” 东湖小学工会获区“先进职工之家”称号\n近期区总工会公布了评选结果。东湖小学工会将继续加强小家建设，争取更好成绩，为教职工办实事。',
      '“凝心聚力” 东湖小学工会获区“先进职工之家”称号',
      null,
    ],
    [
      'over a purpose that looks back, below a site line',
      '当前位置:\n区团委召开2023年学生干部总结交流会\n为回顾2023年的工作、交流经验，12月8日下午，区团委在青少年宫举行交流会。\n各组织负责人依次发言。',
      '区团委召开2023年学生干部总结交流会',
      2023,
    ],
  ])('%s', (_name, text, title, year) => {
    const out = runDocumentStage(metadataStage, newDocument('/h', 0, text), { currentYear: 2025 }).output;
    expect(out.title).toBe(title);
    expect(out.meta).toMatchObject({ kind: 'other', year });
  });
});

describe('an untitled report dating its event below its lead sentence', () => {
  const meta = (text: string, title: string | null = null) =>
    runDocumentStage(metadataStage, newDocument('/e', 0, text, title ?? undefined), { currentYear: 2025 }).output.meta;

  it.each([
    [
      'a scene, then the event on its day',
      '金秋十月，丹桂飘香。为丰富教职工的课余生活，10月12日下午，城南小学工会在操场举办了教职工趣味运动会，全校六十余名教师参加。\n比赛设拔河、跳绳等项目。',
      null,
    ],
    [
      'an occasion, then the event dated in the next paragraph',
      '在第39个教师节到来之际，为让老师们过一个温馨的节日，东湖中学工会精心策划了系列活动，得到了教职工的响应。\n2023年9月8日下午，在工会的带领下，全体教职工参加了趣味游戏。',
      2023,
    ],
    [
      'a campaign from its first day',
      '从4月10日开始，镇教育工会组织全镇教师分批到体检中心进行体检，目前已有三所学校的教师完成了体检。',
      null,
    ],
    [
      'a purpose paragraph, then the day of the review',
      '为加强二级工会职工之家建设，提高教职工的获得感和幸福感，校工会于5月至6月开展了职工之家建设申报工作。\n6月20日上午，评审组对已申报的分工会逐一进行打分评审。',
      null,
    ],
    [
      'a meeting held on two days, then a year its speakers looked back on',
      '按照年初的统一安排，2019年度中层干部述职会议利用3月2日和3月9日两个周六的时间在学校会议室举行。\n会上，各部门负责人分别汇报了履职情况。\n过去的一年，学校各项工作取得了新进展。',
      2019,
    ],
  ])('%s', (_name, text, year) => {
    expect(datedEventInLead(text)).not.toBeNull();
    expect(meta(text)).toMatchObject({ kind: 'other', year });
  });

  it.each([
    [
      'a plan setting the day',
      '为丰富教职工的业余生活，增强教职工的凝聚力和向心力，校工会定于10月12日下午在操场举办教职工趣味运动会。\n一、参加对象：全体教职工。',
    ],
    [
      'a plan dating what it will do',
      '为丰富教职工的业余生活，增强教职工的凝聚力和向心力，经研究，本学期校工会将继续开展文体活动。\n3月8日下午，将组织女教职工参加趣味比赛。',
    ],
    ['a schedule excerpt', '三月份：\n3月8日，组织女教职工开展庆三八活动。\n四月份：\n举行教工春游活动。'],
    [
      'a summary whose items date its deeds',
      '一年来，在学校党支部的领导下，校工会围绕学校中心工作，积极开展各项活动，取得了一定成绩。\n一、加强学习。3月5日，组织全体教师学习了《工会法》。',
    ],
    [
      'a chronicle of dated deeds',
      '本学期，在学校党支部的领导下，校工会围绕学校中心工作，开展了以下几项活动，现简要回顾。\n3月5日，组织全体教师学习了《工会法》。\n4月20日，举办了教职工春季运动会。',
    ],
    [
      'a chronicle of dated deeds in one paragraph',
      '本学期，在学校党支部的领导下，校工会围绕中心工作积极开展活动。3月8日下午，工会组织女教师参加了趣味比赛。4月20日，举办了教职工春季运动会。5月4日上午，组织青年教师参观了纪念馆。',
    ],
    ['a schedule line', '为丰富教职工的业余生活，增强凝聚力，校工会安排了本学期的活动。\n9月10日 召开教师节庆祝大会。'],
    [
      'a deadline',
      '为做好评优工作，增强教职工的凝聚力和向心力，校工会对推荐工作作出安排。\n各分工会于5月10日前组织推荐。',
    ],
  ])('not: %s', (_name, text) => {
    expect(datedEventInLead(text)).toBeNull();
  });

  it('leaves a titled text to its title', () => {
    const text =
      '金秋十月，丹桂飘香。为丰富教职工的课余生活，10月12日下午，城南小学工会在操场举办了教职工趣味运动会，全校教师参加。';
    expect(meta(text, '城南小学工会运动会活动总结')).toMatchObject({ kind: 'summary' });
  });
});

describe("the headline above a report's desk line", () => {
  const out = (text: string) =>
    runDocumentStage(metadataStage, newDocument('/d', 0, text), { currentYear: 2025 }).output;

  it.each([
    [
      'under a newsletter issue line, worded as no headline rule knows',
      '电子报\n- 第128期\n12位女教工获评“最美教师”\n●本报讯 教师节前夕，学校工会举行大会表彰第三届“最美教师”，12位女教职工受到表彰。\n学校工会号召全校教职工向她们学习。',
      '12位女教工获评“最美教师”',
    ],
    [
      'the desk with a byline',
      '快乐健步走 健康你我他\n本网讯（通讯员 李明）为丰富教职工生活，校工会近日组织了健步走活动，百余名教师参加。',
      '快乐健步走 健康你我他',
    ],
  ])('%s', (_name, text, title) => {
    const o = out(text);
    expect(o.title).toBe(title);
    expect(o.meta.kind).toBe('other');
  });

  it.each([
    ['a short line naming a newsletter, not a desk', '第12期\n校工会会讯导读\n一、本期要目\n工会动态与会员权益。'],
    [
      'prose above the desk',
      '为丰富教职工生活，增强凝聚力，校工会组织了健步走活动。\n本报讯 近日，百余名教师参加了活动。',
    ],
  ])('no headline: %s', (_name, text) => {
    expect(openingSentence(text).headline ?? null).toBeNull();
  });

  it('is no unit named alone above the desk', () => {
    const text = '城南区实验小学工会\n本报讯 为丰富教职工生活，校工会近日组织了健步走活动，百余名教师参加。';
    expect(openingSentence(text).headline).toBe('城南区实验小学工会');
    expect(out(text).title).toBeNull();
  });
});
