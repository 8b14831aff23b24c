// Issue 19: a very large source (a dump of schedules) is processed a document at a time, within a memory
// budget. The bound is generous — a 5 MB file needed ~1.9 GB before, ~0.95 GB with one worker after — and is
// read from the child's own peak RSS (process.resourceUsage().maxRSS, in its --format json summary).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeLargeScheduleFile } from '../../bench/large-schedule.ts';
import { processSource } from '../../src/pipeline/process-source.ts';
import { parsePipeline } from '../../src/pipeline/pipeline-file.ts';
import { ResultEncoder } from '../../src/pipeline/result-codec.ts';
import { openDatabase } from '../../src/store/database.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir('gonghui-large-');

describe('a large source', () => {
  it('ingests a 5 MB file of schedule lines in bounded memory, cut into documents, notes counted past the cap', () => {
    const dir = tempDir();
    const file = join(dir, 'schedules.txt');
    writeLargeScheduleFile(file, 5_000_000);
    const db = join(dir, 'g.db');
    const run = spawnSync(
      process.execPath,
      [
        'bin/gonghui.mjs',
        'ingest',
        file,
        '--workers',
        '1',
        '--db',
        db,
        '--archive',
        join(dir, 'raw'),
        '--format',
        'json',
      ],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout) as {
      errors: number;
      documents: number;
      paragraphs: number;
      peakRssMb: number;
    };
    expect(summary.errors).toBe(0);
    expect(summary.paragraphs).toBeGreaterThan(90_000);
    expect(summary.peakRssMb).toBeLessThan(1500);
    const g = openDatabase(db, { readonly: true });
    try {
      expect(summary.documents).toBeGreaterThan(1);
      const cut = g.prepare("SELECT reason FROM notes WHERE rule = 'split.size-cap'").pluck().all() as string[];
      expect(cut[0]).toMatch(/more than the 300000 one document may hold: cut at line breaks into parts 1–\d+/);
      const perRule = g
        .prepare('SELECT rule, count(*) AS n FROM notes GROUP BY rule ORDER BY n DESC LIMIT 1')
        .get() as { rule: string; n: number };
      expect(perRule.n).toBeLessThanOrEqual(1001);
      expect(
        g
          .prepare(
            "SELECT count(*) FROM notes WHERE reason LIKE '%were counted, not kept (at most 1000 per rule per source)'",
          )
          .pluck()
          .get(),
      ).toBeGreaterThan(0);
    } finally {
      g.close();
    }
  }, 300_000);

  it('fails with an error naming the budget when its results pass it', () => {
    const pipeline = parsePipeline(
      { name: 't', stages: [{ stage: 'decode' }, { stage: 'extract' }, { stage: 'split.compilations' }] },
      't.json',
    );
    const text = Array.from({ length: 20 }, (_, i) => `篇${i + 1}\n${'学校工会组织教职工开展活动。'.repeat(200)}`).join(
      '\n',
    );
    const draft = {
      source: { key: '/x.txt', given: 'x.txt', kind: 'file' as const },
      pages: [
        {
          url: null,
          bytes: new TextEncoder().encode(text),
          declaredCharset: null,
          format: 'text' as const,
          charset: null,
          text: '',
        },
      ],
      text: '',
      title: null,
      publishedAt: null,
    };
    const encoder = new ResultEncoder(20_000);
    const result = processSource(draft, pipeline, (doc) => encoder.addDocument(doc));
    expect(result).toMatchObject({ ok: false, stage: 'memory' });
    expect(!result.ok && result.message).toMatch(
      /passed the memory budget of one source .* split the file, or raise --source-memory/,
    );
    // Without a budget the same source is fine.
    expect(processSource(draft, pipeline).ok).toBe(true);
  });
});
