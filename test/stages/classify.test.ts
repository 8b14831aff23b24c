import { describe, expect, it } from 'vitest';
import { classifyStage } from '../../src/stages/classify/classify-stage.ts';
import { classifyText } from '../../src/stages/classify/classifier.ts';
import {
  DEFAULT_FEATURE_OPTIONS,
  FeatureExtractor,
  hanBigrams,
  isBigramFeature,
  isCueFeature,
} from '../../src/stages/classify/features.ts';
import { loadLexicon, parseLexicon } from '../../src/stages/classify/lexicon.ts';
import { FunctionModel, loadModel, type ModelFile, parseModel } from '../../src/stages/classify/model.ts';
import { labelParagraph, SENTENCE_MARGIN, sentencesOf } from '../../src/stages/classify/sentence-labels.ts';
import { paragraphsStage } from '../../src/stages/segment/paragraphs-stage.ts';
import { wordsStage } from '../../src/stages/segment/words-stage.ts';
import { trainingResources } from '../../src/training/train-classifier.ts';
import { documentFromText, runDocumentStage } from '../helpers/run-stage.ts';

// The classify stage and what it reads: the lexicon, features, the model file. Training (natural, calibration,
// thresholds, the labelled fixtures, metrics) is tested in test/training/.
const resources = trainingResources();

describe('lexicon data file', () => {
  const entry = (id: string, label: string, terms: string[]) => ({ id, label, why: 'an entry for the test', terms });

  it('loads the bundled lexicon: every function has cues', () => {
    const labels = new Set(loadLexicon().entries.map((e) => e.label));
    for (const l of ['维权', '参与', '建设', '教育', 'generic']) expect(labels).toContain(l);
  });

  it.each([
    ['a one-character term', [entry('weiquan.x', '维权', ['温'])], /at least two characters/],
    ['an empty term list', [entry('weiquan.x', '维权', [])], /terms/],
    ['a pattern character', [entry('weiquan.x', '维权', ['送.*'])], /plain text/],
    ['an unknown label', [entry('weiquan.x', '维护', ['慰问'])], /label/],
    [
      'a term in two entries',
      [entry('weiquan.x', '维权', ['慰问']), entry('jiaoyu.x', '教育', ['慰问'])],
      /"慰问" is in both weiquan.x and jiaoyu.x/,
    ],
    [
      'a duplicate id',
      [entry('weiquan.x', '维权', ['慰问']), entry('weiquan.x', '维权', ['体检'])],
      /duplicate id "weiquan.x"/,
    ],
  ])('rejects %s', (_name, entries, message) => {
    expect(() => parseLexicon({ entries }, 'lex.json')).toThrow(message);
  });

  it('matches the longest term at each position', () => {
    const lex = parseLexicon({
      entries: [entry('jiaoyu.law', '教育', ['劳动合同法']), entry('weiquan.labour', '维权', ['劳动合同'])],
    });
    expect(lex.match('学习劳动合同法，签订劳动合同').map((m) => m.term)).toEqual(['劳动合同法', '劳动合同']);
  });
});

