import { describe, expect, it } from 'vitest';
import { splitCompilation } from '../../src/stages/split/compilations.ts';
import { compilationTitle, partMarker, readsAsTitle } from '../../src/stages/split/furniture.ts';
import { leadTitle } from '../../src/stages/split/lead-title.ts';

// Text written for these tests, in the shapes real pages take.
const PLAN =
  '一、指导思想\n以服务教职工为宗旨,认真履行工会职能,团结动员全体教职工。\n二、主要工作\n1、召开教代会,审议学校工作报告。\n2、开展送温暖活动,慰问困难教职工。';
const SUMMARY =
  '2022年我校工会在上级工会的领导下,团结全体教职工,较好地完成了各项工作,现总结如下。\n一、加强民主管理\n召开了教代会,审议通过了学校工作报告。';
const split = (text: string) =>
  splitCompilation(text).documents.map((d) => ({ title: d.title, first: d.text.split('\n')[0] }));

describe('compilation furniture', () => {
  it.each([
    ['城南小学工会工作计划2000字范本5篇', '城南小学工会工作计划'],
    ['学校工会工作总结范文汇编9篇', '学校工会工作总结'],
    ['2024年学校工会工作计划范本(汇总25篇)', '2024年学校工会工作计划范本'],
    ['幼儿园工会工作计划（精选12篇）', '幼儿园工会工作计划'],
    ['中学工会工作计划2023初中10篇', '中学工会工作计划2023初中'],
    ['小学工会工作计划1500字模板6篇', '小学工会工作计划'],
    // s24: a count in characters (zb019, a030, h012, l020, x005 …)
    ['东湖幼儿园工会工作计划范文九篇', '东湖幼儿园工会工作计划'],
    ['学校工会工作计划幼儿园二十四篇', '学校工会工作计划幼儿园'],
    ['工会活动方案模板十篇', '工会活动方案'],
  ])('reads the compilation title of %s', (line, title) => {
    expect(compilationTitle(line)).toBe(title);
  });

  it.each([
    ['二、主要工作'],
    ['学校工会工作计划'],
    ['组织教职工阅读好书5篇。'],
    ['第二篇'],
    ['学校工会工作计划第三篇'],
    ['学校工会工作计划一篇'],
  ])('finds no compilation title in %s', (line) => {
    expect(compilationTitle(line)).toBeNull();
  });

  it.each([
    ['【篇1】', ''],
    ['小学工会工作计划 【篇1】', '小学工会工作计划'],
    ['篇1', ''],
    ['第1篇', ''],
    ['【一】', ''],
    ['校工会工作总结模板篇4', '校工会工作总结模板'],
  ])('reads the part marker %s', (line, title) => {
    expect(partMarker(line)).toBe(title);
  });

  it.each([
    ['二、主要工作'],
    ['我们读了一篇好文章'],
    ['学校工会工作计划'],
    ['2021 年城南小学工会工作总结 4 篇 2021 年城南小学工会工作总结'],
  ])('takes %s for no part marker', (line) => {
    expect(partMarker(line)).toBeNull();
  });

  it('reads a title through the selling words of 范文 sites', () => {
    expect(readsAsTitle('学校工会工作总结范文最新')).toBe(true);
    expect(readsAsTitle('2024学校工会工作计划和目标')).toBe(true);
    expect(readsAsTitle('欢迎来到范文网')).toBe(false);
  });
});

