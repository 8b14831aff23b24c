import { describe, expect, it } from 'vitest';
import { labelDrop, labelDropLabels, loadLabelDropRules } from '../../src/stages/classify/label-drop.ts';
import { classifyText } from '../../src/stages/classify/classifier.ts';

// Text written for the test in the shape of a union's care paragraphs (festival gifts, visits to retirees, a
// collective birthday). None of it is a page's sentence.
describe("labels a paragraph's shape drops (label-drop.json)", () => {
  const rules = loadLabelDropRules();

  it.each(rules.map((r) => [r.entry.id, r] as const))('%s: its example and counter-example', (id, r) => {
    expect(
      labelDrop(r.entry.example, [...(r.entry.keep ? [r.entry.keep] : []), ...r.entry.drop], rules)?.entry.id,
    ).toBe(id);
    expect(
      labelDrop(r.entry.counterExample, [...(r.entry.keep ? [r.entry.keep] : []), ...r.entry.drop], rules)?.entry.id,
    ).not.toBe(id);
  });

  it.each([
    ['a visit to retirees at a festival', '重阳节前夕，工会主席带队看望慰问退休老教师，送去节日的问候。', true],
    ['festival gifts', '五一劳动节前为每位会员发放节日慰问品。', true],
    ['a birthday with a song', '工会为五月寿星举办集体生日会，大家唱起生日歌，分享蛋糕。', true],
    ['a festival party', '三八节下午，工会组织女教师包饺子、共庆节日，并送上节日礼物。', false],
    ['a sports day with gifts', '教师节组织教职工趣味运动会，每人发放一份纪念品和慰问金。', false],
    ['a visit with political study', '走访慰问老党员，并组织党员教师学习党史，坚定理想信念。', false],
  ])('%s', (_shape, text, applies) => {
    expect(labelDrop(text, ['维权', '教育'], rules) !== null).toBe(applies);
  });

  it.each([
    ['a purpose alone', '为了庆祝教师节，丰富教职工的精神文化生活，表达学校对大家的敬意。', 'purpose-only-sentence'],
    [
      'a festival and its purpose',
      '“三八”节是女教职工的节日，为了让大家过一个愉快的节日，放松身心。',
      'purpose-only-sentence',
    ],
    ['a purpose, then the work', '为了丰富女教职工的节日生活，工会举办了插花活动。', null],
    ['a purpose, then the union’s decision', '为了活跃校园文化，校工会决定成立摄影协会。', null],
    ['a purpose in a longer paragraph', '为了丰富教工生活。三月份组织女教工踏青。', null],
  ])('a one-sentence purpose: %s', (_shape, text, id) => {
    expect(labelDrop(text, ['教育'], rules)?.entry.id ?? null).toBe(id);
  });

  it('applies only where the model gave 维权 and the label it drops', () => {
    const text = '教师节前走访慰问退休教师。';
    expect(labelDrop(text, ['教育'], rules)).toBeNull();
    expect(labelDrop(text, ['维权'], rules)).toBeNull();
    const rule = labelDrop(text, ['维权', '建设', '教育'], rules)!;
    expect(labelDropLabels(['维权', '建设', '教育'], rule)).toEqual(['维权', '建设']);
  });
});

describe('the classifier codes care events 维权 alone', () => {
  // Each of these gained 教育 from the model alone (the festival's name, 游戏, 节日) before the rule.
  it.each([
    '在第39个教师节来临之际，学校工会开展走访慰问退休教师活动，祝老教师们节日快乐。',
    '五一劳动节、中秋节慰问活动。',
    '生日会上，寿星们围坐一桌，边吃点心边玩猜谜游戏，欢声笑语不断。',
    '教师节期间，工会通过电话、短信向退休教师致以节日慰问，让关爱不落一人。',
  ])('%s', (text) => {
    const got = classifyText(text).labels;
    expect(got).toContain('维权');
    expect(got).not.toContain('教育');
  });
});

