// `gonghui eval real-copies`: whoever reproduces the real-page figures re-creates the page text (never committed);
// a copy that lost or changed a gold string would make the pipeline look worse than it is. Pages here are invented.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldPage } from '../../src/eval/real-pages/gold.ts';
import { unfoundStrings } from '../../src/eval/real-pages/page-copies.ts';
import { runCli } from '../cli/run-cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir('gonghui-page-copies-');

const page = (id: string, split: string, over: Partial<GoldPage> = {}): GoldPage =>
  ({
    id,
    split,
    url: `http://school-${id}.example/1.html`,
    chrome: ['欢迎来到星河范文网！'],
    body: ['组织教职工春季登山活动'],
    documents: [{ keys: ['召开第三届教代会'], title: null, org: null, year: null, kind: 'plan', on_topic: true }],
    activities: { complete: true, items: [{ key: '三八节趣味运动会', month: 3 }] },
    paragraphs: [{ key: '走访慰问困难教师', functions: ['维权'] }],
    ...over,
  }) as unknown as GoldPage;

const FAITHFUL = [
  '欢迎来到星河范文网！',
  '一、召开第三届教代会。',
  '二、组织教职工春季登山活动；3月举办三八节趣味运动会。',
  '三、走访慰问困难教师。',
].join('\n');

describe('which gold strings a page copy lacks', () => {
  it('a faithful copy holds every string, whatever its spaces, width or script', () => {
    expect(unfoundStrings(page('p1', 'dev'), FAITHFUL)).toEqual([]);
    const traditional = page('p2', 'dev', { body: ['组织教职工春季登山活动'], chrome: ['歡迎來到星河範文網！'] });
    const copy = '歡迎來到星河範文網!\n召開第三屆教代會\n組織教職工 春季登山活動\n三八節趣味運動會\n走訪慰問困難教師';
    expect(unfoundStrings(traditional, copy)).toEqual([]);
  });

  it('a body string the gold wrote without a pinyin annotation is found in a copy that keeps it', () => {
    const copy = FAITHFUL.replace('登山', '登(dēng)山');
    expect(unfoundStrings(page('p1', 'dev'), copy)).toEqual([]);
  });

  it('a changed character or a lost line is named with the gold list it belongs to', () => {
    const copy = FAITHFUL.replace('登山', '登上').replace('三、走访慰问困难教师。', '');
    expect(unfoundStrings(page('p1', 'dev'), copy)).toEqual([
      { kind: 'body', text: '组织教职工春季登山活动' },
      { kind: 'paragraph', text: '走访慰问困难教师' },
    ]);
  });
});

describe('gonghui eval real-copies', () => {
  const setUp = () => {
    const dir = tempDir();
    const pages = join(dir, 'pages');
    const gold = join(dir, 'gold.json');
    mkdirSync(pages);
    writeFileSync(
      gold,
      JSON.stringify({
        version: 1,
        pages: [page('p1', 'dev'), page('p2', 'dev'), page('p3', 'test'), page('p4', 'test')],
      }),
    );
    writeFileSync(
      join(dir, 'splits.json'),
      JSON.stringify({
        splits: [
          { split: 'dev', status: 'tuning', why: 'rules are written from it' },
          { split: 'test', status: 'sealed', why: 'waits' },
        ],
      }),
    );
    writeFileSync(join(pages, 'p1.txt'), FAITHFUL);
    writeFileSync(join(pages, 'p2.txt'), FAITHFUL.replace('登山', '登上'));
    writeFileSync(join(pages, 'p3.txt'), FAITHFUL.replace('教代会', '职代会'));
    return { pages, gold };
  };

  it('counts faithful and missing copies per split, names each unfaithful one, and exits 1', async () => {
    const { pages, gold } = setUp();
    const r = await runCli(['eval', 'real-copies', '--pages', pages, '--gold', gold, '--split', 'all']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/dev\s+2\s+0\s+0\s+1\s+1/u);
    expect(r.out).toMatch(/test\s+2\s+1\s+0\s+0\s+1/u);
    expect(r.out).toContain('p2 (dev): 1 of 5 gold strings not in the copy: body "组织教职工春季登山活动"');
    // A sealed split's copy is checked, but its gold strings stay unseen.
    expect(r.out).toContain('p3 (test): 1 of 5 gold strings not in the copy (sealed: not shown)');
    expect(r.out).not.toContain('召开第三届教代会');
    expect(r.err).toContain('2 page copies lack gold strings');
  });

  it('passes (exit 0) when every copy of the split holds its strings, and writes JSON', async () => {
    const { pages, gold } = setUp();
    writeFileSync(join(pages, 'p2.txt'), FAITHFUL);
    const r = await runCli([
      'eval',
      'real-copies',
      '--pages',
      pages,
      '--gold',
      gold,
      '--split',
      'dev',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ pages: 2, faithful: 2, missing: [], unfaithful: [] });
  });

  it('a folder holding none of the copies (the store’s root, not its text/ folder) is a usage error naming what it must hold', async () => {
    const { gold } = setUp();
    const empty = tempDir();
    // eval all says so before the fixture evaluators run, not after their reports.
    const all = await runCli(['eval', 'all', '--pages', empty, '--gold', gold, '--split', 'dev']);
    expect(all.code).toBe(2);
    expect(all.out).toBe('');
    expect(all.err).toContain(`none of the 2 page copies is in ${empty}`);
    for (const command of ['real-copies', 'real']) {
      const r = await runCli(['eval', command, '--pages', empty, '--gold', gold, '--split', 'dev']);
      expect(r.code, command).toBe(2);
      expect(r.err, command).toContain(
        `none of the 2 page copies is in ${empty}: --pages takes the folder that holds them`,
      );
    }
  }, 60_000);

  it('needs --pages, and names a pages directory that is not there', async () => {
    expect((await runCli(['eval', 'real-copies'])).err).toContain('needs --pages DIR');
    const r = await runCli(['eval', 'real-copies', '--pages', join(tempDir(), 'nowhere')]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('no pages directory at');
  });
});