describe('features', () => {
  const extractor = new FeatureExtractor(
    resources.lexicon,
    resources.stopwords,
    resources.tokenize,
    DEFAULT_FEATURE_OPTIONS,
  );

  it('content words without stopwords, lexicon cues, and evidence from the nearest and outer headings', () => {
    const f = extractor.extract({ text: '继续开展送温暖活动。', headings: ['三、维护教工权益', '（二）困难帮扶'] });
    expect(f.names).toContain('w:送温暖');
    expect(f.names).not.toContain('w:开展');
    expect(f.names).not.toContain('w:活动');
    expect(f.names).toContain('L:维权');
    expect(f.names).toContain('H:维权');
    expect(f.names).toContain('O:维权');
    expect(f.evidence.get('H:维权')).toEqual(['heading「（二）困难帮扶」']);
    expect(f.evidence.get('L:维权')).toEqual(['送温暖']);
  });

  it('a masking term decides for the words inside it: 师德建设 is 教育 and its 建设 is no 建设 evidence', () => {
    const f = extractor.extract({ text: '开展师德建设月活动', headings: [] });
    expect(f.names).toContain('L:教育');
    expect(f.names).not.toContain('w:建设');
    expect(f.names).not.toContain('L:建设');
    // 建设 outside the term still counts as a word.
    expect(extractor.extract({ text: '抓好师德建设和工会组织的建设', headings: [] }).names).toContain('w:建设');
    expect(extractor.extract({ text: '学习《工会法》', headings: [] }).names).not.toContain('w:工会');
  });

  it('marks where the cues stand: T: for a function its topic clause names, A: for one named only after it', () => {
    const f = extractor.extract({ text: '3、积极开展文体活动，陶冶教职工情操，关心老教师的身体健康。', headings: [] });
    expect(f.names).toContain('T:教育');
    expect(f.names).toContain('A:维权');
    expect(f.names).toContain('L:维权');
    expect(f.evidence.get('T:教育')).toEqual(['topic「积极开展文体活动」']);
    // A topic clause that names no function: a later cue is the paragraph's evidence, not an aside.
    const plain = extractor.extract({ text: '按时完成各项任务，做好困难教职工帮扶工作。', headings: [] });
    expect(plain.names.some((n) => /^[TA]:/.test(n))).toBe(false);
    // Off in models trained before it.
    const old = new FeatureExtractor(resources.lexicon, resources.stopwords, resources.tokenize, {
      ...DEFAULT_FEATURE_OPTIONS,
      topicClause: false,
    });
    expect(
      old.extract({ text: '3、积极开展文体活动，陶冶教职工情操，关心老教师的身体健康。', headings: [] }).names,
    ).not.toContain('T:教育');
  });

  it('character bigrams of the Han text beside the words, none across punctuation or inside a masking term', () => {
    const f = extractor.extract({ text: '一、组织与制度建设，有序推进', headings: [] });
    for (const b of ['组织', '织与', '与制', '制度', '度建', '建设', '有序', '序推', '推进'])
      expect(f.names).toContain(`c:${b}`);
    // A comma ends a run; digits, Latin letters and punctuation never pair.
    expect(f.names).not.toContain('c:设有');
    expect(f.names.filter((n) => n.startsWith('c:')).length).toBe(9);
    // Each bigram once, however often it occurs.
    expect(extractor.extract({ text: '建设建设', headings: [] }).names.filter((n) => n === 'c:建设').length).toBe(1);
    // Inside 师德建设 (a masking term) the term decides, for bigrams as for words.
    expect(extractor.extract({ text: '开展师德建设月活动', headings: [] }).names).not.toContain('c:建设');
    // Bigrams are neither words nor cues: the calibration's strongest cue never comes from one.
    expect(isCueFeature('c:建设')).toBe(false);
    expect(isBigramFeature('c:建设')).toBe(true);
    expect(isBigramFeature('w:c')).toBe(false);
    expect(hanBigrams('A1工会ab小组')).toEqual(['工会', '小组']);
    // Off in models trained before it.
    const old = new FeatureExtractor(resources.lexicon, resources.stopwords, resources.tokenize, {
      ...DEFAULT_FEATURE_OPTIONS,
      charBigrams: false,
    });
    expect(old.extract({ text: '组织与制度建设', headings: [] }).names.some((n) => n.startsWith('c:'))).toBe(false);
  });

  it('a paragraph with no heading has no heading features', () => {
    expect(extractor.extract({ text: '召开教代会。', headings: [] }).names.some((n) => /^[hHO]:/.test(n))).toBe(false);
  });
});

