// Checklist terms match words of the segmented text, not substrings; a term may list synonyms (a|b|c).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { occursAsWords, segmentedText } from '../../src/store/checklist.ts';
import { runCli } from '../cli/run-cli.ts';
import { openDatabase } from '../../src/store/database.ts';
import { type DocSpec, writeDoc } from '../helpers/analysis-db.ts';

const plan = (file: string, org: string, text: string): DocSpec => ({
  file,
  title: `${org}工会工作计划`,
  org,
  year: 2024,
  kind: 'plan',
  paragraphs: [{ text: `${org}工会工作计划` }, { text }],
  activities: [],
});

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gonghui-checklist-'));
  db = join(dir, 'g.db');
  const conn = openDatabase(db);
  writeDoc(conn, plan('jia.txt', '甲小学', '举办教学基本功大赛，将师德纳入会议议程。组织教职工体检。'));
  writeDoc(conn, plan('yi.txt', '乙小学', '做好新教师入会工作，开展基本功竞赛。'));
  conn.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checklist matching by words', () => {
  it('入会 is not found inside 纳入会议; 基本功大赛 in 教学基本功大赛 and 基本功竞赛 count as the synonyms of one item', async () => {
    const r = await runCli(['compare', '甲小学', '乙小学', '--db', db, '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const row = (id: string) =>
      (JSON.parse(r.out).checklist as Array<Record<string, unknown>>).find((c) => c.item === id);
    expect(row('member-recruitment')).toMatchObject({ 甲小学: 0, 乙小学: 1, missing: '甲小学' });
    expect(row('skills-contests')).toMatchObject({ 甲小学: 1, 乙小学: 1, missing: '' });
    expect(row('health-check')).toMatchObject({ 甲小学: 1, 乙小学: 0 }); // 体检 as a word of its own
  });

  it('a term is whole words, or the head or tail of one compound word, never across a word boundary', () => {
    const doc = segmentedText([
      { text: '组织教职工体检，将师德纳入会议议程。', tokens: '组织 教职工体检 将 师德 纳入 会议议程' },
    ]);
    expect(['体检', '教职工', '教职工体检', '组织', '师德', '纳入'].filter((t) => occursAsWords(doc, t))).toHaveLength(
      6,
    );
    expect(['入会', '职工体', '织教', '组织教职工'].filter((t) => occursAsWords(doc, t))).toEqual([]);
  });

  it('a synonym shorter than two characters is refused, naming the file and the term', async () => {
    const file = join(dir, 'checklist.json');
    writeFileSync(file, JSON.stringify({ items: [{ id: 'x', label: 'x', terms: ['基本功比赛|赛'], why: 'test' }] }));
    const r = await runCli(['compare', '甲小学', '--db', db, '--checklist', file]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(`${file}: items[0].terms[0][1] (id "x"): a term needs at least two characters`);
  });
});
