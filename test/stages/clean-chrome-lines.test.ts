// clean.chrome-lines: chrome found by line shape and place, not by wording (issue 15). Every page here is
// written for the test: a plan's body in the middle, chrome of each shape around it, worded as no rule file
// names it. The hard negatives — a plan's own short headings, month headers, its title, its signature and
// date, a table's cells, a union member's salutation — must stay.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifyLines,
  DEFAULT_CHROME_FILE,
  explainVerdict,
  lineFeatures,
  loadChromeModel,
  removeChromeLines,
} from '../../src/stages/clean/chrome-lines.ts';
import { chromeLinesStage } from '../../src/stages/clean/chrome-lines-stage.ts';
import { runSourceStage, sourceFromText } from '../helpers/run-stage.ts';

const model = loadChromeModel();

const BODY = [
  '东湖小学工会2024年工作计划',
  '一、指导思想',
  '以服务教职工为宗旨，认真履行工会维护、建设、参与、教育四项职能，推进学校民主管理。',
  '二、主要工作',
  '（一）加强民主管理',
  '1、按时召开教职工代表大会，审议学校发展规划和年度工作报告，落实代表提案。',
  '2、坚持校务公开，重大事项经教代会讨论通过后实施，接受全体教职工的监督。',
  '三月份',
  '组织女教职工开展庆祝三八妇女节系列活动，评选优秀女教师。',
  '四月份',
  '举办教职工春季趣味运动会，丰富教职工的业余文化生活。',
];
const SIGNATURE = ['东湖小学工会', '2024年2月'];

function keep(lines: string[]): string[] {
  const { text } = removeChromeLines(lines.join('\n'), model);
  return text.split('\n').filter((l) => l.trim() !== '');
}

describe('chrome-lines: chrome around the body goes, whatever its words', () => {
  it.each([
    ['a menu of category names', ['学院首页 组织机构 新闻动态 通知公告 下载专区'], []],
    ['a breadcrumb with separators', ['主页 » 工会之窗 » 文件通知 » 阅读正文'], []],
    ['a counter and a machine date', ['2024-02-20 16:05  阅读:1.2万'], []],
    ['widgets', ['打印 | 收藏 | 关闭窗口'], []],
    ['login and register', ['用户登录 | 免费注册'], []],
    ['a notice to the reader', [], ['以上内容仅供参考，希望对你有所帮助，欢迎收藏阅读。']],
    ['a Latin site name', ['UNION NEWS CENTER'], []],
    ['a site name', ['东湖教师范文网'], []],
    ['a relative time and a share widget', ['3小时前 分享到'], []],
    ['a line repeated at the top', ['工会之窗', '工会之窗'], []],
    ['a news credit after the report', [], ['（工会办公室撰稿）']],
    [
      'titles of other documents clustered after the body',
      [],
      ['西湖中学工会2023年工作总结', '北湖小学教代会工作计划', '南湖幼儿园工会工作安排'],
    ],
    ['a table of contents on one line', ['本页目录 中学工会工作计划 小学工会工作计划 幼儿园工会工作计划'], []],
    // s14 wide samples: a site's links to its accounts and pictures after the text
    ["links to the school's accounts", [], ['扫一扫二维码', '学校微信', '学校微博']],
    ['a picture viewer and a ranking widget', [], ['返回原图', '单周单篇点击量排名']],
    ['a picture-news label', [], ['图文推荐']],
    // a credit's field naming a unit is the page's byline, not the unit signing the text; more credit labels
    ['a source naming a union after the report', [], ['来源:西湖区总工会']],
    ['writer and picture credits', [], ['撰写:王某某', '图片:李某某', '审核发布:赵某、钱某']],
    ['where the report came from', [], ['来自: 某某日报']],
  ])('%s', (_, before, after) => {
    const out = keep([...before, ...BODY, ...SIGNATURE, ...after]);
    expect(out).toEqual([...BODY, ...SIGNATURE]);
  });

  it("removes a site's introduction between the page title and the document's restated title", () => {
    const page = [
      '学校工会工作计划范文',
      '计划是对未来一段时间的工作做出的安排，有了计划，工作才能有条不紊，下面一起来看看这份计划。',
      '学校工会工作计划范文1',
      ...BODY.slice(1),
    ];
    expect(keep(page)).toEqual([page[0], page[2], ...BODY.slice(1)]);
  });

  it("a sentence under a title numbered as a part is the document's opening, not an introduction (issue 15)", () => {
    const opening = '为了丰富教职工的业余生活，增强团队凝聚力，校工会于三月组织了春季登山活动。';
    const title = '东湖小学教代会总结范文';
    const page = [title, `【一】${title}`, opening, title, ...BODY.slice(1)];
    expect(keep(page)).toContain(opening);
    // …but a sentence there that speaks to the reader is still the site's introduction.
    const intro = '时间过得真快，一学期的工作结束了，下面是为大家整理的几篇总结，欢迎大家阅读参考。';
    expect(keep([title, `【一】${title}`, intro, title, ...BODY.slice(1)])).not.toContain(intro);
  });

  it('a notice among notices before the body goes with its run, though it reads as a sentence', () => {
    // Extracted from an HTML list, so each item keeps its bullet: a numbered item of the plan itself is protected.
    const page = [
      '- 1、本站资料来自会员上传，请下载前仔细核对文档的完整性，平台不提供修改服务。',
      '- 2、部分预览的文档，页面显示可能与原稿有出入，请以下载后的文件为准，谢谢理解。',
      '- 3、如文档侵犯了您的权益，请联系客服处理（工作时间：9:00-17:00）。',
      ...BODY,
    ];
    expect(keep(page)).toEqual(BODY);
  });

  it('a line with no sign of its own between two chrome lines stays (a unit above the title)', () => {
    const page = ['首页 > 通知公告 > 正文', '城南职业学校2024年', '2024-03-01 09:30 浏览:120', ...BODY];
    expect(keep(page)).toEqual(['城南职业学校2024年', ...BODY]);
  });

  it('a title naming no unit stays right above the text, also when the page repeats it (issue 15)', () => {
    const text = BODY.slice(1);
    expect(keep(['学生社团工作计划', '学生社团工作计划', ...text])).toEqual([
      '学生社团工作计划',
      '学生社团工作计划',
      ...text,
    ]);
    expect(keep(['学生会学习部工作计划', '王小明', '学生会学习部工作计划', ...text])).toEqual([
      '学生会学习部工作计划',
      '王小明',
      '学生会学习部工作计划',
      ...text,
    ]);
    // Hard negative: a repeated short line that is no title (a site's column name) still goes.
    expect(keep(['精品范文', '精品范文', ...text])).toEqual(text);
  });

  it('a news headline the page prints twice keeps the copy right above the report (issue 15)', () => {
    const [headline, ...report] = REPORT as [string, ...string[]];
    const publish = '发布日期:2024-03-09 10:12:30 发布人:东湖小学工会';
    expect(keep([headline, publish, headline, ...report])).toEqual([headline, ...report]);
    // Hard negative: a repeated column name above the report still goes.
    expect(keep(['工会动态', publish, '工会动态', ...report])).toEqual(report);
  });

  it('a title the page prints twice keeps the copy over its subtitle or its summary label (s15 wide sample)', () => {
    const [, ...report] = REPORT as [string, ...string[]];
    const subtitle = '——东湖小学工会举办教职工趣味运动会';
    expect(keep(['强健体魄 快乐工作', '强健体魄 快乐工作', subtitle, ...report])).toEqual([
      '强健体魄 快乐工作',
      subtitle,
      ...report,
    ]);
    expect(keep(['东湖小学工会举办教职工趣味运动会', '东湖小学工会举办教职工趣味运动会', '摘要', ...report])).toEqual([
      '东湖小学工会举办教职工趣味运动会',
      '摘要',
      ...report,
    ]);
    // Hard negatives: a column's name repeated over the subtitle, and a copy further up than one line, still go.
    expect(keep(['校园新闻热点', '校园新闻热点', subtitle, ...report])).toEqual([subtitle, ...report]);
    expect(keep(['强健体魄 快乐工作', '强健体魄 快乐工作', '东湖小学', subtitle, ...report])).not.toContain(
      '强健体魄 快乐工作',
    );
  });

  it('a headline printed twice in a row over the text keeps its last copy, whatever word it ends in (s17 wide sample)', () => {
    const [, ...report] = REPORT as [string, ...string[]];
    expect(keep(['2024年度工会工作述职', '2024年度工会工作述职', '东湖小学工会', ...report])).toEqual([
      '2024年度工会工作述职',
      '东湖小学工会',
      ...report,
    ]);
    expect(
      keep(['青年教师读书活动方案策划', '青年教师读书活动方案策划', '青年教师读书活动方案策划', ...report]),
    ).toEqual(['青年教师读书活动方案策划', ...report]);
    // Hard negative: a column's name printed twice over the text still goes.
    expect(keep(['工会动态', '工会动态', ...report])).toEqual(report);
  });

  it('a long headline printed twice over the text, or whole over its copy broken in two, keeps the copy next to the text (s22)', () => {
    const [, ...report] = REPORT as [string, ...string[]];
    const headline = '春风送暖 书香满园——东湖小学工会举行2024年教职工读书节启动仪式';
    expect(keep([headline, headline, ...report])).toEqual([headline, ...report]);
    const publish = '发布日期:2024-03-09 10:12:30 发布人:东湖小学工会';
    expect(
      keep([
        '【东湖小学工会】20240309通讯 第12期工会简讯导读',
        publish,
        '【东湖小学工会】20240309通讯',
        '第12期工会简讯导读',
        ...report,
      ]),
    ).toEqual(['【东湖小学工会】20240309通讯', '第12期工会简讯导读', ...report]);
    // Hard negative: a copy further up, over a motto of the site's own, is not this feature's (a blog's header).
    expect(keep([headline, '教书育人 立德树人', headline, ...report])).toContain('教书育人 立德树人');
  });

  it('a title broken after its slogan in quotes under its whole copy is one line again (s24, zc018)', () => {
    const [, ...report] = REPORT as [string, ...string[]];
    const title = '“快乐工作,健康生活”东湖小学教职工趣味运动会实施方案';
    expect(keep([title, '“快乐工作,健康生活”', '东湖小学教职工趣味运动会实施方案', ...report])).toEqual([
      title,
      ...report,
    ]);
  });

  it.each([
    ['a credit, then a column label', ['编辑：张小红', '往期回顾']],
    ['a photo file, then the site', ['IMG_20240301.jpg', '东湖教育在线']],
    ['an empty picture field, then an empty attachment field', ['照 片：', '附件下载：暂无']],
  ])("after the body, the page's footer goes from its first sign of chrome to the end: %s (issue 15)", (_, footer) => {
    expect(keep([...BODY, ...footer])).toEqual(BODY);
  });

  it('a footer is only what follows a sign of chrome, and reaches the page end (issue 15)', () => {
    // Hard negatives: short lines after the body with no chrome before them, a signature and a date, stay.
    expect(keep([...BODY, '活动安排见附表', ...SIGNATURE])).toEqual([...BODY, '活动安排见附表', ...SIGNATURE]);
    expect(keep([...BODY, '编辑：张小红', ...SIGNATURE])).toEqual([...BODY, ...SIGNATURE]);
    // …and a sentence after the sign ends no footer run: what stands before it is judged by its own shape.
    const tail = ['编辑：张小红', '工会活动', '今后我们将继续做好服务教职工的各项工作，努力提高服务水平。'];
    expect(keep([...BODY, ...tail])).toEqual([...BODY, '工会活动', tail[2]]);
  });

  it('a link bar split over lines loses the labels standing each above its own bar (s16: wide sample, test7)', () => {
    expect(keep(['某某分局', '|', '2024-05-06', '|', ...BODY])).toEqual(BODY);
    expect(keep(['#2', '|', '区教师会干事', '|', ...BODY])).toEqual(BODY);
    // A title or a written date above a bar is protected; a sentence above one is text.
    const own = ['东湖小学工会2024年工作计划', '|', ...BODY.slice(1), '|', '东湖小学工会', '2024年2月', '|'];
    expect(keep(own)).toEqual(own.filter((l) => l !== '|'));
  });

  it("a link bar's remnant under the title goes: a bar opening a short line (| 某某)", () => {
    expect(keep([BODY[0]!, '| 思远', ...BODY.slice(1)])).toEqual(BODY);
  });

  it('a stray sentence above widgets does not start the body: the widgets below it still go', () => {
    const page = ['学校工会计划怎么写，求帮忙！', '最佳答案', '推荐答案', '2024-01-05 08:10', ...BODY];
    expect(keep(page)).toEqual(['学校工会计划怎么写，求帮忙！', ...BODY]);
  });
});

