// Worker-thread entry: TypeScript is loaded through tsx here too, so a fresh clone needs no build step.
// The pipeline (jieba dictionary, models) is built while the worker starts, before it reports ready, so
// the per-source timeout measures processing only.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const task = await import('./pool-task.ts');
if (workerData?.pipelineFile) task.prepare(workerData.pipelineFile, workerData.wordModel, workerData.cpuBoard);
export default task.default;
export const startBarrier = task.startBarrier;
