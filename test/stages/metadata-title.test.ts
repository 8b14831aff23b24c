// Issue 15: a document the split stage left untitled may name itself on its first line: a title line, a title a
// 文库 page ran into the text, or a news headline. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { openingTitle, titleStatedTwice } from '../../src/stages/metadata/document-title.ts';
import { metadataStage } from '../../src/stages/metadata/metadata-stage.ts';
import { withoutRunOn, withoutTitleMarks } from '../../src/lexicon/layout/titles.ts';
import { newDocument } from '../../src/model/items.ts';
import { runDocumentStage } from '../helpers/run-stage.ts';

describe('the title on the first line', () => {
  it.each([
    ['a title line', '城东小学2019年工会工作计划\n一、指导思想\n以服务教职工为中心。', '城东小学2019年工会工作计划'],
    [
      'a title after a site heading and a colon',
      '小学工会计划3篇小学工会计划一:城东小学工会工作计划\n一、指导思想',
      '城东小学工会工作计划',
    ],
    [
      'run into the text after a heading and a colon',
      '工会计划3篇工会计划一:城东小学工会工作计划 一、指导思想:服务大局',
      '城东小学工会工作计划',
    ],
    [
      'run into the text after a space',
      '青松中学2020学年工会工作计划 一年来，我校工会围绕中心工作开展活动。',
      '青松中学2020学年工会工作计划',
    ],
    [
      'run into the text after its draft remark and a space (test6 class: glued 文库 title)',
      '2020学年第二学期城东小学工会工作小结(初稿) 2020学年是学校发展的关键年,我校工会围绕中心开展了工作。',
      '2020学年第二学期城东小学工会工作小结(初稿)',
    ],
    [
      'run into the text before its year',
      'XX年区教育工会工作要点2016年，全区教育工会工作的总体思路是服务大局。',
      'XX年区教育工会工作要点',
    ],
    [
      'run into the text before its school year (test4 class: glued 文库 title)',
      'YY中学工会工作总结20222023学年第一学期 一年来,我校工会在党支部的领导下开展工作。',
      'YY中学工会工作总结',
    ],
    [
      'run into the text before its 引言 (test3/test4 class: glued 文库 title)',
      '东湖小学教职工读书活动计划引言读书是教师成长的阶梯,工会将组织读书月活动。',
      '东湖小学教职工读书活动计划',
    ],
    [
      'run into the text before its first chapter (test3 class: glued 文库 title)',
      '2026年学校工会年度工作计划第一章总体目标1.1围绕学校中心工作,服务教职工。',
      '2026年学校工会年度工作计划',
    ],
    [
      'run into the text before its period and a comma (s22: 777doc.com, test5)',
      '东湖中学女教工工作计划本学期,我校女教工工作以服务为中心,关心女教职工的工作和生活。',
      '东湖中学女教工工作计划',
    ],
    [
      "run into the site's 导语 label, its term kept (s22: 163wenku.com, test5)",
      '东湖中学团委工作计划秋季导语:在上学期工作的基础上,团委将围绕学校中心工作开展活动。',
      '东湖中学团委工作计划秋季',
    ],
    [
      "run into the text after the site's part counter (s22: 31ppt.com, test10)",
      '2026东湖小学工会工作总结篇2一年来,我校工会在上级工会的领导下,认真履行各项职能。',
      '2026东湖小学工会工作总结',
    ],
    [
      'in 【】 before the first sentence (issue 15)',
      '【城南幼儿园教师节工会活动方案通用】在每年的9月10日,我们迎来教师节。\n一、活动时间',
      '城南幼儿园教师节工会活动方案通用',
    ],
    [
      'naming no unit, run into the text after a space (issue 15)',
      '青年志愿者服务队年度计划书 服务队在系团总支的领导下,逐步发展壮大,成为校园里一支生力军。',
      '青年志愿者服务队年度计划书',
    ],
    [
      'a headline of any wording over a report of one day (issue 15)',
      '东湖小学:工会活动促和谐\n1月7日下午,东湖小学的操场上举行了教师拔河比赛。',
      '东湖小学:工会活动促和谐',
    ],
    ['a news headline', '我校工会教工合唱比赛圆满结束\n5月20日下午，比赛在礼堂举行。', '我校工会教工合唱比赛圆满结束'],
    [
      'a headline after its unit and a colon (test4 class)',
      '三小:用心用情 共建温馨小家\n为增强工会组织的服务力,区教育工会检查组一行来到三小,实地查看了教工之家的建设情况。',
      '三小:用心用情 共建温馨小家',
    ],
    [
      'a headline after its column and a bar (test4 class)',
      '凝心聚力|打造全覆盖的教职工服务阵地\n区教育工会聚焦服务教职工,推进校级教工之家建设,织密服务网络,让教职工就近享受服务。',
      '凝心聚力|打造全覆盖的教职工服务阵地',
    ],
    [
      'a news headline naming a school by its 小学 (issue 15)',
      '城西小学教师趣味运动会顺利举行\n5月15日下午，运动会在学校操场举行。',
      '城西小学教师趣味运动会顺利举行',
    ],
    [
      'a headline with a subtitle',
      '书香满园——东湖小学工会读书月侧记\n四月是读书月。',
      '书香满园——东湖小学工会读书月侧记',
    ],
    [
      'past a publish line',
      '2019-05-21 10:30\n校工会举办青年教师演讲比赛\n5月20日，比赛举行。',
      '校工会举办青年教师演讲比赛',
    ],
    [
      'past a site contact line and an image path',
      '招生热线:0123-4567890\nimg/2019/a1.jpg\n金秋送爽——城南中学工会重阳节活动报道\n重阳节前夕，老教师们相聚一堂。',
      '金秋送爽——城南中学工会重阳节活动报道',
    ],
    [
      'a headline of no known wording that the report below says again (test/test5 class)',
      '多措并举提升班组活力,激发职工创新热情\n今年以来,东湖机械厂工会多措并举提升班组活力,组织职工开展技能比武和合理化建议活动。',
      '多措并举提升班组活力,激发职工创新热情',
    ],
    [
      'a headline the report restates, without its quotes (test5 class)',
      '城南小学庆祝“教师节”\n金秋九月,我们迎来了第四十个教师节。城南小学庆祝教师节座谈会在礼堂举行,全体教职工共话师德。',
      '城南小学庆祝“教师节”',
    ],
    [
      "a headline from a site's link list, its bullet and bar set aside (test2/test5 class)",
      '※东湖中学工会召开新学期委员会议 |\n9月2日下午,东湖中学工会在会议室召开新学期委员会议,全体委员参加。',
      '东湖中学工会召开新学期委员会议',
    ],
    // s14 wide sample (6 sites): a headline of any wording standing alone over the first paragraph is the title
    [
      'a short line over prose, though the text does not say it again',
      '春风送暖迎新篇\n今年以来,东湖机械厂工会组织职工开展技能比武和合理化建议活动,成效明显。',
      '春风送暖迎新篇',
    ],
    [
      'a two-part headline over a report',
      '寒冬腊月中 拔河战犹酣\n按照惯例,教职工拔河比赛共有四支代表队参加,每支代表队均有15名队员。',
      '寒冬腊月中 拔河战犹酣',
    ],
    [
      'a headline over a part, its number set aside',
      '学校工会工作总结反思1\n在即将过去的一年中,我校工会在上级工会和学校党支部的领导下开展工作。',
      '学校工会工作总结反思',
    ],
    // Round 40 (test10 x013 and a one-line page's shape on 7+ sites): once reparagraph puts the items of a page saved
    // as one line on lines of their own, a section's name (一、 宗旨：) stands between the headline and its prose.
    [
      "a headline over a section's name and its items",
      '东湖中学家长教师会简介\n一、 宗旨：\n1. 加强家长与学校之间的联系与合作。\n2. 协助学校改善学生的福利。\n二、 会员：',
      '东湖中学家长教师会简介',
    ],
  ])('%s', (_name, text, title) => {
    expect(openingTitle(text)?.title).toBe(title);
  });

  it.each([
    ['a sentence', '为做好本年度工会工作，特制定本计划。\n一、指导思想'],
    ['a salutation', '各分工会、全体会员：\n为丰富教职工生活，校工会拟组织春游。'],
    ['a numbered heading', '一、学校工会召开教代会\n3月，召开三届二次教代会。'],
    ['a kind word inside a sentence', '2019年工会工作计划的指导思想是服务大局，围绕学校中心工作。'],
    ['a short line that is no headline', '活动安排\n3月，举行三八节活动。'],
    [
      'a title naming no unit run on without a space',
      '志愿者服务队工作计划在新学期开始之际,我们将继续开展志愿服务活动。',
    ],
    ['a school line over a plan, not a report', '东湖小学:工会活动促和谐\n本学期,工会将组织教师开展拔河比赛。'],
    ['a bracketed label that is no title', '【活动时间】9月10日下午,在学校会议室举行。\n一、活动内容'],
    ['a school line that reads as no news', '城西小学教师发展中心\n5月15日下午，运动会在学校操场举行。'],
    [
      'a field of a plan before its first paragraph',
      '活动主题:快乐运动 健康生活\n为丰富教职工的业余生活,增强体质,工会决定举办教职工趣味运动会。',
    ],
    ['a two-part line over a short line', '三小:用心用情 共建温馨小家\n一、活动时间'],
    ["a short line over sections' names alone", '东湖中学家长教师会简介\n一、 宗旨：\n二、 会员：\n三、 会费：'],
    ['a sentence naming a plan before its preface', '本学期工会工作计划前言部分由工会主席撰写,请各小组提出意见。'],
    ["a sentence naming a plan's introduction", '本学期工会工作计划引言由工会主席撰写,请各小组提出意见。'],
    ['a sentence naming a plan and a chapter', '各小组根据年度工作计划第一章的要求,制定本组的活动安排。'],
    // s14 wide sample: a line standing over prose that is no headline
    ['markup over prose', '#### 引言\n新的一年里,我们幼儿园工会将继续秉持服务教职工的宗旨,提升教职工的幸福感。'],
    [
      "a site's name and slogan",
      '某某大全网 - 海量范文在线查询\n在这紧张而又忙碌的一年里,学校工会在上级工会的领导下开展工作。',
    ],
    ["a widget's label", '论文部分内容阅读\n省工会九大以来,全省各级教育工会组织和工会干部紧紧围绕教育战线的中心工作。'],
    ['a unit alone over prose', '城西小学工会\n3月8日下午,城西小学工会组织女教职工开展趣味运动,全体女教职工参加。'],
    ['a restated line over another short line, not prose', '提升班组活力激发创新热情\n提升班组活力激发创新热情的措施'],
    [
      'a restated line that is a numbered heading',
      '一、提升班组活力\n今年,工会围绕提升班组活力组织职工开展技能比武活动。',
    ],
  ])('none from %s', (_name, text) => {
    expect(openingTitle(text)).toBeNull();
  });

  it('is given by the metadata stage only to an untitled document, and decides its kind', () => {
    const untitled = newDocument('/u', 0, '我校工会举行教工趣味运动会\n5月20日下午，运动会在操场举行。');
    const titled = newDocument(
      '/t',
      0,
      '我校工会举行教工趣味运动会\n5月20日下午，运动会在操场举行。',
      '学校工会工作总结',
    );
    const out = runDocumentStage(metadataStage, untitled, { currentYear: 2025 });
    expect(out.output.title).toBe('我校工会举行教工趣味运动会');
    expect(out.output.meta.kind).toBe('other');
    expect(out.notes.some((n) => n.rule === 'metadata.title-from-opening')).toBe(true);
    expect(runDocumentStage(metadataStage, titled, { currentYear: 2025 }).output.title).toBe('学校工会工作总结');
  });

  it('reads an untitled part by the compilation title it was filed under, which does not become its title', () => {
    const text = '一、指导思想\n以服务教职工为中心,团结全体会员。\n二、主要工作\n1、召开教代会。';
    const part = { ...newDocument('k', 2, text), heading: '城东小学2024年工会工作计划' };
    // The split stage passes the heading's year and kind with it: the year reaches the part that way only.
    part.meta.year = 2024;
    part.meta.kind = 'plan';
    const out = runDocumentStage(metadataStage, part, { currentYear: 2025 }).output;
    expect([out.title, out.meta.kind, out.meta.org, out.meta.year]).toEqual([null, 'plan', '城东小学', 2024]);
  });
});

