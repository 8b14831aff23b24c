// What one worker thread does with one source: build the pipeline once per thread (jieba, models), then
// run the pure stages. Exported as the piscina task.
import type { SourceDraft } from './items.ts';
import { type BuiltPipeline, buildPipeline, readPipelineFile } from './pipeline-file.ts';
import { processSource, type SourceResult } from './process-source.ts';

export interface PoolTask {
  pipelineFile: string;
  pipelineHash: string;
  draft: SourceDraft;
}

let built: BuiltPipeline | null = null;

export default function runPoolTask(task: PoolTask): SourceResult {
  if (!built || built.file !== task.pipelineFile) built = buildPipeline(readPipelineFile(task.pipelineFile));
  if (built.hash !== task.pipelineHash) {
    return { ok: false, stage: 'pipeline', message: `the pipeline file ${task.pipelineFile} changed during the run`, notes: [] };
  }
  return processSource(task.draft, built);
}
