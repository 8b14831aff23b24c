// End to end: the CLI ingests the real samples plus bad inputs into a temporary database and exports them.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';
import { openDatabase } from '../../src/store/database.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir();

function corpusWithBadInputs(): string {
  const dir = join(tempDir(), 'corpus');
  mkdirSync(join(dir, 'samples'), { recursive: true });
  for (const f of readdirSync('corpus/samples')) copyFileSync(join('corpus/samples', f), join(dir, 'samples', f));
  mkdirSync(join(dir, 'bad'));
  writeFileSync(join(dir, 'bad', 'empty.txt'), '');
  writeFileSync(
    join(dir, 'bad', 'picture.html'),
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 7)]),
  );
  symlinkSync(join(dir, 'bad', 'gone.txt'), join(dir, 'bad', 'dangling.txt'));
  // A GBK page in the style of a school website, written for this test.
  const page = `<html><head><meta charset="gb2312"><title>青山小学工会2020年工作总结</title></head><body>
    <div class="nav">首页 &gt; 工会工作</div><h1>青山小学工会2020年工作总结</h1>
    <p>一、坚持校务公开，推进民主管理</p><p>本年度召开教代会两次，审议学校绩效工资方案。</p></body></html>`;
  writeFileSync(join(dir, 'qingshan.html'), iconv.encode(page, 'gbk'));
  return dir;
}

