// The stage contract: a named, versioned, pure function over one item, built once from validated options.
// Modelled on unified's attachers: options are checked when the pipeline is built, not on every item.
import type { z } from 'zod';
import type { DocumentDraft, SourceDraft } from './items.ts';

export type NoteLevel = 'info' | 'warn' | 'fatal';

/** What a rule reports: why it touched the text, where, and what it changed. */
export interface NoteInput {
  rule: string;
  reason: string;
  level?: NoteLevel;
  /** Character offsets in the text the stage received. */
  span?: [number, number];
  before?: string;
  after?: string;
}

/** A note as the runner records it: the stage and the document part are added for the rule. */
export interface Note extends Required<Pick<NoteInput, 'rule' | 'reason'>> {
  stage: string;
  level: NoteLevel;
  /** Document part (1-based) when the note was made after the split; null for source-level notes. */
  part: number | null;
  span: [number, number] | null;
  before: string | null;
  after: string | null;
}

export interface StageContext {
  note(note: NoteInput): void;
}

/** Thrown (or produced by a fatal note) when an item cannot go on; the runner turns it into an error row. */
export class StageFailure extends Error {
  constructor(
    message: string,
    readonly stage: string,
  ) {
    super(message);
    this.name = 'StageFailure';
  }
}

interface StageBase<Options extends z.ZodType> {
  name: string;
  /** Bump when the stage's output changes for the same input: sources processed by older versions are redone. */
  version: number;
  /** One line for `gonghui stages` and the pipeline docs. */
  description: string;
  options: Options;
}

export interface SourceStage<Options extends z.ZodType = z.ZodType> extends StageBase<Options> {
  kind: 'source';
  create(options: z.output<Options>): (item: SourceDraft, ctx: StageContext) => SourceDraft;
}

export interface SplitStage<Options extends z.ZodType = z.ZodType> extends StageBase<Options> {
  kind: 'split';
  create(options: z.output<Options>): (item: SourceDraft, ctx: StageContext) => DocumentDraft[];
}

export interface DocumentStage<Options extends z.ZodType = z.ZodType> extends StageBase<Options> {
  kind: 'document';
  create(options: z.output<Options>): (item: DocumentDraft, ctx: StageContext) => DocumentDraft;
}

export type AnyStage = SourceStage | SplitStage | DocumentStage;

/** Identity helpers that keep each stage's options type tied to its create(). */
export function defineSourceStage<O extends z.ZodType>(stage: Omit<SourceStage<O>, 'kind'>): SourceStage<O> {
  return { kind: 'source', ...stage };
}
export function defineSplitStage<O extends z.ZodType>(stage: Omit<SplitStage<O>, 'kind'>): SplitStage<O> {
  return { kind: 'split', ...stage };
}
export function defineDocumentStage<O extends z.ZodType>(stage: Omit<DocumentStage<O>, 'kind'>): DocumentStage<O> {
  return { kind: 'document', ...stage };
}
