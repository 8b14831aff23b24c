// What one worker thread does with one source: build the pipeline once per thread (jieba, models), then
// run the pure stages. Exported as the piscina task.
import { adoptWordModel, type SharedWordModel } from '../lexicon/word-model.ts';
import type { DocumentDraft, SourceDraft } from '../model/items.ts';
import { type BuiltPipeline, buildPipeline, readPipelineFile } from './pipeline-file.ts';
import { Piscina } from 'piscina';
import type { SourceResult } from '../model/source-result.ts';
import { processSource } from './process-source.ts';
import { ResultEncoder } from './result-codec.ts';
import { collectEvery, SOURCES_PER_COLLECTION } from './full-collection.ts';
import { type WorkerCpuBoard, workerCpuPublisher } from './thread-cpu.ts';

export interface PoolTask {
  pipelineFile: string;
  pipelineHash: string;
  draft: SourceDraft;
  /** Most bytes the source's encoded documents may take (its memory budget); past it the source fails. */
  resultBudgetBytes?: number;
  /** The source's time budget: past it, the stages stop at the next stage or document boundary. */
  timeoutMs?: number;
}

let built: BuiltPipeline | null = null;

let buildError: string | null = null;

/** Publishes this thread's CPU time so far to the main thread (after the build and after every task). */
let publishCpu: () => void = () => {};

/** Builds the pipeline for this thread (called once when the worker starts). A failure is kept and
 * reported on every task, rather than crashing the worker into a restart loop. */
export function prepare(pipelineFile: string, wordModel?: SharedWordModel, cpuBoard?: WorkerCpuBoard): void {
  try {
    if (wordModel) adoptWordModel(wordModel);
    built = buildPipeline(readPipelineFile(pipelineFile));
    buildError = null;
  } catch (e) {
    built = null;
    buildError = (e as Error).message;
  }
  if (cpuBoard) publishCpu = workerCpuPublisher(cpuBoard);
}

/** Runs the stages and returns the result encoded, its buffer moved (not copied) to the main thread. */
export default function runPoolTask(task: PoolTask): unknown {
  // Each document is encoded as soon as it is done, so the thread never holds the whole source as objects.
  const encoder = new ResultEncoder(task.resultBudgetBytes);
  const encoded = encoder.finish(processTask(task, (doc) => encoder.addDocument(doc)));
  collectNow();
  publishCpu();
  return Piscina.move(encoded);
}

const collectNow = collectEvery(SOURCES_PER_COLLECTION);

function processTask(task: PoolTask, emit: (doc: DocumentDraft) => void): SourceResult {
  if ((!built && !buildError) || (built && built.file !== task.pipelineFile)) prepare(task.pipelineFile);
  if (!built)
    return { ok: false, stage: 'pipeline', message: `the pipeline could not be built: ${buildError}`, notes: [] };
  if (built.hash !== task.pipelineHash) {
    return {
      ok: false,
      stage: 'pipeline',
      message: `the pipeline file ${task.pipelineFile} changed during the run`,
      notes: [],
    };
  }
  const deadline = task.timeoutMs === undefined ? undefined : { at: Date.now() + task.timeoutMs, ms: task.timeoutMs };
  return processSource(task.draft, built, emit, deadline);
}

/** Start barrier: each worker takes one of these and holds it until every worker has one, which proves
 * every worker has finished building its pipeline before the first source's timeout starts ticking. */
export function startBarrier(task: { counter: SharedArrayBuffer; parties: number }): boolean {
  const count = new Int32Array(task.counter);
  Atomics.add(count, 0, 1);
  Atomics.notify(count, 0);
  const deadline = Date.now() + 120_000;
  for (;;) {
    const seen = Atomics.load(count, 0);
    if (seen >= task.parties) return true;
    if (Date.now() > deadline) return false;
    Atomics.wait(count, 0, seen, 100);
  }
}
