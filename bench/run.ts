// npm run bench -- [--docs N] [--html-pages N] [--keep] [--scenario all|throughput|large|many-lines|site-templates]
// Builds a synthetic corpus from corpus/samples, ingests it with one worker and with all workers (each run a
// fresh process and database), times our segmentation and conversion stages against Python jieba and the
// OpenCC command line on the same text, and writes output/bench.json plus a table.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { newDocument } from '../src/model/items.ts';
import { type Note } from '../src/model/stage.ts';
import { collectingContext } from '../src/pipeline/collecting-context.ts';
import { toSimplifiedStage } from '../src/stages/convert/to-simplified.ts';
import { paragraphsStage } from '../src/stages/segment/paragraphs-stage.ts';
import { wordsStage } from '../src/stages/segment/words-stage.ts';
import { cliTimings } from './cli-timings.ts';
import {
  ensureReferenceTools,
  openccCliSeconds,
  pythonJiebaCorpus,
  pythonJiebaSeconds,
  type Timed,
} from './reference-tools.ts';
import { type CorpusStats, generateCorpus } from './synthetic-corpus.ts';
import { largeSourceBench } from './large-source.ts';
import { manyLinesBench } from './many-lines.ts';
import { siteTemplatesBench } from './site-templates.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '20000' },
    'html-pages': { type: 'string' },
    keep: { type: 'boolean', default: false },
    scenario: { type: 'string', default: 'all' },
  },
});
const docs = Number(values.docs);
const htmlPages = Number(values['html-pages'] ?? Math.max(500, Math.round(docs / 10)));
const cores = availableParallelism();
const root = resolve('output/bench');
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
mkdirSync(root, { recursive: true });

function corpus(name: string, make: (dir: string) => CorpusStats): { dir: string; stats: CorpusStats } {
  const dir = join(root, name);
  const statsFile = join(root, `${name}.stats.json`);
  if (existsSync(statsFile) && existsSync(dir))
    return { dir, stats: JSON.parse(readFileSync(statsFile, 'utf8')) as CorpusStats };
  rmSync(dir, { recursive: true, force: true });
  log(`generating ${name}`);
  const stats = make(dir);
  writeFileSync(statsFile, JSON.stringify(stats));
  return { dir, stats };
}

interface RunSummary {
  sources: number;
  documents: number;
  paragraphs: number;
  errors: number;
  seconds: number;
  bytes: number;
  peakRssMb: number;
  stageSeconds: Record<string, number>;
  cpuMs?: { workers: number | null; writer: number | null; main: number | null; process: number };
  /** Wall seconds of the whole command, process start-up included (measured here). */
  wallSeconds: number;
}

