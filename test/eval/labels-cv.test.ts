// `gonghui eval real-labels-cv`: the tuning splits' gold keys, or the whole paragraphs they are found in, as
// training paragraphs, judged on sites the model has not seen, beside the model trained on the fixtures alone. The fixture pages in fixtures/real-eval/
// are invented; the real pages are never in the repository.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GoldPage, SPLITS } from '../../src/eval/real-pages/gold.ts';
import { keysAsTraining, paragraphsAsTraining, trainingSplits } from '../../src/eval/real-pages/labels-cv.ts';
import type { PageOutput } from '../../src/eval/real-pages/run-pages.ts';
import { runCli } from '../cli/run-cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir('gonghui-labels-cv-');

const FIXTURES = 'fixtures/real-eval';
const GOLD = `${FIXTURES}/gold.json`;
const PAGES = `${FIXTURES}/pages`;

describe('gold keys as training paragraphs', () => {
  it('each key is a paragraph with its functions in codebook order, and no heading (headings are page text)', () => {
    const page = {
      id: 'x001',
      split: 'dev',
      paragraphs: [
        { key: '组织教职工春季登山活动', functions: ['教育'] },
        { key: '召开教代会审议方案并走访困难教师', functions: ['维权', '参与'] },
        { key: '新的学期开始了。', functions: [] },
      ],
    } as unknown as GoldPage;
    expect(keysAsTraining([page])).toEqual([
      { id: 'key:x001:0', text: '组织教职工春季登山活动', headings: [], labels: ['教育'], origin: 'gold key of x001' },
      {
        id: 'key:x001:1',
        text: '召开教代会审议方案并走访困难教师',
        headings: [],
        labels: ['维权', '参与'],
        origin: 'gold key of x001',
      },
      { id: 'key:x001:2', text: '新的学期开始了。', headings: [], labels: [], origin: 'gold key of x001' },
    ]);
  });

  it('a key found in a paragraph lends the whole paragraph its functions, once per paragraph; a key not found, nothing', () => {
    const page = {
      id: 'x002',
      split: 'dev',
      paragraphs: [
        { key: '组织教职工秋季登山', functions: ['教育'] },
        { key: '登山途中', functions: ['教育'] },
        { key: '走访慰问 退休教师', functions: ['维权'] },
        { key: '这句话不在页面上', functions: ['建设'] },
      ],
    } as unknown as GoldPage;
    const paragraph = (index: number, text: string) => ({ index, text, labels: [] });
    const outputs = new Map<string, PageOutput>([
      [
        'x002',
        {
          errors: [],
          documents: [
            {
              paragraphs: [
                paragraph(0, '二、活动安排'),
                paragraph(1, '十月组织教职工秋季登山，登山途中开展环保拾捡。'),
                paragraph(2, '重阳节前走访慰问退休教师，送上节日问候。'),
              ],
            },
          ] as unknown as PageOutput['documents'],
        },
      ],
    ]);
    expect(paragraphsAsTraining([page], outputs)).toEqual([
      {
        id: 'paragraph:x002:1',
        text: '十月组织教职工秋季登山，登山途中开展环保拾捡。',
        headings: [],
        labels: ['教育'],
        origin: 'gold paragraph of x002',
      },
      {
        id: 'paragraph:x002:2',
        text: '重阳节前走访慰问退休教师，送上节日问候。',
        headings: [],
        labels: ['维权'],
        origin: 'gold paragraph of x002',
      },
    ]);
  });

  it('every split the ledger does not seal lends its keys and is folded over; sealed splits are never read', () => {
    const dir = tempDir();
    const gold = join(dir, 'gold.json');
    writeFileSync(gold, JSON.stringify({ version: 1, pages: [] }));
    // Without a ledger nothing is sealed: every split the gold format knows.
    expect(trainingSplits(gold)).toEqual([...SPLITS]);
    writeFileSync(
      join(dir, 'splits.json'),
      JSON.stringify({
        splits: [
          { split: 'dev', status: 'tuning', why: 'rules are written from it' },
          { split: 'test', status: 'spent', measured: '2026-12-06', why: 'measured once' },
          { split: 'test2', status: 'sealed', why: 'waits' },
        ],
      }),
    );
    expect(trainingSplits(gold)).toEqual(['dev', 'test']);
    // The committed ledger: every split is spent or tuned on now (test20 measured 2026-12-08), so all train.
    expect(trainingSplits('eval/real/pages.json')).toEqual([...SPLITS]);
  });
});

/** `eval real-labels-cv` on the fixture pages in two folds, as JSON. */
const runCvOnFixtures = (...extra: string[]) =>
  runCli(['eval', 'real-labels-cv', '--pages', PAGES, '--gold', GOLD, '--folds', '2', ...extra, '--format', 'json']);

describe('gonghui eval real-labels-cv', () => {
  it('scores each fold of sites with and without the other folds’ keys or paragraphs; without them it is what eval real gives', async () => {
    const cv = await runCvOnFixtures();
    expect(cv.code).toBe(0);
    const result = JSON.parse(cv.out);
    expect(result).toMatchObject({ folds: 2, sites: 2, keys: 13 });
    expect(result.paragraphs).toBeGreaterThan(0);
    expect(result.paragraphs).toBeLessThanOrEqual(13);
    expect(Object.keys(result.figures)).toEqual([
      'fixtures',
      'fixtures+keys',
      'fixtures+paragraphs',
      'fixtures+paragraphs (own sites too)',
    ]);
    for (const variant of Object.keys(result.figures))
      expect(Object.keys(result.figures[variant])).toEqual(['dev', 'test', 'all']);
    for (const split of ['dev', 'test']) {
      const real = JSON.parse(
        (await runCli(['eval', 'real', '--pages', PAGES, '--gold', GOLD, '--split', split, '--format', 'json'])).out,
      );
      expect(result.figures.fixtures[split].macro_f1).toBeCloseTo(real.figures[split].paragraphs.macro_f1, 9);
    }
    expect(cv.err).toMatch(/fold \d\/2: \d page\(s\) held out/);
  });

  it('needs the page files, and as many sites as folds', async () => {
    const none = await runCli(['eval', 'real-labels-cv']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('--pages DIR');
    const few = await runCli(['eval', 'real-labels-cv', '--pages', PAGES, '--gold', GOLD]);
    expect(few.code).toBe(2);
    expect(few.err).toContain('2 site(s): too few for 5 folds');
    const unknown = await runCli(['eval', 'real-labels-cv', '--pages', PAGES, '--training', 'fixtures+everything']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--training: unknown "fixtures+everything"');
  });

  it('runs only the trainings asked for (fixtures always: its paragraphs train the others)', async () => {
    const cv = await runCvOnFixtures('--training', 'fixtures+paragraphs');
    expect(cv.code).toBe(0);
    expect(Object.keys(JSON.parse(cv.out).figures)).toEqual(['fixtures', 'fixtures+paragraphs']);
  });
});
