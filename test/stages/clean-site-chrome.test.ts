// The shapes of site chrome seen on real pages (issue 15): publication metadata, navigation and widgets,
// collection intros without 小编, anti-copy noise. Every line here is written for the test in the shape of
// its class; the ordinary plan lines beside them must stay.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/stages/clean/boilerplate-rules.ts';
import { boilerplateStage, publicationDate, removeBoilerplate } from '../../src/stages/clean/boilerplate-stage.ts';
import { runSourceStage, sourceFromText } from '../helpers/run-stage.ts';

const rules = loadRules();
const PLAN = '一、指导思想\n以服务教职工为宗旨,认真履行工会各项职能。\n二、主要工作\n1、召开教代会,审议学校工作报告。';
const clean = (text: string) => removeBoilerplate(text, rules);

describe('clean.boilerplate on real-page chrome shapes', () => {
  it.each([
    // Publication metadata
    ['publish-date', '时间:2020-05-06 10:21:33 工会工作计划 我要投稿'],
    ['publish-date', '时间:22-09-15 网友'],
    ['publish-date', '发布时间:'],
    ['publish-date', '发稿时间:2019-11-02'],
    ['upload-metadata', '发布时间:2020-04-01 浏览次数:312 作者:'],
    ['upload-metadata', '作者: 来源: 时间:2022-10-09'],
    ['upload-metadata', '日期:2020-12-01     作者:王某某'],
    ['upload-metadata', '编辑:赵某 审核:钱某 发布日期:2018-05-20'],
    ['upload-metadata', '更新时间:2017-03-02 来源:工作计划 手机版 字体:'],
    ['date-line', '2020-07-16'],
    ['date-line', '2018-10-12 来源:本站原创'],
    ['date-line', '2016-04-21 09:30'],
    ['date-line', '2021/5/7 星期五'],
    ['date-line', '2019-05-13 张某某'],
    ['date-line', '2012-03-05, 08:10 PM'],
    ['date-line', '工会动态•2016-3-8'],
    ['date-line', '• 2024-03-01 发布于江苏'],
    ['document-stats', '45.00 KB'],
    ['document-stats', '• 13页'],
    ['document-stats', '约3.5千字'],
    ['view-counter', '人气:1.5W'],
    ['view-counter', '浏览次数:2087'],
    ['view-counter', '某某分享 368'],
    // Navigation and widgets
    ['breadcrumb', '首页 >> 正文'],
    ['breadcrumb', '您当前位置: 首页 - 新闻中心 - 正文'],
    ['breadcrumb', '当前位置:某某谷 > 职场 >工作计划 >'],
    ['breadcrumb-trail', '范文库 > 工作总结 > 学校工作总结 >'],
    ['breadcrumb-trail', '首页计划学校工作计划'],
    ['site-name', '欢迎来到某某写作网!'],
    ['site-name', '智慧工会 网站首页'],
    ['site-name', '东湖区教育网欢迎您!'],
    ['navigation', '订单查询'],
    ['navigation', '跳至正文'],
    // 《阅读更多》 is kept: it ends a news list's article for the splitter (test/stages/split-compilations.test.ts).
    ['navigation', '【返回顶部】'],
    ['archive-header', '目前显示的是 3月, 2025的文章'],
    ['navigation', '字号:大 中 小'],
    ['navigation', '会员中心'],
    ['navigation', '下载WORD 打印本页 举报'],
    ['navigation', '查看原文'],
    ['navigation', '收藏'],
    ['navigation', '我要投稿'],
    ['navigation', '文档评论(3)'],
    ['navigation', '- 上一篇'],
    ['prev-next', '- 下一篇:我校举办教职工趣味运动会'],
    ['promotion', '5000万VIP精品文档'],
    ['promotion', '每天仅需1元,尊享会员权益'],
    ['promotion', '尊享超值权益'],
    ['wenku-disclaimer', '- 1、购买前请读者自行甄别资料是否齐全,本站恕不提供修改。'],
    ['truncation-trailer', '内容过长,仅展示部分内容,点击查看全文'],
    // (此处已隐藏2400字) is kept here: a gap the splitter reads (test/stages/split-compilations.test.ts).
    ['truncation-trailer', '(未完，全文共2300字，当前显示500字)'],
    ['truncation-trailer', '因篇幅所限不能全部显示，请点此查看更多内容'],
    ['truncation-trailer', '注册登录，即可继续阅读全文！'],
    ['truncation-trailer', '订阅后继续阅读全文'],
    ['section-label', '文本内容：'],
    ['wenku-disclaimer', '所产生的收益全部归内容提供方，如有争议请反馈。'],
    ['wenku-disclaimer', '- 3. 平台客服QQ:8812345'],
    ['site-summary', '摘要：本文介绍了某校工会一年来的工作和今后的打算。'],
    ['site-summary', '关键词:工会 计划 学校'],
    ['site-summary', '该文章介绍了某校工会一年来的主要工作和下一步打算。'],
    ['question-widget', '学校工会活动安排怎么写,急!求解答'],
    ['attachment-line', '具体办法请见附件:工会经费使用细则.doc'],
    ['truncated-tag', '中学工会工作总结 中学工会工作'],
    ['table-of-contents', '本文目录 学校工会计划一 学校工会计划二 学校工会计划三'],
    ['spam', '免费在线观看,国产精品,中文字幕,毛片'],
    // Collection intros and outros without 小编
    ['reader-intro', '下面是工会计划的范文,相信能帮到你。'],
    ['reader-intro', '以下几篇总结,相信一定会对你有所帮助。'],
    ['reader-intro', '以上内容仅供参考借鉴。'],
    ['reader-intro', '学校工会计划怎么写?快来看看吧。'],
    ['reader-intro', '为你整理了几篇工会总结,欢迎阅读收藏。'],
    ['reader-intro', '也许下面的“工会工作计划”正合你意!不妨参考一下。希望你喜欢!'],
    ['reader-intro', '感谢您的阅读!'],
    ['reader-intro', '希望这份方案能够帮助到您，如需调整请再告诉我。'],
    ['reader-intro', '希望这能满足您的需求。'],
    ['reader-intro', '中学工会工作总结范例怎么写。'],
  ])('%s: %s', (rule, line) => {
    const { text, removals } = clean(`${line}\n${PLAN}`);
    expect(text).toBe(PLAN);
    expect(removals.map((r) => r.rule)).toEqual([rule]);
  });

  it.each([
    ['a plan line that starts with a date', '2023年3月,组织教职工开展“三八”节登山活动。'],
    ['a time line inside a plan', '时间:每周三下午'],
    ['a month under a time label', '- 时间:5月'],
    ['a heading', '一、指导思想'],
    ['a list item with a count', '1、全年开展活动12次。'],
    ['a sentence about sharing', '教研组长在会上作了经验分享。'],
    ['a heading about sharing', '五、经验分享'],
    ['a line of group members', '组员 张某 李某 王某 赵某 钱某'],
    ['a sentence that mentions a website', '工会网站首页开设“教工之家”栏目,及时发布活动信息。'],
    ['a sentence about reference', '以上安排仅供参考,具体时间以学校通知为准。'],
    ['a sentence with a hope', '希望全体教职工积极参与,共建和谐校园。'],
    ['a schedule line with a place', '时间:3月8日下午 地点:学校会议室'],
    ['a sentence about the annex', '具体评分标准见附件。'],
    ['a word limit of an essay contest', '征文全文不超过3000字，5月底前交工会办公室。'],
    ['a hope for members', '希望工会的关怀能温暖每一位教职工。'],
    ['a training on writing', '组织学习公文写作，讨论工作总结怎么写得更好。'],
  ])('keeps %s', (_name, line) => {
    const text = `${PLAN}\n${line}\n三、总结\n做好全年工作总结。`;
    expect(clean(text).text).toBe(text);
  });

  it('keeps a schedule whose rows open with dates, but removes a date standing alone', () => {
    const schedule = '2023-03-08 三八节登山活动\n2023-04-12 教职工春游\n2023-05-20 趣味运动会';
    expect(clean(`${PLAN}\n${schedule}`).text).toBe(`${PLAN}\n${schedule}`);
    expect(clean(`2023-02-01\n${PLAN}`).text).toBe(PLAN);
  });

  it('keeps a title written twice on one line', () => {
    const text = `学校工会工作计划 学校工会工作计划\n${PLAN}`;
    expect(clean(text).text).toBe(text);
  });

  it('removes a reposting notice and an editor sentence inside a long line and keeps its text', () => {
    const body = '学校工会将组织教职工参加读书活动,开展师德演讲、岗位练兵和文体比赛。'.repeat(12);
    const { text, removals } = clean(`此文由网络收集,如有侵权请联系删除。下面由小编给大家分享一篇计划,供阅读。${body}`);
    expect(text).toBe(body);
    expect(removals.map((r) => r.rule)).toEqual(['copy-notice', 'editor-sentence']);
  });

  it('removes a 文库 banner, forum markup, a news dateline and a spam domain, keeping the text', () => {
    expect(clean('精选优质文档-倾情为你奉上学校工会计划').text).toBe('学校工会计划');
    expect(clean('[table=98%,#f0f0f0]一是开展读书活动。[/td][/table]').text).toBe('一是开展读书活动。');
    expect(clean('本网讯(通讯员李某)3月5日,校工会召开委员会议。').text).toBe('3月5日,校工会召开委员会议。');
    expect(clean('开展教职工趣味运动会abc88bet.com,增强凝聚力。').text).toBe('开展教职工趣味运动会,增强凝聚力。');
  });

  it('puts a hidden-text marker inside a line on a line of its own, for the splitter, and keeps the text on both sides', () => {
    const { text, removals } = clean('组织教职工开展读书活动 ……此处隐藏3120个字……撰写读书心得，交流学习体会。');
    expect(text).toBe('组织教职工开展读书活动\n……此处隐藏3120个字……\n撰写读书心得，交流学习体会。');
    expect(removals).toEqual([]);
  });

  it("removes a Q&A plea glued to the question's title, and keeps a sentence that asks for guidance", () => {
    expect(clean('东湖小学工会活动方案,这个怎么解决啊?求快回!').text).toBe('东湖小学工会活动方案');
    const kept = '工会将邀请专家到校指导,求帮忙的教师可提前报名参加。';
    expect(clean(kept).text).toBe(kept);
  });

  it("removes a hacked page's casino name stamped into the text, and keeps a place or school of the same name (s16)", () => {
    expect(clean('(一)12345678永利办教职工趣味运动会').text).toBe('(一)办教职工趣味运动会');
    expect(clean('校工会在体育馆金沙ab7线路中心办教职工羽毛球比赛。').text).toBe('校工会在体育馆办教职工羽毛球比赛。');
    expect(clean('召开了ag真人国际官网集团第二届职工代表大会。').text).toBe('召开了第二届职工代表大会。');
    expect(clean('教职工迎新年游园活动-九游会真人').text).toBe('教职工迎新年游园活动');
    expect(clean('某某新葡的京集团1234vip首页工会开展读书活动。').text).toBe('某某工会开展读书活动。');
    for (const kept of [
      '金沙县第二中学工会2024年工作计划',
      '组织教职工到金沙江畔开展春游活动。',
      '永利小学工会2023年工作总结',
      '工会主席王永利同志主持会议。',
      '永利2023年度先进工会小组评选。',
      '促进学校事业凯发展。',
    ])
      expect(clean(kept).text).toBe(kept);
  });

  it('removes a caption sentence closed by its picture source, and keeps a plan item naming who provides a thing (s17)', () => {
    for (const caption of [
      '教职工们在湖边开展健步走活动。图/某某区教育局',
      '校领导为获奖教师颁奖。图片来源:某某实验小学',
      '工会主席为退休教师送上重阳糕。 (学校提供)',
      // s24 (test12): traditional script, the source in brackets after the full stop
      '東湖教育會成立八十周年慶祝晚宴。(圖片來源:某某辦公室)',
      '教职工合唱比赛颁奖仪式。（图片来源：某某区教育工会）',
    ])
      expect(clean(`${PLAN}\n${caption}\n三、总结\n做好全年工作总结。`).text).toBe(
        `${PLAN}\n三、总结\n做好全年工作总结。`,
      );
    for (const kept of [
      '3、午餐(学校提供)',
      '活动器材由工会统一采购(体育组提供)',
      '报名表见附件。图表由教务处汇总后上报。',
    ])
      expect(clean(kept).text).toBe(kept);
  });

  it('removes a caption labelled 图 with a space or a number, and keeps words and a figure reference opening with 图 (s17)', () => {
    for (const caption of [
      '图 工会主席主持会议',
      '图1 “教工之家”揭牌仪式',
      '图 2 全体代表合影',
      '图　教职工合唱比赛现场',
    ])
      expect(clean(`${PLAN}\n${caption}\n三、总结\n做好全年工作总结。`).text).toBe(
        `${PLAN}\n三、总结\n做好全年工作总结。`,
      );
    for (const kept of [
      '图书馆分工会开展读书分享活动',
      '图表1 工会经费收支情况',
      '图1所示为今年的活动安排,请各分工会对照执行。',
    ])
      expect(clean(kept).text).toBe(kept);
  });

  it('removes a publish stamp printed in brackets or with an empty counter, and keeps a sign-off date (s17)', () => {
    const tail = '三、总结\n做好全年工作总结。';
    for (const stamp of [
      '更新时间:【2021年5月8日】',
      '发布日期:[2021-05-08]',
      '2021年5月8日  点击:[]',
      '2021年5月8日 浏览:',
    ])
      expect(clean(`${stamp}\n${PLAN}\n${tail}`).text).toBe(`${PLAN}\n${tail}`);
    const signed = `${PLAN}\n${tail}\n某某小学工会\n2021年5月8日`;
    expect(clean(signed).text).toBe(signed);
  });

  it("removes a site's disclaimer for what its users post, alone or glued after the last sentence (s17)", () => {
    const tail = '三、总结\n做好全年工作总结。';
    for (const notice of [
      '网友个人意见,不代表本站立场,对于发言内容,由发表者自负责任。',
      '本文来源于网友投稿,不代表本网观点。',
      '本平台仅提供信息存储服务,如有疑问请联系我们。',
    ])
      expect(clean(`${PLAN}\n${notice}\n${tail}`).text).toBe(`${PLAN}\n${tail}`);
    const report = '比赛设男女单打和团体赛,采用淘汰赛制。';
    expect(
      clean(`${report} 声明:以上内容为网友上传分享,本平台仅提供信息存储服务。如有标注错误请与我们联系更正,谢谢! |`)
        .text,
    ).toBe(report);
    for (const kept of [
      '工会代表教职工发表意见,维护教职工的合法权益。',
      '会议声明:本次教代会代表资格审查全部合格。',
      '各分工会代表本部门教职工提出提案,不代表个人意见的提案须经小组讨论。',
    ])
      expect(clean(kept).text).toBe(kept);
  });

  it("removes a hacked page's betting brand named as an official site, and keeps sites named in Chinese or by number (s17)", () => {
    expect(clean('abc888中文官方网站工会举办2023年教职工登山活动').text).toBe('工会举办2023年教职工登山活动');
    expect(clean('校工会决定于5月10日举行xyz365官网登录入口教职工羽毛球比赛。').text).toBe(
      '校工会决定于5月10日举行教职工羽毛球比赛。',
    );
    expect(clean('主办:ABC网页版官方网站宣传部、校工会').text).toBe('主办:宣传部、校工会');
    for (const kept of [
      '请于3月5日前登录学校官网填写报名表。',
      '返乡教职工可登录12306官网购票。',
      '登录WPS官网下载安装最新版本,统一提交电子稿。',
      '登录CCTV5官网观看比赛直播。',
      '学习材料见学院官方网站通知公告栏目。',
    ])
      expect(clean(kept).text).toBe(kept);
  });

  it("removes a gaming site's name stamped into the text with its 官网/入口/娱乐 words, and keeps places, venues and real sites (s44)", () => {
    expect(clean('5月12日下午,在某某棋牌官网入口3号楼会议室召开工会委员会议。').text).toBe(
      '5月12日下午,在某某棋牌官网入口3号楼会议室召开工会委员会议。',
    );
    expect(clean('5月12日下午,在美高梅棋牌官网入口3号楼会议室召开工会委员会议。').text).toBe(
      '5月12日下午,在3号楼会议室召开工会委员会议。',
    );
    expect(clean('为落实开云app官方版入口工会关于为职工办实事的要求,').text).toBe('为落实工会关于为职工办实事的要求,');
    expect(clean('审议了《华体会娱乐场第二届教职工代表大会工作报告》').text).toBe(
      '审议了《第二届教职工代表大会工作报告》',
    );
    expect(clean('10月8日下午澳门十大娱乐网站平台举办教职工拔河比赛。').text).toBe('10月8日下午举办教职工拔河比赛。');
    expect(clean('澳门威斯人游戏网址举办第三届教职工乒乓球比赛').text).toBe('举办第三届教职工乒乓球比赛');
    expect(clean('当前位置:澳门新葡萄新京威尼斯首页 / 工会工作').text).not.toContain('威尼斯');
    expect(clean('教职工读书活动实施方案(精选5篇)-爱游戏官网入口').text).toBe('教职工读书活动实施方案(精选5篇)');
    for (const kept of [
      '组织退休教职工赴澳门参观回归纪念馆。',
      '庆祝澳门回归祖国25周年文艺汇演',
      '配合有关部门加强对文化娱乐场所的监督。',
      '金沙县教育局官网发布了工会工作要点。',
      '请关注学校官网和工会微信公众号。',
      '组织会员到半岛公园开展健步走活动。',
      // review: casino resorts named on a union trip are places, not a brand stamped in
      '游览澳门威尼斯人度假村和金沙城中心,晚上自由活动。',
    ])
      expect(clean(kept).text).toBe(kept);
  });

  it("removes a forum's software furniture, and keeps a union's own words about posting and replying (s44)", () => {
    for (const furniture of [
      '本版积分规则',
      '跳转到指定楼层',
      '[复制链接]',
      '只看该作者 | 电梯直达',
      '找回密码',
      'Powered by Discuz! X3.4',
      'GMT+8, 2023-11-5 08:12',
      '© 2001-2013 Comsenz Inc.',
      '站长推荐上一条 /1 下一条',
      '查看: 1532|回复: 12',
    ])
      expect(clean(`${PLAN}\n${furniture}\n三、总结`).text).toBe(`${PLAN}\n三、总结`);
    for (const kept of [
      '请各分工会及时在论坛回复通知并报名。',
      '工会委员会本版工作计划经教代会讨论通过。',
      '找回密码等操作请联系信息中心。',
    ])
      expect(clean(kept).text).toBe(kept);
  });

  it('removes an adult-video spam line of a hacked page, and keeps a plan line naming districts', () => {
    expect(clean(`${PLAN}\n国产一区三区三区高中清不卡\n三、总结`).text).toBe(`${PLAN}\n三、总结`);
    for (const kept of [
      '比赛分一区、二区、三区三个赛区进行,各赛区前两名进入决赛。',
      '组织教职工观看国产高清红色影片《长津湖》,了解抗击日本侵略历史。',
    ])
      expect(clean(kept).text).toBe(kept);
  });

  it("removes a site's name stamped in ASCII brackets into a sentence, and keeps 【】 and bracketed text", () => {
    expect(clean('2、开展读书活动,[某某范文]撰写读书心得。').text).toBe('2、开展读书活动,撰写读书心得。');
    const kept = '2、学习【工会网】上的文章,见附表[1]。';
    expect(clean(kept).text).toBe(kept);
  });

  it("keeps a post list's dated headline for the splitter (test/stages/split-compilations.test.ts), and a document number's 〔2023〕", () => {
    expect(clean('2025-03-02〔工会动态〕教职工气排球赛圆满落幕').text).toBe(
      '2025-03-02〔工会动态〕教职工气排球赛圆满落幕',
    );
    const kept = '根据区教育工会〔2023〕5号文件精神,做好会员慰问工作。';
    expect(clean(kept).text).toBe(kept);
  });

  it('removes a site name repeated at the start of lines as a watermark', () => {
    const { text, removals } = clean(
      `某某在线学习网1、加强师德建设。\n某某在线学习网2、关心教职工生活。\n开展文体活动。\n某某在线学习网3、做好民主管理。`,
    );
    expect(text).toBe('1、加强师德建设。\n2、关心教职工生活。\n开展文体活动。\n3、做好民主管理。');
    expect(removals.map((r) => r.rule)).toEqual(['watermark', 'watermark', 'watermark']);
  });

  it('keeps a word that opens a few lines but is no site name, and an internet word in the text', () => {
    const text = '校园网建设继续推进。\n校园网维护由信息组负责。\n校园网使用培训安排在三月。';
    expect(clean(text).text).toBe(text);
  });

  it('removes the column name at the top of a page when it repeats or is in the breadcrumb, never a title', () => {
    expect(clean(`通知公告\n\n通知公告\n${PLAN}`).text).toBe(PLAN);
    expect(clean(`当前位置: 首页 >> 工会园地 >> 正文\n工会园地\n${PLAN}`).text).toBe(PLAN);
    const titled = `学校工会工作计划\n学校工会工作计划\n${PLAN}`;
    expect(clean(titled).text).toBe(titled);
    // …nor a repeated title naming no unit: chrome-lines keeps the copy above the text (issue 15).
    const bare = `读书社团工作计划\n读书社团工作计划\n${PLAN}`;
    expect(clean(bare).text).toBe(bare);
    // …but a title-shaped column name that is in the breadcrumb still goes.
    expect(clean(`首页 > 读书社团工作计划 > 正文\n读书社团工作计划\n读书社团工作计划\n${PLAN}`).text).toBe(PLAN);
    // …unless the trail ends with it: a breadcrumb's last crumb is the page's own title (s15 wide sample).
    const trail = `读书社团工作计划\n读书社团工作计划\n${PLAN}`;
    expect(clean(`当前位置:某某文档网 › 读书社团工作计划\n${trail}`).text.trim()).toBe(trail);
  });

  it('removes jammer runs appended to the ends of forum lines, and keeps a line that ends in an acronym', () => {
    const { text, removals } = clean('一、加强师德建设。x7Kd2\n二、关心教职工生活。 Qm4zT\n三、组织教职工学习PPT');
    expect(text).toBe('一、加强师德建设。\n二、关心教职工生活。\n三、组织教职工学习PPT');
    expect(removals.map((r) => [r.rule, r.text])).toEqual([
      ['jammer', 'x7Kd2'],
      ['jammer', 'Qm4zT'],
    ]);
  });

  it('removes jammer runs with symbols at the ends of lines and alone, keeping e-mail, links and standards', () => {
    const { text, removals } = clean(
      '城东小学工会工作计划 Qk2(Tz\n一、加强师德建设。 m#4Rb}w\nb7Q@x%Kd\n二、关心教职工生活。',
    );
    expect(text).toBe('城东小学工会工作计划\n一、加强师德建设。\n\n二、关心教职工生活。');
    expect(removals.map((r) => [r.rule, r.text])).toEqual([
      ['jammer', 'Qk2(Tz'],
      ['jammer', 'm#4Rb}w'],
      ['jammer', 'b7Q@x%Kd'],
    ]);
    const kept =
      '投稿邮箱：gh2023@126.com\n按ISO9001:2015标准管理\n活动报名(限30人)\n合计金额=3000元\n工会计划 阅读(2.5W)';
    expect(clean(kept).text).toBe(kept);
  });

  it('removes a site tag glued into a sentence as jammer noise', () => {
    expect(clean('组织教职工参加培训XYzhang,提高业务水平。').text).toBe('组织教职工参加培训,提高业务水平。');
  });

  it("keeps the removed publication line's date as the page's publish date, never a plan's own date", () => {
    const { output } = runSourceStage(boilerplateStage, sourceFromText(`时间:21-03-05 09:12:44 我要投稿\n${PLAN}`));
    expect(output.text).toBe(PLAN);
    expect(output.publishedAt).toBe('2021-03-05');
    expect(publicationDate(clean(`作者: 来源: 时间:2019-10-12\n${PLAN}`).removals)).toBe('2019-10-12');
    expect(publicationDate(clean(`2018-6-1\n${PLAN}`).removals)).toBe('2018-06-01');
    expect(publicationDate(clean(`2023年3月,组织教职工开展登山活动。\n${PLAN}`).removals)).toBeNull();
    expect(publicationDate(clean(`下载WORD 打印本页\n${PLAN}`).removals)).toBeNull();
  });
});