describe('chrome-lines: hard negatives stay', () => {
  it('the plan alone is untouched: title, short headings, month headers, signature and date', () => {
    const page = [...BODY, ...SIGNATURE];
    expect(removeChromeLines(page.join('\n'), model).removed).toEqual([]);
  });

  it.each([
    ['a short unnumbered heading before the body', ['指导思想'], []],
    ['a unit and year above the title', ['城南职业学校', '2024年'], []],
    ['a salutation to union members', ['各分工会、全体会员：'], []],
    ['the union home named before the title', ['教工之家'], []],
    ['a written date at the end', [], ['二〇二四年二月二十日']],
    // s17 wide sample (3 sites): the sign-off's date printed the page's way stays under its signer…
    ['a sign-off dated with dots', [], ['东湖小学工会', '2024.2.20']],
    ['a sign-off dated with dashes', [], ['某某学院分工会', '2024-2-20']],
    ['a table of a schedule', [], ['时间 |', '活动内容 |', '三月 |', '女教职工健身操比赛 |']],
    ['a committee list inside the body', [], []],
  ])('%s', (_, before, after) => {
    const page = [...before, ...BODY, ...after];
    expect(keep(page)).toEqual(page);
  });

  it("…but a machine date is the page's stamp without a signer over it, or with text after it (s17)", () => {
    expect(keep([...BODY, '2024-2-20'])).toEqual(BODY);
    expect(keep(['东湖小学工会', '2024-2-20', ...BODY.slice(1)])).not.toContain('2024-2-20');
  });

  it('inside the body only certain chrome goes: a short line that is merely short stays', () => {
    const page = [...BODY.slice(0, 6), '组长 王明 李华 张强', '推荐优秀教师参加评选', ...BODY.slice(6)];
    expect(keep(page)).toEqual(page);
  });

  it('a long line is never removed whole, whatever notice it holds', () => {
    const long = `如有侵权请联系客服删除，下载文档请登录。${'组织教职工开展读书活动，撰写读书心得，交流学习体会。'.repeat(10)}`;
    expect(keep([...BODY, long])).toEqual([...BODY, long]);
  });
});