describe('a staff congress’s own business is 参与 without 建设', () => {
  const rules = loadLabelDropRules();

  it.each([
    ['motions judged for merit', '开展优秀教代会提案评比，评出优秀提案十件。', true],
    ['delegates elected', '完成二届三次教代会代表的选举工作。', true],
    ['the congress prepared', '做好第五届教职工代表大会的筹备工作。', true],
    ['the union renewed with it', '完成教代会代表选举和工会委员会换届工作。', false],
    ['a motions report with the union’s funds', '会议评选出优秀提案五件，审议了工会经费收支情况。', false],
  ])('%s', (_shape, text, applies) => {
    expect(labelDrop(text, ['参与', '建设'], rules)?.entry.id === 'congress-own-business').toBe(applies);
  });

  // Each of these gained 建设 from the model alone (评选, 评比, 优秀) before the rule.
  it.each([
    '2、三届二次教代会优秀提案评选工作。',
    '五届一次职代会优秀提案评比工作;',
    '参评提案须由各校工会评选出的优秀提案中推荐，提案人不少于三人。',
  ])('%s', (text) => {
    const got = classifyText(text).labels;
    expect(got).toContain('参与');
    expect(got).not.toContain('建设');
  });
});

describe('an item whose own words name the staff congress or open affairs is 参与 without the heading’s 维权', () => {
  const rules = loadLabelDropRules();

  it.each([
    ['the congress’s system', '1、健全教代会制度。每学年召开一次教代会，审议学校重要规章。', true],
    ['open kindergarten affairs', '2、坚持园务公开制度，拓宽公开渠道，接受教职工监督。', true],
    ['the congress convened', '学校召开三届二次教职工代表大会。', true],
    ['a list with rights named', '以推进民主管理、保障教师合法权益为工作重点。', false],
    ['open affairs with a collective contract', '推进校务公开，认真执行集体合同条款。', false],
    ['a topic that is care', '1、做好困难教职工帮扶，教代会代表参与走访。', false],
  ])('%s', (_shape, text, applies) => {
    expect(labelDrop(text, ['维权', '参与'], rules)?.entry.id === 'participation-item-without-rights').toBe(applies);
  });

  // Each of these gained 维权 from its heading (through the paragraph or one of its sentences) before the rule.
  it.each([
    [
      '1、进一步健全学校教代会制度。每学年按时召开教代会，涉及教职工切身利益的重大事项须经教代会审议通过。',
      '二、依法履行工会职责，切实维护教职工的合法权益',
    ],
    ['2、坚持校务公开制度，扩大公开内容，规范公开程序，保障教职工的知情权和监督权。', '二、依法维护教职工合法权益'],
    ['3、推进民主管理。按时召开教职工代表大会，落实教职工当家作主的权利。', '一、强化权益维护，促进和谐校园'],
    [
      '1、积极参与学校民主管理。三月份召开了第三届第二次教职工代表大会，审议了学校工作报告。',
      '一、维护教职工合法权益，参与学校民主管理',
    ],
  ])('%s', (text, heading) => {
    expect(classifyText(text, heading).labels).toEqual(['参与']);
  });

  it('keeps 维权 where the item itself names rights work', () => {
    expect(
      classifyText('2、推进校务公开，认真执行集体合同，保障教职工的合法权益。', '一、依法维护教职工权益').labels,
    ).toContain('维权');
  });
});

describe('teaching skill is 建设 without 教育', () => {
  const rules = loadLabelDropRules();

  it.each([
    ['a teaching-skill contest', '举办青年教师课堂教学基本功比赛。', true],
    ['mentoring pairs', '深入实施“青蓝工程”，推行师徒结对。', true],
    ['skill contest with an ethics speech', '开展青年教师基本功比赛和师德演讲比赛。', false],
    ['training with a sports day', '组织业务培训，并举办教职工趣味运动会。', false],
  ])('%s', (_shape, text, applies) => {
    expect(labelDrop(text, ['建设', '教育'], rules)?.entry.id === 'teaching-skill-without-education').toBe(applies);
  });

  // Each of these gained 教育 from the model alone (教师, 教学, 活动) before the rule.
  it.each(['2、举办青年教师教学基本功比赛。', '开展“传帮带”活动，每学期举行一次技能比赛。'])('%s', (text) => {
    const got = classifyText(text).labels;
    expect(got).toContain('建设');
    expect(got).not.toContain('教育');
  });
});

