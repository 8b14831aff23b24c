// End to end: gonghui correct on a small corpus written for the test — ingest → template → edit → import →
// ingest --from-archive: the stored documents, the export and the activities carry the corrections, explain shows
// them, unchanged sources are skipped, and a correction of a document the pipeline cut differently since is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { runCli } from './run-cli.ts';

const tempDir = useTempDir();

const PLAN = [
  '东湖小学工会工作计划',
  '一、指导思想',
  '以教职工为本，围绕学校中心工作，切实维护教职工合法权益。',
  '二、月份安排',
  '三月份：开展三八妇女节慰问活动。',
  '四月份：组织教职工春季趣味运动会。',
  '九月份：庆祝教师节，慰问退休教师。',
].join('\n');
const SUMMARY = [
  '2021年西山中学工会工作总结',
  '一年来，西山中学工会在学校党支部领导下，团结全体教职工，做了以下工作。',
  '一、加强民主管理，召开教代会。',
  '二、五月份组织教职工参加区工会羽毛球比赛。',
].join('\n');
const COMPILATION = [
  '学校工会工作计划2篇',
  '',
  '篇1：东林小学工会工作计划',
  '一、三月份开展三八节慰问活动。',
  '二、五月份组织教职工趣味运动会。',
  '篇2：南林中学工会工作总结',
  '一、本年度召开教代会一次。',
  '二、九月份庆祝教师节。',
].join('\n');

/** Rows of a CSV the template wrote (no quoted commas in this corpus's cells). */
const csvRows = (text: string) =>
  text
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));

/** A corpus of the given files in a fresh folder, ingested: its folder, database and the options every run repeats. */
async function ingestedCorpus(files: Record<string, string>) {
  const root = tempDir();
  const corpus = join(root, 'corpus');
  mkdirSync(corpus);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(corpus, name), text);
  const db = join(root, 'g.db');
  const common = ['--db', db, '--archive', join(root, 'raw'), '--workers', '0'];
  expect((await runCli(['ingest', corpus, ...common])).code).toBe(0);
  return { root, corpus, db, common };
}

