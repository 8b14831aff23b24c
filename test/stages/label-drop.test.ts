import { describe, expect, it } from 'vitest';
import { labelDrop, labelDropLabels, loadLabelDropRules } from '../../src/stages/classify/label-drop.ts';
import { classifyText } from '../../src/stages/classify/classifier.ts';

// Text written for the test in the shape of a union's care paragraphs (festival gifts, visits to retirees, a
// collective birthday). None of it is a page's sentence.
describe("labels a paragraph's shape drops (label-drop.json)", () => {
  const rules = loadLabelDropRules();

  it.each(rules.map((r) => [r.entry.id, r] as const))('%s: its example and counter-example', (id, r) => {
    expect(labelDrop(r.entry.example, [r.entry.keep, ...r.entry.drop], rules)?.entry.id).toBe(id);
    expect(labelDrop(r.entry.counterExample, [r.entry.keep, ...r.entry.drop], rules)?.entry.id).not.toBe(id);
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
