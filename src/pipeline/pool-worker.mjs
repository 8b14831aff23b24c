// Worker-thread entry. Beside the compiled modules (dist/, built by `npm install`) it loads them directly; in
// src/ (a dev checkout, tests) it compiles the TypeScript through tsx. The pipeline (jieba dictionary, models)
// is built while the worker starts, before it reports ready, so the per-source timeout measures processing only.
import { workerData } from 'node:worker_threads';
import { loadSibling } from './load-sibling.mjs';

// While this thread loads native code (nodejieba's dictionary, ≈1 s) it must not be terminated: a thread stopped
// inside an addon's call aborts the whole process (Napi::Error → std::terminate). The pool waits on this count
// before it destroys its threads (executor.ts, close).
const starting = workerData?.starting ? new Int32Array(workerData.starting) : null;
if (starting) Atomics.add(starting, 0, 1);
try {
  var task = await loadSibling(import.meta.url, 'pool-task');
  if (workerData?.pipelineFile) task.prepare(workerData.pipelineFile, workerData.wordModel, workerData.cpuBoard);
} finally {
  if (starting) Atomics.sub(starting, 0, 1);
}
export default task.default;
export const startBarrier = task.startBarrier;