// A page laid out in a table leaves a cell's bar beside the line that holds its title (seen on union sites of
// two spent splits and on a fresh page): the bar is the cell's edge, not the title's.
describe("a title in a table cell, without the cell's bars", () => {
  it.each([
    [
      'a headline with its closing bar',
      '西湖学院工会召开2019年春季学期工作会议 |\n3月5日下午，西湖学院工会在会议室召开工作会议。',
      '西湖学院工会召开2019年春季学期工作会议',
    ],
    [
      'a notice title between bars',
      '| 关于征集我校三届四次教代会提案的通知 |\n各分会：\n现将提案征集工作通知如下。',
      '关于征集我校三届四次教代会提案的通知',
    ],
    ['a full-width bar', '东湖小学工会工作计划 ｜\n一、指导思想', '东湖小学工会工作计划'],
  ])('%s', (_name, text, title) => {
    expect(openingTitle(text)?.title).toBe(title);
  });

  it('a notice found so is other, not a plan by its words', () => {
    const text =
      '关于征集我校三届四次教代会提案的通知 |\n各分会：\n为开好教代会，现向各分会征集提案，请各分会认真组织。';
    const out = runDocumentStage(metadataStage, newDocument('/n', 0, text), { currentYear: 2025 }).output;
    expect([out.title, out.meta.kind]).toEqual(['关于征集我校三届四次教代会提案的通知', 'other']);
  });
});

