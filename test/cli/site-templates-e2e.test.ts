// A folder of pages saved from one site: the lines every page carries (the site's slogan, its menu, its footer)
// are learned as the site's template and removed from every page, with a note each; the pages' own text stays.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';
import { openDatabase } from '../../src/store/database.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir();

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
    const run = await runCli(['ingest', siteFolder(), '--db', db, '--archive', join(root, 'raw'), '--workers', '0']);
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

  it('keeps the furniture with --no-site-templates, and a second run with templates redoes the pages', async () => {
    const root = tempDir();
    const db = join(root, 'g.db');
    const folder = siteFolder();
    const args = ['ingest', folder, '--db', db, '--archive', join(root, 'raw'), '--workers', '0'];
    expect((await runCli([...args, '--no-site-templates'])).code).toBe(0);
    expect(documentTexts(db).filter((t) => t.includes(FOOTER))).toHaveLength(4);

    const again = await runCli(args);
    expect(again.out).toMatch(/processed\s+4\b/);
    expect(documentTexts(db).filter((t) => t.includes(FOOTER))).toHaveLength(0);
    // Unchanged bytes, pipeline and templates: nothing to redo.
    expect((await runCli(args)).out).toMatch(/processed 0, unchanged 4\b/);
  });

  it('learns over an archive replay too', async () => {
    const root = tempDir();
    const db = join(root, 'g.db');
    const archive = join(root, 'raw');
    await runCli(['ingest', siteFolder(), '--db', db, '--archive', archive, '--workers', '0', '--no-site-templates']);
    const replay = await runCli(['ingest', '--from-archive', '--db', db, '--archive', archive, '--workers', '0']);
    expect(replay.code).toBe(0);
    expect(documentTexts(db).filter((t) => t.includes(SLOGAN))).toHaveLength(0);
  });
});
