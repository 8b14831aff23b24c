// `gonghui ingest .` in a folder that holds gonghui's own output (its database, raw archive, report, exports) and
// folders that never hold documents (node_modules, .git): those are left out and counted, never read back in as
// sources nor made error rows; a file named on the command line is still read. Also: the summary names every error
// row's kind (links out of the folder too), and a writing run refuses an empty or foreign --db file untouched.
import { mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { runCli } from './run-cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir('gonghui-own-');

const PLANS: Record<string, string> = {
  'songling-2023.txt':
    '松岭小学工会2023年工作计划\n一、指导思想\n坚持以教职工为本，推进校务公开。\n二、主要工作\n三月：召开教代会，审议绩效方案。\n四月：组织教职工春季健步走。\n九月：慰问新入职教师。\n松岭小学工会\n2023年2月20日\n',
  'hexi-2024.txt':
    '河西中学工会2024年工作总结\n一年来，学校工会围绕中心工作，服务教职工。\n一、民主管理\n召开教代会两次，通过学校章程修订稿。\n二、文体活动\n五月举办教职工羽毛球比赛。\n河西中学工会\n2024年12月30日\n',
};

function folderWithPlans(): string {
  const dir = join(tempDir(), 'ws');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(PLANS)) writeFileSync(join(dir, name), text);
  return dir;
}

interface Summary {
  sources: number;
  documents: number;
  activities: number;
  errors: number;
  skippedFiles: Record<string, number>;
  leftOut: Record<string, number>;
}

const OWN = 'gonghui outputs (its database, raw archive, reports, exports)';
const NO_DOCUMENTS = 'folders that hold no documents (node_modules, .git, dot-folders)';

describe('ingest of a folder holding gonghui output', () => {
  it('leaves out its database, archive, report and exports, counted, so a second run adds nothing', async () => {
    const dir = folderWithPlans();
    const out = join(dir, 'output');
    const db = join(out, 'gonghui.db');
    const args = ['ingest', dir, '--db', db, '--archive', join(out, 'raw'), '--workers', '0', '--format', 'json'];
    const first = await runCli(args);
    expect(first.code, first.err).toBe(0);
    const one = JSON.parse(first.out) as Summary;
    expect(one).toMatchObject({ sources: 2, errors: 0, skippedFiles: {} });

    expect((await runCli(['report', '--db', db, '--out', join(out, 'report.html')])).code).toBe(0);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<meta name="generator" content="gonghui">');
    expect((await runCli(['export', '--db', db, '--out', join(out, 'jsonl')])).code).toBe(0);
    expect((await runCli(['export', '--db', db, '--out', join(out, 'csv'), '--format', 'csv'])).code).toBe(0);
    expect((await runCli(['export', '--db', db, '--out', join(out, 'xlsx'), '--format', 'xlsx'])).code).toBe(0);
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'pkg', 'README.md'), '# pkg\n');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'description.txt'), 'a repository\n');

    const second = await runCli(args);
    expect(second.code, second.err).toBe(0);
    const two = JSON.parse(second.out) as Summary;
    // The same two sources, unchanged: no report page or export row read back in as a document.
    expect(two).toMatchObject({
      sources: 2,
      documents: one.documents,
      activities: one.activities,
      errors: 0,
      skippedFiles: {},
    });
    // database (+ -wal, -shm while open), the archive folder, the report pages, 3 JSONL and 4 CSV files, a workbook
    expect(two.leftOut[OWN]).toBeGreaterThanOrEqual(1 + 1 + 1 + 3 + 4 + 1);
    expect(two.leftOut[NO_DOCUMENTS]).toBe(2);

    const table = await runCli(args.slice(0, -2));
    expect(table.out).toMatch(new RegExp(`^ {2}skipped +${two.leftOut[OWN]} {2}gonghui outputs`, 'm'));
    expect(table.out).toMatch(
      /^ {2}skipped +2 {2}folders that hold no documents \(node_modules, \.git, dot-folders\)$/m,
    );
    expect(table.out).toMatch(/^errors +0$/m);
  });

  it('reads a page named report.html that gonghui did not write, and a report named on the command line', async () => {
    const dir = folderWithPlans();
    const db = join(dir, 'output', 'gonghui.db');
    writeFileSync(
      join(dir, 'report.html'),
      `<html><head><meta charset="utf-8"><title>南湖小学工会2022年工作总结</title></head><body><h1>南湖小学工会2022年工作总结</h1><p>一、召开教代会，审议学校发展规划。</p></body></html>`,
    );
    const args = ['ingest', dir, '--db', db, '--archive', join(dir, 'output', 'raw'), '--workers', '0'];
    expect((await runCli([...args, '--format', 'json'])).code).toBe(0);
    expect((await runCli(['report', '--db', db, '--out', join(dir, 'output', 'report.html')])).code).toBe(0);
    const again = JSON.parse((await runCli([...args, '--format', 'json'])).out) as Summary;
    expect(again.sources).toBe(3); // two plans and the page someone named report.html

    const named = JSON.parse(
      (await runCli([...args.slice(0, 1), join(dir, 'output', 'report.html'), ...args.slice(2), '--format', 'json']))
        .out,
    ) as Summary;
    expect(named).toMatchObject({ sources: 1, leftOut: {} });
  });
});

