// The bad-input zoo: every kind of broken input a scraped collection holds, in one batch on worker
// threads. Each is either processed correctly or becomes exactly one clear error row naming the source
// and the stage; the batch goes on and the summary counts the errors.
import { chmodSync, cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { runCli } from '../cli/run-cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir();
const PLAN_LINE = '坚持以教职工为本，推进校务公开，落实教代会制度。';

/** The small fixtures live in fixtures/bad/; the big or unusual ones are made here. */
function buildZoo(dir: string): void {
  cpSync('fixtures/bad', dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  writeFileSync(join(dir, 'huge-50mb.txt'), Buffer.alloc(50 * 1024 * 1024, Buffer.from(`${PLAN_LINE}\n`)));
  writeFileSync(join(dir, 'long-line-5mb.txt'), Buffer.alloc(5 * 1024 * 1024, Buffer.from(PLAN_LINE)));
  writeFileSync(
    join(dir, 'deep-nesting.html'),
    `<html><body>${'<div>'.repeat(100_000)}深层嵌套的段落：组织教职工体检。${'</div>'.repeat(100_000)}</body></html>`,
  );
  writeFileSync(join(dir, 'no-permission.txt'), `北坡小学工会计划\n${PLAN_LINE}`);
  chmodSync(join(dir, 'no-permission.txt'), 0o000);
  mkdirSync(join(dir, 'loop'));
  writeFileSync(join(dir, 'loop', 'inside-loop.txt'), `循环目录里的计划\n${PLAN_LINE}`);
  symlinkSync('..', join(dir, 'loop', 'back-to-parent'));
  symlinkSync('.', join(dir, 'loop', 'self'));
  const parts = Array.from(
    { length: 500 },
    (_, i) =>
      `工会工作计划 篇${i + 1}\n一、指导思想\n第${i + 1}所学校的工会${PLAN_LINE}\n二、主要工作\n1、组织第${i + 1}次教职工体检。`,
  );
  writeFileSync(join(dir, 'compilation-500.txt'), `工会工作计划500篇\n${parts.join('\n')}`);
}

describe('bad-input zoo', () => {
  it('processes or reports every kind of bad input, and the batch goes on', async () => {
    const root = tempDir();
    const zoo = join(root, 'zoo');
    mkdirSync(zoo);
    buildZoo(zoo);
    const db = join(root, 'g.db');
    const { code, out } = await runCli([
      'ingest',
      zoo,
      '--db',
      db,
      '--archive',
      join(root, 'raw'),
      '--workers',
      '2',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const summary = JSON.parse(out) as { sources: number; errors: number };

    const conn = openDatabase(db);
    const errors = conn.prepare('SELECT source, stage, message FROM errors').all() as Array<{
      source: string;
      stage: string;
      message: string;
    }>;
    const errorOf = (name: string) => errors.filter((e) => e.source.endsWith(name));
    const docsOf = (name: string) =>
      conn
        .prepare(
          'SELECT d.text FROM documents d JOIN sources s ON s.id = d.source_id WHERE s.given LIKE ? ORDER BY d.part',
        )
        .pluck()
        .all(`%${name}`) as string[];
    const isRoot = process.getuid?.() === 0;

    // Never both, never neither: each source is either documents or exactly one error row.
    const sources = conn.prepare('SELECT given, status FROM sources').all() as Array<{ given: string; status: string }>;
    for (const s of sources) {
      const name = s.given.split('/').at(-1)!;
      if (s.status === 'error') expect(errorOf(name), s.given).toHaveLength(1);
      else expect(docsOf(name).length, s.given).toBeGreaterThan(0);
    }
    expect(summary.errors).toBe(errors.length);
    expect(summary.sources).toBe(sources.length);

    expect(errorOf('empty.txt')[0]).toMatchObject({ stage: 'decode', message: expect.stringMatching(/empty/) });
    expect(errorOf('binary-named.txt')[0]).toMatchObject({ stage: 'decode', message: expect.stringMatching(/PDF/) });
    expect(errorOf('random-bytes.html')[0]).toMatchObject({
      stage: 'decode',
      message: expect.stringMatching(/binary/),
    });
    expect(errorOf('scripts-only.html')[0]).toMatchObject({
      stage: 'extract',
      message: expect.stringMatching(/no visible text/),
    });
    expect(errorOf('huge-50mb.txt')[0]).toMatchObject({
      stage: 'acquire',
      message: expect.stringMatching(/50\.0 MB, over the 20 MB limit/),
    });

    expect(docsOf('nul-bytes.txt').join('')).toContain('推进校务公开');
    expect(docsOf('nul-bytes.txt').join('')).not.toContain('\u0000');
    expect(docsOf('truncated-utf8.txt').join('')).toContain('组织教职工参加健康体检');
    expect(docsOf('truncated-gbk.txt').join('')).toContain('组织教职工参加健康体检');
    expect(docsOf('invalid-gbk-middle.txt').join('')).toContain('组织教职工参加健康体检');
    expect(docsOf('utf16-bom.txt').join('')).toContain('推进校务公开');
    expect(docsOf('utf16-no-bom.txt').join('')).toContain('推进校务公开');
    expect(docsOf('lying-meta.html').join('')).toContain('推进校务公开');
    expect(
      conn
        .prepare(
          "SELECT count(*) FROM notes n JOIN sources s ON s.id = n.source_id WHERE s.given LIKE '%lying-meta.html' AND n.rule = 'charset.declaration-overridden'",
        )
        .pluck()
        .get(),
    ).toBe(1);
    expect(docsOf('malformed.html').join('\n')).toContain('坚持以教职工为本');
    expect(docsOf('english-only.txt').join('')).toContain('Staff union annual plan.');
    expect(
      conn
        .prepare(
          "SELECT d.on_topic FROM documents d JOIN sources s ON s.id = d.source_id WHERE s.given LIKE '%english-only.txt'",
        )
        .pluck()
        .get(),
    ).toBe(0);
    expect(docsOf('name with spaces "quotes" 与中文.txt')).toHaveLength(1);
    expect(docsOf('long-line-5mb.txt').join('').length).toBeGreaterThan(1_000_000);
    expect(docsOf('deep-nesting.html').join('')).toContain('组织教职工体检');
    expect(docsOf('compilation-500.txt')).toHaveLength(500);
    // Walked once through the symlink loop, not forever and not twice.
    expect(docsOf('inside-loop.txt')).toHaveLength(1);
    if (isRoot) expect(docsOf('no-permission.txt')).toHaveLength(1);
    else
      expect(errorOf('no-permission.txt')[0]).toMatchObject({
        stage: 'acquire',
        message: expect.stringMatching(/permission denied/),
      });

    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    conn.close();
  });

  it('stops a source that runs past --source-timeout and keeps the others', async () => {
    const root = tempDir();
    const dir = join(root, 'in');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-long.txt'), Buffer.alloc(19 * 1024 * 1024, Buffer.from(PLAN_LINE)));
    writeFileSync(join(dir, 'b-small.txt'), `东坡小学工会计划\n${PLAN_LINE}`);
    const db = join(root, 'g.db');
    const { code } = await runCli([
      'ingest',
      dir,
      '--db',
      db,
      '--archive',
      join(root, 'raw'),
      '--workers',
      '2',
      // Far above what the small file needs even on a loaded machine, far below what 19 MB takes.
      '--source-timeout',
      '2',
    ]);
    expect(code).toBe(0);
    const conn = openDatabase(db);
    expect(conn.prepare('SELECT stage, message FROM errors').all()).toEqual([
      { stage: 'worker', message: expect.stringMatching(/took longer than 2 s/) },
    ]);
    expect(
      conn
        .prepare(
          "SELECT count(*) FROM documents d JOIN sources s ON s.id = d.source_id WHERE s.given LIKE '%b-small.txt'",
        )
        .pluck()
        .get(),
    ).toBe(1);
    conn.close();
  });
});