describe("a sports contest's format, rules and results are 教育 without 建设 or 参与", () => {
  const rules = loadLabelDropRules();

  it.each([
    ['a format line', '赛事为混合团体赛，每场三局两胜，上场次序抽签决定。', true],
    ['a round-robin and its winners', '经过单循环赛的较量，总务工会小组获得冠军，图书馆工会小组获得亚军。', true],
    ['team totals', '三天比拼下来，外语工会小组以团体总分第一名夺魁。', true],
    ['a notice’s rules', '羽毛球混双比赛实行单败淘汰赛制，每局十五分，取前四名。', true],
    ['a teaching-skill contest', '举办青年教师教学比赛，分初赛和决赛两轮，评出一等奖三名。', false],
    ['a congress with a contest', '教代会闭幕后举行趣味比赛，提案评选同时揭晓，前三名获奖。', false],
    ['no contest named', '工会小组组织教职工开展读书分享活动。', false],
  ])('%s', (_shape, text, applies) => {
    for (const other of ['建设', '参与'] as const) {
      expect(labelDrop(text, ['教育', other], rules)?.entry.id === 'contest-format-without-work').toBe(applies);
    }
  });

  it('keeps 教育 and needs it among the labels', () => {
    const text = '比赛采用单循环赛制，取前三名。';
    expect(labelDrop(text, ['建设'], rules)).toBeNull();
    const rule = labelDrop(text, ['参与', '建设', '教育'], rules)!;
    expect(labelDropLabels(['参与', '建设', '教育'], rule)).toEqual(['教育']);
  });

  // Each of these gained 建设 (以工会小组为单位报名) or 参与 (教职工代表队) from the model alone before the rule.
  it.each([
    '本届篮球赛由学院工会主办。教职工以工会小组为单位报名，共有八支队伍参赛。赛事为混合团体赛，每场三局两胜，上场次序抽签决定。经过两天比拼，后勤工会小组获得冠军，机关工会小组获得亚军。',
    '冬日午后，操场上人声鼎沸，教工跳绳赛正式开始。全校按年级组成六支教职工代表队，每队十二人，男女各半。几轮较量过后，初二年级教职工代表队获得冠军，初一年级教职工代表队获得亚军。',
  ])('%s', (text) => {
    expect(classifyText(text).labels).toEqual(['教育']);
  });
});

describe("the recipients' thanks for the care, naming no care, carry no 维权", () => {
  const rules = loadLabelDropRules();

  it.each([
    ['thanks for the visit', '后勤处、图书馆的同志对工会的关心和慰问深表感谢，决心坚守岗位，做好服务工作。', true],
    ['thanks and wishes', '老同志们对学校的关怀表示了诚挚的谢意，祝愿学校越办越好。', true],
    ['thanks for the arrangements', '随后，一位老教师代表大家感谢学院领导的安排，说这个重阳节过得格外开心。', true],
    ['thanks beside the gifts', '受访的退休教师对工会的关心表示感谢，工会主席为他们送上了慰问金和节日礼品。', false],
    ['a visit first, thanks after', '工会主席看望了生病住院的王老师。王老师对工会的关心表示感谢。', false],
    ['a leader thanking for work', '校长对全体教师一年来的辛勤付出表示感谢。', false],
  ])('%s', (_shape, text, applies) => {
    expect(labelDrop(text, ['维权'], rules)?.entry.id === 'thanks-for-care-without-care').toBe(applies);
  });

  // Each of these was 维权 from the model alone (慰问, 关心, 节日) before the rule.
  it.each([
    '后勤处、图书馆的同志对工会的关心和慰问深表感谢，决心坚守岗位，做好服务工作。',
    '老同志们对学校的关怀表示了诚挚的谢意，祝愿学校越办越好。',
    '随后，一位老教师代表大家感谢学院领导的安排，说这个重阳节过得格外开心。',
  ])('%s', (text) => {
    expect(classifyText(text).labels).toEqual([]);
  });

  it('leaves the thanks told with the gifts 维权', () => {
    expect(classifyText('受访的退休教师对工会的关心表示感谢，工会主席为他们送上了慰问金和节日礼品。').labels).toContain(
      '维权',
    );
  });
});