describe('a headline a site closed with a full stop, over a lead that says it again', () => {
  // Texts written for these tests.
  it('is the title, without its full stop', () => {
    const text =
      '东湖小学第二届三次教职工代表大会召开。\n近日，东湖小学第二届三次教职工代表大会在学校报告厅召开，全体代表出席，会议审议了学校工作报告。';
    expect(openingTitle(text)?.title).toBe('东湖小学第二届三次教职工代表大会召开');
  });

  it.each([
    '春天来了。\n春天来了，校工会组织教职工到南山公园踏青，大家在活动中增进了了解和友谊。',
    '工会组织教职工踏青。\n这学期我们还开展了读书活动，老师们在读书中收获了很多，大家都很满意这样的安排。',
  ])('a first sentence is none: %s', (text) => {
    expect(openingTitle(text)).toBeNull();
  });
});

// An official document's title the page broke over two lines (关于…的 / 通   知; 关于举办“…” / …比赛通知) ends on the
// line below it, perhaps below the document's number; a whole title, or one whose next line is the address, stays.
describe('an official document title broken over two lines', () => {
  const titleOf = (text: string, title: string | null = null) =>
    runDocumentStage(metadataStage, newDocument('/y', 1, text, title), { currentYear: 2025 }).output.title;

  it.each([
    [
      'split off as the title, its spaced-out end below the number',
      '关于开展全校女教工健康体检工作的',
      '某工字〔2024〕3号\n通   知\n各分工会：\n为关爱女教工健康，经研究，决定开展体检工作。',
      '关于开展全校女教工健康体检工作的通知',
    ],
    [
      'found in the text, its end on the next line',
      null,
      '某学院工字【2024】5号\n关于举办“红歌唱响新时代”\n教职工合唱比赛通知\n各分工会：\n为丰富教职工文化生活，校工会决定举办合唱比赛。',
      '关于举办“红歌唱响新时代”教职工合唱比赛通知',
    ],
    [
      'a whole title stays',
      '关于开展全校女教工健康体检工作的通知',
      '通知\n各分工会：\n为关爱女教工健康，决定开展体检工作。',
      '关于开展全校女教工健康体检工作的通知',
    ],
    [
      'a title whose next line is the address stays',
      '关于开展全校女教工健康体检工作的',
      '各分工会：\n为关爱女教工健康，决定开展体检工作。',
      '关于开展全校女教工健康体检工作的',
    ],
    ['no 关于 title stays', '城东小学工会工作计划', '通知\n一、指导思想', '城东小学工会工作计划'],
  ])('%s', (_name, title, text, expected) => {
    expect(titleOf(text, title)).toBe(expected);
  });
});

