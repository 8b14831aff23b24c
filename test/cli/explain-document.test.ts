// `gonghui explain <doc_id>`: a user checking a document by hand sees each field with the note behind it, what
// cleaning removed from the page, and a plain "check by hand" where the reader found nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { runCli } from './run-cli.ts';

// A school union page as school sites print it: breadcrumb, publish line, title, plan, schedule, sign-off.
const SCHOOL_PAGE = [
  '首页 > 工会之家 > 工作计划',
  '春晖小学2024年工会工作计划',
  '发布时间:2024-02-20 09:15:33 浏览次数:128',
  '一、指导思想',
  '以学校工作计划为指导,依法维护教职工合法权益,充分发挥工会的桥梁纽带作用,推进学校民主管理。',
  '二、工作安排',
  '三月份:组织庆祝三八妇女节活动,慰问女教职工。',
  '四月份:召开教职工代表大会,审议学校发展规划。',
  '五月份:开展教职工趣味运动会。',
  '春晖小学工会',
  '2024年2月20日',
].join('\n');

// A text that names no unit and states no year (a 范文 page's body).
const UNNAMED_PAGE = [
  '工会工作总结',
  '一年来,在学校党支部和上级工会的领导下,我们认真履行工会职能,关心教职工生活,组织教职工参加各类文体活动,',
  '坚持走访慰问生病和困难教职工,推进校务公开,教职工的主人翁意识明显增强。',
  '今后我们将继续努力,把工会建设成为温暖的教职工之家。',
].join('\n');

describe('gonghui explain <doc_id>', () => {
  let root: string;
  let db: string;
  let school: string;
  let unnamed: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'gonghui-explain-doc-'));
    const pages = join(root, 'pages');
    mkdirSync(pages);
    writeFileSync(join(pages, 'school.txt'), SCHOOL_PAGE);
    writeFileSync(join(pages, 'unnamed.txt'), UNNAMED_PAGE);
    db = join(root, 'g.db');
    expect((await runCli(['ingest', pages, '--db', db, '--archive', join(root, 'raw')])).code).toBe(0);
    const conn = openDatabase(db);
    const ids = conn
      .prepare('SELECT d.id, s.given FROM documents d JOIN sources s ON s.id = d.source_id')
      .all() as Array<{ id: string; given: string }>;
    conn.close();
    school = ids.find((r) => r.given.endsWith('school.txt'))!.id;
    unnamed = ids.find((r) => r.given.endsWith('unnamed.txt'))!.id;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('shows each field with the rule and evidence behind it, and what cleaning removed from the page', async () => {
    const r = await runCli(['explain', school, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^org\s+春晖小学\n\s+why: metadata\.org: organisation read from the title/m);
    expect(r.out).toMatch(/^year\s+2024\n\s+why: metadata\.year: year stated in the title: "2024"/m);
    expect(r.out).toMatch(/^kind\s+plan\n\s+why: metadata\.kind\.plan/m);
    // The schedule's three months are written (三月份…), so each activity's month is stated.
    expect(r.out).toMatch(/^content\s+\d+ paragraphs, 3 activities \(stated 3\)$/m);
    // The breadcrumb and the publish line were removed, and the page section says by which rule, quoting them.
    expect(r.out).toMatch(/clean\.\S+\s+\S+ ×\d+\s+.*"首页 > 工会之家 > 工作计划"/);
    expect(r.out).toMatch(/"发布时间:2024-02-20 09:15:33 浏览次数:128"/);
    expect(r.out).toMatch(/^title\s+春晖小学2024年工会工作计划\n\s+why: from the split: document 1: title from/m);
  });

  it('says where a reader should look when a field is empty, and gives the same facts as JSON', async () => {
    const r = await runCli(['explain', unnamed, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^org\s+\(none\)\n\s+why: no organisation named .* check by hand/m);
    expect(r.out).toMatch(/^year\s+\(none\)\n\s+why: no year stated/m);
    expect(r.out).toMatch(/^kind\s+summary\n\s+why: metadata\.kind\.summary: the text says/m);
    const json = JSON.parse((await runCli(['explain', school, '--db', db, '--format', 'json'])).out);
    expect(json.fields).toMatchObject({ org: '春晖小学', year: 2024, kind: 'plan', onTopic: true });
    expect(json.metadata.map((n: { rule: string }) => n.rule)).toEqual(
      expect.arrayContaining(['metadata.org', 'metadata.year', 'metadata.kind.plan']),
    );
    expect(json.activities.total).toBe(3);
  });

  it('an unknown document id is a usage error naming the database', async () => {
    const r = await runCli(['explain', 'nosuchdoc000', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no document "nosuchdoc000" in .*g\.db/);
  });
});
