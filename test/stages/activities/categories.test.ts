// Categories and functions of activity items, and the checks on the rule files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityFunctions, categorize } from '../../../src/stages/activities/categorize.ts';
import { DEFAULT_RULE_FILES, defaultActivityRules, loadActivityRules } from '../../../src/stages/activities/rules.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const rules = defaultActivityRules();
const tempDir = useTempDir();

describe('categories', () => {
  it('has a documented taxonomy of 15–25 categories plus a fallback', () => {
    expect(rules.categories.length).toBeGreaterThanOrEqual(15);
    expect(rules.categories.length).toBeLessThanOrEqual(25);
    expect(rules.fallback.label).toBe('其他');
  });

  it.each([
    ['做好春节慰问送温暖工作。', '慰问帮扶'],
    ['庆祝“三八”妇女节系列活动。', '节日庆祝'],
    ['开展教师节庆祝暨表彰活动。', '节日庆祝'],
    ['组织教师节联欢。', '节日庆祝'],
    ['国庆文艺汇演。', '节日庆祝'],
    ['端午节龙舟赛。', '文体活动'],
    ['做好国庆期间安全工作。', '配合教育教学'],
    ['组织女教职工“两癌”筛查。', '女职工工作'],
    ['召开第五届教代会第三次会议。', '教代会与民主管理'],
    ['做好校务公开栏更新工作。', '校务公开'],
    ['开展师德师风专题学习。', '师德建设'],
    ['开展“学习模范”师德宣讲活动。', '师德建设'],
    ['组织教职工学习新修订的《工会法》。', '政治与业务学习'],
    ['青年教师基本功大赛。', '业务竞赛与岗位练兵'],
    ['组织教职工秋季登山活动。', '文体活动'],
    ['组织教职工秋季健步走活动。', '文体活动'],
    ['开设教职工瑜伽、太极兴趣班。', '文体活动'],
    ['举办教职工插花艺术沙龙。', '文体活动'],
    ['做好在职教职工体检工作。', '体检与健康'],
    ['欢迎退休教师“回家”团圆，庆祝重阳佳节。', '退休教职工'],
    ['召开工会委员会议，讨论本年度工作计划。', '工会会议与自身建设'],
    ['撰写工会年度工作总结。', '计划与总结'],
    ['做好工会经费总结检查工作。', '经费与会费'],
    ['慈善一日捐工作。', '志愿与公益'],
    ['民主评议学校领导班子。', '考核评议'],
    ['配合行政搞好小学毕业考试工作。', '配合教育教学'],
    ['各类先进评比。', '评优表彰'],
    ['开展新教师拜师结对仪式。', '青年与师徒结对'],
    ['做好工会信息报道工作。', '宣传与信息'],
    ['签订集体合同，维护教职工合法权益。', '权益维护'],
    ['开展“六个一”专项行动。', '其他'],
    // 国庆节 names the season here: its 庆 is no celebration verb (a trial's 健步走 had become a festival).
    ['在国庆节即将来临之际，学院工会组织教工开展午间健步走活动。', '文体活动'],
    ['庆祝国庆节教职工文艺汇演。', '节日庆祝'],
    ['组织全体教职工赴水乡古镇一日游。', '文体活动'],
    // 健康 as a purpose (促进身心健康) does not outweigh the sport; 体检 and 心理 still decide health.
    ['组织教职工开展健步走登山活动，促进身心健康。', '文体活动'],
    ['组织教职工健康体检。', '体检与健康'],
    ['开展教职工心理健康辅导。', '体检与健康'],
    ['举行教职工60米往返接力赛。', '文体活动'],
    // 疗休养 is one word for the union's recuperation trips (its 疗 and 养 are not adjacent: 疗养 does not match).
    ['7月，组织先进教职工赴山区开展疗休养活动。', '体检与健康'],
  ])('%s → %s', (text, category) => {
    expect(categorize(text, rules).category).toBe(category);
  });

  it('is documented: docs/activities.md lists every category and anchor', () => {
    const doc = readFileSync('docs/activities.md', 'utf8');
    for (const c of rules.categories) expect(doc, c.label).toContain(`| ${c.label} | \`${c.id}\` |`);
    for (const a of rules.anchors) expect(doc, a.label).toContain(a.label);
  });

  it('names the terms that decided', () => {
    expect(categorize('做好春节慰问送温暖工作。', rules).terms[0]).toMatch(/送温暖|慰问/);
  });

  it('gives the category’s functions, and the paragraph’s labels when the item is most of its paragraph', () => {
    expect(activityFunctions('慰问帮扶', rules, null, 10)).toEqual(['维权']);
    const line = { text: '1.召开教代会，审议绩效工资方案。', labels: ['参与', '维权'] as const };
    expect(activityFunctions('教代会与民主管理', rules, { text: line.text, labels: [...line.labels] }, 15)).toEqual([
      '维权',
      '参与',
    ]);
    const runOn = { text: '_月份:1.召开教代会。2.组织春游。3.庆祝教师节。4.做好慰问工作。', labels: ['维权' as const] };
    expect(activityFunctions('教代会与民主管理', rules, runOn, 5)).toEqual(['参与']);
  });
});

describe('rule files', () => {
  const write = (name: string, data: unknown) => {
    const file = join(tempDir(), name);
    writeFileSync(file, JSON.stringify(data));
    return file;
  };
  const anchor = (over: Record<string, unknown>) => ({
    anchors: [
      { id: 'x', label: 'x', pattern: '春节', months: [1, 2], strength: 'holiday', why: 'a test anchor here', ...over },
    ],
  });

  const timing = (over: Record<string, string>) =>
    Object.fromEntries(
      Object.entries({ eve: '前夕', during: '期间', lead: '在?', action: '组织', ...over }).map(([k, pattern]) => [
        k,
        { pattern, why: 'a test timing word' },
      ]),
    );

  it('loads the bundled files', () => {
    expect(() => loadActivityRules(DEFAULT_RULE_FILES)).not.toThrow();
  });

  it.each([
    ['an empty pattern', anchor({ pattern: '' }), /pattern/],
    ['a match-everything pattern', anchor({ pattern: '.*' }), /matches everything/],
    ['a pattern that does not compile', anchor({ pattern: '(春节' }), /does not compile/],
    ['a missing why', anchor({ why: undefined }), /why/],
    ['a month out of range', anchor({ months: [13] }), /months/],
    ['a day out of range in a holiday date', anchor({ date: [3, 32] }), /date/],
    [
      'a festival timing pattern that does not compile',
      { ...anchor({}), festivalTiming: timing({ action: '(组织' }) },
      /festivalTiming\.action.*does not compile/,
    ],
    [
      'a festival timing that matches everything',
      { ...anchor({}), festivalTiming: timing({ eve: '.*' }) },
      /festivalTiming\.eve.*matches everything/,
    ],
  ])('rejects %s, naming the file', (_what, data, message) => {
    const file = write('anchors.json', data);
    expect(() => loadActivityRules({ anchors: file })).toThrow(message);
    expect(() => loadActivityRules({ anchors: file })).toThrow(file);
  });

  it('rejects duplicate ids', () => {
    const data = anchor({});
    data.anchors.push({ ...data.anchors[0]! });
    expect(() => loadActivityRules({ anchors: write('anchors.json', data) })).toThrow(/duplicate id "x"/);
  });
});
