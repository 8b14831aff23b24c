import { describe, expect, it } from 'vitest';
import { classifyText } from '../../src/stages/classify/classifier.ts';
import { effectClosing, loadEffectClosingRules } from '../../src/stages/classify/effect-closing.ts';

// Text written for the test in the shape of a news item's closing evaluation (此次活动丰富了…), and of the paragraphs
// around it that do report or commit to work. None of it is a page's sentence.
describe('closing evaluations of an event (effect-closing.json)', () => {
  const rules = loadEffectClosingRules();

  it('every entry has a known opener for its `after` list', () => {
    const openers = new Set(rules.openers.map((o) => o.entry.id));
    for (const e of rules.effects) for (const a of e.entry.after ?? []) expect(openers).toContain(a);
  });

  it.each(rules.openers.map((o) => [o.entry.id, o] as const))(
    'opener %s: its example and counter-example',
    (_id, o) => {
      expect(o.re.test(o.entry.example)).toBe(true);
      if (o.entry.counterExample) expect(o.re.test(o.entry.counterExample)).toBe(false);
    },
  );

  it.each(rules.effects.map((e) => [e.entry.id, e] as const))(
    'effect %s: its example and counter-example',
    (_id, e) => {
      expect(e.re.test(e.entry.example)).toBe(true);
      if (e.entry.counterExample) expect(e.re.test(e.entry.counterExample)).toBe(false);
    },
  );

  it.each(rules.unless.map((u) => [u.entry.id, u] as const))('unless %s: its example and counter-example', (_id, u) => {
    expect(u.re.test(u.entry.example)).toBe(true);
    if (u.entry.counterExample) expect(u.re.test(u.entry.counterExample)).toBe(false);
  });

  it.each([
    [
      'this event + effect verb',
      '此次联欢活动丰富了老师们的课余生活，增强了教工队伍的凝聚力。',
      'this-event',
      'effect-verb',
    ],
    [
      'this event + adverb + effect',
      '本次教工登山活动有效缓解了大家的工作压力，增进了同事间的交流。',
      'this-event',
      'effect-verb',
    ],
    [
      'an event successfully carried out',
      '教工秋游活动的成功开展，不仅使老师们放松了心情，也增进了各部门之间的了解。',
      'event-held',
      'let-feel',
    ],
    ['this event carried out', '本次健身活动的顺利开展，增强了教职工的体质。', 'this-event', 'effect-verb'],
    ['a congress held is a measure', '本次教代会的召开，是学校推进民主管理的重要举措。', 'this-event', 'is-a-measure'],
    ['让…感受到', '这次活动让退休老教师感受到了学校的关怀和温暖。', 'this-event', 'let-feel'],
    [
      '通过 + the event, passive effect',
      '通过短短半天的趣味运动会，老师们的疲惫得到了释放，集体的凝聚力得到了提升。',
      'through-event',
      'got-released',
    ],
    ['a named activity', '“巾帼风采”系列活动从一个侧面展现了女教师的精神风貌。', 'named-activity', 'effect-verb'],
    [
      'the participants’ reaction',
      '老师们纷纷表示，活动让大家度过了一个快乐而有意义的节日。',
      'reaction',
      'after-reaction',
    ],
    ['a numbered closing', '3、此次活动增进了各组之间的友谊。', 'this-event', 'effect-verb'],
    // Shapes of closings on pages no rule was written from (texts written here).
    [
      'any adverb in 地 before the effect',
      '本次读书活动成功地激发了老师们的阅读兴趣，大家相约下学期再办一次。',
      'this-event',
      'effect-verb',
    ],
    [
      'the event’s holding as the subject',
      '春季健步走比赛的成功举办，不仅丰富了教职工的课余生活，也让新同事很快融入了集体。',
      'event-held',
      'effect-verb',
    ],
    // Shapes read after test11's measurement (texts written here).
    [
      'the bare 活动 as the subject',
      '活动增进教职工之间的了解，提升了分工会的凝聚力。',
      'named-activity',
      'effect-verb',
    ],
    [
      'a named activity that helped members',
      '踏青活动不仅帮助老师们舒缓了压力，也增进了友谊。',
      'named-activity',
      'let-feel',
    ],
    [
      'a named contest that gave a chance',
      '跳绳比赛为教职工提供了锻炼身体的机会，活跃了校园气氛。',
      'named-activity',
      'provided-for',
    ],
    [
      '让… out of their work',
      '这次健步走活动，让老师们从忙碌的工作中脱身出来，欣赏了秋日美景。',
      'this-event',
      'let-feel',
    ],
    [
      'the members, then what they felt',
      '本次活动，教工们在欢声笑语中放松身心，体验到了集体的温暖。',
      'this-event',
      'members-felt',
    ],
    [
      '通过 the event, the members felt',
      '通过此次活动，老师们充分放松了心情，展现了阳光的精神面貌。',
      'this-event',
      'members-felt',
    ],
    ['the event gave a platform', '本次联谊活动为青年教师提供了相互认识的平台。', 'this-event', 'provided-for'],
    ['a good result', '本次工会活动取得了良好的效果，展现了老师们的精神风貌。', 'this-event', 'effect-verb'],
    ['加强了 / 落实了', '本次座谈会进一步加强了学校与退休教师的联系。', 'this-event', 'effect-verb'],
    ['not only a sign of', '本次大会的顺利召开，不仅仅是民主管理的体现，也凝聚了人心。', 'this-event', 'is-a-measure'],
    [
      'a hope is no commitment',
      '此次活动增进了同事间的友谊。我们期待着今后继续举办更多这样的活动。',
      'this-event',
      'effect-verb',
    ],
    [
      'an effect on the future is no commitment',
      '本次会议达到了预期目的，对今后进一步完善教代会制度将起到积极作用。',
      'this-event',
      'effect-verb',
    ],
    [
      'a motto is no commitment',
      '此次教代会的召开，是推进民主管理的重要举措。学校将继续以深化改革为主旨，开拓进取。',
      'this-event',
      'is-a-measure',
    ],
    [
      'a later sentence after a saying',
      '常言道：“众人拾柴火焰高。”本次拔河比赛增进了各组之间的友谊，增强了集体的凝聚力。',
      'this-event',
      'effect-verb',
    ],
    [
      "a later sentence after the event's meaning",
      '登山既是一项强身健体的运动，也是一次亲近自然的旅程。通过此次活动，增进了教师之间的交流。',
      'this-event',
      'effect-verb',
    ],
    [
      'a later sentence after the atmosphere',
      '本届联欢会场面热烈、笑声不断，节目一个接一个。通过联欢会，极大地增进了同事之间的感情。',
      'through-event',
      'effect-verb',
    ],
    [
      '本届 + the event, 让…锻炼了身体',
      '本届教工运动会，不仅让老师们锻炼了身体，也增进了友谊。',
      'this-event',
      'let-feel',
    ],
    [
      'the bare 活动 carried out, 传承了',
      '活动的开展，不仅传承了中华传统节日文化，也增进了教师间的了解。',
      'event-held',
      'effect-verb',
    ],
    ['a named 运动会 + 提高了', '教工运动会提高了老师们锻炼身体的积极性。', 'named-activity', 'effect-verb'],
    ['the event as a platform', '趣味比赛作为一个平台，促使老师们增进了了解。', 'named-activity', 'effect-verb'],
    [
      "the event's meaning, 既是…也是…",
      '本次联欢会既是一次辞旧迎新的聚会，也是一次凝聚人心的交流。',
      'this-event',
      'both-and',
    ],
    ['宣扬了…理念', '本次活动宣扬了绿色出行的理念，拉近了同事的距离。', 'this-event', 'effect-verb'],
    ['效果良好', '本次登山活动效果良好，老师们都很满意。', 'this-event', 'effect-verb'],
    [
      "an editor's comment, 能 + effect",
      '点评：通过形式多样的文体活动，能增强教职工的健身意识。',
      'commentary',
      'effect-verb',
    ],
    [
      "a speaker's quoted evaluation",
      '工会主席表示“本次运动会既是一次强身健体的比赛，也是一次凝聚人心的实践。”',
      'speaker-quote',
      'both-and',
    ],
    [
      "the members' words after the event",
      '活动结束后，老师们表示，今后将继续发扬团结拼搏的精神。',
      'reaction',
      'after-reaction',
    ],
    [
      'the members, then 不仅丰富了',
      '通过这次活动，全校的老师不仅丰富了课余生活，也缓解了工作压力。',
      'this-event',
      'members-felt',
    ],
    ['让…参与了体育锻炼', '通过本次线上健步走活动，让广大教职工参与了体育锻炼。', 'this-event', 'let-feel'],
    [
      'the atmosphere, then what it showed',
      '比赛现场你追我赶、气氛热烈，充分展现了教职工团结协作的精神风貌。',
      'atmosphere',
      'effect-verb',
    ],
  ])('%s', (_shape, text, opener, effect) => {
    expect(effectClosing(text, rules)).toEqual({ opener, effect });
  });

  it.each([
    ['the event told, not evaluated', '本次运动会设置了接力跑、拔河和跳绳三个项目，各组教师踊跃参加。'],
    ['a count of what was done', '此次活动共走访慰问困难教职工15名，送去慰问品和节日祝福。'],
    ['a commitment to concrete work', '此次活动丰富了教工生活。下一步，工会将继续组织教职工开展登山和健步走活动。'],
    ['an act of holding it', '组织开展读书活动，丰富了教职工的精神生活。'],
    [
      'an effect after a sentence that tells the event',
      '12月5日下午，工会举办教职工拔河比赛。此次比赛增进了各组之间的友谊。',
    ],
    ['an effect on the programme, not on members', '本次运动会沿用以往的趣味风格，在原有基础上丰富了比赛项目。'],
    ['when the event is held', '教代会的召开时间定在三月第二周，会前各组讨论提案。'],
    ['what the contest is', '本次比赛为团体赛，分男子组和女子组，各队循环比赛。'],
    ['the members at work', '本次活动，老师们在操场上分组进行拔河比赛。'],
    ['a concrete commitment after a hope', '此次活动增进了友谊。下一步，工会将组织教职工开展秋季登山活动。'],
    ['a date and a holding before the closing', '教工运动会于周五下午举行。本次运动会增进了友谊。'],
    ['a result before the closing', '经过激烈角逐，语文组获得冠军。此次比赛增强了凝聚力。'],
    [
      'a named activity in a later sentence',
      '我校文体活动分为常规活动与特色活动。特色活动为教师提供了展示才艺的平台。',
    ],
    ['a holding in a later opener', '我们注重弘扬传统文化。通过举办各类讲座活动，增进了教师对传统文化的了解。'],
    ['the atmosphere, then a result', '比赛现场气氛热烈，数学组获得第一名。'],
    ['a speaker announcing the event', '工会主席表示“本次运动会将于周五下午举行。”'],
    ["the members' words naming union work", '活动结束后，老师们表示，工会将继续组织此类活动。'],
    [
      'a plan to be drawn up after the meaning',
      '本次总结会既是对一年工作的回顾，也是交流经验的平台。下一步，工会将针对存在的问题制定整改措施。',
    ],
    ['a speech before the closing', '校长主持并致开幕词。本次大会增强了教职工的主人翁意识。'],
  ])('leaves alone: %s', (_shape, text) => {
    expect(effectClosing(text, rules)).toBeNull();
  });
});

describe('the classifier codes a closing evaluation none', () => {
  it.each([
    '此次趣味活动丰富了教职工的业余文化生活，增进了同事之间的友谊，增强了工会组织的凝聚力。',
    '本次重阳节活动不仅体现了学校对退休教师的关怀，也让老同志们感受到了大家庭的温暖。',
    '本次教代会的召开，是学校推进民主管理、凝聚全体教职工智慧的重要举措。',
    '常言道：“众人拾柴火焰高。”本次拔河比赛增进了各组之间的友谊，丰富了教职工的文化生活。',
    '比赛现场你追我赶、气氛热烈，充分展现了教职工团结协作、积极向上的精神风貌。',
  ])('%s', (text) => {
    expect(classifyText(text).labels).toEqual([]);
  });

  it('keeps the labels of the event it evaluates', () => {
    expect(classifyText('12月5日下午，校工会举办教职工拔河比赛，各组教师踊跃参加。').labels).toContain('教育');
  });
});