function ingestRun(name: string, dir: string, workers: number): RunSummary {
  const runDir = join(root, 'runs', name);
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  log(`ingest ${name}: ${workers} worker(s)`);
  const started = performance.now();
  const out = execFileSync(
    process.execPath,
    [
      'bin/gonghui.mjs',
      'ingest',
      dir,
      '--db',
      join(runDir, 'g.db'),
      '--archive',
      join(runDir, 'raw'),
      '--workers',
      String(workers),
      '--format',
      'json',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const summary = { ...(JSON.parse(out) as RunSummary), wallSeconds: (performance.now() - started) / 1000 };
  if (!values.keep) rmSync(runDir, { recursive: true, force: true });
  return summary;
}

/** Wall and CPU seconds of a call (CPU: this process, which runs nothing else meanwhile). */
function timed(f: () => void): Timed {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  f();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 };
}

/** Our segment.words stage alone on the text, seconds (dictionary loaded before timing). */
function ourSegmentSeconds(text: string): Timed {
  const split = paragraphsStage.create(paragraphsStage.options.parse({}));
  const words = wordsStage.create(wordsStage.options.parse({}));
  const notes: Note[] = [];
  const docsOfText = text
    .split(/\n(?=\S+工会\d{4}年)/)
    .map((t, i) => split(newDocument('bench', i + 1, t), collectingContext('x', i + 1, notes)));
  words(docsOfText[0]!, collectingContext('x', 1, notes));
  return timed(() => {
    for (const d of docsOfText) words(d, collectingContext('x', d.part, notes));
  });
}

/** Our convert.t2s stage alone on the text, seconds (converters built before timing). */
function ourConvertSeconds(text: string): Timed {
  const run = toSimplifiedStage.create(toSimplifiedStage.options.parse({}));
  const notes: Note[] = [];
  const draft = (t: string) => ({
    source: { key: 'b', given: 'b', kind: 'file' as const },
    pages: [],
    text: t,
    title: null,
    publishedAt: null,
  });
  run(draft('學校工會'), collectingContext('x', null, notes));
  // A first pass over the text itself, untimed: the converters' loops are compiled by the JIT during it (the
  // first pass measured 2.8 MB/s, the next ones 4–10 MB/s), as they are in a worker after its first sources.
  run(draft(text), collectingContext('x', null, notes));
  return medianTimed(
    Array.from({ length: 3 }, () => timed(() => run(draft(text), collectingContext('x', null, notes)))),
  );
}

/** The run of median CPU time. */
function medianTimed(runs: Timed[]): Timed {
  return [...runs].sort((a, b) => a.cpu - b.cpu)[Math.floor(runs.length / 2)]!;
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const mb = (bytes: number) => bytes / 1e6;

/** CPU milliseconds per source by thread kind; `other` is the rest of the process: V8's helper threads
 * (concurrent garbage collection, compilation) and libuv's. */
function cpuPerDoc(run: RunSummary) {
  const c = run.cpuMs;
  if (!c) return null;
  const per = (ms: number | null) => (ms === null ? null : round(ms / run.sources, 3));
  const known = (c.workers ?? 0) + (c.writer ?? 0) + (c.main ?? 0);
  return {
    workers: per(c.workers),
    writer: per(c.writer),
    main: per(c.main),
    other: per(c.process - known),
    total: per(c.process),
  };
}

// s28: one page of 5,000, 20,000 and 50,000 short lines, seconds and lines per second.
if (values.scenario === 'many-lines' || values.scenario === 'all') {
  const runs = manyLinesBench(root, log);
  writeFileSync(resolve('output/bench-many-lines.json'), `${JSON.stringify(runs, null, 2)}\n`);
  process.stdout.write(
    `${[
      '| many lines | lines | KB | seconds | lines/s | slowest stages (s) | documents | errors |',
      '|---|---|---|---|---|---|---|---|',
      ...runs.map(
        (r) =>
          `| ${r.kind} | ${r.lines} | ${r.kb} | ${r.seconds} | ${r.lines_per_second} | ${r.stage_seconds_top} | ${r.documents} | ${r.errors} |`,
      ),
    ].join('\n')}\n\nwrote output/bench-many-lines.json\n\n`,
  );
  if (values.scenario === 'many-lines') process.exit(0);
}

// What learning site templates costs: 2,000 documents in folders of 50, each folder framed by its own furniture.
if (values.scenario === 'site-templates' || values.scenario === 'all') {
  const runs = siteTemplatesBench(root, 2000, log);
  writeFileSync(resolve('output/bench-site-templates.json'), `${JSON.stringify(runs, null, 2)}\n`);
  process.stdout.write(
    `${[
      '| site templates | sources | seconds | documents | template lines removed | errors |',
      '|---|---|---|---|---|---|',
      ...runs.map(
        (r) =>
          `| ${r.grouping} | ${r.sources} | ${r.seconds} | ${r.documents} | ${r.template_lines_removed} | ${r.errors} |`,
      ),
    ].join('\n')}\n\nwrote output/bench-site-templates.json\n\n`,
  );
  if (values.scenario === 'site-templates') process.exit(0);
}

// Issue 19: one and two 19 MB files of schedule lines, peak RSS ≤ 1.5 GB each.
if (values.scenario === 'large' || values.scenario === 'all') {
  const runs = largeSourceBench(root, log);
  writeFileSync(resolve('output/bench-large-source.json'), `${JSON.stringify(runs, null, 2)}\n`);
  process.stdout.write(
    `${[
      '| large source | MB | seconds | peak RSS MB (≤ 1536) | documents | errors | ok |',
      '|---|---|---|---|---|---|---|',
      ...runs.map(
        (r) =>
          `| ${r.files} file(s) | ${r.mb} | ${r.seconds} | ${r.peak_rss_mb} | ${r.documents} | ${r.errors} | ${r.peak_rss_mb <= 1536 && r.errors === 0 ? 'yes' : 'NO'} |`,
      ),
    ].join('\n')}\n\nwrote output/bench-large-source.json\n\n`,
  );
  if (values.scenario === 'large') process.exit(0);
}

ensureReferenceTools(log);
const text = corpus(`text-${docs}`, (dir) => generateCorpus({ dir, docs, seed: 42 }));
const html = corpus(`html-${htmlPages}`, (dir) =>
  generateCorpus({ dir, docs: htmlPages, seed: 43, html: true, traditionalShare: 0.1 }),
);

const single = ingestRun('text-1-worker', text.dir, 1);
const all = ingestRun(`text-${cores}-workers`, text.dir, cores);
const htmlRun = ingestRun(`html-${cores}-workers`, html.dir, cores);
let smallRss: number | null = null;
if (docs > 2000) {
  const small = corpus('text-2000', (dir) => generateCorpus({ dir, docs: 2000, seed: 42 }));
  smallRss = ingestRun(`text-2000-${cores}-workers`, small.dir, cores).peakRssMb;
}

// The whole pipeline (start-up included, wall clock) against Python jieba's segmentation alone on the same files.
const pyCorpus = pythonJiebaCorpus(text.dir);

const segmentText = text.stats.simplifiedSample;
const t2sText = text.stats.traditionalSample;
const ourSegment = ourSegmentSeconds(segmentText);
const pySegment = pythonJiebaSeconds(segmentText, root);
const ourT2s = ourConvertSeconds(t2sText);
// The command line is timed three times too (median), each a fresh process as a script would start it.
const cliRuns = [0, 1, 2].map(() => openccCliSeconds(t2sText, root));
const cliT2s = cliRuns.includes(null) ? null : medianTimed(cliRuns as Timed[]);

const cli = cliTimings(5, log);
const docsPerS = all.documents / all.seconds;
const cpu = cpuPerDoc(all);
const singleCpu = cpuPerDoc(single);
const writerShare = cpu?.writer != null && cpu.total ? round(cpu.writer / cpu.total, 3) : null;
const singleWallDocsPerS = single.sources / single.wallSeconds;
const pipelineMbPerS = mb(all.bytes) / all.wallSeconds;
const pyMbPerS = pyCorpus ? mb(pyCorpus.bytes) / pyCorpus.wall : null;
// On a shared machine wall time counts waiting for a core; per CPU second compares the work itself: the whole
// pipeline's CPU (every thread, start-up included) against jieba.lcut's.
const pipelineMbPerCpuS = all.cpuMs ? mb(all.bytes) / (all.cpuMs.process / 1000) : null;
const pyMbPerCpuS = pyCorpus ? mb(pyCorpus.bytes) / pyCorpus.cpu : null;
const segBytes = mb(Buffer.byteLength(segmentText));
const t2sBytes = mb(Buffer.byteLength(t2sText));
const result = {
  docs: all.sources,
  bytes: all.bytes,
  workers: cores,
  seconds: round(all.seconds),
  docs_per_s: round(all.sources / all.seconds, 1),
  mb_per_s: round(mb(all.bytes) / all.seconds),
  peak_rss_mb: all.peakRssMb,
  single_worker_docs_per_s: round(single.sources / single.seconds, 1),
  // CPU, not only wall time (issue 18): per source, by thread kind, in the all-workers run and the one-worker run.
  cpu_ms_per_doc: cpu,
  cpu_ms_per_doc_1_worker: singleCpu,
  writer_share: writerShare,
  /** No number of cores passes 1/writer_share × one worker's throughput (the writer is one thread). */
  ceiling_docs_per_s: writerShare ? round(single.sources / single.seconds / writerShare, 1) : null,
  /** Per stage, milliseconds per source of in-thread time (wall clock inside the thread, so a thread waiting
   * for a core counts too): the stage executor's timings. */
  stage_ms_per_doc: Object.fromEntries(
    Object.entries(all.stageSeconds).map(([k, v]) => [k, round((v * 1000) / all.sources, 3)]),
  ),
  whole_pipeline: {
    wall_seconds: round(all.wallSeconds),
    mb_per_s: round(pipelineMbPerS),
    one_worker_wall_seconds: round(single.wallSeconds),
    one_worker_docs_per_s: round(singleWallDocsPerS, 1),
    python_jieba_lcut_mb_per_s: pyMbPerS === null ? null : round(pyMbPerS),
    python_jieba_lcut_seconds: pyCorpus ? round(pyCorpus.wall) : null,
    vs_python_jieba: pyMbPerS === null ? null : round(pipelineMbPerS / pyMbPerS),
    mb_per_cpu_s: pipelineMbPerCpuS === null ? null : round(pipelineMbPerCpuS),
    python_jieba_lcut_mb_per_cpu_s: pyMbPerCpuS === null ? null : round(pyMbPerCpuS),
    vs_python_jieba_per_cpu_s:
      pyMbPerCpuS === null || pipelineMbPerCpuS === null ? null : round(pipelineMbPerCpuS / pyMbPerCpuS),
  },
  stages: Object.fromEntries(Object.entries(all.stageSeconds).map(([k, v]) => [k, round(v, 3)])),
  ratios: {
    // CPU time against CPU time (wall ratios in segment and t2s below).
    segment_vs_python_jieba: pySegment === null ? null : round(pySegment.cpu / ourSegment.cpu),
    t2s_vs_opencc_cli: cliT2s === null ? null : round(cliT2s.cpu / ourT2s.cpu),
  },
  documents_out: all.documents,
  documents_per_s_out: round(docsPerS, 1),
  errors: all.errors,
  speedup_all_vs_one_worker: round(single.seconds / all.seconds),
  html: {
    pages: htmlRun.sources,
    bytes: htmlRun.bytes,
    seconds: round(htmlRun.seconds),
    pages_per_s: round(htmlRun.sources / htmlRun.seconds, 1),
    peak_rss_mb: htmlRun.peakRssMb,
  },
  segment: {
    text_mb: round(mb(Buffer.byteLength(segmentText))),
    ours_mb_per_s: round(segBytes / ourSegment.wall),
    python_jieba_mb_per_s: pySegment === null ? null : round(segBytes / pySegment.wall),
    ours_mb_per_cpu_s: round(segBytes / ourSegment.cpu),
    python_jieba_mb_per_cpu_s: pySegment === null ? null : round(segBytes / pySegment.cpu),
    wall_ratio: pySegment === null ? null : round(pySegment.wall / ourSegment.wall),
  },
  t2s: {
    text_mb: round(mb(Buffer.byteLength(t2sText))),
    ours_mb_per_s: round(t2sBytes / ourT2s.wall),
    opencc_cli_mb_per_s: cliT2s === null ? null : round(t2sBytes / cliT2s.wall),
    ours_mb_per_cpu_s: round(t2sBytes / ourT2s.cpu),
    opencc_cli_mb_per_cpu_s: cliT2s === null ? null : round(t2sBytes / cliT2s.cpu),
    wall_ratio: cliT2s === null ? null : round(cliT2s.wall / ourT2s.wall),
  },
  peak_rss_2000_docs_mb: smallRss,
  cli: Object.fromEntries(cli.map((c) => [c.name, { seconds: c.seconds, peak_rss_mb: c.peakRssMb }])),
};
const targets: Array<[string, number | null, string, boolean | null]> = [
  [
    `${cores} workers vs 1 (≥ 1.4×)`,
    result.speedup_all_vs_one_worker,
    '≥ 1.4',
    result.speedup_all_vs_one_worker >= 1.4,
  ],
  [
    'segmentation vs Python jieba, CPU (≥ 4×)',
    result.ratios.segment_vs_python_jieba,
    '≥ 4',
    result.ratios.segment_vs_python_jieba === null ? null : result.ratios.segment_vs_python_jieba >= 4,
  ],
  [
    't2s vs OpenCC CLI, CPU (≥ 4×)',
    result.ratios.t2s_vs_opencc_cli,
    '≥ 4',
    result.ratios.t2s_vs_opencc_cli === null ? null : result.ratios.t2s_vs_opencc_cli >= 4,
  ],
  [
    'whole pipeline (start-up incl.) vs Python jieba.lcut alone, per CPU s',
    result.whole_pipeline.vs_python_jieba_per_cpu_s,
    '',
    null,
  ],
  [
    'whole pipeline (start-up incl.) vs Python jieba.lcut alone, wall (≥ 1.5×)',
    result.whole_pipeline.vs_python_jieba,
    '≥ 1.5',
    result.whole_pipeline.vs_python_jieba === null ? null : result.whole_pipeline.vs_python_jieba >= 1.5,
  ],
  ['writer share of CPU (≤ 1/6)', result.writer_share, '≤ 0.167', writerShare === null ? null : writerShare <= 1 / 6],
  ['peak RSS MB, 2 workers (≤ 1024)', result.peak_rss_mb, '≤ 1024', result.peak_rss_mb <= 1024],
  ['peak RSS MB, 2,000 docs (≤ 1024)', smallRss, '≤ 1024', smallRss === null ? null : smallRss <= 1024],
  [
    'RSS 2,000 vs N docs (within 20 %)',
    smallRss === null ? null : round(result.peak_rss_mb / smallRss),
    '≤ 1.2',
    smallRss === null ? null : result.peak_rss_mb <= smallRss * 1.2,
  ],
  ...cli.map((c): [string, number, string, boolean] => [
    `${c.name}, s (< ${c.target})`,
    c.seconds,
    `< ${c.target}`,
    c.seconds < c.target,
  ]),
];
writeFileSync(
  resolve('output/bench.json'),
  `${JSON.stringify({ ...result, targets: Object.fromEntries(targets.map(([n, v, t, ok]) => [n, { value: v, target: t, ok }])) }, null, 2)}\n`,
);

const fmt = (c: ReturnType<typeof cpuPerDoc>) =>
  c ? `workers ${c.workers} + writer ${c.writer} + main ${c.main} + other ${c.other} = ${c.total}` : 'n/a';
const lines = [
  `corpus: ${result.docs} documents, ${round(mb(result.bytes))} MB (≈${Math.round(result.bytes / result.docs)} B each; 15 % traditional, 20 % GBK), plus ${result.html.pages} GBK/Big5 HTML pages of ≈${Math.round(result.html.bytes / result.html.pages / 1000)} KB`,
  '',
  '| measure | value | target | ok |',
  '|---|---|---|---|',
  ...targets.map(([n, v, t, ok]) => `| ${n} | ${v ?? 'n/a'} | ${t} | ${ok === null ? 'n/a' : ok ? 'yes' : 'NO'} |`),
  `| seconds, ${cores} workers / 1 worker | ${result.seconds} / ${round(single.seconds)} | | |`,
  '',
  `CPU ms per document, ${cores} workers: ${fmt(cpu)}`,
  `CPU ms per document, 1 worker:  ${fmt(singleCpu)}`,
  `  (other = V8's helper threads — concurrent GC, compilation — and libuv's)`,
  writerShare
    ? `writer share ${writerShare}: ceiling ${round(1 / writerShare, 1)}× one worker = ${result.ceiling_docs_per_s} docs/s on any number of cores`
    : 'writer share: n/a',
  `whole pipeline, start-up included: ${result.whole_pipeline.mb_per_s} MB/s wall (${result.whole_pipeline.wall_seconds} s), ${result.whole_pipeline.mb_per_cpu_s} MB per CPU s; Python jieba.lcut alone on the same files: ${result.whole_pipeline.python_jieba_lcut_mb_per_s ?? 'n/a'} MB/s wall, ${result.whole_pipeline.python_jieba_lcut_mb_per_cpu_s ?? 'n/a'} per CPU s → ${result.whole_pipeline.vs_python_jieba ?? 'n/a'}× wall, ${result.whole_pipeline.vs_python_jieba_per_cpu_s ?? 'n/a'}× per CPU s`,
  `segmentation: ${result.segment.ours_mb_per_cpu_s} vs Python jieba ${result.segment.python_jieba_mb_per_cpu_s ?? 'n/a'} MB per CPU s (wall ${result.segment.ours_mb_per_s} vs ${result.segment.python_jieba_mb_per_s ?? 'n/a'} MB/s)`,
  `t2s: ${result.t2s.ours_mb_per_cpu_s} vs OpenCC CLI ${result.t2s.opencc_cli_mb_per_cpu_s ?? 'n/a'} MB per CPU s (wall ${result.t2s.ours_mb_per_s} vs ${result.t2s.opencc_cli_mb_per_s ?? 'n/a'} MB/s)`,
  '',
  `stage ms per document (in-thread time, ${cores} workers; acquire on the main thread, store on the writer's):`,
  ...Object.entries(result.stage_ms_per_doc)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `  ${k.padEnd(22)} ${v.toFixed(3)}`),
];
process.stdout.write(`${lines.join('\n')}\n\nwrote output/bench.json\n`);