describe('the model file as the stage reads it', () => {
  it('a label is given exactly when its score reaches its own threshold', () => {
    const file = tinyModel({ 维权: 0.6, 参与: 0.2, 建设: 0.9, 教育: 0.5 });
    const model = new FunctionModel(file);
    const features = {
      names: ['w:慰问', 'w:教代会'],
      evidence: new Map([
        ['w:慰问', ['慰问']],
        ['w:教代会', ['教代会']],
      ]),
    };
    const r = model.classify(features);
    for (const l of ['维权', '参与', '建设', '教育'] as const) {
      expect(r.labels.includes(l)).toBe(r.scores[l] >= file.thresholds[l]);
    }
    expect(r.labels).toEqual(['维权', '参与']);
    expect(r.reasons).toEqual({ 维权: ['慰问'], 参与: ['教代会'] });
  });

  it("applies the calibration's cross weights: another function's log-odds move this one's probability", () => {
    // Both paragraphs' cues: 维权 log-odds −1 + 3 − 1 = 1, 参与 −1 − 1 + 3 = 1.
    const file = { ...tinyModel({ 维权: 0.5, 参与: 0.5, 建设: 0.5, 教育: 0.5 }) };
    file.weights = { 'w:慰问': [3, -1, 0, 0], 'w:教代会': [-1, 3, 0, 0] };
    const features = { names: ['w:慰问', 'w:教代会'], evidence: new Map<string, string[]>() };
    const plain = new FunctionModel(file).classify(features);
    // 参与's evidence counted against 维权 (σ(1 − 3 · 1) ≈ 0.12): 维权 drops below its threshold.
    const crossed = new FunctionModel({
      ...file,
      calibration: { ...file.calibration, 维权: { a: 1, c: 0, b: 0, cross: [0, -3, 0, 0] } },
    }).classify(features);
    expect(plain.labels).toEqual(['维权', '参与']);
    expect(crossed.scores['维权']).toBeCloseTo(0.119, 3);
    expect(crossed.labels).toEqual(['参与']);
    expect(crossed.scores['参与']).toBe(plain.scores['参与']);
  });

  it("weighs each function's strongest cue (a lexicon feature, not a word) by the calibration's d", () => {
    const file = { ...tinyModel({ 维权: 0.5, 参与: 0.5, 建设: 0.5, 教育: 0.5 }) };
    file.weights = { 'w:慰问': [2, 0, 0, 0], 'L:维权': [1.5, 0, 0, 0], 'E:weiquan.visits': [0.5, 0, 0, 0] };
    const withD = { ...file, calibration: { ...file.calibration, 维权: { a: 1, c: 0, b: 0, d: 2 } } };
    const p = (names: string[]) =>
      new FunctionModel(withD).classify({ names, evidence: new Map<string, string[]>() }).scores['维权'];
    // Log-odds −1 + 2 = 1 and no cue: σ(1).
    expect(p(['w:慰问'])).toBeCloseTo(0.731, 3);
    // The word's weight is larger, but the strongest cue is L:维权 (1.5): σ(−1 + 2 + 1.5 + 0.5 + 2 · 1.5).
    expect(p(['w:慰问', 'L:维权', 'E:weiquan.visits'])).toBeCloseTo(1 / (1 + Math.exp(-6)), 3);
    // Without d the cue counts only through the log-odds, as in models trained before it.
    const plain = new FunctionModel(file).classify({ names: ['L:维权'], evidence: new Map<string, string[]>() });
    expect(plain.scores['维权']).toBeCloseTo(0.622, 3);
  });

  it("adds each present cue's own calibration weight, and ranks the reasons by it", () => {
    const file = { ...tinyModel({ 维权: 0.5, 参与: 0.5, 建设: 0.5, 教育: 0.5 }) };
    file.weights = { 'w:慰问': [2, 0, 0, 0], 'A:维权': [0.5, 0, 0, 0] };
    const withCues = {
      ...file,
      calibration: { ...file.calibration, 维权: { a: 1, c: 0, b: 0, cues: { 'A:维权': -3 } } },
    };
    const features = (names: string[]) => ({ names, evidence: new Map([['A:维权', ['慰问']]]) });
    // −1 + 2 = 1 without the aside; with it −1 + 2 + 0.5 − 3 = −1.5.
    expect(new FunctionModel(withCues).classify(features(['w:慰问'])).scores['维权']).toBeCloseTo(0.731, 3);
    const aside = new FunctionModel(withCues).classify(features(['w:慰问', 'A:维权']));
    expect(aside.scores['维权']).toBeCloseTo(1 / (1 + Math.exp(1.5)), 3);
    expect(aside.labels).not.toContain('维权');
    // A cue the calibration weighs but naive Bayes never saw still counts.
    const only = {
      ...withCues,
      calibration: { ...withCues.calibration, 维权: { a: 1, c: 0, b: 0, cues: { 'T:维权': 3 } } },
    };
    expect(new FunctionModel(only).classify(features(['T:维权'])).scores['维权']).toBeCloseTo(0.881, 3);
    const shown = new FunctionModel(only).classify({
      names: ['w:慰问', 'T:维权'],
      evidence: new Map([['T:维权', ['topic「慰问」']]]),
    });
    expect(shown.reasons['维权']).toEqual(['topic「慰问」', '慰问']);
  });

  it("sums the character bigrams apart and weighs them by the calibration's e, for the functions that have one", () => {
    const file = { ...tinyModel({ 维权: 0.5, 参与: 0.5, 建设: 0.5, 教育: 0.5 }) };
    file.weights = { 'w:慰问': [2, 0, 0, 0], 'c:慰问': [0, 0, 1.5, 0], 'c:温暖': [0, 0, 0.5, 0] };
    const withE = { ...file, calibration: { ...file.calibration, 建设: { a: 1, c: 0, b: 0, e: 0.5 } } };
    const model = new FunctionModel(withE);
    const features = { names: ['w:慰问', 'c:慰问', 'c:温暖'], evidence: new Map<string, string[]>() };
    // 建设: log-odds −1 (the bigrams are not in it) + 0.5 · (1.5 + 0.5) = 0.
    expect(model.classify(features).scores['建设']).toBeCloseTo(0.5, 3);
    expect(model.logOdds(features.names)[2]).toBe(-1);
    // 维权 has no e: its bigram weights count for nothing; the word alone gives σ(−1 + 2).
    expect(model.classify(features).scores['维权']).toBeCloseTo(0.731, 3);
    // Shown as the characters, ranked by what the calibration lets them add.
    expect(model.classify(features).reasons['建设']).toEqual(['慰问', '温暖']);
    // Bigrams are not counted in the paragraph's size: with c = 1 a bigram moves nothing but through e.
    const sized = new FunctionModel({
      ...file,
      calibration: { ...file.calibration, 维权: { a: 1, c: 1, b: 0 } },
    });
    expect(sized.classify(features).scores['维权']).toBeCloseTo(
      sized.classify({ names: ['w:慰问'], evidence: new Map<string, string[]>() }).scores['维权'],
      6,
    );
  });

  it('rejects a file that is not a model with a message that says what to do', () => {
    expect(() => parseModel({ format: 'something else' }, 'm.json')).toThrow(
      /m.json: not a gonghui classifier model.*gonghui train/,
    );
    expect(() => loadModel('/nonexistent/model.json')).toThrow(/cannot read the classifier model.*gonghui train/);
  });
});