describe('chrome-lines: features and reasons', () => {
  it.each([
    ['学院首页 组织机构 新闻动态 通知公告', 'menu-run'],
    ['首页 > 工会之窗 > 正文', 'nav-separators'],
    ['| 思远', 'nav-separator'],
    ['2024-02-20 16:05', 'timestamp'],
    ['人气:2.3W', 'counter'],
    ['评论(0)', 'counter'],
    ['45.00 KB', 'counter'],
    ['• 12页 · 1.5MB', 'counter'],
    ['• 约3.5千字', 'counter'],
    ['• 8页', 'counter'],
    ['【www.example-fanwen.com--工会工作】', 'web-address'],
    ['dangjian.example.cn', 'web-address'],
    ['下载文档 | 打印', 'web-words'],
    ['希望对你有帮助', 'reader-address'],
    ['（某某供稿）', 'byline'],
    ['一、指导思想', 'heading'],
    ['三月份', 'heading'],
    ['东湖小学工会2024年工作计划', 'title'],
    ['东湖小学工会', 'signature'],
    ['2024年2月', 'signature'],
    ['学校工会工作计划 篇2', 'part-marker'],
    ['活动内容 |', 'table-cell'],
  ])('%s shows %s', (line, feature) => {
    expect([...lineFeatures(line, model)]).toContain(feature);
  });

  it('a title-shaped line with a machine date is a list entry or publish line, not the title (issue 15)', () => {
    expect(keep(['2024-02-20 工会工作计划', ...BODY])).toEqual(BODY);
    expect(keep(['2024/02/20优秀方案', ...BODY])).toEqual(BODY);
    // Hard negative: a title naming its school year keeps its protection.
    const title = '2023-2024学年度第二学期东湖小学工会工作计划';
    expect(keep([title, ...BODY.slice(1)])).toEqual([title, ...BODY.slice(1)]);
  });

  it("a site's address goes above the text; a plan's sentence naming its school's site stays (issue 15)", () => {
    const own = '活动通知及报名表请登录学校网站www.dhxx.edu.cn查看，各工会小组于3月5日前报名。';
    const page = ['【fanwen.example.com--工会工作计划】', ...BODY.slice(0, 3), own, ...BODY.slice(3)];
    expect(keep(page)).toEqual([...BODY.slice(0, 3), own, ...BODY.slice(3)]);
  });

  it.each(['教师节慰问金每人500元', '购买2KG装大米慰问困难职工', '组织骨干教师参加KB培训', '读书心得不少于800字'])(
    "%s shows no counter: money, weight and letters are a plan's own",
    (line) => {
      expect([...lineFeatures(line, model)]).not.toContain('counter');
    },
  );

  it('a removal explains itself with its feature values, score, threshold and place', () => {
    const v = classifyLines(['打印 | 收藏 | 关闭窗口', ...BODY], model).find((x) => x.chrome)!;
    expect(explainVerdict(v, model)).toMatch(/web-word 2 \+ .* ≥ 2\.5 \(before the body\)/u);
  });

  it('the stage hands on a long headline printed twice over the text for the splitter (s22)', () => {
    const headline = '春风送暖 书香满园——东湖小学工会举行2024年教职工读书节启动仪式';
    const [, ...report] = REPORT as [string, ...string[]];
    const { output } = runSourceStage(chromeLinesStage, sourceFromText([headline, headline, ...report].join('\n')));
    expect(output.text).toBe([headline, ...report].join('\n'));
    expect(output.headlinePrintedTwice).toBe(headline);
  });

  it('the stage notes every removal with its features', () => {
    const { output, notes } = runSourceStage(
      chromeLinesStage,
      sourceFromText(['用户登录 | 免费注册', ...BODY].join('\n')),
    );
    expect(output.text.startsWith(BODY[0]!)).toBe(true);
    expect(notes).toEqual([expect.objectContaining({ rule: 'chrome-lines.shape', before: '用户登录 | 免费注册' })]);
    expect(notes[0]!.reason).toMatch(/web-word/u);
  });
});

// A news report's body, for credits that stand inside or after it (issue 15: sites never seen).
const REPORT = [
  '东湖小学工会举办教职工趣味运动会',
  '3月8日下午，东湖小学工会在学校操场举办教职工趣味运动会，全体教职工参加了拔河、跳绳等比赛项目。',
  '校工会主席在总结时表示，工会将继续开展形式多样的文体活动，丰富教职工的业余生活。',
];

describe('chrome-lines: newsroom credits, filing desks and widgets (issue 15)', () => {
  it.each([
    ['credits by slash after the report', [], ['文/王小明', '编辑/李华', '初审/赵强', '终审/钱进']],
    ['credits by colon on one line', [], ['撰稿：王小明 摄影：李华 审核：赵强']],
    ['a desk reporter above the text', ['本报记者 周明'], []],
    ['an English reporter credit', ['Union News Reporter'], []],
    // s24 (zc021's shape): a reporter's role and name parted by a space alone, after the report
    ['a reporter and a name parted by a space after the report', [], ['记者 周明']],
    ['a filing desk in brackets after the report', [], ['(工会办公室、宣传部)']],
    ['share widgets of a news site', ['搜索'], ['官方微博', '官方微信']],
  ])('%s', (_, before, after) => {
    expect(keep([...before, ...REPORT, ...after])).toEqual(REPORT);
  });

  it("a page's source and an empty view counter under the headline go, with a notice sentence above them (s24, zb011's shape)", () => {
    // The page's publish line went in clean.boilerplate; the notice to the reader above the headline is a sentence,
    // so the view counter's label (浏览量:) must itself show chrome for the body to start below the two lines.
    const notice = '你正在使用的软件版本较旧，请更新后再来查看本页内容，谢谢配合。';
    const page = [notice, REPORT[0]!, '来源:东湖区东湖小学', '浏览量:', REPORT[1]!, REPORT[2]!];
    expect(keep(page)).toEqual([notice, ...REPORT]);
  });

  it('a credit standing between the headline and the text goes even inside the body', () => {
    const page = [REPORT[0]!, REPORT[1]!, '本报记者', REPORT[2]!];
    expect(keep(page)).toEqual(REPORT);
  });

  it.each([
    ['a plan roster with a reporter role', ['宣传委员：周明', '通讯员：李华、王强']],
    ['a title note in brackets under the title', ['（试行）']],
    ['a school year in brackets', ['（2023—2024学年）']],
  ])('hard negative: %s stays', (_, lines) => {
    const page = [BODY[0]!, ...lines, ...BODY.slice(1)];
    expect(keep(page)).toEqual(page);
  });

  it.each([
    ['文/王小明', 'credit'],
    ['图/李华 文/王强', 'credit'],
    ['初审：赵强', 'credit'],
    ['（文/校工会 王小明 图/李华）', 'credit'],
    ['本报记者', 'credit'],
    ['PTU News Reporter', 'credit'],
    ['记者 周明', 'credit'],
    ['责任编辑 李华 王强', 'credit'],
  ])('%s shows %s', (line, feature) => {
    expect([...lineFeatures(line, model)]).toContain(feature);
  });

  it.each(['(撰稿人:周明;审核人:张红、李华)', '审稿人：周明'])(
    '%s, a role naming its person, is a credit (s30)',
    (line) => {
      expect([...lineFeatures(line, model)]).toContain('credit');
    },
  );

  it.each([
    '组长：王明',
    '通讯员：李华',
    '文体活动',
    '一、文体活动',
    '记者节座谈会',
    '摄影 书法比赛',
    '记者 节日活动安排',
  ])('%s is no credit', (line) => {
    expect([...lineFeatures(line, model)]).not.toContain('credit');
  });
});

