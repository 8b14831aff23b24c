// `gonghui eval real`: the pipeline on pages it has never seen, scored against hand-made gold. The fixture
// pages in fixtures/real-eval/ are invented in the real shapes (site chrome, a compilation of two documents,
// a month schedule); their gold is deliberately imperfect, so each figure below is something other than 1.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparable } from '../../src/eval/real-pages/comparable-text.ts';
import { type GoldPage, loadRealGold } from '../../src/eval/real-pages/gold.ts';
import type { OutputActivity, OutputDocument } from '../../src/store/run-outputs.ts';
import { sameOrg, scorePage } from '../../src/eval/real-pages/score-page.ts';
import { realFigures } from '../../src/eval/real-pages/figures.ts';
import { runCli } from '../cli/run-cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const FIXTURES = 'fixtures/real-eval';
const GOLD = `${FIXTURES}/gold.json`;
const PAGES = `${FIXTURES}/pages`;
const tempDir = useTempDir('gonghui-eval-real-');

function outputDocument(part: number, text: string, extra: Partial<OutputDocument> = {}): OutputDocument {
  return {
    id: `doc${part}`,
    source: 'page.txt',
    part,
    title: null,
    text,
    org: null,
    orgAnonymised: false,
    year: null,
    schoolYear: null,
    kind: 'plan',
    onTopic: true,
    duplicateOf: null,
    paragraphs: text.split('\n').map((t, index) => ({ index, text: t, labels: [] })),
    activities: [],
    ...extra,
  };
}

function outputActivity(text: string, extra: Partial<OutputActivity> = {}): OutputActivity {
  return {
    month: 3,
    monthEnd: null,
    monthInferred: false,
    basis: 'stated',
    year: null,
    text,
    evidence: null,
    paragraphIndex: 0,
    ...extra,
  };
}

function goldPage(extra: Partial<GoldPage>): GoldPage {
  return {
    id: 'x001',
    split: 'dev',
    chrome: [],
    body: [],
    documents: [],
    activities: { complete: true, items: [] },
    paragraphs: [],
    ...extra,
  };
}

describe('matching text the way both sides are normalised', () => {
  it('folds script, full/half width, quotes and whitespace the same on both sides', () => {
    expect(comparable('歡迎來到 範文網！')).toBe(comparable('欢迎来到范文网!'));
    expect(comparable('“三八”节 期间')).toBe(comparable('"三八"节期间'));
    expect(comparable('１．坚持校务公开，')).toBe(comparable('1.坚持校务公开,'));
  });

  it('an org matches without its trailing 工会, by containment only when the shorter name has ≥ 4 characters, or as the short form of a full name the text also uses', () => {
    expect(sameOrg('青松中学工会', '青松中学')).toBe(true);
    expect(sameOrg('武进区漕桥小学工会委员会', '漕桥小学')).toBe(true);
    expect(sameOrg('城东小学', '小学')).toBe(false);
    expect(sameOrg(null, null)).toBe(true);
    expect(sameOrg('青松中学', null)).toBe(false);
    // A short form and the full name the document itself uses are one unit; not when the text lacks either.
    const text = '南湖县第一初级中学召开教代会。南湖一初中工会主席作报告。';
    expect(sameOrg('南湖一初中', '南湖县第一初级中学', text)).toBe(true);
    expect(sameOrg('南湖一初中', '南湖县第一初级中学', '南湖县第一初级中学召开教代会。')).toBe(false);
    expect(sameOrg('南湖一初中', '南湖县第一初级中学')).toBe(false);
    // Characters out of order, or another first character, abbreviate nothing.
    expect(sameOrg('一南湖中', '南湖县第一初级中学', '南湖县第一初级中学与一南湖中')).toBe(false);
    expect(sameOrg('湖一中', '南湖县第一初级中学', '南湖县第一初级中学，湖一中')).toBe(false);
  });
});

