// Per-thread CPU time (issue 18's bench): a worker thread's busy time is its own, not the main thread's,
// and what a pool worker publishes on the shared board reaches the main thread.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  newWorkerCpuBoard,
  processCpuMs,
  threadCpuMs,
  workerCpuPublisher,
  workersCpuMs,
} from '../../src/pipeline/thread-cpu.ts';

const linux = process.platform === 'linux';

describe.runIf(linux)('threadCpuMs', () => {
  it("counts the calling thread's time only", async () => {
    const mainBefore = threadCpuMs()!;
    const processBefore = processCpuMs();
    // The worker spins until its own thread has used 300 ms of CPU, however busy the machine is.
    const code = `
      const { readFileSync } = require('node:fs');
      const { parentPort } = require('node:worker_threads');
      const own = () => Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6;
      const start = own();
      let x = 0;
      while (own() - start < 300) for (let i = 0; i < 1e5; i++) x += i;
      parentPort.postMessage(own() - start + (x > 0 ? 0 : 1));`;
    const spent = await new Promise<number>((done) => new Worker(code, { eval: true }).once('message', done));
    expect(spent).toBeGreaterThanOrEqual(300);
    expect(processCpuMs() - processBefore).toBeGreaterThanOrEqual(300);
    expect(threadCpuMs()! - mainBefore).toBeLessThan(spent);
  });

  it('sums what each worker published on the board', () => {
    const board = newWorkerCpuBoard();
    const publishA = workerCpuPublisher(board);
    const publishB = workerCpuPublisher(board);
    publishA();
    publishB();
    const sum = workersCpuMs(board);
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThanOrEqual(2 * threadCpuMs()!);
  });
});