describe('the ingest summary names every error row', () => {
  it('counts links out of the folder by kind, in the table and in skippedFiles', async () => {
    const root = tempDir();
    const input = join(root, 'in');
    mkdirSync(input);
    writeFileSync(join(root, 'outside.txt'), PLANS['hexi-2024.txt']!);
    writeFileSync(join(input, 'plan.txt'), PLANS['songling-2023.txt']!);
    writeFileSync(join(input, 'notes.xyz'), '三月：召开教代会。');
    symlinkSync('/etc/passwd', join(input, 'passwd.txt'));
    symlinkSync(join(root, 'outside.txt'), join(input, 'outside.txt'));
    const args = ['ingest', input, '--db', join(root, 'g.db'), '--archive', join(root, 'raw'), '--workers', '0'];

    const table = await runCli(args);
    expect(table.out).toMatch(/^errors +3 /m);
    expect(table.out).toMatch(/^ {2}not read {2}2 {2}symbolic link to a file outside the input folder$/m);
    expect(table.out).toMatch(/^ {2}not read {2}1 {2}unsupported file type \.xyz$/m);

    const json = JSON.parse((await runCli([...args, '--format', 'json'])).out) as Summary;
    expect(json.errors).toBe(3);
    expect(json.skippedFiles).toEqual({
      'symbolic link to a file outside the input folder': 2,
      'unsupported file type .xyz': 1,
    });
  });
});

describe('ingest --db refuses a file that is no gonghui database', () => {
  it('refuses a text file and an empty file as stats does, leaving them untouched; a new path is created', async () => {
    const root = tempDir();
    const input = folderWithPlans();
    const notes = join(root, 'notes.txt');
    writeFileSync(notes, '会议记录\n');
    const empty = join(root, 'empty.db');
    writeFileSync(empty, '');
    const ingest = (db: string) =>
      runCli(['ingest', input, '--db', db, '--archive', join(root, 'raw'), '--workers', '0']);

    for (const file of [notes, empty]) {
      const before = readFileSync(file);
      const stats = await runCli(['stats', '--db', file]);
      const run = await ingest(file);
      expect(run.code).toBe(1);
      expect(run.err).toBe(stats.err);
      expect(run.err).toMatch(/ \(left untouched\)/);
      expect(readFileSync(file)).toEqual(before);
      expect(() => statSync(`${file}-wal`)).toThrow();
    }

    const created = await ingest(join(root, 'new.db'));
    expect(created.code, created.err).toBe(0);
    expect(statSync(join(root, 'new.db')).size).toBeGreaterThan(0);
  });
});

describe("a workbook in the folder: gonghui's own export or the user's", () => {
  it("leaves out the workbook gonghui wrote, and reads a user's workbook as a source (an error row: no text in it)", async () => {
    const dir = folderWithPlans();
    const out = join(dir, 'output');
    const db = join(out, 'gonghui.db');
    const args = ['ingest', dir, '--db', db, '--archive', join(out, 'raw'), '--workers', '0', '--format', 'json'];
    expect((await runCli(args)).code).toBe(0);
    expect((await runCli(['export', '--db', db, '--out', join(dir, 'tables'), '--format', 'xlsx'])).code).toBe(0);
    // The user's own workbook: the same bytes but the last, as a workbook saved again by another program would differ.
    const ours = readFileSync(join(dir, 'tables', 'gonghui.xlsx'));
    writeFileSync(
      join(dir, 'tables', 'budget.xlsx'),
      Buffer.concat([ours.subarray(0, ours.length - 1), Buffer.from('X')]),
    );
    const again = JSON.parse((await runCli(args)).out) as Summary;
    expect(again.leftOut[OWN]).toBeGreaterThanOrEqual(1);
    expect(again.errors).toBe(1); // budget.xlsx, read and refused with its reason
    const errors = openDatabase(db, { readonly: true });
    expect(errors.prepare('SELECT source FROM errors').pluck().all()).toEqual([expect.stringMatching(/budget\.xlsx$/)]);
    errors.close();
  });
});