describe('scoring one page', () => {
  const page = goldPage({
    documents: [
      { keys: ['第一篇的开头', '第一篇的结尾'], duplicate_of: null },
      { keys: ['第二篇的开头', '第二篇的结尾'], duplicate_of: null },
      { keys: ['第三篇的开头'], duplicate_of: 1 },
      { keys: ['第四篇的开头', '第四篇的结尾'], duplicate_of: null },
    ],
  });

  it('a document is whole only when its keys lie in one output document holding no other gold document', () => {
    const score = scorePage(page, {
      errors: [],
      documents: [
        outputDocument(1, '第一篇的开头……第一篇的结尾\n第二篇的开头'), // the split missed a boundary: 1 and 2 run together
        outputDocument(2, '第二篇的结尾'),
        outputDocument(3, '第三篇的开头', { duplicateOf: 'doc2' }),
        outputDocument(4, '第四篇的开头'), // its end was lost
      ],
    });
    expect(score.documents.map((d) => d.problem)).toEqual([
      'output document #1 also holds gold document 2',
      'keys spread over output documents #1, #2',
      null,
      'key in no document: "第四篇的结尾"',
    ]);
    // Document 3 came out whole; its duplicate points at an output document no gold document matched.
    expect(score.fields).toEqual([
      { field: 'duplicate_of', gold: 2, want: 1, got: 'an unmatched document', right: false },
    ]);
  });

  it('an anonymised org is right when the store keeps no name and flags it, or names the placeholder', () => {
    const anonymised = goldPage({
      documents: [{ keys: ['某某的计划'], duplicate_of: null, org: 'XX小学', org_anonymised: true }],
    });
    const withFlag = scorePage(anonymised, {
      errors: [],
      documents: [outputDocument(1, '某某的计划', { orgAnonymised: true })],
    });
    expect(withFlag.fields.filter((f) => f.field === 'org').map((f) => f.right)).toEqual([true]);
    const unflagged = scorePage(anonymised, { errors: [], documents: [outputDocument(1, '某某的计划')] });
    expect(unflagged.fields.filter((f) => f.field.startsWith('org')).map((f) => [f.field, f.right])).toEqual([
      ['org', false],
      ['org_anonymised', false],
    ]);
  });

  it('an org or year given is scored apart from one declined: right when given, and declined where the gold names one', () => {
    const pages = [
      // named and right; named and wrong; declined where the gold names one; a right null; a placeholder answered
      // by the anonymised flag (right, so not declined)
      { org: '城关小学', got: { org: '城关小学' } },
      { org: '城关小学', got: { org: '县教育局' } },
      { org: '城关小学', got: {} },
      { org: null, got: {} },
      { org: 'XX小学', org_anonymised: true, got: { orgAnonymised: true } },
    ].map(({ got, ...want }, i) =>
      scorePage(
        goldPage({ id: `p${i}`, documents: [{ keys: ['某校的计划'], duplicate_of: null, year: 2021, ...want }] }),
        {
          errors: [],
          documents: [outputDocument(1, '某校的计划', { year: i === 0 ? 2021 : null, ...got })],
        },
      ),
    );
    const f = realFigures(pages);
    expect(f.metadata.org).toMatchObject({ n: 3, of: 5 });
    expect(f.metadata_given.org.right_when_given).toMatchObject({ n: 1, of: 2 });
    expect(f.metadata_given.org.declined).toMatchObject({ n: 1, of: 4 });
    // The year is named by every gold document and given on one page only.
    expect(f.metadata_given.year.right_when_given).toMatchObject({ n: 1, of: 1 });
    expect(f.metadata_given.year.declined).toMatchObject({ n: 4, of: 5 });
  });

  it('a repeat of a document on another page is not a within-page duplicate', () => {
    const score = scorePage(goldPage({ documents: [{ keys: ['独一份'], duplicate_of: null }] }), {
      errors: [],
      documents: [outputDocument(1, '独一份', { duplicateOf: 'other-page-doc' })],
    });
    expect(score.fields).toEqual([{ field: 'duplicate_of', gold: 0, want: null, got: null, right: true }]);
  });

  it('a gold activity takes the output activity holding its key, preferring the right month; extras are spurious', () => {
    const act = (month: number, text: string) => outputActivity(text, { month, year: 2024 });
    const score = scorePage(
      goldPage({
        activities: {
          complete: true,
          items: [
            { key: '健步走', month: 4, year: 2024 },
            { key: '插花比赛', month: 3, month_end: 4 },
          ],
        },
      }),
      {
        errors: [],
        documents: [
          outputDocument(1, '', {
            activities: [act(5, '健步走'), act(4, '春季健步走'), act(3, '插花比赛'), act(6, '预算')],
          }),
        ],
      },
    );
    expect(score.activities.map((a) => [a.got?.text ?? null, a.monthRight, a.yearRight])).toEqual([
      ['春季健步走', true, true],
      ['插花比赛', false, null],
    ]);
    expect(score.spurious.map((a) => a.text)).toEqual(['健步走', '预算']);
  });

  it('a key copied with its item number finds the activity stored without it; a number alone stays the key', () => {
    const act = (text: string) => outputActivity(text, { basis: 'festival' });
    const score = scorePage(
      goldPage({
        activities: {
          complete: true,
          items: [
            { key: '1、三八节活动', month: 3 },
            { key: '（2）教工趣味运动会', month: 3 },
          ],
        },
      }),
      { errors: [], documents: [outputDocument(1, '', { activities: [act('三八节活动'), act('教工趣味运动会')] })] },
    );
    expect(score.activities.map((a) => a.got?.text ?? null)).toEqual(['三八节活动', '教工趣味运动会']);
    expect(score.spurious).toEqual([]);
  });

  it('a key that holds the activity and its header or field label from the same paragraph is that activity', () => {
    const text = '3月：提案答复工作\n活动时间：3月8日下午\n4月：植树';
    const score = scorePage(
      goldPage({
        activities: {
          complete: true,
          items: [
            { key: '3月：提案答复工作', month: 3 },
            { key: '活动时间：3月8日', month: 3 },
            { key: '4月：植树节活动', month: 4 },
          ],
        },
      }),
      {
        errors: [],
        documents: [
          outputDocument(1, text, {
            activities: [
              outputActivity('提案答复工作', { paragraphIndex: 0 }),
              outputActivity('3月8日', { paragraphIndex: 1 }),
              // the key is longer than the activity but not in its paragraph: no match
              outputActivity('植树', { month: 4, paragraphIndex: 2 }),
            ],
          }),
        ],
      },
    );
    expect(score.activities.map((a) => a.got?.text ?? null)).toEqual(['提案答复工作', '3月8日', null]);
    expect(score.spurious.map((a) => a.text)).toEqual(['植树']);
  });

  it('activities of a document the pipeline finds off-topic count as users see them: not at all', () => {
    const page = goldPage({ activities: { complete: true, items: [{ key: '植树活动', month: 3 }] } });
    const output = (onTopic: boolean) => ({
      errors: [],
      documents: [
        outputDocument(1, '', {
          onTopic,
          activities: [outputActivity('植树活动'), outputActivity('团日活动')],
        }),
      ],
    });
    expect(scorePage(page, output(true)).spurious.map((a) => a.text)).toEqual(['团日活动']);
    const off = scorePage(page, output(false));
    expect([off.activities[0]!.got, off.spurious]).toEqual([null, []]);
  });
});

