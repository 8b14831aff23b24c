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
import { type EncodedResult, ResultEncoder } from './result-codec.ts';
import { newWorkerCpuBoard, threadCpuMs, workersCpuMs } from './thread-cpu.ts';

export interface SourceExecutor {
  /** How many sources may usefully be in flight at once. */
  readonly concurrency: number;
  /** The result, or (from worker threads) its encoded bytes, which the writer decodes. */
  run(draft: SourceDraft): Promise<SourceResult | EncodedResult>;
  close(): Promise<void>;
  /** CPU milliseconds of the worker threads so far: 0 when the stages run on the caller's thread (their time is
   * the caller's), null where the OS does not tell one thread's time. */
  cpuMs(): number | null;
}

/** One stage worker per core but one: the main thread, the writer thread and V8's helper threads take about
 * two fifths of the CPU per document (npm run bench), so on 2 cores one worker is as fast as two (12.5 s vs
 * 13.1 s for 2,000 documents) with half the workers' memory; from 3 cores up, more workers help. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** The memory one source may use, by default: a worker's heap limit; a quarter of it for its encoded results. */
export const DEFAULT_SOURCE_MEMORY_MB = 1024;
/** Sources larger than this are encoded document by document in inline runs too (as on workers). */
const INLINE_ENCODE_OVER_BYTES = 1 << 20;

const resultBudget = (sourceMemoryMb: number) => (sourceMemoryMb * 2 ** 20) / 4;

export function inlineExecutor(spec: PipelineSpec, options: { sourceMemoryMb?: number } = {}): SourceExecutor {
  let built: BuiltPipeline | null = null;
  return {
    concurrency: 1,
    async run(draft) {
      built ??= buildPipeline(spec);
      if (draft.pages.reduce((n, p) => n + p.bytes.length, 0) <= INLINE_ENCODE_OVER_BYTES)
        return processSource(draft, built);
      // A large source: its documents are encoded one by one and held as bytes, within its budget. (No heap
      // limit can be set on this thread: --workers ≥ 1 also bounds the stages' own memory.)
      const encoder = new ResultEncoder(resultBudget(options.sourceMemoryMb ?? DEFAULT_SOURCE_MEMORY_MB));
      return { encoded: encoder.finish(processSource(draft, built, (doc) => encoder.addDocument(doc))) };
    },
    async close() {},
    cpuMs: () => 0,
  };
}

/** A source larger than this (a dump of many documents, not a page) waits for its turn: one at a time. */
const LARGE_SOURCE_BYTES = 4 * 2 ** 20;

/** How long past its time a source's thread may run before it is terminated from outside: the thread stops
 * the source itself at the next boundary, and terminating it inside native code would abort the process. */
const terminateGraceMs = (timeoutMs: number) => Math.max(5_000, timeoutMs / 2);

/** How long close() waits for threads still loading their dictionaries before it destroys them anyway. */
const CLOSE_WAIT_MS = 30_000;

/** Resolves once no pool thread is inside its start-up (the count pool-worker.mjs keeps), or after `limitMs`. */
async function threadsStarted(starting: SharedArrayBuffer, limitMs: number): Promise<void> {
  const count = new Int32Array(starting);
  const deadline = Date.now() + limitMs;
  while (Atomics.load(count, 0) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

/** Sources queued inside each worker. */
const TASKS_PER_WORKER = 4;

export interface PoolOptions {
  workers: number;
  /** A source whose stages run longer than this is stopped (its worker replaced) and recorded as an error. */
  sourceTimeoutMs: number;
  /** A worker's heap limit in MB: a source that needs more is stopped (its worker replaced) and recorded as
   * an error, rather than the process running out of memory. A quarter of it bounds its encoded results. */
  sourceMemoryMb?: number;
}

export function poolExecutor(spec: PipelineSpec, options: PoolOptions): SourceExecutor {
  const sourceMemoryMb = options.sourceMemoryMb ?? DEFAULT_SOURCE_MEMORY_MB;
  // Each worker publishes its own thread's CPU time here (process.cpuUsage() is the whole process's).
  const cpuBoard = newWorkerCpuBoard();
  // Threads still loading their dictionaries (pool-worker.mjs counts itself in and out).
  const starting = new SharedArrayBuffer(4);
  const pool = new Piscina<PoolTask | { counter: SharedArrayBuffer; parties: number }, Uint8Array>({
    filename: new URL('./pool-worker.mjs', import.meta.url).href,
    minThreads: options.workers,
    maxThreads: options.workers,
    // A few queued tasks per thread keep workers busy while the main thread writes.
    maxQueue: options.workers * 8,
    // Each worker holds a few sources ahead, so it keeps working while the main thread is busy writing a batch.
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    // The word model is built here once and shared: a copy per worker cost ~130 MB of RSS each.
    workerData: { pipelineFile: spec.file, wordModel: shareWordModel(), cpuBoard, starting },
    idleTimeout: 60_000,
    // The thread's own data (dictionaries, models) is ~150 MB of it.
    resourceLimits: { maxOldGenerationSizeMb: sourceMemoryMb },
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
  const largeTurn = turns();
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
      // One large source in the stages at a time: each holds a few hundred MB while it runs (issue 19).
      const large = draft.pages.reduce((n, p) => n + p.bytes.length, 0) > LARGE_SOURCE_BYTES;
      if (large) await largeTurn.acquire();
      try {
        return await runOnPool(draft);
      } finally {
        if (large) largeTurn.release();
      }
    },
    async close() {
      // A worker that replaced a timed-out one may still be loading nodejieba: terminating it there would abort
      // the process, so let it finish starting first (a few seconds at most, bounded).
      await threadsStarted(starting, CLOSE_WAIT_MS);
      await pool.destroy();
    },
    cpuMs: () => (threadCpuMs() === null ? null : workersCpuMs(cpuBoard)),
  };

  async function runOnPool(draft: SourceDraft): Promise<SourceResult | EncodedResult> {
    await acquireSlot();
    // The worker stops the source itself at the next stage or document past its time (process-source.ts); the
    // thread is terminated only when a single step overruns by the grace too (a runaway regex).
    const signal = AbortSignal.timeout(options.sourceTimeoutMs + terminateGraceMs(options.sourceTimeoutMs));
    try {
      const task: PoolTask = {
        pipelineFile: spec.file,
        pipelineHash: spec.hash,
        draft,
        resultBudgetBytes: resultBudget(sourceMemoryMb),
        timeoutMs: options.sourceTimeoutMs,
      };
      return { encoded: await pool.run(task, { signal }) };
    } catch (e) {
      const err = e as Error;
      const timedOut = err.name === 'AbortError' || signal.aborted;
      const outOfMemory = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      return {
        ok: false,
        stage: outOfMemory ? 'memory' : 'worker',
        message: timedOut
          ? `processing took longer than ${options.sourceTimeoutMs / 1000} s and was stopped`
          : outOfMemory
            ? `processing needed more than the ${sourceMemoryMb} MB one source may use and was stopped; split the file, or raise --source-memory`
            : `the worker thread failed: ${err.message}`,
        notes: [],
      };
    } finally {
      releaseSlot();
    }
  }
}

/** A queue of turns: one holder at a time, the others wait in order. */
function turns(): { acquire(): Promise<void>; release(): void } {
  let held = false;
  const waiting: Array<() => void> = [];
  return {
    async acquire() {
      if (!held) {
        held = true;
        return;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    },
    release() {
      const next = waiting.shift();
      if (next) next();
      else held = false;
    },
  };
}