describe('chrome-lines: credits glued to the first or last line of the text (issue 15)', () => {
  const [headline, first, last] = REPORT as [string, string, string];
  const cleaned = (lines: string[]) => removeChromeLines(lines.join('\n'), model);

  it.each([
    ['a desk and credits opening the first line', `校报讯（文/校工会 王小明 图/李华）${first}`, last],
    ['a reporter in brackets opening the first line', `(通讯员 周明)${first}`, last],
    ['a site desk with its place opening the first line', `东湖教育新闻网南湖区讯(通讯员 周明)${first}`, last],
    ['where the page took it from, opening the first line', `[转载东湖大学工会网站]${first}`, last],
    ['a source in corner brackets opening the first line', `【转自东湖教育网】${first}`, last],
    ['a reporter closing the last line', first, `${last}（通讯员：周明）`],
    ['a bare name closing the last line', first, `${last} (周明)`],
    ['a run of credits, each a role and its name', first, `${last} （东湖小学工会供稿 撰稿:周明 摄影:李华 审核:张红）`],
    ['a reporter and a correspondent by role', first, `${last}(李华 特约通讯员:周明)`],
    ['a role naming its person closing the last line (s30)', first, `${last}（审核人:张红）`],
    ['roles naming their persons, a writer and two checkers (s30)', first, `${last}(撰稿人:周明;审核人:张红、李华)`],
  ])('%s', (_, a, b) => {
    const { text, glued } = cleaned([headline, a, b]);
    expect(text.split('\n')).toEqual(REPORT);
    expect(glued).toHaveLength(1);
  });

  it.each([
    ['a numbered item ending in the unit responsible', [...BODY, '3、做好年度工作总结。（工会）']],
    ['a month ending in the unit responsible', [...BODY, '十二月：年度工作总结。（工会、办公室）']],
    ['a last sentence pointing to an appendix', [...BODY, '具体安排见附表，请各组认真落实。（附件一）']],
    [
      'a bracket in the middle of the first line',
      [BODY[0]!, '本学期（通讯员队伍建设年）工会将加强宣传报道工作。', ...BODY.slice(1)],
    ],
    ['a bracket inside the last line', [...BODY, '组织教职工（含退休教师）参加健步走活动，增强体质。']],
    [
      'a bracket opening the first line that names no source',
      [BODY[0]!, '（来源于教职工的合理化建议）本学期工会将开展三项活动，丰富教职工生活。', ...BODY.slice(1)],
    ],
  ])('hard negative: %s stays whole', (_, page) => {
    const { text, glued } = cleaned(page);
    expect(glued).toEqual([]);
    expect(text.split('\n')).toEqual(page);
  });

  it('the stage notes the cut credit', () => {
    const { notes } = runSourceStage(
      chromeLinesStage,
      sourceFromText([headline, first, `${last}（通讯员：周明）`].join('\n')),
    );
    expect(notes).toEqual([
      expect.objectContaining({ rule: 'chrome-lines.glued.reporter-closing', before: '（通讯员：周明）' }),
      expect.objectContaining({ rule: 'chrome-lines.news-credit', after: '（通讯员：周明）' }),
    ]);
  });
});

describe('chrome-lines: a machine date above the text, an introduction opening the page (issue 15)', () => {
  it('a zero-padded publication date under the headline goes; written dates stay', () => {
    const page = [REPORT[0]!, '2024年03月08日', ...REPORT.slice(1)];
    expect(keep(page)).toEqual(REPORT);
    const signed = [...BODY, '东湖小学工会', '2024年02月20日'];
    expect(keep(signed)).toEqual(signed);
    const written = [BODY[0]!, '2024年2月20日', ...BODY.slice(1)];
    expect(keep(written)).toEqual(written);
  });

  it('a sentence opening the page above the first part marker is the site introduction', () => {
    const intro = '工会工作计划是对一学期工作的安排，本文为您整理了三篇不同侧重点的计划范文，以供参考。';
    const page = [intro, '篇一：《东湖小学工会工作计划》', ...BODY.slice(1)];
    expect(keep(page)).toEqual(page.slice(1));
  });

  it.each([
    [
      'a document above the second part',
      ['本学期工会工作以服务教职工为中心，做好以下几项工作。', '篇二：工会工作计划'],
    ],
    [
      'a sentence above a plain title',
      ['本学期工会工作以服务教职工为中心，做好以下几项工作。', '东湖小学工会工作计划'],
    ],
  ])('hard negative: %s stays', (_, top) => {
    const page = [...top, ...BODY.slice(1)];
    expect(keep(page)).toEqual(page);
  });

  it.each([['2023年03月01日'], ['2023年3月01日']])('%s is a machine date', (line) => {
    expect([...lineFeatures(line, model)]).toContain('timestamp');
  });

  // s16 (test8 gold): a clock range is when an event runs, never when a page was stamped.
  it.each([['时间:5月12日(星期三)上午8:30~11:30'], ['2024年6月1日 下午14:00-16:30'], ['地点:会议室 19:00至20:30']])(
    '%s is an event time, not a machine date',
    (line) => {
      expect([...lineFeatures(line, model)]).not.toContain('timestamp');
    },
  );

  it.each([['发布时间:2024-06-01 14:00'], ['2024年06月01日 09:30 来源:校工会'], ['2024-06-01 8:00-9:00']])(
    '%s keeps its machine date',
    (line) => {
      expect([...lineFeatures(line, model)]).toContain('timestamp');
    },
  );

  it("a schedule's time and place fields stay under their items, up to the page's end", () => {
    const page = [
      ...BODY,
      '五、活动安排',
      '1. 开幕式',
      '时间:5月12日(星期三)上午8:30-9:00',
      '地点:学校报告厅',
      '2. 趣味运动会',
      '时间:5月12日(星期三)下午2:00-4:30',
      '地点:学校操场',
    ];
    expect(keep(page)).toEqual(page);
  });
});

describe('chrome-lines: a column crumb of slash-joined labels (issue 15)', () => {
  it('goes above the text', () => {
    expect(keep(['工会报/专刊', ...REPORT])).toEqual(REPORT);
  });

  it.each([
    ['inside the body', [...BODY.slice(0, 3), '工会/教代会', ...BODY.slice(3)]],
    ['a school year above the title', ['2023/2024学年', ...BODY]],
    ['a title with a slash', ['东湖小学工会/教代会2024年工作计划', ...BODY.slice(1)]],
  ])('hard negative: %s stays', (_, page) => {
    expect(keep(page)).toEqual(page);
  });
});

describe('chrome-lines: the date of a removed machine date line (issue 15)', () => {
  it("keeps a padded date removed above the text as the page's publish date", () => {
    const { output, notes } = runSourceStage(
      chromeLinesStage,
      sourceFromText([REPORT[0]!, '2024年03月08日', ...REPORT.slice(1)].join('\n')),
    );
    expect(output.publishedAt).toBe('2024-03-08');
    expect(notes.map((n) => n.rule)).toContain('chrome-lines.published-at');
  });
});