describe('a greeting spoken by a leader, naming no care, carries no 维权 (gold audit 12)', () => {
  const rules = loadLabelDropRules();
  const spoken = [
    '座谈会上，院长向老同志们致以节日的问候，介绍了学院一年来的发展。',
    '比赛开始之前，党委书记面向在场女教工致以节日问候与慰问，勉励大家兼顾工作与家庭。',
    '开场时，副院长代表学院向各位女同事表达了祝贺与慰问，并祝大家节日快乐。',
    '副校长代表学校领导班子向全院女教职工表示节日的慰问和诚挚的祝福。',
    '重阳节当天，校长向与会的退休教师表示祝福，并就学校发展介绍了情况。',
  ];
  const sentAsCare = [
    ['a birthday wish at the party', '在教职工集体生日会上，校长向寿星们致以生日的祝福。'],
    ['flowers with the wishes', '三八节当天，工会主席代表学校向每位女教职工送上一束鲜花，致以节日的祝福。'],
    ['a visit', '重阳节前，工会主席带队上门看望退休老教师，向他们致以节日的问候。'],
    [
      'a gift beside the greeting',
      '座谈会上，刘院长向在座的老同志致以节日的问候，工会为每位老同志送上了一份重阳节礼品。',
    ],
  ] as const;

  // Each of these was 维权 from the model alone (问候, 慰问, 祝福, 节日) before the rule.
  it.each(spoken)('drops 维权: %s', (text) => {
    expect(labelDrop(text, ['维权'], rules)?.entry.id).toBe('spoken-greeting-without-care');
    expect(classifyText(text).labels).not.toContain('维权');
  });

  it.each(sentAsCare)('keeps 维权: %s', (_shape, text) => {
    expect(labelDrop(text, ['维权'], rules)?.entry.id).not.toBe('spoken-greeting-without-care');
    expect(classifyText(text).labels).toContain('维权');
  });

  it('leaves the event the line tells: a party opened by a greeting stays 教育', () => {
    const text = '联欢会开场，学校工会主席致辞，向大家送上新春祝福，随后各组登台表演节目。';
    const rule = labelDrop(text, ['维权', '教育'], rules)!;
    expect(rule.entry.id).toBe('spoken-greeting-without-care');
    expect(labelDropLabels(['维权', '教育'], rule)).toEqual(['教育']);
  });
});

describe("an activity plan's preamble naming no activity is none", () => {
  const rules = loadLabelDropRules();

  it.each([
    ['a purpose, then the plan', '为丰富教职工文化生活，营造和谐氛围，特制定本年度工会活动计划。', true],
    ['a purpose, then 方案如下', '为活跃教师业余生活，工会结合教师意愿开展以下活动，方案如下：', true],
    ['the activity named', '为丰富教职工业余生活，工会定于下月组织教职工登山活动，具体方案如下：', false],
    ['a celebration named', '为庆祝三八妇女节，工会决定开展女教职工联谊活动，现将有关事项通知如下：', false],
    ['no plan announced', '为丰富教职工文化生活，增强凝聚力，工会全年开展各类活动。', false],
  ])('%s', (_shape, text, applies) => {
    expect(labelDrop(text, ['教育'], rules)?.entry.id === 'plan-preamble-without-activity').toBe(applies);
  });

  it('applies without a kept label and drops 教育 only', () => {
    const text = '为丰富教职工业余生活，特制定本学期工会活动方案。';
    const rule = labelDrop(text, ['维权', '教育'], rules)!;
    expect(rule.entry.id).toBe('plan-preamble-without-activity');
    expect(labelDropLabels(['维权', '教育'], rule)).toEqual(['维权']);
  });

  // Each of these was 教育 from the model alone (文化生活, 凝聚力, 活动) before the rule.
  it.each([
    '为丰富教职工的业余生活，增强团队凝聚力，结合本校实际，特制定本学期工会活动方案，具体安排如下：',
    '为丰富教职工文化生活，营造和谐氛围，特制定本年度工会活动计划。',
    '为活跃教师业余生活，工会结合教师意愿开展以下活动，方案如下：',
  ])('%s', (text) => {
    expect(classifyText(text).labels).toEqual([]);
  });
});

