// Generic web furniture any Chinese news or 文库 page carries, whatever the site: datelines, review credits,
// tags, abstracts, image file names, literal HTML tags, back-to-top links, bracketed bylines. Every text here is
// written for this test in the shape of such pages; each positive has a hard negative a plan or report may hold.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/stages/clean/boilerplate-rules.ts';
import { removeBoilerplate } from '../../src/stages/clean/boilerplate-stage.ts';
import { loadChromeModel, removeChromeLines } from '../../src/stages/clean/chrome-lines.ts';

const rules = loadRules();
const model = loadChromeModel();
const clean = (text: string) => removeBoilerplate(text, rules);
const REPORT_A = '为丰富教职工的业余生活,学校工会于本月组织了教职工趣味运动会,全体教职工踊跃参加。';
const REPORT_B = '运动会设拔河、跳绳、投篮等项目,老师们在比赛中增进了友谊,展现了团结协作的精神风貌。';

describe('web furniture: lines that are furniture whole', () => {
  it.each([
    ['abstract-line', '概要:一年来,学校工会围绕中心工作,开展了一系列活动,取得了较好的成绩。'],
    ['abstract-line', '导语:3篇学校工会教职工运动会活动方案'],
    ['abstract-line', '导读：工会工作计划范文(篇1) 一、指导思想 ……'],
    ['abstract-line', '内容提要:本文记述了某校工会一学年的主要工作。'],
    // a 文库 page's own summary label (s21)
    ['abstract-line', '本文摘要:加强工会组织建设,关心教职工生活,推进学校民主管理,落实各项工作任务'],
    ['image-file-line', '5.jpg'],
    ['image-file-line', 'IMG_2031.JPG'],
    ['image-file-line', '合影留念.png image.png'],
    // a copy's file name as a computer numbers it
    ['image-file-line', '800 (3).jpg'],
    ['image-file-line', '运动会（2）.png'],
    ['navigation', 'TOP'],
    ['navigation', '返回顶部 TOP'],
    ['reader-intro', '下面这份中学工会工作安排,依据多份资料综合整理而成,供参考:'],
    ['reader-intro', '3篇学校工会送温暖活动方案怎么写(工会慰问活动的口号)'],
  ])('%s removes "%s"', (rule, line) => {
    const { text, removals } = clean(`${line}\n${REPORT_A}`);
    expect(text).toBe(REPORT_A);
    expect(removals.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    // a plan's own words after a label-like start, a summary named inside a sentence
    '全年工作概要如下:一是抓学习,二是抓活动。',
    '会议摘要已印发各分工会,请组织教职工学习。',
    // a picture named inside a sentence, a sentence ending in an image
    '请各分工会将活动照片(如合影.jpg)于周五前报送校工会。',
    '照片请按“姓名 (1).jpg”命名后上传,每人限报3张。',
    // top in a sentence, TOP inside a word of the text
    '学校被评为TOP10优秀单位,教职工倍感振奋。',
    // 供参考 in a plan's own sentence
    '各年级组可结合实际制订活动安排,本方案供参考。',
    // how to write something, asked inside a plan's sentence
    '组织教师研讨教学反思怎么写(以语文组为例),形成共识。',
  ])('keeps "%s"', (line) => {
    expect(clean(`${line}\n${REPORT_A}`).text).toBe(`${line}\n${REPORT_A}`);
  });
});

describe('web furniture: a news dateline opening the report', () => {
  it.each([
    ['某某在线3月5日讯(通讯员 王某某)', REPORT_A],
    ['某某日报5月12日某县讯 ', REPORT_A],
    ['某某教育网11月2日讯：', REPORT_A],
    ['本报讯 ', REPORT_A],
    ['本网讯(记者 李某)', REPORT_A],
    ['(本网讯)', REPORT_A],
    ['【本站讯】', REPORT_A],
    ['某某日报6月3日某地讯 记者王某某报道:', REPORT_A],
    ['本报讯 记者李某、通讯员张某报道：', REPORT_A],
    // s14 wide sample: a medium's desk without a date, before a space, a credit or a bracket
    ['某某网讯 ', REPORT_A],
    ['某某网讯 通讯员 王某报道:', REPORT_A],
    ['中国网·某某讯 ', REPORT_A],
    ['某某电视台讯(记者 李某)', REPORT_A],
    // s17 wide sample: a county media centre's desk before a quotation, a desk's 消息 with its reporter, a
    // medium's name with its reporters in brackets
    ['某某融媒讯', '“春风十里,不如教工运动会。”3月5日,某某县教育系统教职工运动会开幕。'],
    ['某某网消息  王某某报道', '11月12日上午,某某县教育工会举办教职工乒乓球团体赛。'],
    ['某某法制传媒网:(王某某 李某)', REPORT_A],
  ])('cuts "%s" and keeps the sentence glued to it', (dateline, sentence) => {
    const { text, removals } = clean(`${dateline}${sentence}\n${REPORT_B}`);
    expect(text).toBe(`${sentence}\n${REPORT_B}`);
    expect(removals.map((r) => r.rule)).toContain('news-dateline');
  });

  it('cuts a desk but not a report it passes on (s17)', () => {
    expect(clean(`本报讯 据新华社报道,全国教育工会召开会议。\n${REPORT_B}`).text).toBe(
      `据新华社报道,全国教育工会召开会议。\n${REPORT_B}`,
    );
  });

  it('puts a headline run into its dateline on a line of its own', () => {
    const headline = '某某小学举行“巾帼心向党 建功新时代”';
    const { text, removals } = clean(`${headline}某某教育报3月9日某地讯 ${REPORT_A}\n${REPORT_B}`);
    expect(text).toBe(`${headline}\n${REPORT_A}\n${REPORT_B}`);
    expect(removals.map((r) => r.rule)).toContain('news-dateline-after-title');
  });

  it('leaves a headline that ends in its own words whole: where it ends is unknown', () => {
    const line = `某某小学开展“三八”妇女节庆祝活动某某教育报3月9日某地讯 ${REPORT_A}`;
    expect(clean(line).text).toBe(line);
  });

  it.each([
    // 讯 inside a body sentence: good news, a brief, a newsletter, a correspondent's network
    '3月9日喜讯传来,我校工会被评为先进职工之家。',
    '学校工会3月5日快讯:教职工篮球赛圆满结束。',
    '工会每月编印工会简讯,及时宣传教职工中的先进事迹。',
    '我校通讯员队伍不断壮大,全年在县教育网发稿二十余篇。',
    '“三八”节当天,学校5月起编发的工会通讯受到好评。',
    '记者王某某报道:学校工会召开了教代会。',
    // a medium's name before 讯 with no desk after it: a signal, a newsletter's good news
    '国家电网讯号覆盖全校,教职工可随时上网学习。',
    '喜报讯 我校工会被评为先进职工之家。',
    // a piece of news the text passes on, a site named in a sentence, a report someone filed
    '县电视台消息称,教职工运动会将于下周开幕。',
    '教育网:(通知)请各校于3月5日前报送名单。',
  ])('keeps "%s"', (line) => {
    expect(clean(`${line}\n${REPORT_B}`).text).toBe(`${line}\n${REPORT_B}`);
  });
});

describe('web furniture: tags run into the title and the text', () => {
  it('cuts the tags and leaves title and text on lines of their own', () => {
    const line = `2021年某某小学工会工作总结,标签:小学工会总结,工会总结范文,http://www.example.com${REPORT_A}`;
    const { text, removals } = clean(line);
    expect(text).toBe(`2021年某某小学工会工作总结\n${REPORT_A}`);
    expect(removals.map((r) => r.rule)).toContain('tag-line-glued');
  });

  it.each([
    '每位获奖教师胸前都贴上了标签:优秀工会会员,大家倍感光荣。',
    '对慰问物品逐一登记,标签:品名、数量、发放人,做到账物相符。',
  ])('keeps a sentence with 标签 inside: "%s"', (line) => {
    expect(clean(line).text).toBe(line);
  });
});

describe('web furniture: literal HTML tags in a page given as text', () => {
  it('breaks the line at block tags and drops inline tags', () => {
    const { text, removals } = clean(`<p> ${REPORT_A}</p> <p> <strong>${REPORT_B}</strong></p>`);
    expect(text).toBe(`${REPORT_A}\n${REPORT_B}`);
    expect(new Set(removals.map((r) => r.rule))).toEqual(new Set(['html-block-tag', 'html-inline-tag']));
  });

  it.each(['参赛教师年龄<35岁的编入青年组,>=35岁的编入中年组。', '计分规则:甲<p分时记为合格。'])(
    'keeps comparisons that are no tags: "%s"',
    (line) => {
      expect(clean(line).text).toBe(line);
    },
  );
});

describe('web furniture: review credits and bracketed bylines', () => {
  const removed = (lines: string[]) => removeChromeLines(lines.join('\n'), model);

  it('removes a line of review credits (一审 二审 三审)', () => {
    const { text } = removed(['某某小学开展教职工趣味运动会', REPORT_A, REPORT_B, '(一审:张某 二审:李某 三审:王某)']);
    expect(text).not.toContain('三审');
    expect(text).toContain(REPORT_B);
  });

  it('keeps a sentence naming a reviewer', () => {
    const line = '论文评选分一审、二审两轮,一审由各分工会组织,二审由校工会组织专家评定。';
    const { text } = removed(['某某小学教职工论文评选方案', REPORT_A, line, REPORT_B]);
    expect(text).toContain(line);
  });

  it.each([
    ['(某某) |', '(某某) |'],
    ['(某某某 某某', '(某某某 某某'],
  ])('cuts a byline closing the last sentence: "%s"', (byline, cut) => {
    const { text, glued } = removed(['某某小学开展教职工趣味运动会', REPORT_A, `${REPORT_B} ${byline}`]);
    expect(text.endsWith(REPORT_B)).toBe(true);
    expect(glued.map((g) => g.cut)).toEqual([cut]);
  });

  it.each([
    `${REPORT_B}(附件略)`,
    '运动会由工会主席主持(校长致辞)并宣布开幕,老师们踊跃参赛。',
    '各项目报名工作由各年级组长负责(王某 李某',
  ])('keeps a bracketed aside: "%s"', (last) => {
    const { text, glued } = removed(['某某小学开展教职工趣味运动会', REPORT_A, last]);
    expect(glued).toEqual([]);
    expect(text).toContain(last);
  });
});

describe('web furniture: a title written twice in a row', () => {
  it.each([
    ['glued to an item', '教职工秋游活动方案教职工秋游活动方案3.各分工会做好报名工作。', '3.各分工会做好报名工作。'],
    [
      'glued to a sentence',
      '2024年中学工会工作计划2024年中学工会工作计划本学期工会将做好以下工作。',
      '本学期工会将做好以下工作。',
    ],
  ])('%s goes', (_, line, rest) => {
    const { text, removals } = clean(`${REPORT_A}\n${line}\n${REPORT_B}`);
    // (a line left empty is a paragraph break)
    expect(text.replace(/\n+/g, '\n')).toBe([REPORT_A, rest, REPORT_B].filter(Boolean).join('\n'));
    expect(removals.map((r) => r.rule)).toContain('doubled-title');
  });

  it.each([
    // a title once, a sentence repeating a word, a title then a different one
    '教职工秋游活动方案',
    '计划计划,再计划,工会工作要有计划。',
    '秋游活动方案春游活动方案均由工会拟定。',
    // standing alone, a doubled title is the page's title (clean-site-chrome keeps it for the splitter)
    '2024年中学工会工作计划2024年中学工会工作计划',
  ])('keeps "%s"', (line) => {
    expect(clean(`${REPORT_A}\n${line}`).text).toBe(`${REPORT_A}\n${line}`);
  });
});