// A 范文 or 文库 page numbers the part or page it shows after the title (the shape stands on five sites of the spent
// splits; two of them, …方案范文 第1篇 and …工作计划第2页, kept it): the number is the page's, not the title's.
describe("a part's or page's number after the title", () => {
  const BODY = '\n一、指导思想\n以服务教职工为中心,团结全体会员,开展各项工作。';
  it.each([
    ['职工之家建设方案范文 第2篇', '职工之家建设方案范文'],
    ['镇教育工会上半年工作总结第3页', '镇教育工会上半年工作总结'],
  ])('%s → %s', (title, want) => {
    const doc = { ...newDocument('k', 1, BODY.trim()), title };
    const out = runDocumentStage(metadataStage, doc, { currentYear: 2025 });
    expect(out.output.title).toBe(want);
    expect(out.notes.some((n) => n.rule === 'metadata.title-counter')).toBe(true);
  });

  it.each([['工会工作计划(草案)'], ['我们的第2页人生'], ['三八节系列活动报道(二)'], ['城东小学工会工作计划(三)']])(
    'keeps %s',
    (title) => {
      const doc = { ...newDocument('k', 1, BODY.trim()), title };
      expect(runDocumentStage(metadataStage, doc, { currentYear: 2025 }).output.title).toBe(title);
    },
  );
});

describe('a day alone on the first line', () => {
  it('is a dateline, no title (y002)', () => {
    const text = [
      '2019年3月9日',
      '为了丰富教职工的业余生活,迎接春天的到来,3月8日,城东小学工会组织全体教师开展了一次登山活动。',
      '上午九点,大家从校门口出发,一路说说笑笑,来到了山脚下。',
    ].join('\n');
    expect(openingTitle(text)).toBeNull();
  });
});