describe('chrome-lines: empty labels, record fields, contacts, photos and bylines (issue 15)', () => {
  it.each([
    ['an empty field label between two publish lines', ['作者:刘某某', '点击:', '来源:校工会办公室'], []],
    [
      'a record of fields above the text',
      ['编号: 0012-7/2022-00031 公开单位: 县教育局', '成文日期: 2022年04月11日 类别: 计划总结'],
      [],
    ],
    ['a hotline above the text', ['咨询热线:0571-8812345'], []],
    ['a QQ number after the text', [], ['站务QQ:12345678']],
    ['camera file names around the text', ['IMG_20230412'], ['DSC01234', '教职工活动.jpg']],
    ["an author's byline: a school, then a name", ['东湖市西湖路小学 王某某'], []],
  ])('%s', (_, before, after) => {
    const out = keep([...before, ...BODY, ...SIGNATURE, ...after]);
    expect(out).toEqual([...BODY, ...SIGNATURE]);
  });

  it("a report's paragraphs between its photos are its text, also one opening with a clock time", () => {
    const report = [
      '西园小学工会举办教职工迎新年联欢活动',
      '为丰富教职工的文化生活，12月28日，学校工会在多功能厅举办迎新年联欢活动，全体教职工参加。',
      '联欢1.jpg',
      '联欢2.jpg',
      '下午3:30，首先进行的是趣味接力赛，各工会小组的老师们你追我赶，现场笑声不断，气氛十分热烈。',
      '联欢3.jpg',
      '联欢4.jpg',
      '随后进行了猜谜和套圈等游戏，老师们积极参与，在轻松的氛围中增进了彼此的了解和友谊。',
    ];
    expect(keep(report)).toEqual(report.filter((l) => !l.endsWith('.jpg')));
  });

  it("a notice's particulars and co-signers above its written date are its own, not a footer", () => {
    const notice = [
      '各分工会:',
      '为展示教职工风采,校工会决定面向全体会员征集读书心得和摄影作品,现将有关事项通知如下,请各分工会积极组织。',
      '作品要求内容积极向上,读书心得不少于800字,摄影作品须为本人原创,每人限报两件。',
      '截止时间:即日起至5月20日',
      '报送邮箱:dushu@example.edu.cn',
      '联系人:王老师,电话:6612345',
      '东湖大学工会',
      '东湖大学女教职工委员会',
      '2024年4月8日',
    ];
    expect(keep(notice)).toEqual(notice);
    // …while a footer under a machine date still goes, and a site's name injected above the signers.
    expect(keep([...notice, '责任编辑:李明', '2024-04-08 10:12'])).toEqual(notice);
    expect(keep([...notice.slice(0, 6), 'win888官方网站', ...notice.slice(6)])).toEqual(notice);
  });

  it("an official notice's number in its header stays, under a label that names a font-size widget too (s21)", () => {
    const header = ['西湖县教育工会 函', '发文日期:2019年3月2日', '发文字号:西县教工字第17号', '保密级别:普通'];
    const notice = ['主旨:请各校工会组织教职工参加春季健身活动,请查照。', ...BODY.slice(1)];
    expect(keep([...header, ...notice])).toContain('发文字号:西县教工字第17号');
    expect(keep(['湖教工字〔2019〕12号', ...notice])[0]).toBe('湖教工字〔2019〕12号');
    // The font-size widget itself still goes.
    expect(keep(['字号: 大 中 小', ...notice])).toEqual(notice);
  });

  it('bulleted fields above the text go: a photographer, an empty view count, a share label (s21)', () => {
    const fields = ['- 作者:李华', '- 拍摄:赵一鸣', '- 审核:', '- 阅读次数:', '- 发布时间:2024-05-06'];
    expect(keep([...fields, ...BODY.slice(1)])).toEqual(BODY.slice(1));
    expect(keep(['东湖小学工会2024年工作计划', '发布日期:2024-05-06', '• 分享至:', ...BODY.slice(1)])).toEqual([
      '东湖小学工会2024年工作计划',
      ...BODY.slice(1),
    ]);
    // A plan's own roster under bullets stays.
    const roster = ['- 组长:王明', '- 副组长:李华'];
    expect(keep([...BODY, ...roster, ...SIGNATURE])).toEqual([...BODY, ...roster, ...SIGNATURE]);
  });

  it("keeps a sign-off date stamped the page's way under a short unit, above a link bar's marks (s21)", () => {
    expect(keep([...BODY, '院工会', '2013-10-9', '|', '|'])).toEqual([...BODY, '院工会', '2013-10-9']);
  });

  it("a 文库 page's uploader line goes, also inside the text's frame (s21)", () => {
    const page = ['东湖小学工会工作计划.docx', '上传者:春风小铺 2023-03-01 10:20:30上传 DOCX文件 28 KB', ...BODY];
    expect(keep(page)).not.toContain(page[1]);
    expect(keep(['1. 返回', ...page])).not.toContain(page[1]);
  });

  it("a unit's credit in brackets glued after the last sentence goes; an attachment's note stays (s21)", () => {
    const last = '慰问活动让退休教师感受到了组织的温暖,也促进了学校的和谐发展。';
    for (const credit of ['(东湖镇中心校通讯组)', '(东湖中学工会/图文)', '（东湖小学工会供稿）'])
      expect(keep([...BODY, `${last}${credit}`])).toEqual([...BODY, last]);
    // A quoted line that only ends in 图文 without a unit's filing stays.
    expect(keep([...BODY, `${last}(附件:图文)`])).toEqual([...BODY, `${last}(附件:图文)`]);
  });

  it("a unit's credit glued to the last sentence goes also when a site word in it leaves that line past the body block (s25)", () => {
    // The credit names a site's 会员中心 (a web word): the line is no anchor of the body, yet it is the text's last.
    const last = '此次活动增进了教职工之间的了解,也增强了学院大家庭的凝聚力。';
    expect(keep([...BODY, `${last}(东湖会员中心工会/图文)`])).toEqual([...BODY, last]);
  });

  it("a reporter's credit broken over two lines after the last sentence goes, both halves (s25)", () => {
    const last = '此次大会的召开,对学校民主管理的推进具有重要意义。';
    expect(keep([...BODY, `${last}(通讯员`, '王小明) |'])).toEqual([...BODY, last]);
    expect(keep([...BODY, `${last}（记者`, '王小明 李青）'])).toEqual([...BODY, last]);
    // A name in brackets alone under an ordinary last line is no broken credit.
    expect(keep([...BODY, last, '王小明)'])).toContain('王小明)');
  });

  it("a paper's desk joined to its site's by a dash opens the report with its reporters (s21)", () => {
    const first = '为弘扬尊师重教的传统,县总工会走访慰问了困难教职工。';
    expect(keep([`东湖日报-东湖网讯(王小明记者李青)${first}`, ...BODY.slice(2)])[0]).toBe(first);
  });

  it("a caption of a visit, a tug-of-war or a discussion goes inside the text; a plan's place stays (s25)", () => {
    for (const caption of ['东湖小学后勤食堂慰问现场', '紧张激烈的拔河现场', '各代表团分组讨论现场'])
      expect(keep([...BODY.slice(0, 6), caption, ...BODY.slice(6)])).toEqual(BODY);
    expect(keep([...BODY.slice(0, 6), '组织青年教师观摩教学现场', ...BODY.slice(6)])).toContain(
      '组织青年教师观摩教学现场',
    );
  });

  it('a photo caption goes even inside the text; a heading naming the scene stays', () => {
    const page = [...BODY.slice(0, 6), '2024年教职工春季运动会开幕式现场', '五、活动现场', ...BODY.slice(6)];
    expect(keep(page)).toEqual([...BODY.slice(0, 6), '五、活动现场', ...BODY.slice(6)]);
  });

  it.each([
    ['an empty label alone above the text (it may be a section name)', ['活动主题：'], []],
    ['a heading term with a colon above the text', ['指导思想：'], []],
    ['a salutation with a colon', ['老师们：'], []],
    ['a signature of the union and its date', [], ['东湖小学工会 2024年3月']],
    ['a school and its union body on one line', ['东湖市西湖路小学 工会'], []],
    ['a school and one of its grades', ['东湖市第二中学 初三年级'], []],
    ['a roster after the text', [], ['组长：王某 副组长：李某']],
    ["a meeting's own header above the text", ['时间：3月5日下午 地点：学校会议室'], []],
    ['a month header with a colon', [], ['三月份：']],
    ['a numbered item', [], ['1、教代会']],
    ['a place an item ends in', [], ['组织青年教师观摩教学现场']],
    ['a bracketed remark after an item naming a place', [], ['组织青年教师观摩教学现场(工会、教务处)']],
    [
      'a phone number in a sentence of the text',
      [],
      ['报名请于3月10日前联系工会办公室，电话0571-8812345，逾期不再受理。'],
    ],
  ])('keeps %s', (_, before, after) => {
    const page = [...before, ...BODY, ...after];
    expect(keep(page)).toEqual(page);
  });

  it("a site's summary that copies the text's opening under a label goes; the text stays", () => {
    const opening = '为丰富教职工的业余生活，校工会于11月举办了教职工趣味运动会，全体教职工踊跃参加。';
    const page = ['校工会举办教职工趣味运动会', `导读：${opening}`, opening, ...BODY.slice(1)];
    expect(keep(page)).toEqual([page[0], opening, ...BODY.slice(1)]);
    // A label whose text is not the next line's opening is the document's own (目标：… then another line).
    const own = ['活动目标：增强教职工体质，丰富校园文化生活', '活动时间：11月18日下午', ...BODY.slice(1)];
    expect(keep(own)).toEqual(own);
  });

  it('a field that recurs under its own label is no restated summary: a schedule and a roster stay (s16, test8)', () => {
    const schedule = [
      '五、活动安排',
      '1. 拔河比赛',
      '时间:11月18日(星期五)下午3:30-4:30 地点:学校操场',
      '2. 跳绳比赛',
      '时间:11月18日(星期五)下午4:30-5:30 地点:学校体育馆',
    ];
    expect(keep([...BODY, ...schedule])).toEqual([...BODY, ...schedule]);
    const roster = [
      '组长:王某某',
      '成 员:李某 赵某 钱某 孙某 周某某 吴某某',
      '2、成立创建办公室。',
      '成员:李某 赵某 钱某 孙某 周某某 吴某某',
    ];
    const page = [...BODY.slice(0, 4), ...roster, ...BODY.slice(4)];
    expect(keep(page)).toEqual(page);
  });

  it('a summary run on after the title, copying a line further down, goes; the title below it stays (issue 15)', () => {
    const item = '二、例会。每学期召开两次工会委员例会，研究部署阶段工作，会后形成纪要。';
    const rules = ['东湖小学工会例会规定', '一、组成。工会委员会由全体委员组成，主席主持日常工作。', item];
    const page = [`东湖小学工会例会规定内容提要：${item.slice(2, 30)}`, ...rules];
    expect(keep(page)).toEqual(rules);
  });

  it("a site's list of other news above the text goes: three or more headlines naming no union, school or staff", () => {
    const list = [
      '某市暴雨致多条道路积水',
      '新款手机发布,售价引热议',
      '足球联赛第十轮战罢 主队客场失利',
      '某地古镇迎来旅游高峰?',
    ];
    expect(keep([...list, ...BODY, ...SIGNATURE])).toEqual([...BODY, ...SIGNATURE]);
    // …but a union's own news list names the union or the school, and two lines are no list.
    const own = ['东湖小学工会召开委员会议', '区教育工会举办教师合唱比赛', '城南中学教职工运动会开幕'];
    expect(keep([...own, ...BODY, ...SIGNATURE])).toEqual([...own, ...BODY, ...SIGNATURE]);
    expect(keep([...list.slice(0, 2), ...BODY])).toEqual([...list.slice(0, 2), ...BODY]);
    // A report's slogans above it are couplets of matched halves, no list of other news.
    const slogans = ['同心筑梦谋发展 携手奋进创佳绩', '春风化雨润桃李 立德树人育英才', '实干开新局 建功新时代'];
    expect(keep([...slogans, ...BODY])).toEqual([...slogans, ...BODY]);
    // A record's labelled fields are no headlines (other features judge them).
    const fields = [
      '报送单位: 某某科室 报送方式: 书面',
      '公开形式: 依申请公开 适用范围: 本校',
      '联系科室: 办公室 联系方式: 面谈',
    ];
    expect(keep([...fields, ...BODY])).toEqual([...fields, ...BODY]);
  });

  it("a poem's lines between the document's title and its first sentence are its opening, no list of news (s21)", () => {
    const poem = [
      '东湖中学志愿者学雷锋活动汇报',
      '春风吹过校园',
      '走进社区与街巷',
      '汗水是他们青春的勋章',
      '笑容是他们无声的誓言',
      '温暖是他们留下的足迹',
      '他们走在',
    ];
    const text = [
      '学雷锋,树新风,用青春服务社会。三月以来,我校志愿者服务队走进社区,开展了清扫、慰问等志愿服务活动。',
      ...BODY.slice(2),
    ];
    expect(keep([...poem, ...text])).toEqual([...poem, ...text]);
    // A list of other news above the title is still chrome.
    const list = ['某市暴雨致多条道路积水', '新款手机发布,售价引热议', '足球联赛第十轮战罢 主队客场失利'];
    expect(keep([...list, ...poem, ...text])).toEqual([...poem, ...text]);
  });

  it('one line holding a bulleted list of other news goes after the text, bar and all; a share widget with it', () => {
    const list = '●某某:这项新政策谁来买单? ●某某:说真话的勇气从何而来 ●某某:年金改革的代价 ●某某:东亚学生的数学秘密 |';
    expect(keep([...BODY, ...SIGNATURE, '※文章分享 |', list])).toEqual([...BODY, ...SIGNATURE]);
  });

  it("a plan's own lists stay: short activity items, a school calendar's rows, bulleted items inside the text", () => {
    const items = ['拔河比赛', '跳绳比赛', '踢毽子比赛', '趣味投篮'];
    const calendar = ['第1周 开学准备 制定计划', '第2周 新学期第一次委员会议', '第3周 教职工代表大会筹备'];
    const bulleted = '●春季登山踏青活动安排 ●读书分享沙龙活动安排 ●健身操比赛活动安排';
    for (const own of [items, calendar, [bulleted]]) {
      const page = [...BODY.slice(0, 3), ...own, ...BODY.slice(3), ...SIGNATURE];
      expect(keep(page)).toEqual(page);
    }
    // …and so do they when they close the text, after its last sentence.
    expect(keep([...BODY, ...items])).toEqual([...BODY, ...items]);
  });

  it('a line of bars and square brackets only goes, wherever it stands', () => {
    expect(keep(['|', ...BODY.slice(0, 3), '[', ']', ...BODY.slice(3), '|'])).toEqual(BODY);
  });

  it('so does any line of marks only: a drawn rule, markup signs, a row of bullets, backslashes', () => {
    expect(keep(['####', ...BODY.slice(0, 3), '---', '**', ...BODY.slice(3), '• • •', '\\\\'])).toEqual(BODY);
    // a line with one letter, digit or character is judged as before: a plan's 一、 or a lone 1 stays inside
    const own = [...BODY.slice(0, 3), '1', ...BODY.slice(3)];
    expect(keep(own)).toEqual(own);
  });

  it("a link's prompt to click and the site's admin link go around the text; a plan's 按此 stays", () => {
    expect(keep(['***教师会成立流程图请按此***', ...BODY, '后台管理'])).toEqual(BODY);
    const own = [...BODY, '各组按此标准执行。'];
    expect(keep(own)).toEqual(own);
  });

  it('a lone line ending in | is a link bar, not a table: it goes above the text', () => {
    expect(keep(['范文首页工作总结工作计划演讲稿讲话稿心得体会 |', ...BODY])).toEqual(BODY);
  });

  it.each([
    ['IMG_2031', 'file-name'],
    ['DSC04029.JPG', 'file-name'],
    ['客服QQ:8812345', 'contact'],
    ['浏览：', 'empty-label'],
    ['某某中学 李某某', 'school-byline'],
    ['全体教职工合影', 'caption'],
    ['2024年工会工作布置会议现场', 'caption'],
    // test4 class: a caption with its photographer's credit after it
    ['教职工趣味运动会比赛现场(摄影:王某)', 'caption'],
    ['新春慰问活动现场（图/李某某）', 'caption'],
  ] as const)('%s shows %s', (line, feature) => {
    expect(lineFeatures(line, model).has(feature)).toBe(true);
  });
});

