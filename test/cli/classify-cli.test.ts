// End to end for the classifier's commands: ingest the samples, export labels, explain one, import human
// codes (good and malformed), measure agreement, and retrain deterministically.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_MODEL, sourceModelFrom } from '../../src/stages/classify/model.ts';
import { openDatabase } from '../../src/store/database.ts';
import { runCli } from './run-cli.ts';

interface ParagraphRow {
  doc_id: string;
  index: number;
  text: string;
  labels: string[];
  scores: Record<string, number>;
}

function readParagraphs(dir: string): ParagraphRow[] {
  return readFileSync(join(dir, 'paragraphs.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ParagraphRow);
}

describe('classifier commands', () => {
  let db: string;
  let root: string;

  // One database for the whole sequence (ingest → export → explain → import → agreement → train).
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'gonghui-classify-'));
    db = join(root, 'g.db');
    const r = await runCli(['ingest', 'corpus/samples', '--db', db, '--archive', join(root, 'raw')]);
    expect(r.code).toBe(0);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('every sample document has labelled paragraphs with all four scores in the export', async () => {
    const out = join(root, 'export');
    expect((await runCli(['export', '--out', out, '--db', db])).code).toBe(0);
    const paragraphs = readParagraphs(out);
    const docs = new Set(paragraphs.map((p) => p.doc_id));
    const conn = openDatabase(db);
    const stored = conn.prepare('SELECT id FROM documents').pluck().all() as string[];
    conn.close();
    expect(stored.length).toBeGreaterThanOrEqual(5);
    expect([...docs].sort()).toEqual([...stored].sort());
    for (const doc of docs) expect(paragraphs.some((p) => p.doc_id === doc && p.labels.length > 0)).toBe(true);
    // Structure lines (title, generic headings, month headers, sign-offs) are not classified: no scores, no labels.
    const scored = paragraphs.filter((p) => Object.keys(p.scores).length > 0);
    expect(scored.length).toBeGreaterThan(paragraphs.length / 2);
    for (const p of scored) expect(Object.keys(p.scores).sort()).toEqual(['参与', '建设', '教育', '维权'].sort());
    for (const p of paragraphs) if (Object.keys(p.scores).length === 0) expect(p.labels).toEqual([]);
  });

  it('gonghui explain shows labels, scores and the reasons stored for a paragraph', async () => {
    const conn = openDatabase(db);
    const row = conn
      .prepare(`SELECT doc_id, idx, labels FROM paragraphs WHERE labels LIKE '%维权%' ORDER BY doc_id, idx LIMIT 1`)
      .get() as { doc_id: string; idx: number };
    conn.close();
    const r = await runCli(['explain', row.doc_id, String(row.idx), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/labels\s+.*维权.*\[model\]/);
    expect(r.out).toMatch(/维权\s+\d\.\d{3}\s+yes\s+\S+/);
    const json = JSON.parse(
      (await runCli(['explain', row.doc_id, String(row.idx), '--db', db, '--format', 'json'])).out,
    );
    expect(json.reasons['维权'].length).toBeGreaterThan(0);
    const missing = await runCli(['explain', row.doc_id, '99999', '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/has no paragraph 99999/);
  });

  it('gonghui label import: codes override exports, a malformed file stores nothing, agreement is measured', async () => {
    const conn = openDatabase(db);
    const rows = conn
      .prepare('SELECT doc_id, idx, labels FROM paragraphs ORDER BY doc_id, idx LIMIT 6')
      .all() as Array<{ doc_id: string; idx: number; labels: string }>;
    conn.close();
    const bad = join(root, 'bad.csv');
    writeFileSync(
      bad,
      `doc_id,paragraph,labels\n${rows[0]!.doc_id},${rows[0]!.idx},维权\n${rows[1]!.doc_id},${rows[1]!.idx},"教育\n`,
    );
    const rejected = await runCli(['label', 'import', bad, '--db', db]);
    expect(rejected.code).toBe(1);
    expect(rejected.err).toMatch(/bad.csv: .*nothing was imported/);
    const check = openDatabase(db);
    expect(check.prepare('SELECT count(*) FROM human_labels').pluck().get()).toBe(0);
    check.close();

    // A coder agrees with the model on five paragraphs and overrules it on the sixth.
    const lines = rows.map((r, i) => {
      const model = JSON.parse(r.labels) as string[];
      const human = i === 5 ? (model.includes('教育') ? ['维权'] : ['教育']) : model;
      return `${r.doc_id},${r.idx},"${human.join(';') || 'none'}",coder A`;
    });
    const good = join(root, 'codes.csv');
    writeFileSync(good, `doc_id,paragraph,labels,coder\n${lines.join('\n')}\n`);
    const imported = await runCli(['label', 'import', good, '--db', db]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('6 human code(s) imported');
    // Left in rollback-journal mode, as ingest leaves it: a WAL file cannot be read from a read-only folder.
    const reader = openDatabase(db, { readonly: true });
    try {
      expect(reader.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      reader.close();
    }

    const out = join(root, 'export2');
    await runCli(['export', '--out', out, '--db', db]);
    const overruled = readParagraphs(out).find((p) => p.doc_id === rows[5]!.doc_id && p.index === rows[5]!.idx)!;
    expect(overruled.labels).toEqual(JSON.parse(rows[5]!.labels).includes('教育') ? ['维权'] : ['教育']);

    const agreement = await runCli(['eval', 'agreement', '--db', db, '--format', 'json']);
    expect(agreement.code).toBe(0);
    const metrics = JSON.parse(agreement.out) as Array<{ metric: string; value: number }>;
    expect(metrics.find((m) => m.metric === 'paragraphs')?.value).toBe(6);
    expect(metrics.find((m) => m.metric === 'kappa')!.value).toBeLessThan(1);
  });

  it('gonghui train is deterministic and uses the human codes in the database', async () => {
    const labels = join(root, 'labels');
    mkdirSync(labels);
    // A small labelled set keeps the test quick: every third training paragraph of the fixtures.
    const lines = readFileSync('fixtures/labels/school-plans.jsonl', 'utf8').split('\n').filter(Boolean);
    writeFileSync(join(labels, 'small.jsonl'), `${lines.filter((_, i) => i % 3 === 0).join('\n')}\n`);
    const a = join(root, 'a.json');
    const b = join(root, 'b.json');
    const first = await runCli(['train', '--labels', labels, '--no-human', '--out', a]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/0 human codes/);
    await runCli(['train', '--labels', labels, '--no-human', '--out', b]);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
    const again = await runCli(['train', '--labels', labels, '--no-human', '--out', a]);
    expect(again.out).toContain('unchanged');

    const withHuman = await runCli(['train', '--labels', labels, '--db', db, '--out', join(root, 'c.json')]);
    expect(withHuman.out).toMatch(/6 human codes/);
  });

  it('gonghui train writes the source tree model, also when it runs from the compiled build', async () => {
    // From dist/, the model the stages read is dist's copy: one written there is undone by the next build.
    const model = resolve('src/stages/classify/data/model.json');
    expect(SOURCE_MODEL).toBe(model);
    // The compiled module sits at the same depth under dist/, so it resolves the same source file (asked of the
    // path rule, not of whatever dist/ this checkout last built).
    expect(sourceModelFrom(pathToFileURL(resolve('dist/stages/classify/model.js')))).toBe(model);
    const help = await runCli(['train', '--help']);
    expect(help.out.replace(/\s+/g, '')).toContain(model);
  });
});