describe("a leader's reported remarks naming no union work carry no function", () => {
  const rules = loadLabelDropRules();
  const id = 'reported-speech-without-work';

  // Text written for the test in the shape of a news item's reported remarks; none of it is a page's sentence.
  it.each([
    ['a stance on the year', '李局长强调，明年是新一轮发展的起步之年，全系统要凝心聚力、真抓实干。', true],
    ['an exhortation to the union', '赵主席要求，区教育工会要展现新作为，在加强工会自身建设上取得新成效。', true],
    ['thanks to the old committee', '周书记表示，感谢上一届委员会为学校建设发展作出的贡献。', true],
    ['a stance on welfare', '教育局长孙某某表示，政府十分重视教师的福利与权利，将逐步出台政策。', true],
    ['remarks after an opener', '会上，工会主席钱某某指出，要把关心教职工的幸福感落到实处。', true],
    ['remarks naming hardship aid', '王主席强调，工会要做好困难教职工帮扶和节日慰问工作。', false],
    ['remarks enumerating work', '陈书记要求，一是加强思想引领，二是组织好教职工技能竞赛。', false],
    ['remarks reviewing the union’s work', '刘校长表示，校工会在工作中不断总结摸索，创新成果丰硕。', false],
    ['remarks on union cadres', '吴主席讲话指出，新时代工会干部应具备服务意识和学习意识。', false],
    ['a directive, not a speaker', '一、按照上级工会工作要求，认真做好本年度各项工作。', false],
    ['remarks founding a union', '协会会长张某表示，新成立的工会将吸收青年教师入会，会员可享受协会的福利。', false],
    ['no speaker', '工会将继续加强职工之家建设，提升服务水平。', false],
  ])('%s', (_shape, text, applies) => {
    expect(labelDrop(text, ['维权', '建设'], rules)?.entry.id === id).toBe(applies);
  });

  it('drops 维权 and 建设 and keeps the rest', () => {
    const rule = labelDrop('李局长强调，明年是新一轮发展的起步之年，全系统要凝心聚力。', ['建设', '教育'], rules)!;
    expect(rule.entry.id).toBe(id);
    expect(labelDropLabels(['建设', '教育'], rule)).toEqual(['教育']);
  });
});

