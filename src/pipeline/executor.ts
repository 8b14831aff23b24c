// Where the pure stages run: in this thread (small runs, tests) or on a fixed pool of worker threads, each
// loading the jieba dictionary and models once.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { SourceDraft } from '../model/items.ts';
import { type BuiltPipeline, buildPipeline, type PipelineSpec } from './pipeline-file.ts';
import type { PoolTask } from './pool-task.ts';
import { shareWordModel } from '../lexicon/word-model.ts';
import type { SourceResult } from '../model/source-result.ts';
import { processSource } from './process-source.ts';
import type { EncodedResult } from './result-codec.ts';

export interface SourceExecutor {
  /** How many sources may usefully be in flight at once. */
  readonly concurrency: number;
  /** The result, or (from worker threads) its encoded bytes, which the writer decodes. */
  run(draft: SourceDraft): Promise<SourceResult | EncodedResult>;
  close(): Promise<void>;
}

export function defaultWorkerCount(): number {
  return availableParallelism();
}

export function inlineExecutor(spec: PipelineSpec): SourceExecutor {
  let built: BuiltPipeline | null = null;
  return {
    concurrency: 1,
    async run(draft) {
      built ??= buildPipeline(spec);
      return processSource(draft, built);
    },
    async close() {},
  };
}

/** Sources queued inside each worker. */
const TASKS_PER_WORKER = 4;

export interface PoolOptions {
  workers: number;
  /** A source whose stages run longer than this is stopped (its worker replaced) and recorded as an error. */
  sourceTimeoutMs: number;
}

export function poolExecutor(spec: PipelineSpec, options: PoolOptions): SourceExecutor {
  const pool = new Piscina<PoolTask | { counter: SharedArrayBuffer; parties: number }, Uint8Array>({
    filename: new URL('./pool-worker.mjs', import.meta.url).href,
    minThreads: options.workers,
    maxThreads: options.workers,
    // A few queued tasks per thread keep workers busy while the main thread writes.
    maxQueue: options.workers * 8,
    // Each worker holds a few sources ahead, so it keeps working while the main thread is busy writing a batch.
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    // The word model is built here once and shared: a copy per worker cost ~130 MB of RSS each.
    workerData: { pipelineFile: spec.file, wordModel: shareWordModel() },
    idleTimeout: 60_000,
  });
  const counter = new SharedArrayBuffer(4);
  const ready = Promise.all(
    Array.from({ length: options.workers }, () =>
      pool.run({ counter, parties: options.workers }, { name: 'startBarrier' }),
    ),
  );
  // A run that needs no worker (every source unchanged) closes the pool while the barrier still waits.
  ready.catch(() => {});
  // At most a few sources per worker are handed to the pool, so a source's timeout starts close to when a
  // worker takes it (it may wait behind TASKS_PER_WORKER - 1 others, a few milliseconds each).
  const slots = options.workers * TASKS_PER_WORKER;
  let active = 0;
  const waiting: Array<() => void> = [];
  const acquireSlot = async () => {
    await ready;
    if (active < slots) {
      active++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const releaseSlot = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  return {
    concurrency: slots * 2,
    async run(draft) {
      await acquireSlot();
      const signal = AbortSignal.timeout(options.sourceTimeoutMs);
      try {
        return { encoded: await pool.run({ pipelineFile: spec.file, pipelineHash: spec.hash, draft }, { signal }) };
      } catch (e) {
        const err = e as Error;
        const timedOut = err.name === 'AbortError' || signal.aborted;
        return {
          ok: false,
          stage: 'worker',
          message: timedOut
            ? `processing took longer than ${options.sourceTimeoutMs / 1000} s and was stopped`
            : `the worker thread failed: ${err.message}`,
          notes: [],
        };
      } finally {
        releaseSlot();
      }
    },
    async close() {
      await pool.destroy();
    },
  };
}
