// Loading a pipeline file: the ordered list of stages with their options, validated once, before any
// source is read. A mistake is reported with the file and the key that holds it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { findStage, STAGES } from './registry.ts';
import { ruleDataDigest } from './rule-data.ts';
import type { AnyStage, DocumentStage, SourceStage, SplitStage } from '../model/stage.ts';

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

/** A validated pipeline file: stages resolved and options parsed, but no stage built yet (building loads
 * dictionaries and models, which only the threads that process sources need). */
export interface PipelineSpec {
  file: string;
  name: string;
  /** Changes when a stage, its version, its options or its rule data change: sources processed under another
   * hash are redone. */
  hash: string;
  entries: Array<{ stage: AnyStage; options: unknown }>;
  slots: string[];
}

export interface BuiltPipeline {
  file: string;
  name: string;
  hash: string;
  steps: BuiltStep[];
  slots: string[];
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

export function validatePipeline(raw: unknown, file: string): PipelineSpec {
  const parsed = PipelineFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : issue.message;
    throw new PipelineFileError(file, formatPath(issue.path), message);
  }
  const entries: PipelineSpec['entries'] = [];
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
      throw new PipelineFileError(
        file,
        `${key}.stage`,
        `unknown stage "${entry.stage}" (known: ${STAGES.map((s) => s.name).join(', ')})`,
      );
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
      throw new PipelineFileError(
        file,
        `${key}.stage`,
        `${stage.name} works on whole sources and must come before the split stage`,
      );
    }
    if (stage.kind === 'split') {
      if (phase === 'document')
        throw new PipelineFileError(file, `${key}.stage`, `only one split stage may run, before any document stage`);
      phase = 'document';
    }
    if (stage.kind === 'document') phase = 'document';
    entries.push({ stage, options: options.data });
  });
  const hash = createHash('sha256')
    .update(JSON.stringify(entries.map((e) => [e.stage.name, e.stage.version, e.options])))
    .update(ruleDataDigest(entries.map((e) => e.options)))
    .digest('hex')
    .slice(0, 16);
  return { file, name: parsed.data.name, hash, entries, slots };
}

/** Builds every stage once (loading its data files and models). */
export function buildPipeline(spec: PipelineSpec): BuiltPipeline {
  const steps = spec.entries.map(({ stage, options }, i) => {
    let run;
    try {
      run = stage.create(options as never);
    } catch (e) {
      throw new PipelineFileError(
        spec.file,
        `stages[${i}]`,
        `stage ${stage.name} could not start: ${(e as Error).message}`,
      );
    }
    return { kind: stage.kind, name: stage.name, version: stage.version, options, run } as BuiltStep;
  });
  return { file: spec.file, name: spec.name, hash: spec.hash, steps, slots: spec.slots };
}

/** Validates and builds in one go (tests, single-threaded runs). */
export function parsePipeline(raw: unknown, file: string): BuiltPipeline {
  return buildPipeline(validatePipeline(raw, file));
}

export function readPipelineFile(file: string): PipelineSpec {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new PipelineFileError(
      file,
      '',
      `cannot read the pipeline file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new PipelineFileError(file, '', `not valid JSON: ${(e as Error).message}`);
  }
  return validatePipeline(raw, file);
}

export function loadPipelineFile(file: string): BuiltPipeline {
  return buildPipeline(readPipelineFile(file));
}