// Text written for the test in the shape of a news item's host and attendance lines (gold audit 11a). None of it
// is a page's sentence.
describe('a line that only says who chairs, hosts, organises or attends an event carries no function', () => {
  const rules = loadLabelDropRules();
  const all = ['维权', '参与', '建设', '教育'] as const;

  it.each([
    ['two chairs', '工会主席李某、副校长赵某分别主持预备会议和正式会议。'],
    ['chair, guest and attendance', '会议由陈副校长主持，周副校长出席，筹备工作小组成员共二十余人参加。'],
    ['attendance with a count', '全体正式代表一百五十余人参加了预备会。'],
    [
      'a long guest list',
      '会议由区教育局领导孙某主持，区总工会副主席钱某，区教育局局长吴某出席会议；全区各校工会主席参加会议。',
    ],
    ['an organiser item', '2、 羽毛球团体赛由羽毛球协会承办'],
    [
      'organiser and support, then an effect',
      '本次拔河比赛由校工会主办，总务处给予支持与配合。通过比赛，既增强了团队意识，又愉悦了身心。',
    ],
    ['a participants field', '3.参与人员 本次座谈邀请了各年级组教师代表参加，共计三十人。'],
  ])('%s', (_shape, text) => {
    const id = labelDrop(text, [...all], rules)?.entry.id;
    expect(['host-attendance-only', 'attendance-field-line']).toContain(id);
  });

  it.each([
    ['the opening that reports the event', '3月5日，校工会召开新学期工作会议，各分工会主席参加，会议由工会主席主持。'],
    ['a host line that goes on to the business', '大会由工会副主席主持，会上表决通过了大会议程和主席团名单。'],
    ['a chair who makes the work report', '会议由工会主席主持，并作了工会工作报告。'],
    ['an organiser line that tells the event', '由区教育工会主办的教职工气排球赛在体育馆举行。'],
    ['a call to take part', '组织教职工积极参加区教职工运动会。'],
    ['an open invitation to take part', '1、凡本校工会会员均可参加。'],
    ['a schedule line', '2、12月10日下午14:30—16:00，一、二年级组参加。'],
    ['an item that names the activity', '3、 参加社区运动会'],
    ['a field with its time and place', '二、参会人员：全体教职工。时间：周五下午；地点：报告厅。'],
  ])('keeps %s', (_shape, text) => {
    const id = labelDrop(text, [...all], rules)?.entry.id ?? null;
    expect(['host-attendance-only', 'attendance-field-line']).not.toContain(id);
  });

  it.each([
    '工会主席李某、副校长赵某分别主持预备会议和正式会议。',
    '本次教职工趣味运动会由校工会主办。',
    '2、 足球友谊赛由足球协会承办',
  ])('the classifier codes %s none', (text) => {
    expect(classifyText(text).labels).toEqual([]);
  });
});

// Round 42: a sports or fun event told on its own is 文体活动 (教育), whatever 竞赛, 工会小组 or 推进…建设 in its purpose
// lean the model to 建设. Text written for the test in the shape; none of it is a page's sentence.
describe('a sports or fun event without union work loses 建设 (sport-event-without-work)', () => {
  const rules = loadLabelDropRules();
  const id = (text: string) => labelDrop(text, ['建设', '教育'], rules)?.entry.id ?? null;

  it.each([
    [
      'a fun games opening',
      '为增进同事情谊，12月下旬，镇教育工会在中心小学举行教职工趣味运动会，各校选派的八十余名教师参加。',
    ],
    ['teams by union group', '全体教工按六个工会小组参加趣味项目竞赛，场上场下加油声不断。'],
    [
      'a hike with a purpose naming 建设',
      '为推进健康校园建设，倡导绿色出行，4月28日下午，学院工会组织教职工开展环湖健步走活动。',
    ],
    ['a quiz', '二、组织教职工参加以“奋进新时代”为主题的知识竞赛，每个分会推荐4人参赛。'],
    ['a fitness month', '校工会定于5月为教职工健身月，要求各部门工会组织好本单位的健身活动。'],
    ['a race start', '随着发令枪响，登山赛事正式开始，各队队员沿山道奋力向上。'],
  ])('%s', (_shape, text) => {
    expect(id(text)).toBe('sport-event-without-work');
    expect(labelDropLabels(['建设', '教育'], labelDrop(text, ['建设', '教育'], rules)!)).toEqual(['教育']);
  });

  it.each([
    ['a teaching-skill contest beside the games', '工会组织青年教师开展教学基本功比赛，并举行教职工拔河比赛。'],
    ['model workers at the games', '运动会开幕式上，校工会表彰了本年度劳模和先进个人。'],
    [
      'the activity room repaired for the games',
      '在后勤支持下，工会对教职工活动室的球桌和灯光进行了维修，乒乓球比赛随即开赛。',
    ],
    ['a sports association founded', '工会指导成立教工羽毛球协会，定期组织活动。'],
  ])('keeps 建设 for %s', (_shape, text) => {
    expect(id(text)).not.toBe('sport-event-without-work');
  });

  it('needs 教育 among the labels', () => {
    expect(labelDrop('开展教职工垂钓休闲赛。', ['建设'], rules)?.entry.id ?? null).not.toBe('sport-event-without-work');
  });
});