describe('gonghui correct', () => {
  it('template → edit → import → ingest --from-archive applies the corrections in the pipeline', async () => {
    const { root, corpus, db, common } = await ingestedCorpus({
      'plan.txt': PLAN,
      'summary.txt': SUMMARY,
      'compilation.txt': COMPILATION,
    });

    const conn = () => openDatabase(db);
    const docs = () => {
      const c = conn();
      try {
        return c.prepare('SELECT id, title, org, year, kind, on_topic FROM v_documents ORDER BY id').all() as Array<{
          id: string;
          title: string;
          org: string | null;
          year: number | null;
          kind: string;
        }>;
      } finally {
        c.close();
      }
    };
    const byTitle = (title: string) => docs().find((d) => d.title === title)!;
    const plan = byTitle('东湖小学工会工作计划');
    const summary = byTitle('2021年西山中学工会工作总结');
    expect(plan).toMatchObject({ year: null, org: '东湖小学' });
    expect(summary).toMatchObject({ year: 2021, org: '西山中学', kind: 'summary' });

    // The reviewer's templates: years missing, then every org.
    const years = join(root, 'years.csv');
    const made = await runCli(['correct', 'template', '--field', 'year', '--missing', '--db', db, '--out', years]);
    expect(made.code).toBe(0);
    expect(made.err).toContain('rows left empty are skipped; then gonghui correct import');
    // Untouched, the template imports nothing: no unreviewed row is stored as a confirmed "no year".
    const untouched = await runCli(['correct', 'import', years, '--db', db]);
    expect(untouched.code).toBe(1);
    expect(untouched.err).toMatch(/every row's value is empty \(\d+ row\(s\), none reviewed\)/);
    const yearRows = csvRows(readFileSync(years, 'utf8'));
    expect(yearRows[0]).toEqual(['doc_id', 'field', 'value', 'title', 'source', 'evidence']);
    expect(yearRows.find((r) => r[0] === plan.id)).toEqual([
      plan.id,
      'year',
      '', // for the reviewer to fill in
      plan.title,
      join(corpus, 'plan.txt'),
      // No note of its own: where the reader looked, as gonghui explain says it.
      "no year stated by the title or the text (dates of events and uploads are not the document's)",
    ]);
    const orgs = await runCli(['correct', 'template', '--field', 'org', '--db', db]);
    expect(orgs.out).toContain(`${summary.id},org,西山中学,${summary.title},`);
    expect(orgs.out).toContain('metadata.org:');

    // The reviewer fills in the plan's year (2023) and leaves the other rows empty; then corrects the summary's
    // org, with a coder and a note.
    const filled = yearRows.map((r) => (r[0] === plan.id ? [r[0], r[1], '2023', ...r.slice(3)] : r));
    writeFileSync(years, filled.map((r) => r.join(',')).join('\r\n'));
    const imported = await runCli(['correct', 'import', years, '--db', db]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain(
      `1 correction(s) of 1 source(s) imported from ${years}; 1 change the stored value; ` +
        `${yearRows.length - 2} row(s) left empty, skipped (not reviewed)\n`,
    );
    // The next step names the archive the first run read the sources into (its own --archive, not the default).
    expect(imported.out).toContain(`\`gonghui ingest --from-archive --archive ${join(root, 'raw')} --db ${db}\``);
    const orgFix = join(root, 'orgs.csv');
    writeFileSync(
      orgFix,
      `doc_id,field,value,coder,note\n${summary.id},org,西山中学工会,王,落款\n${summary.id},kind,计划,,\n`,
    );
    const fixed = await runCli(['correct', 'import', orgFix, '--db', db]);
    expect(fixed.code).toBe(0);
    // Both rows change what is stored: nothing is said about confirming rows.
    expect(fixed.out).toContain('; 2 change the stored value\n');

    const listed = async () =>
      JSON.parse((await runCli(['correct', 'list', '--db', db, '--format', 'json'])).out) as Array<{
        docId: string;
        field: string;
        status: string;
      }>;
    expect((await listed()).map((c) => c.status)).toEqual(['pending', 'pending', 'pending']);

    // A replay of an archive that holds nothing (the first run's --archive not repeated, or an empty folder) fails
    // and says so, instead of reporting 0 sources and leaving every correction pending; it creates no folder.
    const elsewhere = join(root, 'output', 'raw');
    const nowhere = await runCli(['ingest', '--from-archive', '--db', db, '--archive', elsewhere, '--workers', '0']);
    expect(nowhere.code).toBe(1);
    expect(nowhere.err).toContain(`no archived sources in ${elsewhere} (no such folder)`);
    expect(nowhere.err).toContain('pass the --archive of the run that first read the sources');
    expect(existsSync(elsewhere)).toBe(false);
    mkdirSync(elsewhere, { recursive: true });
    const empty = await runCli(['ingest', '--from-archive', '--db', db, '--archive', elsewhere, '--workers', '0']);
    expect(empty.code).toBe(1);
    expect(empty.err).toContain(`no archived sources in ${elsewhere} (it has no manifest.jsonl with sources)`);
    expect((await listed()).map((c) => c.status)).toEqual(['pending', 'pending', 'pending']);

    // Only the two corrected sources are re-run (on a worker thread), the compilation is skipped as unchanged.
    const rerun = await runCli(['ingest', '--from-archive', ...common.slice(0, -1), '1']);
    expect(rerun.code).toBe(0);
    expect(rerun.out).toMatch(/sources\s+3\s+\(processed 2, unchanged 1\)/);
    expect((await listed()).map((c) => c.status)).toEqual(['applied', 'applied', 'applied']);
    expect(byTitle('东湖小学工会工作计划')).toMatchObject({ year: 2023, org: '东湖小学' });
    expect(byTitle('2021年西山中学工会工作总结')).toMatchObject({ year: 2021, org: '西山中学工会', kind: 'plan' });

    // The activities took the year from the corrected document year.
    const c = conn();
    const activityYears = c
      .prepare('SELECT month, year FROM v_activities WHERE doc_id = ? ORDER BY month')
      .all(plan.id) as Array<{ month: number; year: number | null }>;
    c.close();
    expect(activityYears.length).toBeGreaterThan(0);
    expect(activityYears.every((a) => a.year === 2023)).toBe(true);

    // The export reads the stored documents: it shows them corrected.
    const out = join(root, 'export');
    expect((await runCli(['export', '--out', out, '--db', db])).code).toBe(0);
    const exported = readFileSync(join(out, 'documents.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; org: string; year: number });
    expect(exported.find((d) => d.id === plan.id)).toMatchObject({ year: 2023 });
    expect(exported.find((d) => d.id === summary.id)).toMatchObject({ org: '西山中学工会' });

    // explain shows the corrected field as corrected, with who and why.
    const explained = await runCli(['explain', summary.id, '--db', db]);
    expect(explained.out).toMatch(/org\s+西山中学工会 {2}\[human correction, overrides the reader\]/);
    expect(explained.out).toContain('human-correction: org set by a human correction (coder 王, ');
    expect(explained.out).toContain('落款); the reader had 西山中学');

    // Nothing changed: a second run re-runs nothing.
    expect((await runCli(['ingest', '--from-archive', ...common])).out).toMatch(/processed 0, unchanged 3/);

    expect((await runCli(['correct', 'list', '--db', db])).out).toMatch(
      /3 correction\(s\): 3 applied, 0 pending, 0 stale/,
    );
  }, 120_000);

  it('a file edited after its correction (new bytes, same text of the document) keeps the correction in the same run', async () => {
    const { root, corpus, db, common } = await ingestedCorpus({ 'summary.txt': SUMMARY });
    const c = openDatabase(db);
    const { id } = c.prepare('SELECT id FROM documents').get() as { id: string };
    c.close();
    const fix = join(root, 'fix.csv');
    writeFileSync(fix, `doc_id,field,value\n${id},year,2020\n`);
    expect((await runCli(['correct', 'import', fix, '--db', db])).code).toBe(0);
    // Blank lines appended: other bytes (a new source key), the same document text.
    writeFileSync(join(corpus, 'summary.txt'), `${SUMMARY}\n\n\n`);
    expect((await runCli(['ingest', corpus, ...common])).out).toMatch(/processed 1, unchanged 0/);
    const d = openDatabase(db);
    const years = d.prepare('SELECT year FROM documents').all() as Array<{ year: number }>;
    d.close();
    expect(years).toEqual([{ year: 2020 }]);
    expect((await runCli(['correct', 'list', '--db', db])).out).toMatch(
      /1 correction\(s\): 1 applied, 0 pending, 0 stale/,
    );
    expect((await runCli(['ingest', corpus, ...common])).out).toMatch(/processed 0, unchanged 1/);
  }, 60_000);

  it("correct remove deletes a correction: the next ingest re-runs the source and the reader's value returns", async () => {
    const { root, db, common } = await ingestedCorpus({ 'summary.txt': SUMMARY });
    const stored = () => {
      const c = openDatabase(db);
      const row = c.prepare('SELECT id, org, year FROM documents').get() as { id: string; org: string; year: number };
      c.close();
      return row;
    };
    const reader = stored();
    const fix = join(root, 'fix.csv');
    writeFileSync(fix, `doc_id,field,value\n${reader.id},year,2020\n${reader.id},org,西山中学工会\n`);
    expect((await runCli(['correct', 'import', fix, '--db', db])).code).toBe(0);
    await runCli(['ingest', '--from-archive', ...common]);
    expect(stored()).toMatchObject({ year: 2020, org: '西山中学工会' });

    const removed = await runCli(['correct', 'remove', reader.id, 'year', '--db', db]);
    expect(removed.code).toBe(0);
    expect(removed.out).toContain(`1 correction(s) of ${reader.id} removed`);
    expect((await runCli(['ingest', '--from-archive', ...common])).out).toMatch(/processed 1, unchanged 0/);
    expect(stored()).toMatchObject({ year: reader.year, org: '西山中学工会' });

    // Nothing left to remove for that field; an unknown field is a usage error.
    const again = await runCli(['correct', 'remove', reader.id, 'year', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`no correction of ${reader.id} (year)`);
    expect((await runCli(['correct', 'remove', reader.id, 'school', '--db', db])).code).toBe(2);
    expect((await runCli(['correct', 'remove', reader.id, '--db', db])).out).toContain('1 correction(s)');
    await runCli(['ingest', '--from-archive', ...common]);
    expect(stored()).toMatchObject({ year: reader.year, org: reader.org });
    expect((await runCli(['correct', 'list', '--db', db])).out).toContain('no corrections');
  }, 60_000);

  it('a correction of a document the pipeline cuts differently since is stale and not applied', async () => {
    const { root, db, common } = await ingestedCorpus({ 'compilation.txt': COMPILATION });
    const conn = () => openDatabase(db);
    const c = conn();
    const [first, second] = c.prepare('SELECT id FROM documents ORDER BY part').all() as Array<{ id: string }>;
    c.close();
    const listed = async () =>
      JSON.parse((await runCli(['correct', 'list', '--db', db, '--format', 'json'])).out) as Array<{
        docId: string;
        status: string;
        why: string | null;
      }>;
    // A correction of each part, then a pipeline that no longer cuts the page: part 1 is now the whole page
    // (another text) and part 2 is gone.
    const parts = join(root, 'parts.csv');
    writeFileSync(parts, `doc_id,field,value\n${first!.id},year,2019\n${second!.id},org,南林中学工会\n`);
    expect((await runCli(['correct', 'import', parts, '--db', db])).code).toBe(0);
    const pipeline = JSON.parse(readFileSync('pipelines/default.json', 'utf8')) as { stages: Array<{ stage: string }> };
    pipeline.stages = pipeline.stages.filter((s) => s.stage !== 'split.compilations');
    const uncut = join(root, 'uncut.json');
    writeFileSync(uncut, JSON.stringify(pipeline));
    expect((await runCli(['ingest', '--from-archive', ...common, '--pipeline', uncut])).code).toBe(0);
    const list = await listed();
    expect(list.find((l) => l.docId === first!.id)).toMatchObject({
      status: 'stale',
      why: expect.stringContaining("the document's text changed"),
    });
    expect(list.find((l) => l.docId === second!.id)).toMatchObject({
      status: 'stale',
      why: expect.stringContaining('the document is gone'),
    });
    const d = conn();
    const whole = d.prepare('SELECT year FROM documents WHERE id = ?').get(first!.id) as { year: number | null };
    const warned = d
      .prepare("SELECT level, reason FROM notes WHERE doc_id = ? AND rule = 'human-correction'")
      .all(first!.id) as Array<{ level: string; reason: string }>;
    d.close();
    expect(whole.year).not.toBe(2019);
    expect(warned).toEqual([
      { level: 'warn', reason: expect.stringMatching(/^year correction not applied .*made for another text/) },
    ]);
    const explained = await runCli(['explain', first!.id, '--db', db]);
    expect(explained.out).toContain('human-correction: year correction not applied');
    expect(explained.out).not.toContain('[human correction');
    expect((await runCli(['correct', 'list', '--db', db])).out).toMatch(
      /2 correction\(s\): 0 applied, 0 pending, 2 stale/,
    );
  }, 60_000);

  it('refuses a file with problems whole, and --missing where a field is never empty', async () => {
    const { root, db } = await ingestedCorpus({ 'plan.txt': PLAN });
    const bad = join(root, 'bad.csv');
    writeFileSync(bad, 'doc_id,field,value\nnosuch,year,3000\n');
    const r = await runCli(['correct', 'import', bad, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('2 problem(s), nothing was imported');
    expect(r.err).toContain('line 2: no document "nosuch" in the database');
    expect(r.err).toContain('line 2: year must be a year from 1900 to 2100');
    const m = await runCli(['correct', 'template', '--field', 'kind', '--missing', '--db', db]);
    expect(m.code).toBe(2);
    expect(m.err).toContain('only title, org and year can be empty');
    expect((await runCli(['correct', 'list', '--db', db])).out).toContain('no corrections');
  }, 60_000);
});
