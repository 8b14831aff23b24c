import { describe, expect, it } from 'vitest';
import { loadRules, parseRules } from '../../src/stages/clean/boilerplate-rules.ts';
import { boilerplateStage, removeBoilerplate } from '../../src/stages/clean/boilerplate-stage.ts';
import { runSourceStage, sourceFromText } from '../helpers/run-stage.ts';

const rules = loadRules();
const PLAN = '一、指导思想\n以服务教职工为宗旨,认真履行工会各项职能。\n二、主要工作\n1、召开教代会,审议学校工作报告。';
const clean = (text: string) => removeBoilerplate(text, rules);

describe('clean.boilerplate', () => {
  // Each line is chrome in the style of a document site, written for this test; it goes with its rule.
  it.each([
    ['upload-metadata', '上传人:李** 文档编号:99887766 上传时间:2022-11-02 格式:DOCX 页数:3 大小:12.1KB'],
    ['upload-metadata', '作者:佚名 点击数:88 更新时间:2019-6-1'],
    ['publish-date', '发布时间：2021-05-08'],
    ['page-counter', '第3页 / 共9页'],
    ['page-counter', '- 2 -'],
    ['page-thumbnail', '村小工会工作要点.docx_第2页'],
    ['navigation', '返回 下载 收藏 举报'],
    ['navigation', '展开阅读全文'],
    ['navigation', '点击查看更多>>'],
    ['breadcrumb', '当前位置：首页 > 范文大全 > 工会工作'],
    ['prev-next', '下一篇:幼儿园工会活动总结'],
    ['copyright', 'Copyright © 2010-2023 某某范文网 All Rights Reserved'],
    ['icp', '浙ICP备12003456号-1'],
    ['editor-intro', '时光飞逝,为了帮助大家写好计划,小编整理了以下范文。'],
    ['reader-intro', '这里给大家分享一些关于学校工会计划的范文,供大家参考。'],
    ['reader-intro', '希望对你有所帮助,欢迎阅读!'],
    ['share-blurb', '《工会计划.doc》由会员分享,可在线阅读,更多相关请在某某文库上搜索。'],
    ['section-label', '内容简介'],
    ['truncation-notice', '（本文未完，点击下载完整版）'],
    ['truncation-notice', '剩余80%未读，点击阅读全文'],
    ['truncation-notice', '试读已结束，如需继续阅读请下载'],
    ['menu', '网站首页 学校概况 校园新闻 教学科研 工会之窗'],
    ['site-name', '城南区教育网欢迎您!'],
    // issue 15: shapes of sites never seen
    ['page-counter', '2 / 5'],
    ['page-counter', '第2页'],
    ['page-counter', '共3页'],
    ['page-counter', '本文共2页'],
    ['omission-notice', '……(开头部分已省略512字)'],
    ['omission-notice', '(中间部分已省略1200字)'],
    ['preview-format', 'DOCX | 3页 | 28KB'],
    ['preview-format', 'PDF · 5页 · 1.2MB'],
    ['tag-line', '标签：工会 计划 教职工'],
    ['tag-line', 'Tags: 工会计划'],
    ['photo-caption', '图为校工会主席为获奖教师颁奖'],
    ['photo-caption', '▲ 趣味运动会拔河比赛现场'],
    // issue 15: share widgets, a generated text's closing offer, a genre's definition, a lone related label
    ['share-widget', '扫一扫在手机上查看当前页面'],
    ['share-widget', '微信扫码阅读本文'],
    ['share-widget', '生成图片,分享到微信朋友圈'],
    ['share-widget', '手机查看本页'],
    ['reader-intro', '希望这篇计划符合您的需求!若有问题,请随时告诉我。'],
    ['genre-definition', '总结是对过去一个阶段的工作进行回顾、分析的书面材料,写好总结能让我们看清方向。'],
    ['genre-definition', '工作计划是单位和个人对一定时期的工作预先作出安排的应用文。'],
    ['navigation', '相关信息'],
    ['navigation', '相关新闻'],
    // test3/test4 classes: a preview's page images captioned with the title and an underscore, its reading meter
    ['page-thumbnail', '城南小学工会工作计划_第2页'],
    ['page-thumbnail', '2025-2026学年幼儿园工会计划_第5页'],
    ['truncation-notice', '已阅读5页,还剩3页未读, 继续免费阅读'],
    ['truncation-notice', '已阅读80%,还剩20%未读'],
    // test4 classes: a licence footer by its registration number, the share widget as an instruction
    ['icp', '网站备案/许可证号:苏B2-20990001'],
    ['icp', '某某中学 备案编号:12345678'],
    ['share-instruction', '打开微信,点击右上角,即可将本页分享到朋友圈。'],
    ['reader-intro', '更多精彩内容,请马上收藏本页,以方便再次阅读!'],
    ['read-full-link', '完整阅读:教师会讯第12期'],
    ['read-full-link', '阅读原文: 区教育工会公众号'],
    // s14 wide sample: a photo known by its photographer's credit, a paper's masthead and page lines, more-links
    ['photo-credit-caption', '教职工拔河比赛现场(王某 摄)'],
    ['photo-credit-caption', '区教育局领导为获奖教师颁奖,全场掌声热烈。（记者 李某某摄）'],
    ['photo-credit-caption', '工会委员合影留念 赵某摄'],
    ['photo-credit-caption', '慰问活动现场(摄影:钱某)'],
    ['photo-credit-caption', '某某工会。资料图片'],
    ['periodical-issue', '某某工人日报 数字报纸'],
    ['periodical-issue', '00002版:教育'],
    ['periodical-issue', '第03版:校园专题 2024-05-06'],
    ['periodical-issue', '某某县教师会电子报第 25 期'],
    ['periodical-issue', '- 第128期'],
    ['navigation', '上一版'],
    ['navigation', '- 阅读更多 -'],
    ['navigation', '往下看更多文章'],
    ['navigation', '了解更多'],
    // s16: a teaser's lone widget to show the hidden rest
    ['navigation', '显示全文'],
    ['navigation', '【收起全文】'],
    ['column-name', '校园快讯'],
    ['column-name', '二级工会动态'],
    ['contact-footer', '地址:某市某路12号    电话:    电子邮件:'],
    ['contact-footer', '某某市实验小学 地 址:某市某路67号 邮 编:410000'],
    // s15 wide sample: a site's notice on reposting its page, a template's separator drawn around its name
    ['repost-notice', '转载请注明:'],
    ['repost-notice', '本文为某某频道原创文章,转载请附上原文出处链接和本声明。'],
    ['repost-notice', '欢迎分享,转载请保留本页链接'],
    ['separator-line', '------分隔线----------------------------'],
    ['separator-line', '=====分割线====='],
  ])('%s: %s', (rule, line) => {
    const { text, removals } = clean(`${line}\n${PLAN}`);
    expect(text).toBe(PLAN);
    expect(removals.map((r) => r.rule)).toEqual([rule]);
  });

  it.each([
    ['a sentence that mentions 文库', '教师可以在百度文库查阅优秀教案,工会为教职工购买了阅读卡。'],
    ['a sentence that mentions 参考', '以上安排仅供参考,具体时间以学校通知为准。'],
    ['a heading', '四、活动安排'],
    ['a schedule line', '三月份:庆祝“三八”妇女节,组织女教职工参加插花活动。'],
    ['a plan mentioning a page count', '工会简报每期4页,全年出版6期。'],
    ['a sentence that trails off inside the text', '我们还将开展读书、演讲、摄影……'],
    ['a sentence about unfinished work', '全文未完成的部分下学期继续修订，下载学校网站通知即可查看。'],
    ['a schedule fraction in a sentence', '全年开展活动12次，其中1/3为文体活动，2/3为学习培训。'],
    ['a page count in a sentence', '工会简报共3页，每月出版一期，发至每位会员。'],
    ['a welcome in a sentence', '学校工会欢迎您的参与,请各位教职工踊跃报名。'],
    ['a sentence about pictures', '图书室新购图书500册，为教职工读书活动创造条件。'],
    ['a sentence that names tags', '标签化管理提高了会员信息的准确性。'],
    ['a sign-up by scanning, in a sentence', '请各位教职工扫码报名,名额有限,报满为止。'],
    ['a sentence on phones', '工会为每位会员订阅了手机报,方便在手机上阅读工会动态。'],
    ['a plan saying what it is for', '本计划是学校工会全年工作的依据,各工会小组要认真落实。'],
    ['a summary that speaks of its material', '总结是为了更好地前进,我们将认真整理全年的活动材料。'],
    ['a notice asking to be told', '如有变动,请各工会小组长及时告知工会办公室。'],
    ['a page count with an underscore in a sentence', '简报排版要求:文件名用“单位_第2期”格式,每期不超过4页。'],
    ['a reading tally in a sentence', '读书月活动中,教师平均已阅读5本书,还剩2本书未读的下月完成。'],
    ['a plan filing an activity for the record', '各分工会组织活动,须先报工会主席处备案,未备案的活动不予报销。'],
    ["a plan sharing its members' reading", '组织教职工把读书心得分享到朋友圈,传递正能量。'],
    ['a plan asking for whole reading', '完整阅读《工会法》原文,并撰写学习心得。'],
    ['a plan asking members to keep a list', '请各位会员收藏工会通讯录,以便及时联系。'],
    ['a report closing with its writer and photographer', '活动增强了教职工的凝聚力。(张某 文 李某 摄)'],
    ['a plan item on a photo contest', '4、举办教职工摄影比赛,展示校园风采。'],
    ['a plan on buying reference pictures', '工会购置资料图书,满足教职工阅读需要。'],
    ['a plan on a training course', '举办第二期青年教师培训班'],
    ['a plan line on the union newsletter', '2、办好第3期工会简报'],
    ['a plan naming its newsletter issues', '本学期出版工会简报第5期、第6期。'],
    ['a numbered issue alone', '第一期'],
    ['a section heading of a newsletter inside its text', '工会动态'],
    ['a meeting place', '1、地址:学校田径场'],
    ['a notice naming where to send', '请将材料寄至学校工会,地址:城南路5号,电话:12345678。'],
    ['acronyms and anonymised years', '20xx年组织教职工参加GIS培训和PPT课件比赛,举办卡拉OK大赛,奖励50km徒步前三名。'],
    ['a plan on passing a document on', '及时转发上级工会文件,做好宣传转载工作。'],
    ['a plan on credits in the newsletter', '工会简报刊登会员来稿,注明作者和供稿单位。'],
    ['a plan line on dividing lines', '在操场画好分隔线,划分各年级比赛区域。'],
    ['a plan on omitted words in a contest', '征文比赛要求全文不超过3000字,已省略的引文须注明出处。'],
    ['a plan counting pages of its newsletter', '本文共分三部分,共印发5页。'],
  ])('keeps %s', (_name, line) => {
    const text = `${PLAN}\n${line}\n三、总结\n做好全年工作总结。`;
    expect(clean(text).text).toBe(text);
  });

  it('keeps a paragraph whose credits are glued to its last sentence: only chrome-lines cuts the credits (s14)', () => {
    const last = '经过一天的激烈角逐,比赛圆满落下帷幕,增进了教职工之间的友谊。(撰稿:王某 摄影:各工会小组 审核:李某)';
    expect(clean(`${PLAN}\n${last}`).text).toBe(`${PLAN}\n${last}`);
    expect(clean(`${PLAN}\n(撰稿:王某 摄影:各工会小组 审核:李某)`).text).toBe(PLAN);
  });

  it('keeps the date of a sign-off written the way a page stamps it, and removes that stamp above a report (s17)', () => {
    const report = '为丰富教职工文化生活,学院工会于4月9日举行了健步走活动,共有百余名教职工参加。';
    // Under the unit that signs, with nothing after it: the document's date.
    for (const [signer, date] of [
      ['我院工会', '2022.4.28'],
      ['城东实验小学工会', '2015-5-15'],
      ['某某学院分工会', '2012/4/12'],
      // a unit of three characters signs too (s21)
      ['院工会', '2013-10-9'],
    ]) {
      const text = `${report}\n${signer}\n${date}`;
      expect(clean(text).text).toBe(text);
    }
    // The same date as the page's stamp: above the report, or after a signer with a report under it, it goes.
    expect(clean(`某某学院工会\n2022.4.28\n${report}`).text).toBe(`某某学院工会\n${report}`);
    expect(clean(`${report}\n2022.4.28`).text).toBe(report);
  });

  it('removes a related-articles list with its heading, and the footers under it by their own rules', () => {
    const { text, removals } = clean(
      `${PLAN}\n【学校工会计划】相关文章:\n1.学校工会计划范文\n2.工会活动方案\n粤ICP备10000001号`,
    );
    expect(text).toBe(PLAN);
    expect(removals.map((r) => r.rule)).toEqual(['related-list', 'related-list', 'related-list', 'icp']);
  });

  it('keeps the title a lone widget label stands over, when the text follows it (issue 15)', () => {
    // "相关推荐" left above the page's title: one short line, then the document's text — the line is the title.
    const title = '城南区教育局工会工作总结';
    const { text } = clean(
      `- 相关推荐\n${title}\n一年来,区教育工会紧紧围绕全区教育工作,切实维护教职工合法权益。\n${PLAN}`,
    );
    expect(text.split('\n')[0]).toBe(title);
    // …also when a salutation opens the text right under it.
    expect(clean(`相关推荐\n${title}\n各位代表:\n${PLAN}`).text.split('\n')[0]).toBe(title);
    // Hard negatives: two entries are a list; one entry at the end of the page is the widget's.
    const more = '新学期,工会将继续组织教职工开展读书活动,交流心得。';
    expect(clean(`${PLAN}\n相关推荐\n学校工会计划范文\n工会活动方案\n${more}`).text).toBe(`${PLAN}\n${more}`);
    expect(clean(`${PLAN}\n相关推荐\n学校工会计划范文`).text).toBe(PLAN);
  });

  it('removes teaser blocks and a teaser as the last line, but not a last sentence that trails off', () => {
    const teasers =
      '篇1:城南小学工会在校党支部领导下,积极开展各项活动......\n中学工会工作总结我校工会在县教育工会的领导下,始终坚持......';
    expect(clean(`${PLAN}\n${teasers}`).text).toBe(PLAN);
    expect(clean(`${PLAN}\n篇二:2017年学校工会工作总结 2017年,我校工会......`).text).toBe(PLAN);
    const own = `${PLAN}\n新的一年,我们将继续努力,把工会建成温暖的职工之家……`;
    expect(clean(own).text).toBe(own);
  });

  it("keeps a page's only text when the site cut it off like a teaser, and still removes a lone teaser under a page's own lines (s44)", () => {
    // A 文库 preview: a tag, then the whole plan run into one line that the site cut off with "......".
    const preview =
      '教职工秋游活动方案 一、目的让大家在繁忙的教学之后走出校园,看看秋天的山水。二、安排各年级组自行报名,由工会统一租车......';
    expect(clean(`#秋游\n${preview}`).text).toBe(`#秋游\n${preview}`);
    // One sentence of another article under a schedule of short lines is still a teaser.
    const schedule = '九月份\n召开教代会\n十月份\n教职工运动会';
    expect(clean(`${schedule}\n学校工会工作总结我校工会在县教育工会的领导下,始终坚持......`).text).toBe(schedule);
    // review: another article's teaser that runs on past a sentence, under a schedule, is still a teaser
    const runOn =
      '学校工会工作总结 本学期我校工会在校党支部领导下开展各项工作。现将工作总结如下:一是加强政治学习......';
    expect(clean(`${schedule}\n${runOn}`).text).toBe(schedule);
  });

  it('puts a read-more link glued to a teaser on a line of its own for the splitter (it ends the article), not a sentence that trails off (issue 15)', () => {
    const teaser = '新学期伊始，工会组织全体教职工开展读书活动，交流心得。';
    expect(clean(`${PLAN}\n${teaser}…… 阅读全文`).text).toBe(`${PLAN}\n${teaser}……\n阅读全文`);
    expect(clean(`${PLAN}\n... 查看全文 >>`).text).toBe(`${PLAN}\n... 查看全文 >>`);
    const own = `${PLAN}\n组织教职工阅读《工会法》全文……`;
    expect(clean(own).text).toBe(own);
  });

  it('removes a template field the site never filled, wherever it stands (issue 15)', () => {
    expect(clean(`${PLAN}\n来源：[!--source--]`).text).toBe(`${PLAN}\n来源：`);
    expect(clean('一、指导思想{dede:field.body/}\n以服务教职工为宗旨。').text).toBe(
      '一、指导思想\n以服务教职工为宗旨。',
    );
  });

  it('removes jammer noise between sentences and keeps real Latin text', () => {
    const { text, removals } = clean('组织教职工学习工会法,aX7kQ3提高依法执教意识。开展拔河比赛Tq8Zm,增强凝聚力。');
    expect(text).toBe('组织教职工学习工会法,提高依法执教意识。开展拔河比赛,增强凝聚力。');
    expect(removals.map((r) => [r.rule, r.text])).toEqual([
      ['jammer', 'aX7kQ3'],
      ['jammer', 'Tq8Zm'],
    ]);
  });

  it("keeps a pack's size times its count in a list of goods (5kgX16), which mixes letters and digits too", () => {
    const line = '慰问物资:大米20袋(10kgX20);食用油(5LX20);牛奶(250mlx24)。';
    expect(clean(line).text).toBe(line);
  });

  it('removes jammer noise of letters and signs after a space at the end of a line (issue 15)', () => {
    expect(clean('城东中心小学工会工作计划 Y3(MKq\n一、加强民主建设 Z[]8X@IPe').text).toBe(
      '城东中心小学工会工作计划\n一、加强民主建设',
    );
    // Hard negatives: an e-mail address, words and a word in brackets at a line's end stay.
    for (const line of ['报名请发邮件至 Union@School.edu', '参加 WPS Office 培训', '组织教师学习办公软件 (Word)'])
      expect(clean(`${PLAN}\n${line}`).text).toBe(`${PLAN}\n${line}`);
  });

  it('removes a page footer glued to the last sentence and a file extension from the title line', () => {
    expect(clean('东湖小学工会工作计划.doc\n1.做好年终总结。第2页共2页').text).toBe(
      '东湖小学工会工作计划\n1.做好年终总结。',
    );
  });

  it("removes a Word banner and its page counter wherever a preview's page break glued them (s22)", () => {
    expect(
      clean(
        '本文格式为Word版,下载可任意编辑 东湖小学工会工作计划\n1.做好会员登记,按月统计第 2 页 共 4 页 本文格式为Word版,下载可任意编辑 考勤情况。',
      ).text,
    ).toBe('东湖小学工会工作计划\n1.做好会员登记,按月统计考勤情况。');
    // A plan speaking of a file's format or its own pages keeps its words.
    const line = '2.会议材料统一用Word格式提交,每份不超过共3页的篇幅。';
    expect(clean(`${PLAN}\n${line}`).text).toBe(`${PLAN}\n${line}`);
  });

  it('notes every removal with its rule and the removed text', () => {
    const { output, notes } = runSourceStage(boilerplateStage, sourceFromText(`展开阅读全文\n${PLAN}`));
    expect(output.text).toBe(PLAN);
    expect(notes).toEqual([expect.objectContaining({ rule: 'boilerplate.navigation', before: '展开阅读全文' })]);
  });

  it('rejects rules that are empty, broken or match ordinary plan text', () => {
    const rule = (pattern: string) => ({ rules: [{ id: 'x', why: 'a rule for the test', scope: 'line', pattern }] });
    expect(() => parseRules(rule(''), 'r.json')).toThrow(/r\.json/);
    expect(() => parseRules(rule('(['), 'r.json')).toThrow(/does not compile/);
    expect(() => parseRules(rule('.*'), 'r.json')).toThrow(/too broad/);
    expect(() => parseRules(rule('工会'), 'r.json')).toThrow(/too broad/);
    expect(parseRules(rule('^广告$'), 'r.json')).toHaveLength(1);
  });
});