describe("a title line with the page's part number in corner brackets", () => {
  it.each([['『范文2』'], ['【范文3】'], ['【篇1】']])('is the title without %s (y021)', (counter) => {
    const text = `城东幼儿园工会春季工作计划 ${counter}\n一、指导思想\n围绕幼儿园中心工作,服务全体教职工。`;
    expect(openingTitle(text)?.title).toBe('城东幼儿园工会春季工作计划');
  });
});

// s29: a page that states its title twice at its top, on lines next to each other (seen on three sites of three
// spent splits: a link list's line over the page's heading, a heading printed twice under a breadcrumb's last item,
// a heading repeated under a part marker). The shorter copy is the title.
describe('a title stated twice at the top', () => {
  it.each([
    [
      "a link list's line, then the page's heading",
      '【转载】2019春季论坛:教师工会的角色与未来(1520次观看)\n【2019春季论坛】教师工会的角色与未来\n前言\n今年春天,本会邀请多位学者与教师座谈工会的角色。',
      '【2019春季论坛】教师工会的角色与未来',
    ],
    [
      "a heading printed twice under a breadcrumb's last item",
      '3. 范文中心\n城东幼儿园工会2023年工作计划\n城东幼儿园工会2023年工作计划\n一、指导思想\n围绕幼儿园中心工作,服务全体教职工。',
      '城东幼儿园工会2023年工作计划',
    ],
    [
      'a heading repeated under a part marker, though it ends in a unit',
      '工会工作总结小学\n<二> 工会工作总结小学\n2023年城东小学工会在上级工会的领导下,开展了以下工作。',
      '工会工作总结小学',
    ],
  ])('%s', (_name, text, title) => {
    expect(openingTitle(text)?.title).toBe(title);
  });

  it.each([
    ['a sentence said again', '工会组织教师开展登山活动。\n工会组织教师开展登山活动。\n大家十分开心。'],
    ['a unit repeated', '城东小学工会委员会\n<一> 城东小学工会委员会\n3月8日,工会组织女教职工开展活动。'],
    [
      'a short line that is a copy of a longer one',
      '工会活动\n工会活动剪影与回顾:本学期开展的各项活动及教职工的感想\n3月8日,工会组织活动。',
    ],
    ['a numbered heading said again', '一、加强组织建设\n一、加强组织建设\n工会坚持民主集中制。'],
  ])('none from %s', (_name, text) => {
    expect(titleStatedTwice(text)).toBeNull();
  });
});

// s29 bug (ze022 class): a title cut from a line a page's markup opened with a quote kept the quote, never closed.
describe('a quote that opens or closes a title unpaired', () => {
  it.each([
    ["'城东小学工会工作计划", '城东小学工会工作计划'],
    ['"城东小学工会工作计划', '城东小学工会工作计划'],
    ['“城东小学工会工作总结', '城东小学工会工作总结'],
    ['城东小学工会工作总结”', '城东小学工会工作总结'],
  ])('is no part of it: %s', (line, title) => {
    expect(withoutTitleMarks(line)).toBe(title);
    expect(withoutRunOn(line)).toBe(title);
  });

  it.each([
    ["'双减'背景下的工会工作计划"],
    ['“双减”背景下的工会工作计划'],
    ['学习“工会法”活动方案'],
    ['“教工之家”揭牌'],
  ])('is kept when closed inside it: %s', (line) => {
    expect(withoutTitleMarks(line)).toBe(line);
    expect(withoutRunOn(line)).toBe(line);
  });
});

// s39 bug (test16): a table cell's bars after the site's separator (…制度 | ||) were cut one group only, the title
// keeping its ' |'.
describe("a title's bars at its end", () => {
  it.each([
    ['某某学院教职工代表大会制度 | ||', '某某学院教职工代表大会制度'],
    ['某某学院教职工代表大会制度 | | |', '某某学院教职工代表大会制度'],
    ['某某学院教职工代表大会制度｜ ｜', '某某学院教职工代表大会制度'],
    ['※校工会召开新学期工作会议 |', '校工会召开新学期工作会议'],
  ])('all go: %s', (line, title) => {
    expect(withoutTitleMarks(line)).toBe(title);
  });

  it('a bar inside the title stays', () => {
    expect(withoutTitleMarks('工会动态 | 某某学院教职工代表大会制度')).toBe('工会动态 | 某某学院教职工代表大会制度');
  });
});
