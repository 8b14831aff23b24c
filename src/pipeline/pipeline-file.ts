// Loading a pipeline file: the ordered list of stages with their options, validated once, before any
// source is read. A mistake is reported with the file and the key that holds it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { findStage, STAGES } from './registry.ts';
import type { AnyStage, DocumentStage, SourceStage, SplitStage } from './stage.ts';

const StageEntry = z.strictObject({
  stage: z.string().min(1),
  options: z.record(z.string(), z.unknown()).optional(),
  /** Free text for people reading the file. */
  why: z.string().optional(),
});
/** A named place for a stage that is not written yet; the runner skips it. */
const SlotEntry = z.strictObject({ slot: z.string().min(1), why: z.string().optional() });

const PipelineFileSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1),
  description: z.string().optional(),
  stages: z.array(z.union([StageEntry, SlotEntry])).min(1),
});

export class PipelineFileError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    message: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${message}`);
    this.name = 'PipelineFileError';
  }
}

export type BuiltStep =
  | { kind: 'source'; name: string; version: number; options: unknown; run: ReturnType<SourceStage['create']> }
  | { kind: 'split'; name: string; version: number; options: unknown; run: ReturnType<SplitStage['create']> }
  | { kind: 'document'; name: string; version: number; options: unknown; run: ReturnType<DocumentStage['create']> };

export interface BuiltPipeline {
  file: string;
  name: string;
  /** Changes when a stage, its version or its options change: sources processed under another hash are redone. */
  hash: string;
  steps: BuiltStep[];
  slots: string[];
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

export function parsePipeline(raw: unknown, file: string): BuiltPipeline {
  const parsed = PipelineFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = formatPath(issue.path);
    const message =
      issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
    throw new PipelineFileError(file, issue.code === 'unrecognized_keys' ? key : key, message);
  }
  const steps: BuiltStep[] = [];
  const slots: string[] = [];
  let phase: 'source' | 'document' = 'source';
  parsed.data.stages.forEach((entry, i) => {
    if ('slot' in entry) {
      slots.push(entry.slot);
      return;
    }
    const key = `stages[${i}]`;
    const stage: AnyStage | undefined = findStage(entry.stage);
    if (!stage) {
      throw new PipelineFileError(file, `${key}.stage`, `unknown stage "${entry.stage}" (known: ${STAGES.map((s) => s.name).join(', ')})`);
    }
    const options = stage.options.safeParse(entry.options ?? {});
    if (!options.success) {
      const issue = options.error.issues[0]!;
      const where = formatPath(issue.path);
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown option(s) ${issue.keys.map((k) => `"${k}"`).join(', ')} for stage ${stage.name}`
          : issue.message;
      throw new PipelineFileError(file, `${key}.options${where ? `.${where}` : ''}`, message);
    }
    if (stage.kind === 'source' && phase === 'document') {
      throw new PipelineFileError(file, `${key}.stage`, `${stage.name} works on whole sources and must come before the split stage`);
    }
    if (stage.kind === 'split') {
      if (phase === 'document') throw new PipelineFileError(file, `${key}.stage`, `only one split stage may run, before any document stage`);
      phase = 'document';
    }
    if (stage.kind === 'document') phase = 'document';
    let run;
    try {
      run = stage.create(options.data as never);
    } catch (e) {
      throw new PipelineFileError(file, key, `stage ${stage.name} could not start: ${(e as Error).message}`);
    }
    steps.push({ kind: stage.kind, name: stage.name, version: stage.version, options: options.data, run } as BuiltStep);
  });
  const hash = createHash('sha256')
    .update(JSON.stringify(steps.map((s) => [s.name, s.version, s.options])))
    .digest('hex')
    .slice(0, 16);
  return { file, name: parsed.data.name, hash, steps, slots };
}

export function loadPipelineFile(file: string): BuiltPipeline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new PipelineFileError(file, '', `cannot read the pipeline file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new PipelineFileError(file, '', `not valid JSON: ${(e as Error).message}`);
  }
  return parsePipeline(raw, file);
}
