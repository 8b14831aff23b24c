// Worker-thread entry. Beside the compiled modules (dist/, built by `npm install`) it loads them directly; in
// src/ (a dev checkout, tests) it compiles the TypeScript through tsx. The pipeline (jieba dictionary, models)
// is built while the worker starts, before it reports ready, so the per-source timeout measures processing only.
import { workerData } from 'node:worker_threads';
import { loadSibling } from './load-sibling.mjs';

const task = await loadSibling(import.meta.url, 'pool-task');
if (workerData?.pipelineFile) task.prepare(workerData.pipelineFile, workerData.wordModel, workerData.cpuBoard);
export default task.default;
export const startBarrier = task.startBarrier;