describe('sentence labels: a long paragraph keeps the function one of its sentences carries', () => {
  it('splits at sentence ends, drops pieces too short to carry a function, and hands out the tokens', () => {
    const text = '一是。组织教职工登山；走访慰问退休教师！召开教代会';
    const tokens = ['一是', '组织', '教职工', '登山', '走访', '慰问', '退休', '教师', '召开', '教代会'];
    expect(sentencesOf(text, tokens)).toEqual([
      { text: '组织教职工登山', tokens: ['组织', '教职工', '登山'] },
      { text: '走访慰问退休教师', tokens: ['走访', '慰问', '退休', '教师'] },
    ]);
    // A token not found in the text (it was cut from other text): every sentence is tokenised again.
    expect(sentencesOf('组织教职工登山。走访慰问退休教师', ['登山', '不在此']).map((s) => s.tokens)).toEqual([
      undefined,
      undefined,
    ]);
  });

  // Alone, 慰问 gives 维权 σ(2) = 0.881 and 教代会 gives 参与 0.881; together each has σ(1) = 0.731, which
  // reaches 维权's threshold (0.6) but not 参与's (0.75).
  const file = tinyModel({ 维权: 0.6, 参与: 0.75, 建设: 0.5, 教育: 0.5 });
  file.weights = { 'w:慰问': [3, -1, -5, -5], 'w:教代会': [-1, 3, -5, -5] };
  const model = new FunctionModel(file);
  const words = { tokenize: (text: string) => ['慰问', '教代会'].filter((w) => text.includes(w)) };
  const extractor = new FeatureExtractor(parseLexicon({ entries: [lexEntry] }), new Set(), words.tokenize, {
    ...DEFAULT_FEATURE_OPTIONS,
    headingWords: false,
  });

  it("adds a function a sentence carries clearly, with that sentence's score and reasons", () => {
    const input = { text: '走访慰问退休教职工。召开一次教代会。', headings: [] };
    expect(model.classify(extractor.extract(input)).labels).toEqual(['维权']);
    const r = labelParagraph(model, extractor, input);
    expect(0.881).toBeGreaterThanOrEqual(0.75 + SENTENCE_MARGIN);
    expect(r.labels).toEqual(['维权', '参与']);
    expect(r.scores['参与']).toBeCloseTo(0.881, 3);
    expect(r.reasons['参与']).toEqual(['教代会']);
  });

  it('leaves a paragraph with no label alone: a preamble names the functions as aims', () => {
    const none = tinyModel({ 维权: 0.9, 参与: 0.75, 建设: 0.5, 教育: 0.5 });
    none.weights = file.weights;
    const r = labelParagraph(new FunctionModel(none), extractor, {
      text: '坚持慰问困难教职工。坚持开好教代会。',
      headings: [],
    });
    expect(r.labels).toEqual([]);
  });

  it.each([
    [
      '对生病住院和生育的教职工及时上门看望慰问，对困难教职工给予帮扶救助，让大家时时感受到组织的关心和温暖。同时认真做好教工之家建设。',
      ['维权', '建设'],
    ],
    [
      '坚持教职工生病住院必访、亲属去世必访，春节前走访慰问困难教职工和退休老教师，为每位教职工办理互助保险。按时收缴会费，做好会员档案管理。',
      ['维权', '建设'],
    ],
  ])('the bundled model: %s → %j', (text, labels) => {
    expect(classifyText(text).labels).toEqual(labels);
  });
});

