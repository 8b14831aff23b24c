// Corrections in the pipeline's hands: the hash a source is processed under changes with its corrections (so
// ingest re-runs exactly the corrected sources), and processSource hands them to the documents' metadata stage
// and keeps them out of what is stored. Every line is written for the test.
import { describe, expect, it } from 'vitest';
import { documentTextSha256 } from '../../src/model/document-text.ts';
import type { MetadataCorrection } from '../../src/model/items.ts';
import { correctionsHash } from '../../src/pipeline/corrections-hash.ts';
import { loadPipelineFile } from '../../src/pipeline/pipeline-file.ts';
import { processSource } from '../../src/pipeline/process-source.ts';
import { sourceFromBytes } from '../helpers/run-stage.ts';

const pipeline = loadPipelineFile('pipelines/default.json');
const TEXT = '北坡小学工会工作计划\n一、三月份开展三八节慰问活动。\n二、九月份庆祝教师节。\n';

const correction = (over: Partial<MetadataCorrection> = {}): MetadataCorrection => ({
  part: 1,
  field: 'year',
  value: 2024,
  textSha256: 'a'.repeat(64),
  coder: null,
  note: null,
  sourceFile: 'c.csv',
  ...over,
});

describe('correctionsHash', () => {
  it('is the hash itself without corrections, and changes with anything a correction puts in the output', () => {
    expect(correctionsHash('h', [])).toBe('h');
    const base = correctionsHash('h', [correction()]);
    expect(base).not.toBe('h');
    expect(correctionsHash('h', [correction()])).toBe(base);
    for (const over of [
      { value: 2025 },
      { field: 'kind' as const, value: 'plan' },
      { part: 2 },
      { textSha256: 'b'.repeat(64) },
      { coder: '王' },
      { note: '看落款' },
      { sourceFile: 'd.csv' },
    ])
      expect(correctionsHash('h', [correction(over)])).not.toBe(base);
    expect(correctionsHash('g', [correction()])).not.toBe(base);
  });
});

describe('processSource with corrections', () => {
  it('the metadata stage applies them; the stored documents do not carry them', () => {
    const plain = processSource(sourceFromBytes(new TextEncoder().encode(TEXT)), pipeline);
    expect(plain.ok).toBe(true);
    const doc = plain.ok ? plain.documents[0]! : null;
    const sha = documentTextSha256(doc!.text);
    const draft = {
      ...sourceFromBytes(new TextEncoder().encode(TEXT)),
      corrections: [correction({ textSha256: sha })],
    };
    const corrected = processSource(draft, pipeline);
    expect(corrected.ok && corrected.documents[0]!.meta.year).toBe(2024);
    expect(corrected.ok && 'corrections' in corrected.documents[0]! && corrected.documents[0]!.corrections).toBeFalsy();
    // The activities read their year from the corrected document year.
    expect(corrected.ok && corrected.documents[0]!.activities.map((a) => a.year)).toEqual([2024, 2024]);
    expect(corrected.notes.filter((n) => n.rule === 'human-correction').map((n) => [n.part, n.after])).toEqual([
      [1, '2024'],
    ]);
  });
});