describe('the title of a single document', () => {
  it('is the last title-like line before the body, not site chrome', () => {
    const lines = [
      '范文网 > 工作计划 > 学校工作计划 >',
      '新学期学校2024工会工作计划',
      '分享 1024',
      '2024年新学期学校工会工作计划',
      '一、指导思想',
    ];
    expect(leadTitle(lines).title).toBe('2024年新学期学校工会工作计划');
  });

  it('is a title naming no unit, year or union only right above the text (issue 15)', () => {
    // Where it stands says it is a title: the top of the page, the text (or a salutation, a publish line) under it.
    expect(leadTitle(['学生社团工作计划', '一、指导思想', '以服务同学为宗旨。']).title).toBe('学生社团工作计划');
    expect(leadTitle(['首页 > 工作总结 >', '团支部工作总结汇报', '2023-04-07 来源:某某网', SUMMARY]).title).toBe(
      '团支部工作总结汇报',
    );
    expect(leadTitle(['城南职校2014年', '庆祝三八妇女节活动方案', '各位女教职工:', SUMMARY]).title).toBe(
      '庆祝三八妇女节活动方案',
    );
    // The part number after it is no part of it.
    expect(leadTitle(['学生社团工作计划', '学生社团工作计划1', '一、指导思想']).title).toBe('学生社团工作计划');
    // Hard negatives: a heading naming only when and how much, a line that opens text, one with no text under it.
    expect(leadTitle(['下学期主要工作安排', '一、指导思想']).title).toBeNull();
    expect(leadTitle(['活动方案如下:', '一、活动时间']).title).toBeNull();
    expect(leadTitle(['学生社团工作计划', '工会活动', '首页']).title).toBeNull();
  });

  it('is a title naming no unit that the page prints twice in a row, whatever line follows', () => {
    // The page's title over the article's own heading, above a short opening line that is no body line.
    expect(leadTitle(['青年读书会活动计划', '青年读书会活动计划', '前言', PLAN]).title).toBe('青年读书会活动计划');
    expect(leadTitle(['青年读书会活动计划', '', '青年读书会活动计划', '工作目标：', PLAN]).title).toBe(
      '青年读书会活动计划',
    );
    // Once, or two different lines, over a short line: no title.
    expect(leadTitle(['青年读书会活动计划', '前言', '首页']).title).toBeNull();
    expect(leadTitle(['青年读书会活动计划', '学生社团工作计划', '前言', '首页']).title).toBeNull();
  });

  it.each([
    [
      '2021 年城南小学工会工作总结 4 篇 2021 年城南小学工会工作总结',
      '2021 年城南小学工会工作总结',
      '2021 年城南小学工会工作总结',
    ],
    ['学校工会工作计划范文 3篇  2023年东湖中学工会工作计划', '学校工会工作计划', '2023年东湖中学工会工作计划'],
  ])('is the title after a compilation title counting its parts on one line: %s', (line, compilation, title) => {
    const lead = leadTitle([line, SUMMARY]);
    expect([lead.compilation, lead.title, lead.because]).toEqual([compilation, title, 'title-after-count']);
  });

  it.each([['城南小学工会工作计划 3 篇 附件下载'], ['组织教职工阅读好书 5 篇 学校工会工作计划']])(
    'takes no title after a count from %s when either side is no title',
    (line) => {
      expect(leadTitle([line, SUMMARY]).because).not.toBe('title-after-count');
    },
  );

  it.each([
    [['迎新春 送温暖', '——南湖小学工会开展春节慰问活动', SUMMARY], '迎新春 送温暖', 'headline-above-subtitle'],
    [
      ['书香润校园 阅读伴成长', '— 城西中学教职工读书月活动侧记', SUMMARY],
      '书香润校园 阅读伴成长',
      'headline-above-subtitle',
    ],
    // The subtitle shaped as the document's title is the title; chrome above a subtitle is no headline.
    [['凝心聚力 共谋发展', '——2024年南湖小学工会工作总结', SUMMARY], '2024年南湖小学工会工作总结', 'title-line'],
    [['首页 > 工会动态', '——南湖小学工会开展春节慰问活动', SUMMARY], '南湖小学工会开展春节慰问活动', 'news-headline'],
    [
      ['2024-02-01 09:30 来源:南湖小学', '——南湖小学工会开展春节慰问活动', SUMMARY],
      '南湖小学工会开展春节慰问活动',
      'news-headline',
    ],
  ])('is the headline above a subtitle that tells the news: %j', (lines, title, because) => {
    const lead = leadTitle(lines);
    expect([lead.title, lead.because]).toEqual([title, because]);
  });

  const SPEECH =
    '在全体代表的共同努力下,本次大会圆满完成了各项议程,即将胜利闭幕。\n一、统一思想\n会议审议通过了工作报告。';
  it.each<[string[], string | null]>([
    // A letter's or a speech's title stands right above its salutation, whatever word it ends in.
    [['城南中学第三届教代会闭幕词', '各位代表、同志们:', SPEECH], '城南中学第三届教代会闭幕词'],
    [['为山区学校捐书倡议书', '亲爱的老师们:', SPEECH], '为山区学校捐书倡议书'],
    // …with the speaker's name between them, under a column's label, or numbered as the page's first of several.
    [['城南中学教代会开幕词', '王 明', '各位代表:', SPEECH], '城南中学教代会开幕词'],
    [['教代会致辞', '城南中学第三届教代会开幕词', '各位代表、同志们:', SPEECH], '城南中学第三届教代会开幕词'],
    [['学校教代会闭幕词2', '各位代表、同志们:', SPEECH], '学校教代会闭幕词'],
    // A unit's name, a document number, a numbered heading or a sentence over the salutation is no title.
    [['城南中学工会', '各位代表、同志们:', SPEECH], null],
    [['南工字〔2024〕3号', '各位老师们:', SPEECH], null],
    [['一、会议议程', '各位代表、同志们:', SPEECH], null],
    [['大会开得很好,大家都很满意,现在请校长讲话。', '各位代表、同志们:', SPEECH], null],
  ])('reads the title over a salutation: %j', (lines, title) => {
    const lead = leadTitle(lines);
    expect(lead.title).toBe(title);
    if (title !== null) expect(lead.because).toBe('headline-over-salutation');
  });

  const REPORT =
    '在建校十五周年之际,学院隆重举行教工之家揭牌仪式,工会主席主持仪式,全体教职工参加。\n大家参观了教工之家。';
  it.each<[string[], string | null]>([
    // A column's label alone on the text's first line, over the page's own headline: the headline is the title.
    [['工会', '喜迎校庆 “教工之家”揭牌启用', '揭牌现场一角', REPORT], '喜迎校庆 “教工之家”揭牌启用'],
    [
      ['教师会章程', '城南县立城南高中教师会组织章程', '2019年6月修订', '第一章 总则'],
      '城南县立城南高中教师会组织章程',
    ],
    // A short headline over its subtitle, a unit's name, a numbered heading or a sentence under the label is none.
    [['我与春天同行', '——城南中学教工活动系列报道', REPORT], '我与春天同行'],
    [['组织章程', '城南县立城南高级中学教师会', '第一章 总则', '第一条 本会名称为城南高中教师会。'], null],
    [['工会', '一、加强民主管理工作', REPORT], null],
    [['工会', '在建校十五周年之际,学院隆重举行揭牌仪式,全体参加。', REPORT], null],
    // A label that is the whole page's only heading stays where it is (a lone 工会 at the end signs the text).
    [['女职工委员会', '1、充分发挥女职工在民主管理中的作用。', '2、做好女职工的思想工作。'], null],
  ])('reads the headline under a lone section label: %j', (lines, title) => {
    expect(leadTitle(lines).title).toBe(title);
  });

  it("does not take a speaker's line over the salutation for a title below one already read", () => {
    const [doc] = splitCompilation(`2024年城南中学工会工作报告\n工会主席 王明\n各位代表、同志们:\n${SPEECH}`).documents;
    expect(doc!.title).toBe('2024年城南中学工会工作报告');
  });

  it("keeps an official notice's number above its title in the notice's text, and drops the page's furniture (s21)", () => {
    const doc = (page: string) => splitCompilation(page).documents[0]!;
    const notice =
      '湖西区教育工会关于开展教职工读书征文活动的通知\n各基层工会:\n为丰富教职工的文化生活，现将有关事项通知如下。';
    const numbered = doc(`湖教工字〔2019〕12号\n${notice}`);
    expect(numbered.title).toBe('湖西区教育工会关于开展教职工读书征文活动的通知');
    expect(numbered.text.split('\n')[0]).toBe('湖教工字〔2019〕12号');
    expect(doc(`首页\n${notice}`).text.split('\n')[0]).toBe('各基层工会:');
  });

  it('keeps the headline above a subtitle as the title of a single document, the subtitle in its text', () => {
    expect(split(`迎新春 送温暖\n——南湖小学工会开展春节慰问活动\n${SUMMARY}`)[0]).toEqual({
      title: '迎新春 送温暖',
      first: '——南湖小学工会开展春节慰问活动',
    });
  });

  it('is read without what the page ran onto it (issue 15)', () => {
    // A site's column name after a dash, and two titles run together on one line: the last is the part's.
    expect(leadTitle(['2012年城南小学工会工作计划-工会工作计划', PLAN]).title).toBe('2012年城南小学工会工作计划');
    // …or before the title and a space, and the column names no document itself.
    expect(leadTitle(['工作计划 2024学年第一学期城南小学工会工作计划', PLAN]).title).toBe(
      '2024学年第一学期城南小学工会工作计划',
    );
    expect(split(`城南收费站工会换届工作报告 工会换届工作报告篇一\n${SUMMARY}`)[0]!.title).toBe('工会换届工作报告');
    // A page title's count in square brackets is furniture, before the part marker too; 【第1篇 opens a part.
    expect(split(`学校工会年终工作总结报告【10篇】\n学校工会年终工作总结报告【10篇】篇1\n${SUMMARY}`)[0]!.title).toBe(
      '学校工会年终工作总结报告',
    );
    expect(split(`区教育工会总结(十六篇)\n【第1篇 区教育工会工作总结范文\n${SUMMARY}`)[0]!.title).toBe(
      '区教育工会工作总结范文',
    );
    // Hard negatives: a second title with its own year, a dash inside a title, words that are no title.
    expect(leadTitle(['2006年工会工作总结-2007年工会工作计划', PLAN]).title).toBe(
      '2006年工会工作总结-2007年工会工作计划',
    );
    expect(leadTitle(['城南小学—工会工作计划', PLAN]).title).toBe('城南小学—工会工作计划');
    expect(leadTitle(['2012 年城南小学工会工作计划', PLAN]).title).toBe('2012 年城南小学工会工作计划');
  });

  it('is joined when the page broke it over two lines, and the fuller of two copies (issue 15)', () => {
    expect(leadTitle(['城南区工会2006年工作总结', '及2007年工作计划', SUMMARY]).title).toBe(
      '城南区工会2006年工作总结及2007年工作计划',
    );
    expect(leadTitle(['2019机关工会', '工作计划', PLAN]).title).toBe('2019机关工会工作计划');
    // A copy that lost its quotes, or one quote, gives way to the fuller one, before or after it.
    expect(leadTitle(['东湖小学工会“欢度新年”活动方案', '东湖小学工会欢度新年活动方案', PLAN]).title).toBe(
      '东湖小学工会“欢度新年”活动方案',
    );
    expect(leadTitle(['职工之家”建设活动实施方案', '“职工之家”建设活动实施方案', PLAN]).title).toBe(
      '“职工之家”建设活动实施方案',
    );
    // Hard negatives: a sentence goes on no title; a title is not run into the kind word of a heading below it.
    expect(leadTitle(['城南区工会2006年工作总结', '及时制定工作计划。', SUMMARY]).title).toBe(
      '城南区工会2006年工作总结',
    );
    expect(leadTitle(['2024年城南小学工会工作计划', '工作计划', PLAN]).title).toBe('2024年城南小学工会工作计划');
  });

  it('is a headline broken over two lines when the text says the words across the break (s15 wide sample)', () => {
    const report = '3月8日,东湖小学工会组织全体教职工开展工会知识进校园竞赛活动,共有80名教职工参加。';
    expect(leadTitle(['东湖小学工会开展工会', '知识进校园竞赛活动', report]).title).toBe(
      '东湖小学工会开展工会知识进校园竞赛活动',
    );
    const congress = '本学期,东湖小学召开了第三届教代会第二次会议,全体代表审议通过了学校工作报告。';
    expect(leadTitle(['东湖小学第三届教代会', '第二次会议顺利召开', congress]).title).toBe(
      '东湖小学第三届教代会第二次会议顺利召开',
    );
    // Hard negatives: a column's name over a headline, and a unit's line over a title, are said in no one run.
    expect(leadTitle(['校园快讯', '东湖小学工会开展知识竞赛活动', report]).title).toBe('东湖小学工会开展知识竞赛活动');
    expect(leadTitle(['东湖小学第一学期', '读书社团工作计划', PLAN]).title).toBe('读书社团工作计划');
  });

  it('is a headline broken inside a quotation, at the comma the quotation holds (round 39b, test16)', () => {
    const report = '2019年6月1日上午,东湖小学工会组织的“童心飞扬,欢乐六一”亲子活动在学校操场举行,气氛热烈。';
    expect(leadTitle(['东湖小学工会举行“童心飞扬,', '欢乐六一”亲子活动', report]).title).toBe(
      '东湖小学工会举行“童心飞扬,欢乐六一”亲子活动',
    );
    // Hard negative: a comma outside any quotation still ends the first line, though the text says the run.
    const plain = '2019年6月1日上午,东湖小学工会举行童心飞扬,欢乐六一亲子活动,气氛热烈。';
    expect(leadTitle(['东湖小学工会举行童心飞扬,', '欢乐六一亲子活动', plain]).title).not.toBe(
      '东湖小学工会举行童心飞扬,欢乐六一亲子活动',
    );
  });

  it('is no line that opens the text with a colon, and a headline over a summary label (s15 wide sample)', () => {
    const notice = [
      '通知公告',
      '校工会举办教职工羽毛球比赛的通知',
      '校工会定于下周三下午举办教职工羽毛球比赛,具体安排如下:',
      '一、比赛时间',
    ];
    expect(leadTitle(notice).title).toBe('校工会举办教职工羽毛球比赛的通知');
    expect(leadTitle(['推荐阅读', '学校工会活动总结说明', '摘要', SUMMARY]).title).toBe('学校工会活动总结说明');
    // Hard negative: a line above a colon's line is not made a title by it.
    expect(leadTitle(['活动安排如下:', '一、活动时间']).title).toBeNull();
  });

  it("is a part's own title below its marker's, also under a unit's header lines, which stay in its text", () => {
    const docs = splitCompilation(`机关工会工作计划篇一\n2019机关工会\n工作计划\n篇一\n${PLAN}`).documents;
    expect(docs.map((d) => d.title)).toEqual(['2019机关工会工作计划']);
    const text = `第一篇:2010工会计划\n城南区环卫处工会文件\n城环工字[2010]1号\n2010年工会工作计划\n${PLAN}\n第二篇:2011工会计划\n${SUMMARY}`;
    const parts = splitCompilation(text).documents;
    expect(parts[0]!.title).toBe('2010年工会工作计划');
    expect(parts[0]!.text.split('\n').slice(0, 2)).toEqual(['城南区环卫处工会文件', '城环工字[2010]1号']);
    // Hard negative: a schedule's heading under the marker is no title (月份活动要点).
    expect(
      splitCompilation(`中学工会工作计划 篇1\n月份活动要点\n1、慰问离退休教师\n2、召开教代会`).documents[0]!.title,
    ).toBe('中学工会工作计划');
  });

  it('is read without a part numeral written in Chinese after its kind word (…工作计划一)', () => {
    expect(leadTitle(['2021城南中学安全工作计划', '2021城南中学安全工作计划一', PLAN]).title).toBe(
      '2021城南中学安全工作计划',
    );
    expect(leadTitle(['城南中学工会工作总结范文二', SUMMARY]).title).toBe('城南中学工会工作总结范文');
    // Hard negative: a numeral that is part of the words (统一) numbers nothing.
    expect(leadTitle(['城南中学工会关于思想统一', PLAN]).title).toBeNull();
  });

  it('may end in 表 or 书 after its kind word (活动计划表, 工作计划书)', () => {
    expect(leadTitle(['首页 > 精选范文 >', '城南小学工会年度活动计划表', PLAN]).title).toBe(
      '城南小学工会年度活动计划表',
    );
    // Hard negative: a schedule's table heading inside a plan opens no new document.
    const text = `城南小学工会2024年工作计划\n${PLAN}\n${PLAN}\n城南小学工会2024年活动安排表\n月份 内容 负责人\n3月 三八节活动 工会`;
    expect(splitCompilation(text).documents).toHaveLength(1);
  });

  it('is read out of the marks a site puts around it (issue 15)', () => {
    expect(split(`篇一:《初三班主任工作计划》\n${PLAN}`)[0]!.title).toBe('初三班主任工作计划');
    expect(leadTitle(['“2010年学校工会计划”工会工作计划', PLAN]).title).toBe('2010年学校工会计划');
    // Hard negatives: quotes that are part of the title, a book named in it.
    expect(leadTitle(['“职工之家”建设活动实施方案', PLAN]).title).toBe('“职工之家”建设活动实施方案');
    expect(leadTitle(['城南小学工会《工会法》学习计划', PLAN]).title).toBe('城南小学工会《工会法》学习计划');
  });

  it("is an official notice's title (关于…的通知), not a line of page fields that ends in a kind word", () => {
    const lines = [
      '索引号: 0001-2021-00055 发布机构: 区教育局',
      '发文日期: 2021年03月24日 主题分类: 年度计划总结',
      '关于印发《城南区教育工会2023年工作要点》的通知',
      '各基层单位工会:',
      '现将《城南区教育工会2023年工作要点》印发,请各基层工会认真贯彻落实。',
    ];
    expect(leadTitle(lines).title).toBe('关于印发《城南区教育工会2023年工作要点》的通知');
    expect(leadTitle(lines.slice(1).filter((_, i) => i !== 1)).title).toBeNull();
  });

  it('names the first document of a compilation the same way, leaving the unit above it in the text', () => {
    const text = `城南职校2014年\n庆祝三八妇女节活动方案\n${PLAN}\n${PLAN}\n${PLAN}\n2014年3月1日\n倡议书\n全校女教职工们:\n${SUMMARY}`;
    const docs = splitCompilation(text).documents;
    expect(docs[0]!.title).toBe('庆祝三八妇女节活动方案');
    expect(docs[0]!.text.split('\n')[0]).toBe('城南职校2014年');
    // The compilation's own title line above it goes from its text.
    const counted = splitCompilation(`庆祝三八妇女节活动方案(精选10篇)\n${text}`).documents;
    expect(counted[0]!.title).toBe('庆祝三八妇女节活动方案');
    expect(counted[0]!.text.split('\n')[0]).toBe('城南职校2014年');
  });

  it('is the headline above a publish line on a news page', () => {
    const lines = [
      '工会动态',
      '校工会召开教职工趣味运动会筹备会',
      '2024-03-05 10:12 审核人:',
      '3月4日,校工会召开了趣味运动会筹备会,各分工会主席参加会议并讨论了比赛项目。',
    ];
    expect(leadTitle(lines).title).toBe('校工会召开教职工趣味运动会筹备会');
  });

  it.each([
    [
      ['关于开展2024年纪念“五一”', '国际劳动节系列活动的通知', '各基层工会:'],
      '关于开展2024年纪念“五一”国际劳动节系列活动的通知',
    ],
    [
      ['某教工字〔2024〕3号', '某某市教育工会关于开展全市教育系统工会', '优秀提案评比的通知', '各县(区)教育工会:'],
      '某某市教育工会关于开展全市教育系统工会优秀提案评比的通知',
    ],
    [
      ['某某学院文化活动月系列活动之二', '——关于某某学院工会举办教工羽毛球', '比赛的通知', '各部门工会:'],
      '关于某某学院工会举办教工羽毛球比赛的通知',
    ],
  ])('is a notice title the page broke over two lines, joined (s14 wide samples): %j', (head, title) => {
    const lines = [...head, '为丰富教职工文化生活,经研究,决定举办本次活动,现将有关事项通知如下。'];
    expect(leadTitle(lines).title).toBe(title);
  });

  it('does not join a notice title to a line of text under it', () => {
    const lines = ['关于开展教职工趣味运动会的通知', '各分工会:', '为丰富教职工文化生活,经研究,决定举办趣味运动会。'];
    expect(leadTitle(lines).title).toBe('关于开展教职工趣味运动会的通知');
  });

  it('is the headline above its credit line, never the credit over an empty counter (s14 wide sample)', () => {
    const lines = [
      '城南校区举办第三届教职工乒乓球赛',
      '采编:王某某',
      '浏览:',
      '4月5日,城南校区第三届教职工乒乓球赛在体育馆举行,各分工会代表队参加比赛。',
    ];
    expect(leadTitle(lines).title).toBe('城南校区举办第三届教职工乒乓球赛');
  });

  it('is the line telling what a union did on a news page without a plan title', () => {
    const lines = [
      '新闻',
      'NEWS',
      '城东中学召开工会小组长会议',
      '本网讯 3月2日下午,我校工会主席主持召开了工会小组长会议,布置了本学期工作。',
    ];
    expect(leadTitle(lines).title).toBe('城东中学召开工会小组长会议');
    expect(leadTitle(['工会活动', '城东小学', '一、指导思想']).title).toBeNull();
  });

  it('drops the compilation title and a lone part marker; the part, naming no title, is filed under the compilation', () => {
    // The compilation's title names the collection, not this text (the gold convention: its own title, or null);
    // it stays as the part's heading, evidence of its kind and unit.
    const text = `欢迎来到范文网!\n城南小学工会工作计划1500字模板6篇\n2024-04-04\n【篇1】\n${PLAN}`;
    expect(splitCompilation(text).documents).toEqual([
      expect.objectContaining({ title: null, heading: '城南小学工会工作计划', text: PLAN }),
    ]);
    // …and so is a single document right under the compilation's title.
    expect(splitCompilation(`工会小组工作计划(精选5篇)\n${PLAN}`).documents).toEqual([
      expect.objectContaining({ title: null, heading: '工会小组工作计划', text: PLAN }),
    ]);
  });

  it('takes the title before a single part marker, also on a page that starts at part 4', () => {
    expect(split(`学校工会工作总结模板(30篇)\n学校工会工作总结模板篇4\n${SUMMARY}`)).toEqual([
      { title: '学校工会工作总结模板', first: SUMMARY.split('\n')[0] },
    ]);
  });

  it('reads "compilation title + number" as the part\'s title without the number', () => {
    const text = `中学工会工作计划2024初中精选3篇\n中学工会工作计划2024初中1\n${PLAN}\n中学工会工作计划2024初中2\n${SUMMARY}`;
    expect(split(text)).toEqual([
      { title: '中学工会工作计划2024初中', first: '一、指导思想' },
      { title: '中学工会工作计划2024初中', first: SUMMARY.split('\n')[0] },
    ]);
  });

  it('drops a count of parts in square brackets from the title, a selling word after it or not', () => {
    expect(compilationTitle('2023年城南小学工会工作总结【8篇】')).toBe('2023年城南小学工会工作总结');
    expect(compilationTitle('2023年城南小学工会工作总结【8篇】最新')).toBe('2023年城南小学工会工作总结');
    expect(split(`2023年城南小学工会工作总结【8篇】\n2023年城南小学工会工作总结【8篇】篇1\n${SUMMARY}`)).toEqual([
      { title: '2023年城南小学工会工作总结', first: SUMMARY.split('\n')[0] },
    ]);
  });

  it('keeps the compilation title out of the text of a part the page shows only from its middle', () => {
    const tail = ['3、开展送温暖活动,慰问困难教职工。', '4、组织教职工健康体检。', '5、做好工会会员的发展工作。'].join(
      '\n',
    );
    const text = `城南小学工会工作计划2024小学6篇\n${tail}\n城南小学工会工作计划2024小学2\n${PLAN}`;
    const documents = splitCompilation(text).documents;
    expect(documents.map((d) => d.text.includes('6篇'))).toEqual([false, false]);
    expect(documents[0]!.title).toBeNull();
  });

  it('reads a part marker before a title in 《》, and one in a bracket left open, 【第1篇 title', () => {
    expect(split(`篇一:《城南小学班主任工作计划》\n${PLAN}`)).toEqual([
      { title: '城南小学班主任工作计划', first: '一、指导思想' },
    ]);
    expect(split(`城南区教育工会总结(八篇)\n【第1篇 城南区教育工会工作总结范文\n${SUMMARY}`)).toEqual([
      { title: '城南区教育工会工作总结范文', first: SUMMARY.split('\n')[0] },
    ]);
    expect(split(`城南小学德育工作计划 (篇1)\n${PLAN}`)).toEqual([
      { title: '城南小学德育工作计划', first: '一、指导思想' },
    ]);
  });

  it("takes a numbered intro ending in the compilation's count line for the intro, not a document", () => {
    const intro =
      '城南小学工会活动方案(精选6篇)\n一、活动方案\n活动方案是为一次活动制定的书面计划,写明目的、步骤和分工。\n二、城南小学工会活动方案(精选6篇)';
    const text = `${intro}\n城南小学工会活动方案1\n${PLAN}\n城南小学工会活动方案2\n${PLAN}`;
    const { documents, intro: found } = splitCompilation(text);
    expect(documents.map((d) => d.title)).toEqual(['城南小学工会活动方案', '城南小学工会活动方案']);
    expect(found).toBe(intro);
  });

  it('splits at bracketed numbers before titles, 【一】… 【二】…, but not at a bracketed number before a heading', () => {
    expect(split(`【一】城南小学教代会总结\n${SUMMARY}\n【二】城北小学教代会总结\n${SUMMARY}`)).toEqual([
      { title: '城南小学教代会总结', first: SUMMARY.split('\n')[0] },
      { title: '城北小学教代会总结', first: SUMMARY.split('\n')[0] },
    ]);
    const plan = `城南小学工会工作计划\n【一】加强师德建设\n${PLAN}\n【二】关心教职工生活\n${PLAN}`;
    expect(splitCompilation(plan).documents).toHaveLength(1);
  });

  it('leaves a plan that opens with its second heading, and a summary citing a year, as they are', () => {
    const plan = '二、主要工作\n1、召开教代会,审议学校工作报告。\n2、开展送温暖活动,慰问困难教职工。';
    expect(splitCompilation(plan, null).documents).toEqual([expect.objectContaining({ title: null, text: plan })]);
    expect(splitCompilation(SUMMARY, null).documents).toEqual([
      expect.objectContaining({ title: null, text: SUMMARY }),
    ]);
  });
});