describe('the gold file', () => {
  it('every gold string of the fixture lies on its page (the annotation convention)', () => {
    for (const page of loadRealGold(GOLD).filter((p) => p.id !== 'r003')) {
      const text = readFileSync(join(PAGES, `${page.id}.txt`), 'utf8');
      const strings = [
        ...page.chrome,
        ...page.body,
        ...page.documents.flatMap((d) => d.keys),
        ...page.activities.items.map((a) => a.key),
        ...page.paragraphs.map((p) => p.key),
      ];
      for (const s of strings) expect(text, `${page.id}: "${s}"`).toContain(s);
    }
  });

  it('a scratch batch ({ batch, pages }, no splits) counts every page as dev', () => {
    const file = join(tempDir(), 'batch.json');
    const { pages } = JSON.parse(readFileSync(GOLD, 'utf8')) as { pages: Array<Record<string, unknown>> };
    writeFileSync(file, JSON.stringify({ batch: 'r', pages: pages.map(({ split: _, ...p }) => p) }));
    expect(loadRealGold(file).map((p) => `${p.id}:${p.split}`)).toEqual(['r001:dev', 'r002:dev', 'r003:dev']);
  });

  it('a schema mistake names the page', async () => {
    const file = join(tempDir(), 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        batch: 'r',
        pages: [{ id: 'q001' }, { id: 'q002', documents: [{ keys: ['甲乙丙丁'], kind: 'report' }] }],
      }),
    );
    const { code, err } = await runCli(['eval', 'real', '--pages', PAGES, '--gold', file]);
    expect(code).toBe(2);
    expect(err).toContain('pages[1] (q002).documents.0.kind');
  });

  it('eval real without --pages is a usage error', async () => {
    const { code, err } = await runCli(['eval', 'real']);
    expect(code).toBe(2);
    expect(err).toContain('--pages DIR');
  });
});

