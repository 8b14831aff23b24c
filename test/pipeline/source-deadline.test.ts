// A source past its time stops itself at the next stage or document, inside its thread, so that no thread is
// terminated from outside while in native code (which aborts the process); the error names the stage.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPipelineFile } from '../../src/pipeline/pipeline-file.ts';
import { processSource } from '../../src/pipeline/process-source.ts';
import { sourceFromBytes } from '../helpers/run-stage.ts';

const pipeline = loadPipelineFile('pipelines/default.json');
const sample = () => sourceFromBytes(readFileSync('corpus/samples/001_e8f8c0e6cfe9f6df.txt'));

describe('a source deadline', () => {
  it('stops a source whose time is up before its next stage, naming the stage and the budget', () => {
    const result = processSource(sample(), pipeline, undefined, { at: Date.now() - 1, ms: 2000 });
    expect(result.ok).toBe(false);
    expect(result.ok === false && [result.stage, result.message]).toEqual([
      'worker',
      `processing took longer than 2 s and was stopped (in ${pipeline.steps[0]!.name})`,
    ]);
  });

  it('leaves a source within its time as it would be without one', () => {
    const timed = processSource(sample(), pipeline, undefined, { at: Date.now() + 600_000, ms: 600_000 });
    const untimed = processSource(sample(), pipeline);
    expect(timed.ok && untimed.ok && timed.documents.map((d) => d.text)).toEqual(
      untimed.ok && untimed.documents.map((d) => d.text),
    );
    expect(timed.ok).toBe(true);
  });
});
