// A folder of pages saved from one site: the lines every page carries (the site's slogan, its menu, its footer)
// are learned as the site's template and removed from every page, with a note each; the pages' own text stays.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';
import { openDatabase } from '../../src/store/database.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { type Handler, startFixtureServer, useFixtureServers } from '../helpers/fixture-server.ts';

const tempDir = useTempDir();
useFixtureServers();
const QUICK = ['--delay', '0', '--retries', '0', '--timeout', '5'];

const SLOGAN = '东川教育工会 · 教职工温暖的家';
const MENU = '工会动态 | 教代会 | 女工天地 | 文件通知 | 返回';
const FOOTER = '主办：东川区教育工会 承办：东川区教师发展中心';

/** Pages of an invented district union site, written for this test: its furniture around texts of their own. */
const TEXTS = [
  [
    '东川实验小学工会2023年工作计划',
    '一、指导思想',
    '本学期工会围绕学校中心工作，做好教职工服务。',
    '二、主要工作',
    '九月召开第五届教代会第二次会议，审议绩效工资方案。',
  ],
  [
    '东川二中工会2023年工作总结',
    '一、民主管理',
    '本年度召开教代会两次，征集提案十二件，答复率百分之百。',
    '二、关爱职工',
    '全年走访慰问生病住院教职工十一人次。',
  ],
  [
    '东川幼儿园工会2023年工作计划',
    '一、指导思想',
    '以服务教职工为中心，建设温馨和谐的职工之家。',
    '二、主要工作',
    '三月开展三八节女教职工趣味运动会。',
  ],
  [
    '东川三中工会重阳节慰问退休教师',
    '十月二十三日，学校工会组织退休教师登山赏秋。',
    '活动结束后，工会为每位退休教师送上慰问品。',
  ],
];

/** A page as a text copy keeps what a reader saw, furniture included (an HTML page's extractor drops most). */
function page(lines: string[]): string {
  return [SLOGAN, MENU, '', ...lines, '', FOOTER].join('\n');
}

function siteFolder(): string {
  const dir = join(tempDir(), 'dongchuan');
  mkdirSync(dir);
  TEXTS.forEach((lines, i) => writeFileSync(join(dir, `page${i + 1}.txt`), page(lines)));
  return dir;
}

function documentTexts(db: string): string[] {
  const conn = openDatabase(db);
  try {
    return (conn.prepare('SELECT text FROM documents ORDER BY id').all() as Array<{ text: string }>).map((r) => r.text);
  } finally {
    conn.close();
  }
}

describe('site templates learned over a batch', () => {
  it('removes the lines every page of the site carries and keeps each page’s own text', async () => {
    const root = tempDir();
    const db = join(root, 'g.db');
    const run = await runCli([
      'ingest',
      siteFolder(),
      '--site-templates',
      'folder',
      '--db',
      db,
      '--archive',
      join(root, 'raw'),
      '--workers',
      '0',
    ]);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/site templates: \d+ lines of 1 sites, learned over 4 sources/);
    const texts = documentTexts(db);
    expect(texts).toHaveLength(4);
    for (const text of texts) {
      expect(text).not.toContain(SLOGAN);
      expect(text).not.toContain('女工天地');
      expect(text).not.toContain('承办');
    }
    expect(texts.join('\n')).toContain('征集提案十二件');
    expect(texts.filter((t) => t.includes('一、指导思想'))).toHaveLength(2); // a heading on two pages stays

    const conn = openDatabase(db);
    const notes = conn
      .prepare("SELECT before, reason FROM notes WHERE rule = 'site-template.line' AND before = ?")
      .all(FOOTER) as Array<{ reason: string }>;
    conn.close();
    expect(notes).toHaveLength(4);
    expect(notes[0]!.reason).toMatch(/on 4 of the batch's 4 pages of folder:.*dongchuan/);
  });

  it('a bad file in the site’s folder is an error row and counts for no page of the site', async () => {
    const root = tempDir();
    const db = join(root, 'g.db');
    const folder = siteFolder();
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(
      join(folder, 'picture.txt'),
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(400, 3)]),
    );
    const run = await runCli([
      'ingest',
      folder,
      '--site-templates',
      'folder',
      '--db',
      db,
      '--archive',
      join(root, 'raw'),
      '--workers',
      '0',
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/errors\s+2\b/);
    expect(run.err).toMatch(/learned over 4 sources/);
    expect(documentTexts(db).filter((t) => t.includes(FOOTER))).toHaveLength(0);
  });

  it('keeps the furniture with --site-templates off or by default for files, and a run with folder templates redoes the pages', async () => {
    const root = tempDir();
    const db = join(root, 'g.db');
    const folder = siteFolder();
    const args = ['ingest', folder, '--db', db, '--archive', join(root, 'raw'), '--workers', '0'];
    expect((await runCli([...args, '--site-templates', 'off'])).code).toBe(0);
    // By default a folder of files is no site: the furniture stays.
    expect((await runCli(args)).out).toMatch(/processed 0, unchanged 4\b/);
    args.push('--site-templates', 'folder');
    expect(documentTexts(db).filter((t) => t.includes(FOOTER))).toHaveLength(4);

    const again = await runCli(args);
    expect(again.out).toMatch(/processed\s+4\b/);
    expect(documentTexts(db).filter((t) => t.includes(FOOTER))).toHaveLength(0);
    // Unchanged bytes, pipeline and templates: nothing to redo.
    expect((await runCli(args)).out).toMatch(/processed 0, unchanged 4\b/);
  });

  it('a scraped site: the fetch says how, and the archive replay removes the template the host’s pages share', async () => {
    const handlers: Record<string, Handler> = {};
    TEXTS.forEach((lines, i) => {
      handlers[`/news/${i + 1}.txt`] = (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(page(lines));
    });
    const server = await startFixtureServer(handlers);
    const root = tempDir();
    const db = join(root, 'g.db');
    const archive = join(root, 'raw');
    const urls = TEXTS.map((_, i) => `${server.origin}/news/${i + 1}.txt`);
    const fetched = await runCli(['ingest', ...urls, '--db', db, '--archive', archive, '--workers', '0', ...QUICK]);
    expect(fetched.code).toBe(0);
    expect(fetched.err).toContain('gonghui ingest --from-archive');
    expect(documentTexts(db).filter((t) => t.includes(FOOTER))).toHaveLength(4);

    const replay = await runCli(['ingest', '--from-archive', '--db', db, '--archive', archive, '--workers', '0']);
    expect(replay.code).toBe(0);
    expect(replay.err).toMatch(/site templates: \d+ lines of 1 sites/);
    const texts = documentTexts(db);
    expect(texts.filter((t) => t.includes(SLOGAN) || t.includes(MENU) || t.includes(FOOTER))).toHaveLength(0);
    expect(texts.join('\n')).toContain('全年走访慰问生病住院教职工十一人次');
    expect(server.hits.filter((h) => h.startsWith('/news/'))).toHaveLength(4); // the replay fetched nothing
  });
});