describe('gonghui eval real on the fixture pages', () => {
  it('prints every figure per split, and the failures page by page', async () => {
    const { code, out } = await runCli([
      'eval',
      'real',
      '--pages',
      PAGES,
      '--gold',
      GOLD,
      '--split',
      'all',
      '--show-failures',
    ]);
    expect(code).toBe(0);
    const row = (metric: string) =>
      out
        .split('\n')
        .find((l) => l.includes(` ${metric} `))
        ?.replace(/\s+/g, ' ')
        .trim();
    // Each share with its 95% interval over sites: one site in dev, so no spread; two in all.
    expect(row('removed')).toBe('chrome removed 8/9 0.889 (0.89–0.89) 2/2 1.000 (1.00–1.00) 10/11 0.909 (0.89–1.00)');
    expect(row('kept')).toBe('body kept 6/7 0.857 (0.86–0.86) 3/3 1.000 (1.00–1.00) 9/10 0.900 (0.86–1.00)');
    expect(row('missing page file')).toBe('missing page file 1 0 1');
    expect(row('recall')).toBe('recall 6/8 0.750 (0.75–0.75) 7/7 1.000 (1.00–1.00) 13/15 0.867 (0.75–1.00)');
    expect(out).toContain('missing page files (not scored): r003');
    expect(out).toContain(
      [
        'r001 (xinghe-fanwen.example, dev): 2/2 documents whole, 2 output',
        '  chrome survived: "三、具体安排"',
        '  body lost: "下面是小编为大家整理的"',
        '  document 2 year: gold 2023, got null',
        '  activity missed: 9月 "每学期召开一次教职工代表大会"',
        '  activity month: 5月 "春季健步走" got 4月 ("组织教职工春季健步走活动。")',
        '  labels: "组织教职工春季健步走活动" gold [维权], got [教育]',
        '  paragraph not found: "希望你喜欢！"',
      ].join('\n'),
    );
    expect(out).toContain('r003 (xinghe-fanwen.example, dev): page file missing');
    expect(out).not.toContain('r002 (');
  });

  it('a second sealed split (test2) is scored on its own, and beside the others under --split all', async () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
    gold.pages = gold.pages.map((p: GoldPage) => (p.id === 'r002' ? { ...p, split: 'test2' } : p));
    const file = join(tempDir(), 'gold.json');
    writeFileSync(file, JSON.stringify(gold));
    const run = async (split: string) =>
      JSON.parse(
        (await runCli(['eval', 'real', '--pages', PAGES, '--gold', file, '--split', split, '--format', 'json'])).out,
      );
    const all = await run('all');
    expect(Object.keys(all.figures)).toEqual(['dev', 'test2', 'all']);
    const test2 = await run('test2');
    expect(Object.keys(test2.figures)).toEqual(['test2']);
    expect(test2.figures.test2.pages).toMatchObject({ gold: 1, evaluated: 1 });
    expect(test2.figures.test2.metadata.org).toEqual(all.figures.test2.metadata.org);
  });

  it('a split the ledger keeps sealed is refused unless its measurement is asked for, and left out of --split all', async () => {
    const dir = tempDir();
    const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
    gold.pages = gold.pages.map((p: GoldPage) => (p.id === 'r002' ? { ...p, split: 'test2' } : p));
    const file = join(dir, 'gold.json');
    writeFileSync(file, JSON.stringify(gold));
    writeFileSync(
      join(dir, 'splits.json'),
      JSON.stringify({
        splits: [
          { split: 'dev', status: 'tuning', why: 'rules are written from it' },
          { split: 'test2', status: 'sealed', why: 'waits for the end of the round' },
        ],
      }),
    );
    const run = (...extra: string[]) =>
      runCli(['eval', 'real', '--pages', PAGES, '--gold', file, '--format', 'json', ...extra]);

    const refused = await run('--split', 'test2');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('split test2 is sealed');
    expect(refused.err).toContain('--measure-sealed');

    const all = JSON.parse((await run('--split', 'all')).out);
    expect(Object.keys(all.figures)).toEqual(['dev', 'all']);
    expect(all.sealed_left_out).toEqual(['test2']);
    expect(all.figures.all.pages.gold).toBe(all.figures.dev.pages.gold);
    const table = await runCli(['eval', 'real', '--pages', PAGES, '--gold', file, '--split', 'all']);
    expect(table.out).toContain('sealed splits left out (not run): test2');

    const measured = JSON.parse((await run('--split', 'test2', '--measure-sealed')).out);
    expect(measured.figures.test2.pages).toMatchObject({ gold: 1, evaluated: 1 });

    // A split with pages and no status in the ledger is not run by accident either.
    writeFileSync(
      join(dir, 'splits.json'),
      JSON.stringify({ splits: [{ split: 'dev', status: 'tuning', why: 'rules are written from it' }] }),
    );
    const unlisted = await run('--split', 'all');
    expect(unlisted.code).toBe(2);
    expect(unlisted.err).toContain('gives no status for split test2');
  });

  it('a malformed split ledger is a usage error naming the file and the field', async () => {
    const dir = tempDir();
    const file = join(dir, 'gold.json');
    writeFileSync(file, readFileSync(GOLD, 'utf8'));
    writeFileSync(
      join(dir, 'splits.json'),
      JSON.stringify({ splits: [{ split: 'test2', status: 'closed', why: 'x' }] }),
    );
    const { code, err } = await runCli(['eval', 'real', '--pages', PAGES, '--gold', file]);
    expect(code).toBe(2);
    expect(err).toContain('splits.json: splits[0].status: Invalid option');
  });

  it('--format json gives all figures in one object, and a real floor is checked on dev only', async () => {
    const floors = join(tempDir(), 'floors.json');
    writeFileSync(floors, JSON.stringify({ real: { chrome_removed: 0.85, activity_recall: 0.9 } }));
    const { code, out } = await runCli([
      'eval',
      'real',
      '--pages',
      PAGES,
      '--gold',
      GOLD,
      '--format',
      'json',
      '--floors',
      floors,
    ]);
    expect(code).toBe(1);
    const result = JSON.parse(out);
    expect(Object.keys(result.figures)).toEqual(['dev']);
    const dev = result.figures.dev;
    expect(dev.pages).toEqual({ gold: 2, evaluated: 1, missing: 1, failed: 0, sites: 1 });
    expect(dev.documents).toMatchObject({ gold: 2, output: 2, recall: { n: 2, of: 2 }, precision: { n: 2, of: 2 } });
    expect(dev.metadata.year).toEqual({ n: 1, of: 2, value: 0.5, interval: { low: 0.5, high: 0.5 } });
    expect(dev.metadata.org).toEqual({ n: 2, of: 2, value: 1, interval: { low: 1, high: 1 } });
    expect(dev.activities).toMatchObject({
      gold: 8,
      complete_pages: 1,
      precision: { n: 6, of: 7 },
      recall: { n: 6, of: 8 },
      month_accuracy: { n: 6, of: 7 },
    });
    expect(dev.activities.f1).toBeCloseTo(0.8, 6);
    expect(dev.paragraphs.found).toEqual({ n: 9, of: 10, value: 0.9 });
    expect(dev.paragraphs.macro_f1).toBeCloseTo(0.9, 6);
    // Two sites: the figure lies within the spread another draw of those sites gives.
    const spread = dev.paragraphs.macro_f1_interval!;
    expect(spread.low).toBeLessThanOrEqual(dev.paragraphs.macro_f1! + 1e-9);
    expect(spread.high).toBeGreaterThanOrEqual(dev.paragraphs.macro_f1! - 1e-9);
    expect(dev.paragraphs.kappa).toBeCloseTo((24 / 33 + 24 / 33 + 1 + 1) / 4, 6);
    expect(dev.paragraphs.exact_match).toBeCloseTo(8 / 9, 6);
    expect(dev.paragraphs.per_function['维权']).toMatchObject({ precision: 1, support: 3 });
    expect(result.missing).toEqual(['r003']);
    expect(result.floors).toEqual([
      { metric: 'chrome_removed', value: 8 / 9, floor: 0.85, ok: true },
      { metric: 'activity_recall', value: 0.75, floor: 0.9, ok: false },
    ]);
  });
});
