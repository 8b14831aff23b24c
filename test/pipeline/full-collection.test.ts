// A long run's threads collect fully every N sources, so their heaps follow the live data: garbage left by
// earlier sources is gone after the Nth tick, on the main thread and on a worker thread alike.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { collectEvery } from '../../src/pipeline/full-collection.ts';

const MB = 1024 * 1024;

/** Leaves ~60 MB of unreachable objects on the heap. */
function leaveGarbage(): void {
  const junk: Array<{ i: number; s: string }> = [];
  for (let i = 0; i < 1_000_000; i++) junk.push({ i, s: `段落${i}` });
  junk.length = 0;
}

describe('collectEvery', () => {
  it('frees the garbage left so far on the Nth unit', () => {
    const tick = collectEvery(3);
    const baseline = process.memoryUsage().heapUsed;
    leaveGarbage();
    const withGarbage = process.memoryUsage().heapUsed;
    expect(withGarbage - baseline).toBeGreaterThan(30 * MB);
    tick();
    tick();
    tick();
    expect(process.memoryUsage().heapUsed).toBeLessThan(baseline + 10 * MB);
  });

  it('works on a worker thread, where V8 was started without --expose-gc', async () => {
    const modulePath = new URL('../../src/pipeline/full-collection.ts', import.meta.url).pathname;
    const code = `
      require('tsx/cjs/api').register();
      const { parentPort } = require('node:worker_threads');
      const { collectEvery } = require(${JSON.stringify(modulePath)});
      const before = process.memoryUsage().heapUsed;
      let junk = [];
      for (let i = 0; i < 1000000; i++) junk.push({ i, s: '段落' + i });
      junk = null;
      const withGarbage = process.memoryUsage().heapUsed;
      collectEvery(1)();
      parentPort.postMessage({ before, withGarbage, after: process.memoryUsage().heapUsed });`;
    const worker = new Worker(code, { eval: true });
    const m = await new Promise<{ before: number; withGarbage: number; after: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(m.withGarbage - m.before).toBeGreaterThan(30 * MB);
    expect(m.after).toBeLessThan(m.before + 10 * MB);
  });
});
