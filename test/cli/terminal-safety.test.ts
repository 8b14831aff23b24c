// Untrusted text — a file name, a URL, a CSV cell — is shown to people, never obeyed: a file named with ESC[2J (clear
// the screen) and ESC[31m (red) is ingested, then every command's output for people holds no raw control character.
// JSON and CSV keep the data as it is.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { progressLabel } from '../../src/commands/terminal-text.ts';
import { runCli } from './run-cli.ts';

// eslint-disable-next-line no-control-regex -- the point: no raw control character reaches the terminal
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const ESC = '\u001b';
const CLEAR = `${ESC}[2J`;
const RED = `${ESC}[31m`;

// A plan written for this test in the shape school sites print one.
const PLAN = [
  '东湖小学2023年工会工作计划',
  '一、指导思想',
  '坚持以教职工为本,依法维护教职工合法权益,推进校务公开和民主管理,建设教职工之家。',
  '二、主要工作',
  '三月份:开展庆祝三八妇女节活动,组织女教职工健步走。',
  '九月份:召开教职工代表大会,审议学校绩效工资方案。',
  '十二月份:走访慰问困难教职工。',
  '东湖小学工会',
  '2023年2月18日',
].join('\n');

describe('escape codes in a file name reach no terminal', () => {
  let root: string;
  let db: string;
  let docId: string;
  let ingestOut: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'gonghui-terminal-'));
    const pages = join(root, 'pages');
    mkdirSync(pages);
    writeFileSync(join(pages, `plan${CLEAR}b${RED}.txt`), PLAN);
    // A file type gonghui does not read: its extension is named in the summary's "not read" line.
    writeFileSync(join(pages, `note.${RED}z`), 'x');
    db = join(root, 'g.db');
    const r = await runCli(['ingest', pages, '--db', db, '--archive', join(root, 'raw'), '--workers', '0']);
    expect(r.code).toBe(0);
    ingestOut = r.out + r.err;
    const conn = openDatabase(db);
    docId = (conn.prepare('SELECT id FROM documents').get() as { id: string }).id;
    conn.close();
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('the ingest summary shows the unread file type as an escape', () => {
    expect(ingestOut).toContain('unsupported file type .\\x1b[31mz');
    expect(ingestOut).not.toMatch(RAW_CONTROL);
  });

  it('explain names the source with its escapes shown', async () => {
    const r = await runCli(['explain', docId, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('plan\\x1b[2Jb\\x1b[31m.txt)');
    expect(r.out).not.toMatch(RAW_CONTROL);
  });

  it.each([
    [['explain', 'DOC', '1']],
    [['stats']],
    [['stats', '--errors']],
    [['query', 'orgs']],
    [['query', 'months']],
    [['query', 'categories']],
    [['query', 'functions', '--by', 'org']],
    [['search', '教职工']],
    [['search', '没有这个词']],
    [['compare', '东湖']],
    [['correct', 'list']],
  ])('%j prints no raw control character', async (args) => {
    const r = await runCli([...args.map((a) => (a === 'DOC' ? docId : a)), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out + r.err).not.toMatch(RAW_CONTROL);
  });

  it('JSON and CSV keep the name as it is (JSON writes the escape itself)', async () => {
    const json = await runCli(['explain', docId, '--db', db, '--format', 'json']);
    expect(json.out).toContain('plan\\u001b[2Jb\\u001b[31m.txt');
    expect((JSON.parse(json.out) as { source: string }).source).toContain(`plan${CLEAR}b${RED}.txt`);
    const csv = await runCli(['stats', '--errors', '--db', db, '--format', 'csv']);
    expect(csv.out).toContain(`note.${RED}z`);
  });

  it('label and correct import list a problem cell with its escapes shown', async () => {
    const labels = join(root, 'labels.csv');
    writeFileSync(labels, `doc_id,paragraph,labels\nbad${CLEAR},0,维权\n`);
    const l = await runCli(['label', 'import', labels, '--db', db]);
    expect(l.code).toBe(1);
    expect(l.err).toContain('no document "bad\\x1b[2J"');
    expect(l.out + l.err).not.toMatch(RAW_CONTROL);
    const corrections = join(root, `corrections${RED}.csv`);
    writeFileSync(corrections, `doc_id,field,value\n${docId},year,2023\nzz${CLEAR},org,x\n`);
    const c = await runCli(['correct', 'import', corrections, '--db', db]);
    expect(c.code).toBe(1);
    expect(c.err).toContain('no document "zz\\x1b[2J"');
    expect(c.out + c.err).not.toMatch(RAW_CONTROL);
  });

  it('a correct import names its file with the escapes shown', async () => {
    const corrections = join(root, `ok${RED}.csv`);
    writeFileSync(corrections, `doc_id,field,value\n${docId},year,2023\n`);
    const r = await runCli(['correct', 'import', corrections, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ok\\x1b[31m.csv');
    expect(r.out + r.err).not.toMatch(RAW_CONTROL);
  });
  it('report, export and migrate name the paths they were given with the escapes shown', async () => {
    const out = join(root, `out${RED}`);
    mkdirSync(out);
    const runs = [
      await runCli(['report', '--db', db, '--out', join(out, `r${CLEAR}.html`)]),
      await runCli(['export', '--db', db, '--format', 'jsonl', '--out', join(out, 'jsonl')]),
      await runCli(['migrate', '--db', db]),
    ];
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect(r.out + r.err).not.toMatch(RAW_CONTROL);
    }
    expect(runs[0]!.out).toContain('out\\x1b[31m');
    expect(runs[1]!.out).toContain('out\\x1b[31m');
  }, 60_000);
});

describe('other untrusted text on the terminal', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'gonghui-terminal-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('scrape shows a skipped line of a URL list with its escapes shown', async () => {
    const urls = join(root, 'urls.txt');
    writeFileSync(urls, `ftp://a${CLEAR}b\n`);
    const r = await runCli(['scrape', '--urls', urls, '--db', join(root, 's.db')]);
    expect(r.err).toContain('skipped: ftp://a\\x1b[2Jb');
    expect(r.err).not.toMatch(RAW_CONTROL);
  });

  it("commander's own errors quote a typed value with its escapes shown", async () => {
    const r = await runCli(['query', 'months', '--year', `20${CLEAR}`]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("argument '20\\x1b[2J' is invalid");
    expect(r.err).not.toMatch(RAW_CONTROL);
  });

  // The bar is drawn only on a terminal: util-linux `script` gives the command one.
  it.skipIf(!existsSync('/usr/bin/script'))(
    'the progress bar names each source with its escapes shown',
    () => {
      const pages = join(root, 'bar');
      mkdirSync(pages);
      writeFileSync(join(pages, `plan${CLEAR}b${RED}.txt`), PLAN);
      const args = ['ingest', pages, '--db', join(root, 'bar.db'), '--archive', join(root, 'raw'), '--workers', '0'];
      const command = [process.execPath, resolve('bin/gonghui.mjs'), ...args].map((a) => `'${a}'`).join(' ');
      const r = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('sources | ');
      expect(r.stdout).toContain('plan\\x1b[2Jb\\x1b[31m.txt');
      // The bar's own cursor codes are gonghui's; the name's are not obeyed.
      expect(r.stdout).not.toContain(CLEAR);
      expect(r.stdout).not.toContain(RED);
    },
    60_000,
  );

  it("the progress bar's source is its end, escaped", () => {
    expect(progressLabel(`/in/a${CLEAR}b.txt`)).toBe('/in/a\\x1b[2Jb.txt');
    expect(progressLabel(`${'x'.repeat(100)}${RED}.txt`)).toBe(`${'x'.repeat(51)}\\x1b[31m.txt`);
    expect(progressLabel('𠀀'.repeat(70))).toBe('𠀀'.repeat(60));
  });
});