describe('clean.boilerplate: a bracketed tag glued before the headline on the first line (s28)', () => {
  const REPORT = '5月20日下午，西湖中学工会举办教职工乒乓球比赛，四十余名教职工参赛。';
  it.each([
    ['[组图]西湖中学教职工乒乓球比赛圆满落幕', '西湖中学教职工乒乓球比赛圆满落幕', '[组图]'],
    ['【西湖】西湖区教育工会开展送清凉活动', '西湖区教育工会开展送清凉活动', '【西湖】'],
    ['[东城] 东城区总工会走访慰问一线职工!', '东城区总工会走访慰问一线职工!', '[东城] '],
  ])('%s loses its tag', (first, headline, tag) => {
    const { text, removals } = clean(`${first}\n${REPORT}`);
    expect(text).toBe(`${headline}\n${REPORT}`);
    expect(removals).toContainEqual(expect.objectContaining({ rule: 'headline-tag', text: tag }));
  });

  it('a numbered part, a label opening a sentence, or a tag below the first line stays', () => {
    for (const page of [
      `【篇一】西湖中学工会工作计划\n${REPORT}`,
      `【一】西湖中学工会工作计划\n${REPORT}`,
      `【活动目的】通过比赛增进交流，丰富教职工的业余生活。\n${REPORT}`,
      `西湖中学工会工作计划\n【活动安排】五月乒乓球比赛`,
    ])
      expect(clean(page).text).toBe(page);
  });
});

describe('clean.boilerplate on a page saved as one line of megabytes', () => {
  // An unbounded run in a pattern (^.{20,}[，；], [。；].{10,}) overflowed the regular-expression engine's stack on
  // such a line (seen on a 19 MB one-line file), and the page became an error row instead of text.
  const huge = '坚持以教职工为本推进校务公开落实教代会制度'.repeat(1_000_000);

  it('judges a huge last line under a tag, whether it trails off like a teaser or not, without overflowing', () => {
    for (const end of ['......', '']) {
      const page = `#标签\n工会工作计划 一、指导思想。${huge}${end}`;
      expect(() => clean(page)).not.toThrow();
    }
  });
});
