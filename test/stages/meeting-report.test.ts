import { describe, expect, it } from 'vitest';
import { classifyText } from '../../src/stages/classify/classifier.ts';
import {
  loadMeetingReportRules,
  meetingReport,
  meetingReportLabels,
} from '../../src/stages/classify/meeting-report.ts';

// Text written for the test in the shape of a meeting report's sentences on who made which report. None of it is a
// page's sentence.
describe('who made which report (meeting-report.json)', () => {
  const rules = loadMeetingReportRules();

  it.each(rules.map((r) => [r.entry.id, r] as const))('%s: its example and counter-example', (id, r) => {
    expect(meetingReport(r.entry.example, rules)?.entry.id).toBe(id);
    if (r.entry.counterExample) expect(meetingReport(r.entry.counterExample, rules)?.entry.id).not.toBe(id);
  });

  it.each([
    [
      'the head’s report after the opening',
      '大会在国歌声中开幕。刘某院长作了学院年度工作报告及财务报告。',
      'head-work-report',
    ],
    ['the congress heard the head', '代表们听取了校长王某的学校工作报告。', 'heard-head-report'],
    ['the union chair’s report', '分工会主席陈某作了本年度分工会工作报告，回顾了一年来的工作。', 'union-own-report'],
    ['the union chair’s review', '会上，工会主席周某简要回顾、总结了上学期工会工作。', 'union-own-review'],
    ['a comment on union work', '最后由区工会联合会主席点评讲话，围绕民办学校工会工作进行点评。', null],
    ['a chair comments on union work', '最后由联合会张主席围绕民办学校工会工作进行点评讲话。', 'union-own-review'],
    [
      'the council’s report in a programme',
      '随后理事长代表理事会作年度总结报告，秘书长宣读财务报告。',
      'union-body-report',
    ],
    ['a motions report', '提案委员会主任作了提案工作报告。', null],
    ['a preparation report by the chair', '工会主席作了筹备工作报告。', null],
    [
      'a bureau head reviews union work',
      '局长在讲话中对本年度全区教育系统工会工作作了总结回顾。',
      'union-work-reviewed',
    ],
    ['a delegate reviews union work', '赵某代表学院分工会对一年来的工会工作进行了回顾。', 'union-work-reviewed'],
    ['the union organises itself', '二、健全组织，建章立制，确保实效。', 'union-own-organisation'],
    ['the union’s working style', '加强工会的作风建设。', 'union-own-organisation'],
    ['a bare organisation heading', '组织工作', 'union-own-organisation'],
    [
      'the union’s regular meetings',
      '区幼儿园工会坚持定期例会制度，本次会议为新学年的首次例会。',
      'union-regular-meetings',
    ],
    [
      'regular committee meetings after the structure',
      '工会设主席一名、委员四名。工会每月定期召开委员会议，传达上级精神。',
      'union-regular-meetings',
    ],
    ['a recuperation trip', '暑假期间，校工会组织四十余名先进教职工赴山区开展疗休养活动。', 'recuperation-trip'],
    ['a teaching group’s meeting', '教研组每周召开一次例会，研讨公开课。', null],
    ['political style with study', '加强思想作风建设，深入开展主题教育。', null],
    ['organisation among an ideology’s aims', '以科学发展观为指导，着力加强工会的组织建设。', null],
    ['a review only announced', '本文将对近年来工会的工作进行总结。', null],
    [
      'the chair’s review ends its clause',
      '会上，工会主席钱某简要回顾、总结了上学期工会工作，并感谢大家的付出。',
      'union-own-review',
    ],
    [
      'the chair reviews the work the union carried out',
      '工会主席孙某首先总结了本学期工会开展的各项工作：三月份组织了踏青。',
      'union-own-review',
    ],
    [
      'a vice-principal presents the union’s report',
      '周某作工会工作报告，从三个方面回顾了上届工会的工作。',
      'union-report-heard',
    ],
    ['the chair’s union report heard', '吴某主席的工会工作报告回顾了一年来的工作。', 'union-report-heard'],
    ['a list of the congress’s reports', '会议审议《学校工作报告》《工会工作报告》及绩效方案并表决通过。', null],
    ['the report’s own opening', '我受工会委员会的委托，向大会作工会工作报告，请予审议。', null],
    ['the school’s report by a name', '郑某作学校工作报告，提出了今后三年的发展目标。', 'school-report-presented'],
    [
      'the union’s meeting in a date line',
      '2020年5月6日下午，由工会主席冯某主持召开了本学期工会工作的第三次会议。',
      'union-own-meeting',
    ],
    ['a union work meeting held', '1月5日，学校2023年度工会工作会议在报告厅召开。', 'union-own-meeting'],
    ['a meeting’s spirit carried out', '以上级工会工作会议精神为指导，全面履行工会职能。', null],
    [
      'the union’s plan revised',
      '与会委员根据学校工作要点，对工会工作计划（讨论稿）进行修改。',
      'union-plan-discussed',
    ],
    ['the congress’s reports discussed', '代表们分成两个小组，讨论审议行政工作报告和工会工作报告。', null],
    ['a festival’s activities discussed', '会议对围绕妇女节开展的系列活动进行了讨论和分工。', null],
    ['a home inspected', '检查组查看了阅览室、健身房等“教工之家”活动场所。', 'union-home-inspected'],
    ['a congress convened by its session', '5月10日，某小学六届二次教职工大会在会议室召开。', 'congress-held'],
    ['a rule on how congresses are held', '召开会议前要按照二级教代会规程，将会议议程报送院工会。', null],
    ['delegations report', '2.各代表团团长会议。时间：14:00；地点：会议室。', 'congress-session'],
    ['the congress’s preparatory session', '一、预备会议（3月5日下午）', 'congress-session'],
    ['a new deployment for the working class', '会议强调，要领会上级对职工队伍和工会工作提出的新要求。', null],
    ['the committee’s make-up', '本届工会委员会由张某、王某等七人组成，其中女委员三名。', 'union-committee-formed'],
    [
      'the committee’s make-up improved',
      '调整工会委员会构成，设立宣传、文体、福利三个小组。',
      'union-committee-formed',
    ],
    [
      'a new women’s committee formed',
      '为关心女教工生活，学校成立了由刘某任主任、三人任委员的新一届女教职工委员会。',
      'union-committee-formed',
    ],
    ['a department union founded', '去年9月，学院部门工会正式成立。此后工会组织了多次活动。', 'union-committee-formed'],
    [
      'the women’s committee’s first meeting',
      '10月8日下午，学校女工委召开本届女职工委员会第一次工作会议，委员全部到会。',
      'union-own-meeting',
    ],
    ['a retrospective opening', '我院女工委自二〇〇五年成立以来，已走过十八个春秋。', null],
    ['the union’s anniversary', '为纪念学校工会成立二十周年，工会举办了书画展。', null],
    ['a level union founds a volunteer team', '近日，县总工会成立了一支由百名职工组成的志愿服务队。', null],
    ['the union founds clubs', '校工会决定成立各类教职工协会，丰富业余生活。', null],
    ['union funds drawn', '五、按财务制度提取工会经费，并把教职工意外保险列入工会开支。', 'union-funds-accounted'],
    ['union funds accounted', '会上，工会主席介绍了本年度工会经费使用情况。', 'union-funds-accounted'],
    ['an audit report among the congress’s documents', '大会审议通过了《工会经费审查报告》。', null],
    [
      'a union honour closing an overview',
      '一年来校工会认真履职，被县教育工会授予先进基层工会。',
      'union-honour-received',
    ],
    ['the women’s committee named', '日前，我校女工委被市妇联评为先进妇女组织。', 'union-honour-received'],
    ['a collective title', '今年，园所被区总工会授予“巾帼文明岗”称号。', 'union-honour-received'],
    ['union work ranked by the level union', '去年我园的工会工作被区教育工会评为一等奖。', 'union-honour-received'],
    ['a unit named by a level union', '学校被市总工会授予师德建设先进单位称号。', 'union-honour-received'],
    ['the reading room named', '校职工书屋获选为市级“职工书屋”示范点。', 'union-honour-received'],
    ['the honour as the spur', '我们以上级工会授予的模范职工小家荣誉为动力，扎实工作。', 'union-honour-received'],
    ['an aim', '本学年工会将努力争创区优秀教工之家。', null],
    ['an aim to be named', '力争获评市级模范职工之家。', null],
    ['a games’ organisers’ prize', '在县教职工运动会上，我校代表队获团体第二名和优秀组织奖。', null],
    ['the union’s own 评先 of members', '王某等五人被评为先进工会工作者，三个组被评为先进工会小组。', null],
    ['the school’s own honours', '学校先后荣获省文明单位、市示范校等称号。', null],
    ['a teacher’s medal', '李老师获得市五一劳动奖章。', null],
    [
      'a send-off for retiring members',
      '6月28日下午，学校工会在会议室为本学期退休的五位老师举行了温馨的欢送会。',
      'retiree-send-off',
    ],
    [
      'a send-off named for the retired',
      '昨日下午，某中学举行了“桑榆情深”为主题的退休教师欢送会。',
      'retiree-send-off',
    ],
    ['a commendation meeting', '新学期，学校工会举办了教职工荣誉表彰大会。', null],
    ['a school’s ceremony told as a lesson', '学校举办了教职工荣休典礼，启迪教师忠诚教育事业。', null],
  ])('%s', (_shape, text, id) => {
    expect(meetingReport(text, rules)?.entry.id ?? null).toBe(id);
  });

  it('drops 建设 (from 先进, 优秀, 劳模) and 教育 (travel) from a recuperation trip unless the paragraph names the union’s own business', () => {
    const trip = rules.find((r) => r.entry.id === 'recuperation-trip')!;
    expect(meetingReportLabels('工会组织劳模赴海滨疗休养。', ['建设', '教育'], trip)).toEqual(['维权']);
    expect(meetingReportLabels('工会组织劳模赴海滨疗休养，并召开工会委员会议。', ['建设'], trip)).toEqual([
      '维权',
      '建设',
    ]);
  });

  it('reads a congress called 教职工代表会议 and drops 建设 when members only attend it (round 41)', () => {
    const held = rules.find((r) => r.entry.id === 'congress-held')!;
    expect(
      meetingReport('近日，某镇中学召开第五届第二次教职工代表会议。会议由镇基层工会主席张某主持。', rules)?.entry.id,
    ).toBe('congress-held');
    expect(
      meetingReportLabels(
        '3月2日下午，我校第八届三次教职工大会在报告厅召开，会议由工会主席主持，在校的工会会员参加了本次会议。',
        ['参与', '建设'],
        held,
      ),
    ).toEqual(['参与']);
    expect(
      meetingReportLabels('我校第八届三次教职工大会在报告厅召开，会上发展新会员五名。', ['参与', '建设'], held),
    ).toEqual(['参与', '建设']);
  });

  it.each([
    ['the union’s publicity post', '三、扩大工会的宣传阵地，及时更新工会网页。', 'union-publicity'],
    ['news material collected', '现校工会面向各分会征集活动宣传稿和照片，择优在网站刊发。', 'union-publicity'],
    ['the union’s news published', '本会按月推送工会活动的通知与新闻稿。', 'union-publicity'],
    ['a page copied from the union’s site', '[转载自校工会网站]3月8日，校工会组织女教职工赴郊外踏青。', null],
    ['study of the law', '组织教职工学习《工会法》，加强普法宣传。', null],
  ])('the union’s own publicity (round 41): %s', (_name, text, id) => {
    expect(meetingReport(text, rules)?.entry.id ?? null).toBe(id);
  });

  it('gives the union’s publicity 建设 (round 41)', () => {
    expect(classifyText('五、加强工会的宣传阵地建设，完善更新工会网页。').labels).toContain('建设');
    expect(classifyText('校工会面向各基层单位征集活动宣传稿、活动照片等新闻素材，择优做成合集。').labels).toContain(
      '建设',
    );
  });

  it.each([
    [
      'a home discussed at a meeting',
      '本次会议还就迎新联欢、教工小家建设、福利发放、协会活动和会费使用等事项进行了交流。',
      'union-home-built',
    ],
    ['a bare home heading', '深化职工之家建设', 'union-home-built'],
    ['visitors tour the home', '市总工会主席一行实地考察了职工书屋、职工之家活动中心。', 'union-home-built'],
    ['a home among an ideology’s aims', '以科学发展观为指导，深入推进模范职工之家建设，提高教职工素质。', null],
    ['a home as an aim', '力争创建市级模范职工之家。', null],
    ['a home named in a later sentence', '我校工会全年开展文体活动十余次。去年以来工会拓展职工小家建设途径。', null],
  ])('building the union’s home (round 41): %s', (_name, text, id) => {
    expect(meetingReport(text, rules)?.entry.id ?? null).toBe(id);
  });

  it.each([
    [
      'a resolution on the joint report',
      '会议举手通过了关于《教代会、工会工作报告》的决议以及关于学校工作报告的决议。',
      'union-report-resolution',
    ],
    ['a resolution on the union report', '大会通过了《机电学院工会工作报告决议》。', 'union-report-resolution'],
    ['the joint report reviewed', '代表们审议通过了教代会和工会工作报告。', 'union-report-resolution'],
    ['committee members added', '会议审议通过了各项报告，并增选了三名分工会委员会委员。', 'union-committee-elected'],
    ['a new committee elected', '会上代表们差额选举了新一届工会委员会委员和经审委员。', 'union-committee-elected'],
    ['a resolution on the school report only', '大会表决通过了《学校工作报告》决议和《提案工作报告》决议。', null],
    ['members taking part in a vote', '许多学校的教职工全部参加选举工会委员，程序规范。', null],
    ['the congress’s delegates elected', '大会选举产生了出席上级教代会的代表三名。', null],
  ])('the union’s business at a congress (round 42): %s', (_name, text, id) => {
    expect(meetingReport(text, rules)?.entry.id ?? null).toBe(id);
  });

  it('drops 建设 from the congress’s proceedings unless the paragraph names the union’s own business', () => {
    const session = rules.find((r) => r.entry.id === 'congress-session')!;
    expect(meetingReportLabels('各代表团分组讨论学院发展规划。', ['建设'], session)).toEqual(['参与']);
    expect(meetingReportLabels('各代表团分组讨论，随后增选工会委员两名。', ['建设'], session)).toEqual([
      '参与',
      '建设',
    ]);
  });

  it('drops 建设 from the head’s report unless the paragraph names the union’s own business', () => {
    const head = rules.find((r) => r.entry.id === 'head-work-report')!;
    expect(meetingReportLabels('校长作了学校工作报告。', ['建设'], head)).toEqual(['参与']);
    expect(meetingReportLabels('校长作了学校工作报告，工会主席作了工会工作报告。', ['建设'], head)).toEqual([
      '参与',
      '建设',
    ]);
  });
});