// Round 42: an appraisal of the union's work with general hopes is a stance (gold audit 11b); remarks naming concrete
// union work keep their labels. Text written for the test in the shape.
describe('an appraisal without union work loses 建设 and 维权 (appraisal-without-work)', () => {
  const rules = loadLabelDropRules();
  const id = (text: string) => labelDrop(text, ['建设', '维权'], rules)?.entry.id ?? null;

  it.each([
    ['praise in an opening speech', '李书记在开幕词中对上一届工会的工作做了充分的肯定，并对新一届工会寄予了殷切期望。'],
    ['praise and acclaim', '与会领导对学校一年来各项工作取得的成绩给予充分肯定和赞誉。'],
    ['the congress satisfied', '大会对学校过去三年的工会工作表示满意。'],
  ])('%s', (_shape, text) => {
    expect(id(text)).toBe('appraisal-without-work');
    expect(labelDropLabels(['建设', '维权'], labelDrop(text, ['建设', '维权'], rules)!)).toEqual([]);
  });

  it.each([
    ['praise naming the home', '检查组对我校教工之家的阵地建设给予充分肯定。'],
    ['praise with demands listed', '王主席对我校工会工作给予了充分肯定，并提出要求：一是做好帮扶，二是办好文体活动。'],
    ['praise of the welfare work', '领导对工会的福利发放和文体活动给予高度评价。'],
  ])('keeps the labels of %s', (_shape, text) => {
    expect(id(text)).not.toBe('appraisal-without-work');
  });
});

// Round 42: model workers visited with festival greetings or help are cared for (维权), not commended (建设). Text
// written for the test in the shape.
describe('model workers cared for lose 建设 (model-workers-cared-for)', () => {
  const rules = loadLabelDropRules();
  const id = (text: string) => labelDrop(text, ['建设', '维权'], rules)?.entry.id ?? null;

  it.each([
    ['festival greetings', '二、组织对教授、劳动模范和省级劳动奖章获得者等先进人物进行节日慰问。'],
    ['a hardship visit', '对建档困难职工和困难劳模开展全面走访慰问。'],
  ])('%s', (_shape, text) => {
    expect(id(text)).toBe('model-workers-cared-for');
    expect(labelDropLabels(['建设', '维权'], labelDrop(text, ['建设', '维权'], rules)!)).toEqual(['维权']);
  });

  it.each([
    ['a model workers’ talk', '工会举办劳模事迹报告会，会后看望了两位老劳模。'],
    ['a selection beside the visit', '做好劳动模范推荐评选，并在节日走访慰问劳模。'],
  ])('keeps 建设 for %s', (_shape, text) => {
    expect(id(text)).not.toBe('model-workers-cared-for');
  });
});

// Round 42: members' ethics and law study is 教育 even as 师德建设. Text written for the test in the shape.
describe('ethics or law study without union work loses 建设 (ethics-or-law-study-without-work)', () => {
  const rules = loadLabelDropRules();
  const id = (text: string) => labelDrop(text, ['建设', '教育'], rules)?.entry.id ?? null;

  it.each([
    ['ethics at the core', '三、以师德建设为中心，组织全体教师学习理论文章，写好读书心得。'],
    ['law in school', '坚持依法治校，组织教工学习《教育法》和《劳动合同法》。'],
  ])('%s', (_shape, text) => {
    expect(id(text)).toBe('ethics-or-law-study-without-work');
    expect(labelDropLabels(['建设', '教育'], labelDrop(text, ['建设', '教育'], rules)!)).toEqual(['教育']);
  });

  it.each([
    ['ethics beside a teaching contest', '以师德建设为抓手，组织青年教师开展教学基本功比赛。'],
    ['ethics beside a merit contest', '结合师德教育开展“立功竞赛”活动，争做好教师。'],
  ])('keeps 建设 for %s', (_shape, text) => {
    expect(id(text)).not.toBe('ethics-or-law-study-without-work');
  });
});