const lexEntry = { id: 'weiquan.test', label: '维权', why: 'an entry for the test', terms: ['无此词'] };

/** A hand-made model: 慰问 pushes 维权, 教代会 pushes 参与. */
function tinyModel(thresholds: Record<'维权' | '参与' | '建设' | '教育', number>): ModelFile {
  const zero = { 维权: 0, 参与: 0, 建设: 0, 教育: 0 };
  const unit = { a: 1, c: 0, b: 0 };
  return {
    format: 'gonghui.function-classifier/1',
    description: 'test',
    trainedOn: { examples: 0, positives: zero, dataSha256: '', lexiconSha256: '', stopwordsSha256: '', folds: 5 },
    featureOptions: DEFAULT_FEATURE_OPTIONS,
    labels: ['维权', '参与', '建设', '教育'],
    bias: { 维权: -1, 参与: -1, 建设: -1, 教育: -1 },
    calibration: { 维权: unit, 参与: unit, 建设: unit, 教育: unit },
    thresholds,
    weights: { 'w:慰问': [3, -1, 0, 0], 'w:教代会': [-1, 2, 0, 0] },
  };
}

describe('classify.functions stage', () => {
  const text = [
    '青山中学工会2025年工作计划',
    '一、指导思想',
    '以服务学校发展、服务教职工为宗旨，认真履行工会各项职能。',
    '二、主要工作',
    '（一）困难教职工帮扶',
    '继续做好这项工作，做到应帮尽帮、不漏一人。',
    '（二）民主管理',
    '每学期召开一次教职工代表大会，审议学校重大事项。',
    '（三）文体活动',
    '组织教职工羽毛球赛和秋季登山。',
  ].join('\n');

  it('labels every paragraph, with scores for all four functions and reasons for each label', () => {
    const doc = runDocumentStage(wordsStage, runDocumentStage(paragraphsStage, documentFromText(text)).output).output;
    const { output, notes } = runDocumentStage(classifyStage, doc);
    const byText = (t: string) => output.paragraphs.find((p) => p.text.startsWith(t))!;
    for (const p of output.paragraphs) {
      // Structure lines (title, generic headings, month headers) are skipped: no labels, no scores.
      if (p.structure) expect([p.text, p.labels, p.scores]).toEqual([p.text, [], {}]);
      else expect(Object.keys(p.scores).sort()).toEqual(['参与', '建设', '教育', '维权'].sort());
    }
    expect(output.paragraphs.some((p) => p.structure)).toBe(true);
    expect(byText('以服务学校发展').labels).toEqual([]);
    // Elliptical: only its heading says what it is about.
    const elliptical = byText('继续做好这项工作');
    expect(elliptical.labels).toEqual(['维权']);
    expect(elliptical.reasons['维权']).toContain('heading「（一）困难教职工帮扶」');
    expect(byText('每学期召开').labels).toContain('参与');
    expect(byText('组织教职工羽毛球赛').labels).toContain('教育');
    for (const p of output.paragraphs) for (const l of p.labels) expect(p.reasons[l]!.length).toBeGreaterThan(0);
    expect(notes.map((n) => n.rule)).toEqual(['classify.functions']);
  });

  it('rejects a model option that points nowhere, when the pipeline is loaded', () => {
    expect(classifyStage.options.safeParse({ model: '/nonexistent/model.json' }).success).toBe(false);
    const parsed = classifyStage.options.parse({});
    expect(parsed).toMatchObject({ model: null, modelSha256: expect.stringMatching(/^[0-9a-f]{16}$/) });
    // Options already parsed (e.g. handed to a worker thread) parse again to the same value.
    expect(classifyStage.options.parse(parsed)).toEqual(parsed);
    expect(classifyStage.options.parse({ modelSha256: 'stale' })).toEqual(parsed);
  });
});

