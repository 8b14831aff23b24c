// CPU of the writer alone, per document (issue 18: the writer share bounds how far more cores help).
//   npx tsx bench/writer-cpu.ts [--docs 600] [--repeats 3] [--cache /tmp/gonghui-writer-cpu]
// The stages run once over a synthetic corpus (bench/synthetic-corpus.ts) and their encoded results — what
// pool workers hand the writer — are cached; then the writer (OrderedWriter: decoding, SourceWriter, the search
// index, near-duplicates, the journal, commits) writes them into a fresh database, in this one thread, and the
// process CPU time of that phase is divided by the documents written. Compare versions by CPU (the machine is
// shared), interleaving runs of each.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { acquireSources } from '../src/acquire/acquire-sources.ts';
import { readPipelineFile } from '../src/pipeline/pipeline-file.ts';
import { inlineExecutor } from '../src/pipeline/executor.ts';
import { OrderedWriter, type Outcome } from '../src/pipeline/ordered-writer.ts';
import { encodeResultBytes } from '../src/pipeline/result-codec.ts';
import type { SourceResult } from '../src/model/source-result.ts';
import { closeDatabase, openDatabase } from '../src/store/database.ts';
import { generateCorpus } from './synthetic-corpus.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '600' },
    repeats: { type: 'string', default: '3' },
    cache: { type: 'string', default: '/tmp/gonghui-writer-cpu' },
  },
});
const docs = Number(values.docs);
const cacheDir = values.cache!;
// Results in the encoded form of this checkout's codec (a codec change makes a new cache; stage changes do not:
// delete the cache folder after changing stages).
const codec = createHash('sha256')
  .update(readFileSync(new URL('../src/pipeline/result-codec.ts', import.meta.url)))
  .digest('hex')
  .slice(0, 8);
const cacheFile = join(cacheDir, `outcomes-${docs}-${codec}.bin`);

async function buildOutcomes(): Promise<Outcome[]> {
  const dir = join(cacheDir, `corpus-${docs}`);
  rmSync(dir, { recursive: true, force: true });
  generateCorpus({ dir, docs, seed: 42 });
  const executor = inlineExecutor(readPipelineFile('pipelines/default.json'));
  const outcomes: Outcome[] = [];
  for await (const acquired of acquireSources({ inputs: [dir], archiveDir: join(cacheDir, 'archive') })) {
    if (!('pages' in acquired)) continue;
    const result = await executor.run({
      source: acquired.ref,
      pages: acquired.pages,
      text: '',
      title: null,
      publishedAt: null,
    });
    const encoded = 'encoded' in result ? result.encoded : encodeResultBytes(result as SourceResult);
    outcomes.push({
      kind: 'processed',
      ref: acquired.ref,
      sha256: acquired.sha256,
      bytes: acquired.bytes,
      result: { encoded },
    });
  }
  return outcomes;
}

mkdirSync(cacheDir, { recursive: true });
if (!existsSync(cacheFile)) writeFileSync(cacheFile, serialize(await buildOutcomes()));
const cached = readFileSync(cacheFile);

for (let r = 0; r < Number(values.repeats); r++) {
  const outcomes = deserialize(cached) as Outcome[];
  const dbPath = join(cacheDir, `writer-${process.pid}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const db = openDatabase(dbPath);
  let documents = 0;
  const settings = {
    pipelineHash: 'bench',
    run: { command: 'bench', pipelineFile: 'bench', pipelineHash: 'bench' },
    batchSources: 256,
    batchMs: 1_000_000,
  };
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const writer = new OrderedWriter(db, settings, (events) => {
    for (const e of events) documents += e.counts.documents;
  });
  outcomes.forEach((o, i) => writer.accept(i, o));
  writer.finish(true);
  closeDatabase(db); // the last checkpoint is the writer's work too
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  console.log(
    `${outcomes.length} sources, ${documents} documents: writer ${(ms / documents).toFixed(3)} ms CPU per document ` +
      `(${ms.toFixed(0)} ms CPU, ${(performance.now() - wall).toFixed(0)} ms wall)`,
  );
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
}