describe('chrome-lines: captions by what they say (s24, test12 class)', () => {
  // A news report of one event, in our own words, with a photo's caption between its paragraphs.
  const REPORT = [
    '东湖中学工会举办退休教师迎新座谈会',
    '1月10日上午，东湖中学工会在行政楼会议室举办退休教师迎新座谈会，三十余位退休教师应邀参加。',
    '座谈会由工会主席李某某主持，王校长向老教师们介绍了学校一年来的发展情况，并送上新年的祝福。',
    '老教师们纷纷表示，学校的发展让他们倍感欣慰，希望学校在新的一年里再创佳绩。',
  ];
  const withCaption = (caption: string, at: number) => [...REPORT.slice(0, at), caption, ...REPORT.slice(at)];

  it.each([
    ['a speaker with an office and a name, between paragraphs', '东湖区教育工会主席赵某某致辞', 2],
    ['a speaker by office, between paragraphs', '王校长发表讲话', 3],
    ['a teacher speaking for the staff, after the last paragraph', '刘某某老师代表全体退休教师发言', 4],
    ['a scene of the meeting, between paragraphs', '迎新座谈会全景', 2],
  ])('%s goes: %s', (_, caption, at) => {
    expect(keep(withCaption(caption, at))).toEqual(REPORT);
  });

  it("a meeting's agenda keeps its speakers: an item under a heading or among the agenda's short lines", () => {
    const agenda = [
      '东湖中学第五届教职工代表大会第二次会议议程',
      '一、会议时间：2024年3月8日下午2:30，会议地点：学校报告厅，参加人员：全体教职工代表。',
      '二、会议议程',
      '主持人宣布大会开幕',
      '副校长讲话',
      '教育局工会主席致辞',
      '学校工会主席作工作报告',
      '三、有关要求：请各位代表提前十分钟入场，按指定座位就座，会议期间手机调至静音。',
    ];
    expect(keep(agenda)).toEqual(agenda);
  });

  it('a line saying what a speaker reported is no caption, nor a speaker line holding a sentence', () => {
    const lines = withCaption('何某某园长做2023年工作报告', 2);
    expect(keep(lines)).toEqual(lines);
    const said = withCaption('王校长发表讲话，勉励大家再接再厉。', 2);
    expect(keep(said)).toEqual(said);
  });

  it("the scene word needs an event before it (全景 of a place is a plan's own line)", () => {
    expect(lineFeatures('东湖中学校园全景', model).has('caption')).toBe(false);
    expect(lineFeatures('2024年教职工迎春座谈会全景', model).has('caption')).toBe(true);
  });

  it("a caption rule's example must match its pattern, and no pattern may match a plan's agenda item", () => {
    const raw = JSON.parse(readFileSync(DEFAULT_CHROME_FILE, 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'chrome-captions-'));
    const write = (captions: unknown) => {
      const file = join(dir, 'chrome.json');
      writeFileSync(file, JSON.stringify({ ...raw, captions }));
      return file;
    };
    const rule = { id: 'x', why: 'a test rule of captions', after: 'prose' };
    expect(() => loadChromeModel(write([{ ...rule, example: '某某合影', pattern: '致辞$' }]))).toThrow(/example/);
    expect(() => loadChromeModel(write([{ ...rule, example: '校长讲话', pattern: '讲话$' }]))).toThrow(/too broad/);
  });
});