describe('the classifier codes meeting reports by who reported', () => {
  it.each([
    ['会上，园长李某作了本学年幼儿园工作报告，回顾了一年来的办园成绩。', ['参与']],
    ['院分工会主席赵某作了2022年度分工会工作报告。', ['建设']],
    ['会上，工会主席周某首先总结了本学期工会工作开展情况。', ['建设']],
    // The model gave these headings nothing before union-own-organisation.
    ['一、组织与制度建设', ['建设']],
    ['三、开展区教育工会建章立制工作', ['建设']],
    ['（二）组织工作', ['建设']],
    // Without a chair named the model gave these nothing before union-work-reviewed.
    ['王局长在讲话中对去年全县教育系统工会工作作了全面回顾。', ['建设']],
    ['会议由院长主持，赵某代表学院分工会对一年来的工会工作进行了回顾。', ['建设']],
    // The union's regular meetings and a recuperation trip keep their function through the rules.
    ['区幼儿园工会坚持定期例会制度，本次会议为新学年的首次例会。', ['建设']],
    ['暑假期间，校工会组织四十余名先进教职工赴山区开展疗休养活动。', ['维权']],
    // The union's own meetings, plans, reports and 教工之家 inspections; the staff congress's convening and proceedings.
    ['2019年3月4日下午，学院工会在小会议室召开本学期工会工作研讨会。', ['建设']],
    ['会上，与会老师对下学期工会活动展开了热烈讨论。', ['建设']],
    ['区教育工会三人来到我园，验收我园的“模范教工之家”创建工作。', ['建设']],
    ['会议决定通过《工会工作报告》。', ['建设']],
    ['3月8日上午，某中学四届二次教职工大会在报告厅隆重召开。', ['参与']],
    ['闭幕式上，各代表团团长依次汇报了本团关于学科建设的讨论意见。', ['参与']],
    // The model gave the committee's make-up 维权 or 教育 from its names and purpose before union-committee-formed.
    ['本届工会委员会由张某、王某等七人组成，其中女委员三名。', ['建设']],
    ['为维护女教工合法权益，我校成立了由刘某任主任、三人任委员的新一届女教职工委员会。', ['建设']],
    ['优化工会委员会构成，增设文体活动组、心理关爱组等专项小组。', ['建设']],
    // The model read the care the funds pay for and gave 维权 alone before union-funds-accounted.
    ['三、按规定提取工会经费，合理支付困难教职工的医疗补助，慰问伤病职工。', ['建设']],
    // The model gave an overview closing on the union's honour nothing before union-honour-received (gold audit 14a).
    ['一年来校工会认真履职，为学校发展作出了贡献，被县教育工会授予先进基层工会。', ['建设']],
    ['学院被市总工会授予“五一劳动奖状”。', ['建设']],
    // The model read a send-off as none or as 参与 from its meeting before retiree-send-off.
    ['5月20日下午，机关工会在二楼会议室为本年度退休职工举办荣休仪式。', ['维权']],
  ])('%s', (text, labels) => {
    const got = classifyText(text).labels;
    for (const l of labels) expect(got).toContain(l);
    if (labels[0] === '参与') expect(got).not.toContain('建设');
  });
});
