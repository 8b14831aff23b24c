// The second coding: agreement is scored per function (F1, κ), per document field and on chrome strings, and a
// coding that names a page or paragraph the gold lacks is an error, not a silent zero.
import { describe, expect, it } from 'vitest';
import { DEFAULT_REAL_GOLD, type GoldPage, loadRealGold } from '../../src/eval/real-pages/gold.ts';
import { DEFAULT_SECOND_CODING, loadSecondCoding, scoreAgreement } from '../../src/eval/real-pages/second-coding.ts';
import { runCli } from '../cli/run-cli.ts';

function goldPage(id: string, paragraphs: Array<[string, string[]]>, chrome: string[] = []): GoldPage {
  return {
    id,
    split: 'dev',
    chrome,
    body: [],
    documents: [
      {
        keys: ['某某'],
        title: '东川小学工会2023年工作计划',
        org: '东川小学',
        org_anonymised: false,
        year: 2023,
        kind: 'plan',
        on_topic: true,
      },
    ],
    activities: { complete: false, items: [] },
    paragraphs: paragraphs.map(([key, functions]) => ({ key, functions })),
  } as unknown as GoldPage;
}

const coding = (labels: Array<[string, string, string[]]>, extra: Partial<Parameters<typeof scoreAgreement>[0]> = {}) =>
  ({
    version: 1,
    about: 'test',
    labels: labels.map(([page, key, functions]) => ({ page, key, functions })),
    documents: [],
    chrome: [],
    ...extra,
  }) as Parameters<typeof scoreAgreement>[0];

describe('scoring a second coding against the gold', () => {
  const gold = [
    goldPage(
      'p1',
      [
        ['召开第五届教代会', ['参与']],
        ['慰问生病教职工', ['维权']],
        ['组织师德学习', ['教育']],
        ['整理会员花名册', ['建设']],
      ],
      ['返回首页', '浏览次数：'],
    ),
  ];

  it('agrees fully when the codings are the same', () => {
    const a = scoreAgreement(
      coding([
        ['p1', '召开第五届教代会', ['参与']],
        ['p1', '慰问生病教职工', ['维权']],
        ['p1', '组织师德学习', ['教育']],
        ['p1', '整理会员花名册', ['建设']],
      ]),
      gold,
    );
    expect(a.labels.macroF1).toBe(1);
    expect(a.labels.meanKappa).toBe(1);
    expect(a.labels.exact).toBe(4);
  });

  it('counts a function one coder gave and the other did not against both F1 and κ', () => {
    const a = scoreAgreement(
      coding([
        ['p1', '召开第五届教代会', ['参与', '建设']],
        ['p1', '慰问生病教职工', ['维权']],
        ['p1', '组织师德学习', ['教育']],
        ['p1', '整理会员花名册', []],
      ]),
      gold,
    );
    const build = a.labels.byFunction.find((f) => f.label === '建设')!;
    expect(build).toMatchObject({ gold: 1, second: 1, both: 0, f1: 0 });
    expect(build.kappa).toBeCloseTo(-1 / 3, 5);
    expect(a.labels.exact).toBe(2);
  });

  it('scores documents and chrome the way eval real scores the pipeline', () => {
    const a = scoreAgreement(
      coding([], {
        documents: [
          {
            page: 'p1',
            title: '东川小学工会 2023年工作计划',
            org: '东川小学',
            org_anonymised: false,
            year: null,
            kind: 'plan',
            on_topic: true,
          },
        ],
        chrome: [{ page: 'p1', chrome: ['返回首页 | 网站地图'] }],
      }),
      gold,
    );
    expect(a.documents.fields).toEqual({ title: 1, org: 1, year: 0, kind: 1, on_topic: 1 });
    expect(a.chrome).toEqual({ pages: 1, goldMarked: 1, gold: 2, secondInGold: 1, second: 1 });
  });

  it('names a paragraph the gold lacks', () => {
    expect(() => scoreAgreement(coding([['p1', '不存在的段落', []]]), gold)).toThrow(/不存在的段落.*p1/);
    expect(() => scoreAgreement(coding([['p9', '召开第五届教代会', []]]), gold)).toThrow(/p9/);
  });
});

describe('the committed second coding', () => {
  it('names only gold pages and paragraphs, and the command prints its agreement', async () => {
    const agreement = scoreAgreement(loadSecondCoding(DEFAULT_SECOND_CODING), loadRealGold(DEFAULT_REAL_GOLD));
    expect(agreement.labels.paragraphs).toBe(200);
    const run = await runCli(['eval', 'real-agreement']);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`macro-F1 ${agreement.labels.macroF1.toFixed(3)}`);
    expect(run.out).toMatch(/chrome\s+40 pages/);
  });

  it('has no CSV: --format csv is a usage error, not its text under another name', async () => {
    const run = await runCli(['eval', 'real-agreement', '--format', 'csv']);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain('eval real-agreement has no table to write as CSV: use --format table or json');
  });
});