describe('chrome-lines: captions of a visit at a place, and of a speaker at work (s39, test16 and test14 class)', () => {
  // A report of visits in our own words; the photos' captions say who visited where.
  const TITLE = '东湖中学工会开展暑期送清凉活动';
  const OPENING = '7月下旬，东湖中学工会主席带领工会工作人员，看望慰问了暑期坚守岗位的后勤、保卫和基建一线教职工。';
  const CLOSING = '此次活动把学校的关怀送到了一线教职工的心坎上，受到了大家的欢迎。';
  const CREDIT = '编辑：王某某';

  it('a visit caption goes before the report, and above its credit', () => {
    expect(keep([TITLE, '工会工作人员在北湖校区食堂送清凉', OPENING, CLOSING])).toEqual([TITLE, OPENING, CLOSING]);
    expect(keep([TITLE, OPENING, CLOSING, '赵某某在退休教师孙某某家慰问', CREDIT])).toEqual([TITLE, OPENING, CLOSING]);
  });

  it("a speaker at work goes right under a paragraph; a plan's agenda keeps its speaker", () => {
    expect(keep([TITLE, OPENING, '李书记在做提案工作说明', CLOSING])).toEqual([TITLE, OPENING, CLOSING]);
    const agenda = ['二、会议议程', '主持人宣布大会开幕', '李书记在做提案工作说明', '三、有关要求'];
    expect(classifyLines(agenda, model).some((v) => v.features.includes('caption'))).toBe(false);
  });

  it('the text stays: an event as the subject, a line ending in anything else, a visit told in a sentence', () => {
    const closing = [TITLE, OPENING, '大会在庄严的国际歌声中落下帷幕', CLOSING];
    expect(keep(closing)).toEqual(closing);
    const plan = [TITLE, OPENING, '工会工作人员在暑期坚守岗位', CLOSING];
    expect(keep(plan)).toEqual(plan);
    const told = [TITLE, OPENING, '7月20日，工会工作人员在北湖校区食堂送清凉。', CLOSING];
    expect(keep(told)).toEqual(told);
  });
});

describe('chrome-lines: photos’ captions in a run between a report’s sentences (s28, test12 and test13 class)', () => {
  // A news report in our own words; photos' captions carry no picture word.
  const OPENING =
    '5月20日下午，西湖中学工会在学校体育馆举办第三届教职工乒乓球比赛，来自八个工会小组的四十余名教职工参赛。';
  const MIDDLE = '比赛分为团体赛和个人赛两个阶段，经过两天的激烈角逐，各项比赛的名次最终揭晓。';
  const CLOSING = '本次比赛增进了各部门之间的交流，展现了教职工积极向上的精神面貌。';

  it('a run of short lines between two sentences of a report goes: an opening, then results', () => {
    const page = [
      OPENING,
      '摩拳擦掌、准备上场的各组选手',
      '工会副主席李某某宣布比赛开始',
      MIDDLE,
      '后勤服务中心工会小组获得第一名',
      '语文教研组工会小组获得第二名',
      '数学组与英语组并列第三名',
      CLOSING,
    ];
    expect(keep(page)).toEqual([OPENING, MIDDLE, CLOSING]);
  });

  it('numbered siblings go also at the edge of the page (…现场1 / …现场2)', () => {
    expect(keep([OPENING, CLOSING, '乒乓球比赛现场1', '乒乓球比赛现场2'])).toEqual([OPENING, CLOSING]);
    expect(keep(['团体赛一角', '个人赛精彩瞬间一', '个人赛精彩瞬间二', OPENING, CLOSING])).toEqual([OPENING, CLOSING]);
  });

  it('a subheading alone over its paragraph stays, and so does a list of one kind between sentences', () => {
    const sub = [OPENING, '团体赛精彩纷呈', MIDDLE, '个人赛高手云集', CLOSING];
    expect(keep(sub)).toEqual(sub);
    const teams = [OPENING, '“东门社区”服务队', '“南湖公园”服务队', '“北街广场”服务队', CLOSING];
    expect(keep(teams)).toEqual(teams);
  });

  it("a plan's short lines stay: headings, month headers, items after a colon, a schedule, a title, a signature", () => {
    const plan = [
      '西湖中学工会2025年工作计划',
      '一、指导思想',
      '以服务教职工为宗旨，认真履行工会的各项职能，推进学校民主管理，建设和谐校园。',
      '三月份',
      '四月份',
      '组织教职工开展春季健步走活动，丰富教职工的业余文化生活，增强教职工体质。',
      '本学期开展以下文体活动：',
      '趣味投篮',
      '拔河比赛',
      '组织各工会小组开展评比，表彰先进工会小组和优秀工会积极分子，营造良好氛围。',
      '西湖中学工会',
      '2025年2月',
    ];
    expect(keep(plan)).toEqual(plan);
    const numbered = [
      '1、组织教职工开展春季健步走活动，丰富教职工的业余文化生活，增强教职工体质。',
      '负责人 赵某 钱某',
      '参加对象全体教职工',
      '2、组织各工会小组开展评比，表彰先进工会小组和优秀工会积极分子，营造良好氛围。',
    ];
    expect(keep(numbered)).toEqual(numbered);
    const schedule = [OPENING, '上午9:00 开幕式', '上午9:30 团体赛', MIDDLE, CLOSING];
    expect(classifyLines(schedule, model).some((v) => v.features.includes('caption'))).toBe(false);
  });

  it("the run's bounds are data (captionRun in chrome-lines.json)", () => {
    expect(model.captionRun).toEqual({ fewest: 2, longest: 30 });
  });
});

