// Stage-by-stage CPU of the stage workers' work, in one thread, without the writer or the pool: reads a
// corpus directory into memory, runs every source through the pipeline's pure stages (encoding each document
// as a pool worker does) `--passes` times, and prints per stage the in-thread ms per source of the last pass,
// the process CPU per source of the last pass (GC helper threads included) and a digest of the encoded results,
// so a change to a stage can be measured interleaved (A, B, A, B) and checked for identical output.
// With `--stage NAME` it then times that one stage alone on the inputs it was given in the last pass, `--repeat`
// times over (process CPU, one thread, after one untimed round): finer than the in-thread wall time per stage,
// which on a shared machine counts waiting for a core.
//   npx tsx bench/stage-cpu.ts <corpus dir> [--passes 3] [--limit N] [--json] [--stage NAME --repeat 5]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPipeline, readPipelineFile } from '../src/pipeline/pipeline-file.ts';
import { processSource } from '../src/pipeline/process-source.ts';
import { ResultEncoder } from '../src/pipeline/result-codec.ts';
import type { SourceDraft } from '../src/model/items.ts';
import { collectingContext } from '../src/pipeline/collecting-context.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
if (!dir) {
  console.error('usage: npx tsx bench/stage-cpu.ts <corpus dir> [--passes 3] [--limit N] [--json]');
  process.exit(2);
}
const passes = option('passes', 3);
const limit = option('limit', Number.POSITIVE_INFINITY);

function listFiles(root: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(root).sort()) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

const files = listFiles(resolve(dir)).slice(0, limit);
const inputs = files.map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));
const draft = (path: string, bytes: Uint8Array): SourceDraft => ({
  source: { key: path, given: path, kind: 'file' },
  pages: [
    {
      url: null,
      bytes,
      declaredCharset: null,
      format: /\.html?$/i.test(extname(path)) ? 'html' : 'text',
      charset: null,
      text: '',
    },
  ],
  text: '',
  title: null,
  publishedAt: null,
});

const pipelineFile = fileURLToPath(new URL('../pipelines/default.json', import.meta.url));
const pipeline = buildPipeline(readPipelineFile(pipelineFile));

// The inputs of the stage to time alone, kept from the last pass.
const stageName = args[args.indexOf('--stage') + 1];
const timedStep = args.includes('--stage') ? pipeline.steps.find((s) => s.name === stageName) : undefined;
if (args.includes('--stage') && !timedStep) throw new Error(`no stage ${stageName} in the pipeline`);
let stageInputs: unknown[] = [];
const unwrapped = timedStep?.run as ((item: unknown, ctx: unknown) => unknown) | undefined;
if (timedStep) {
  const run = unwrapped!;
  (timedStep as { run: unknown }).run = (item: unknown, ctx: unknown) => {
    stageInputs.push(item);
    return run(item, ctx);
  };
}

let last: { stages: Record<string, number>; cpuMs: number; digest: string } | null = null;
for (let pass = 0; pass < passes; pass++) {
  const stages: Record<string, number> = {};
  stageInputs = [];
  const hash = createHash('sha256');
  const cpu = process.cpuUsage();
  for (const { path, bytes } of inputs) {
    const encoder = new ResultEncoder();
    const result = processSource(draft(path, bytes), pipeline, (doc) => encoder.addDocument(doc));
    const started = performance.now();
    const timings = result.timings ?? {};
    // The digest leaves the timings out: they differ on every run.
    hash.update(encoder.finish({ ...result, timings: undefined }));
    stages['encode'] = (stages['encode'] ?? 0) + performance.now() - started;
    for (const [stage, ms] of Object.entries(timings)) stages[stage] = (stages[stage] ?? 0) + ms;
  }
  const used = process.cpuUsage(cpu);
  last = { stages, cpuMs: (used.user + used.system) / 1000, digest: hash.digest('hex').slice(0, 16) };
}

const n = inputs.length;
const perDoc = Object.fromEntries(
  Object.entries(last!.stages)
    .sort((a, b) => b[1] - a[1])
    .map(([stage, ms]) => [stage, Math.round((ms / n) * 1000) / 1000]),
);
const summed = Object.values(last!.stages).reduce((a, b) => a + b, 0) / n;
let stageAlone: number | undefined;
if (timedStep) {
  const run = unwrapped!;
  const sink = { push: () => {} };
  const repeat = option('repeat', 5);
  for (let round = 0; round <= repeat; round++) {
    const cpu = process.cpuUsage();
    for (const item of stageInputs) run(item, collectingContext(timedStep.name, null, sink));
    const used = process.cpuUsage(cpu);
    // Round 0 is untimed (the inputs were recorded through the wrapper); the rest are summed.
    if (round > 0) stageAlone = (stageAlone ?? 0) + (used.user + used.system) / 1000;
  }
  stageAlone = Math.round((stageAlone! / repeat / inputs.length) * 1000) / 1000;
}

const report = {
  ...(timedStep ? { stage: timedStep.name, stage_alone_cpu_ms_per_doc: stageAlone } : {}),
  sources: n,
  passes,
  process_cpu_ms_per_doc: Math.round((last!.cpuMs / n) * 1000) / 1000,
  stages_ms_per_doc_sum: Math.round(summed * 1000) / 1000,
  stage_ms_per_doc: perDoc,
  digest: last!.digest,
};
process.stdout.on('error', () => {});
if (args.includes('--json')) console.log(JSON.stringify(report));
else {
  if (timedStep) console.log(`${timedStep.name} alone: ${stageAlone} ms of CPU per source`);
  console.log(`${n} sources, pass ${passes} of ${passes}; digest ${report.digest}`);
  console.log(
    `process CPU ${report.process_cpu_ms_per_doc} ms/doc; stages summed ${report.stages_ms_per_doc_sum} ms/doc`,
  );
  for (const [stage, ms] of Object.entries(perDoc)) console.log(`  ${stage.padEnd(22)} ${ms.toFixed(3)}`);
}