describe('gonghui ingest → stats → export', () => {
  it('ingests the samples, records bad inputs as errors, and exports the contract', async () => {
    const root = tempDir();
    const corpus = corpusWithBadInputs();
    const db = join(root, 'g.db');
    const args = ['ingest', corpus, '--db', db, '--archive', join(root, 'raw')];

    const first = await runCli(args);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/sources\s+9\s/);
    expect(first.out).toMatch(/errors\s+3\b/);

    const conn = openDatabase(db);
    const errors = conn.prepare('SELECT source, stage, message FROM errors ORDER BY source').all() as Array<{
      source: string;
      stage: string;
      message: string;
    }>;
    expect(errors).toHaveLength(3);
    expect(errors.find((e) => e.source.endsWith('empty.txt'))).toMatchObject({
      stage: 'decode',
      message: expect.stringContaining('empty'),
    });
    expect(errors.find((e) => e.source.endsWith('picture.html'))).toMatchObject({
      stage: 'decode',
      message: expect.stringContaining('PNG'),
    });
    expect(errors.find((e) => e.source.endsWith('dangling.txt'))).toMatchObject({ stage: 'acquire' });
    const counts = () =>
      conn.prepare('SELECT (SELECT count(*) FROM documents) d, (SELECT count(*) FROM paragraphs) p').get();
    const before = counts();
    expect(
      conn
        .prepare(
          "SELECT count(*) FROM documents d JOIN sources s ON s.id = d.source_id WHERE s.given LIKE '%qingshan.html'",
        )
        .pluck()
        .get(),
    ).toBe(1);

    // Same command again: nothing duplicated, the same counts.
    const second = await runCli(args);
    expect(second.code).toBe(0);
    expect(counts()).toEqual(before);
    expect(second.out).toMatch(/unchanged 6/);
    conn.close();

    const out = join(root, 'export');
    const exported = await runCli(['export', '--out', out, '--db', db]);
    expect(exported.code).toBe(0);
    const lines = (f: string) =>
      readFileSync(join(out, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    const docs = lines('documents.jsonl');
    expect(docs.length).toBeGreaterThanOrEqual(6);
    for (const d of docs) {
      expect(Object.keys(d)).toEqual([
        'id',
        'source',
        'part',
        'title',
        'org',
        'year',
        'kind',
        'on_topic',
        'duplicate_of',
        'text',
      ]);
      expect(['plan', 'summary', 'other']).toContain(d.kind);
      expect(typeof d.on_topic).toBe('boolean');
    }
    // The traditional compilation: ten documents (篇1…篇10), each titled and converted to simplified.
    const traditional = docs.filter((d) => String(d.source).includes('001_e8f8c0e6cfe9f6df'));
    expect(traditional).toHaveLength(10);
    expect(traditional[0]!.title).toBe('工会工作计划');
    for (const d of traditional) expect(d.text).not.toMatch(/[會學計劃職]/);
    const gbk = docs.find((d) => String(d.source).endsWith('qingshan.html'))!;
    expect(gbk.text).toContain('本年度召开教代会两次');
    const paragraphs = lines('paragraphs.jsonl');
    expect(Object.keys(paragraphs[0]!)).toEqual(['doc_id', 'index', 'text', 'labels', 'scores']);
    expect(new Set(paragraphs.map((p) => p.doc_id))).toEqual(new Set(docs.map((d) => d.id)));
    const activities = lines('activities.jsonl');
    for (const a of activities)
      expect(Object.keys(a)).toEqual([
        'doc_id',
        'month',
        'month_end',
        'day',
        'month_inferred',
        'basis',
        'year',
        'text',
        'category',
        'functions',
        'source',
      ]);
  });

  it('exits 2 with a clear message on usage mistakes', async () => {
    const root = tempDir();
    expect((await runCli(['ingest', '--db', join(root, 'x.db')])).code).toBe(2);
    const bad = join(root, 'p.json');
    writeFileSync(bad, JSON.stringify({ name: 'x', stages: [{ stage: 'nope' }] }));
    const r = await runCli(['ingest', 'corpus', '--pipeline', bad, '--db', join(root, 'x.db')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('stages[0].stage: unknown stage "nope"');
    expect((await runCli(['stats', '--db', join(root, 'missing.db')])).err).toContain('no database at');
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  it('an input with the same bytes as another is counted as a repeat, so the summary adds up to stats', async () => {
    const root = tempDir();
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    const plan = '东湖小学工会工作计划\n三月份：开展三八妇女节慰问活动。\n四月份：组织教职工春季趣味运动会。\n';
    writeFileSync(join(corpus, 'plan.txt'), plan);
    writeFileSync(join(corpus, 'plan-copy.txt'), plan);
    writeFileSync(join(corpus, 'summary.txt'), '西山中学工会工作总结\n五月份组织教职工参加羽毛球比赛。\n');
    const db = join(root, 'g.db');
    const r = await runCli(['ingest', corpus, '--db', db, '--archive', join(root, 'raw'), '--workers', '0']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /sources\s+2\s+\(processed 2, unchanged 0\)\n {2}repeats {3}1 {2}input\(s\) with the same bytes/,
    );
    const stats = JSON.parse((await runCli(['stats', '--db', db, '--format', 'json'])).out) as Array<{
      metric: string;
      value: number;
    }>;
    const stat = (metric: string) => stats.find((s) => s.metric === metric)?.value;
    const said = (what: string) => Number(new RegExp(`^${what}\\s+(\\d+)`, 'm').exec(r.out)?.[1]);
    for (const what of ['sources', 'documents', 'paragraphs', 'activities']) expect(said(what)).toBe(stat(what));
    // Both names are recorded as the source's locations.
    const c = openDatabase(db);
    const locations = c.prepare('SELECT count(*) FROM source_locations').pluck().get();
    c.close();
    expect(locations).toBe(3);
  }, 60_000);

  it('stats prints counts as table, CSV or JSON', async () => {
    const root = tempDir();
    const db = join(root, 'g.db');
    await runCli(['ingest', 'corpus/samples/003_4e533f1df0f197d0.txt', '--db', db, '--archive', join(root, 'raw')]);
    const json = JSON.parse((await runCli(['stats', '--db', db, '--format', 'json'])).out) as Array<{
      metric: string;
      value: number;
    }>;
    expect(json.find((r) => r.metric === 'documents')?.value).toBe(1);
    expect((await runCli(['stats', '--db', db, '--format', 'csv'])).out).toMatch(
      /^\ufeffmetric,value\r\nsources,1\r\n/,
    );
  });
});