describe('chrome-lines: a list of people by name, unit and post is the text, no caption run (s39, test16 class)', () => {
  // A report of honours in our own words: the honour's line, then each person with their unit and post.
  const OPENING = '近日，省总工会印发表彰决定，南湖市教育系统1个集体、5名个人受到表彰。';
  const CLOSING = '希望全市教育系统广大教职工以先进为榜样，立足岗位，再创佳绩。';
  const LIST = [
    '省五一劳动奖章',
    '王某某 南湖大学文学院教师',
    '省先进集体',
    '南湖市第二中学初三年级组',
    '省先进工作者',
    '李某(女) 东湖县实验幼儿园园长',
    '赵 某 南湖市教育局基础教育科科员',
    '钱某某 西湖中学党总支书记',
  ];

  it('the list stays between two sentences of the report', () => {
    const page = [OPENING, ...LIST, CLOSING];
    expect(keep(page)).toEqual(page);
  });

  it('and on a page that captions a photo elsewhere', () => {
    const page = [OPENING, '表彰大会现场', ...LIST, CLOSING];
    expect(keep(page)).toEqual([OPENING, ...LIST, CLOSING]);
  });

  it('a run of captions naming one or two people with a post still goes', () => {
    const page = [OPENING, '王某某 南湖大学文学院教师', '校长为获奖教师颁奖', '与会代表认真听取报告', CLOSING];
    expect(keep(page)).toEqual([OPENING, CLOSING]);
  });

  it('the roster is data (captionRoster in chrome-lines.json)', () => {
    expect(model.captionRoster?.fewest).toBe(3);
  });
});

describe('chrome-lines: a page that captions one photo captions the others (s30, test11 and test12 class)', () => {
  // A news report in our own words: one photo's caption names the scene (…现场), its siblings do not.
  const OPENING = '4月12日下午，南湖小学工会召开第五届教代会第二次会议，全体教职工代表出席会议。';
  const MIDDLE = '会上，校长向代表们报告了学校一年来的工作和下一年的发展规划，代表们认真审议。';
  const CLOSING = '代表们纷纷表示，将以更加饱满的热情投入到学校的各项工作中去。';
  const SCENE = '教代会会议现场';

  it('a lone caption-shaped line between paragraphs goes when the page captions another photo', () => {
    const page = [OPENING, SCENE, MIDDLE, '代表分组审议工作报告', CLOSING];
    expect(keep(page)).toEqual([OPENING, MIDDLE, CLOSING]);
    // A caption may name the year; the page's last paragraph may be cut before its full stop.
    const cut = '代表们纷纷表示，将以更加饱满的热情投入到学校的各项工作中去，为学校的发展贡献自己的力量，共同';
    expect(keep([OPENING, SCENE, MIDDLE, '校长宣布2024年度优秀教师名单', cut])).toEqual([OPENING, MIDDLE, cut]);
  });

  it('without a caption on the page the same line is a subheading and stays; a list item and a schedule stay', () => {
    const sub = [OPENING, MIDDLE, '代表分组审议工作报告', CLOSING];
    expect(keep(sub)).toEqual(sub);
    const items = [OPENING, SCENE, MIDDLE, '三、审议提案', CLOSING];
    expect(keep(items)).toEqual([OPENING, MIDDLE, '三、审议提案', CLOSING]);
    const schedule = [OPENING, SCENE, MIDDLE, '4月13日分组讨论', CLOSING];
    expect(keep(schedule)).toEqual([OPENING, MIDDLE, '4月13日分组讨论', CLOSING]);
  });

  it('the mechanism is a data switch (captionSiblings in chrome-lines.json)', () => {
    expect(model.captionSiblings).toBe(true);
  });
});

describe("chrome-lines: a bare label closing the page under the body's last sentence (s30, test11 and test13 class)", () => {
  const OPENING = '4月12日下午，南湖小学工会召开第五届教代会第二次会议，全体教职工代表出席会议。';
  const CLOSING = '代表们纷纷表示，将以更加饱满的热情投入到学校的各项工作中去。';

  it("a column's or a place's name alone on the page's last line goes, also after a bracketed credit", () => {
    expect(keep([OPENING, CLOSING, '东湖要闻'])).toEqual([OPENING, CLOSING]);
    expect(keep([OPENING, CLOSING, '南湖市'])).toEqual([OPENING, CLOSING]);
    expect(keep([OPENING, `${CLOSING}(南湖教育)`, '东湖要闻'])).toEqual([OPENING, CLOSING]);
  });

  it("a unit signing off stays in either script, and so does a page's cut-off fragment under an unfinished line", () => {
    for (const unit of ['南湖小学党支部', '學校黨支部', '南湖小學工會']) {
      const page = [OPENING, CLOSING, unit];
      expect(keep(page)).toEqual(page);
    }
    const cut = [OPENING, '代表们纷纷表示，将以更加饱满的热情投入到学校的各项工作中去，并且', '比赛不仅'];
    expect(keep(cut)).toEqual(cut);
  });
});

describe("chrome-lines: the page's title printed again inside the text (s32, dev, test, test3, test5, test13 class)", () => {
  const TITLE = '北湖中学工会开展冬日送温暖活动';
  const P1 = '1月15日上午，北湖中学工会班子成员分组走访慰问了学校的退休教职工和困难职工。';
  const P2 = '每到一户，工会干部都详细询问老人的身体状况和生活情况，送上慰问金和新春祝福。';
  const P3 = '此次活动把组织的关怀送到了教职工心坎上，营造了团结友爱、温暖和谐的校园氛围。';

  it.each([
    ['after the first paragraph', [TITLE, '来源：北湖中学', P1, TITLE, P2, P3]],
    ['after the first heading', [TITLE, '一、指导思想', TITLE, P1, P2, P3]],
    ['in the tail, copies to the page end', [TITLE, P1, P2, P3, TITLE, TITLE, TITLE]],
    ['in the tail, over a credit', [TITLE, P1, P2, P3, TITLE, TITLE, '（责任编辑：王明）']],
  ])('a copy %s goes, the title at the top stays', (_, page) => {
    const kept = keep(page);
    expect(kept.filter((l) => l === TITLE)).toEqual([TITLE]);
    expect(kept[0]).toBe(TITLE);
    expect(kept).toEqual(expect.arrayContaining([P1, P2, P3]));
    const v = classifyLines(page, model).filter((x) => x.features.includes('title-copy'));
    expect(v.length).toBe(page.filter((l) => l === TITLE).length - 1);
  });

  it("a copy deep in the text with text below it (a compilation's next part), a signer and a heading stay", () => {
    const parts = [TITLE, P1, P2, P3, P1, TITLE, P2, P3];
    expect(keep(parts)).toEqual(parts);
    const signed = ['北湖中学工会委员会', '关于开展送温暖活动的通知', P1, P2, P3, '北湖中学工会委员会'];
    expect(keep(signed)).toEqual(signed);
    const headed = ['一、慰问对象及标准', P1, '一、慰问对象及标准', P2, P3];
    expect(keep(headed)).toEqual(headed);
  });
});