describe('classifyText on text in styles the model was not trained on', () => {
  it.each([
    ['工会小组长带着水果去医院探望了住院的刘老师。', ['维权']],
    ['全体代表举手表决，通过了新的课后服务补助办法。', ['参与']],
    ['学校财务账目每季度向教职工代表通报一次。', ['参与']],
    ['青年教师汇报课评比落下帷幕，五位新教师获奖。', ['建设']],
    ['工会换届后，委员们按分工建立了工作台账。', ['建设']],
    ['组织全体教工观看电影《长津湖》，重温革命历史。', ['教育']],
    ['周末组织教师去郊外骑行，呼吸新鲜空气。', ['教育']],
    // The confusions issue 16 names: words inside a term are not evidence for another function.
    ['召开工会委员会议，研究部署本月工作。', ['建设']],
    ['整理会员花名册。', ['建设']],
    ['加强基层工会组织建设。', ['建设']],
    ['做好会员发展工作，新教师及时入会。', ['建设']],
    ['开展师德建设月活动。', ['教育']],
    ['组织教职工学习《教师法》。', ['教育']],
    ['加强社会公德教育。', ['教育']],
    ['青蓝工程师徒结对，老教师带新教师。', ['建设']],
    // Issue 16: short headings with a 建设 cue, and the purposes and greetings of an activity plan.
    ['三、健全组织机构，规范工会运转', ['建设']],
    ['坚持园务公开，重大事项及时向全体教工通报。', ['参与']],
    ['五、抓好工会宣传和信息报道', ['建设']],
    ['一、抓好师德师风建设，弘扬高尚师德', ['教育']],
    ['为了让女教师们过一个轻松愉快的节日，增进同事之间的交流。', []],
    // 两代会 (the joint staff and union congress) is the congress under another name.
    ['筹备第四届两代会。', ['参与']],
    ['六月：两代会代表分组讨论学校发展规划。', ['参与']],
    ['做好期末复习迎考工作。', []],
    ['以下是本学期的工作安排。', []],
  ])('%s → %j', (text, labels) => {
    expect(classifyText(text).labels).toEqual(labels);
  });
});