describe('a byline above the title', () => {
  it('stays in the text (it names the unit) while chrome above it goes', () => {
    const text = `范文网 > 总结\n城南区新华小学\n2024年春学期教代会工作总结\n${SUMMARY}`;
    const [doc] = splitCompilation(text).documents;
    expect(doc!.title).toBe('2024年春学期教代会工作总结');
    expect(doc!.text.split('\n')[0]).toBe('城南区新华小学');
  });

  it('a faculty’s body on a cover, over its date, stays in the text too', () => {
    const text = `范文网 > 方案\n东湖学院机电系实践部\n二〇一九年四月\n义务家教服务队成立方案\n${PLAN}`;
    const [doc] = splitCompilation(text).documents;
    expect(doc!.title).toBe('义务家教服务队成立方案');
    expect(doc!.text.split('\n')[0]).toBe('东湖学院机电系实践部');
  });
});

describe("the page heading's year", () => {
  it('is passed for documents that state none: the compilation title, or a headline above the title', () => {
    expect(splitCompilation(`2024年小学工会工作计划精选3篇\n【篇1】\n${PLAN}\n【篇2】\n${PLAN}`).pageYear).toBe(2024);
    expect(
      splitCompilation(`2024年小学工会工作计划\n发布时间:2023-09-18\n城南小学工会工作计划\n${PLAN}`).pageYear,
    ).toBe(2024);
  });

  // A 范文 heading with its year run on after the plan's name (i001, r009, zb010).
  it('is the year run on after the heading’s plan name', () => {
    expect(readsAsTitle('东湖小学工会工作计划2019')).toBe(true);
    expect(splitCompilation(`东湖小学工会工作计划2019\n东湖小学工会工作计划(1)\n${PLAN}`).pageYear).toBe(2019);
    expect(readsAsTitle('工会会员2019')).toBe(false);
  });

  // One document filed untitled under a compilation's title (…计划范文(精选27篇), t002): that title is the page's heading.
  it('is the year of the compilation title one untitled document is filed under', () => {
    const heading = '2024年东湖小学工会工作计划范文(精选3篇)';
    expect(splitCompilation(`${heading}\n${PLAN}`).pageYear).toBe(2024);
  });

  it('is never an upload date or a length', () => {
    expect(splitCompilation(`小学工会工作计划2000字范本5篇\n2023-04-04\n【篇1】\n${PLAN}`).pageYear).toBeNull();
    expect(splitCompilation(PLAN).pageYear).toBeNull();
  });
});
