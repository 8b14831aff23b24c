// Runs one source through the pipeline's pure stages. No I/O: this is what worker threads execute.
//
// Memory (issue 19): after the split, each document goes through all document stages before the next one
// starts, and is then handed to `emit` (which encodes it) and dropped, so the working set is one document,
// not the whole source. A document longer than MAX_DOCUMENT_CHARS (a dump, not a plan) is cut at line
// breaks into consecutive parts, and a rule's notes past MAX_NOTES_PER_RULE in one source are counted in one
// note rather than kept one by one. Notes keep the order a stage-by-stage run gives them.
import { type DocumentDraft, newDocument, type SourceDraft } from '../model/items.ts';
import type { BuiltPipeline } from './pipeline-file.ts';
import { type Note, StageFailure } from '../model/stage.ts';
import { collectingContext } from './collecting-context.ts';
import { collectEveryChars } from './full-collection.ts';

import type { SourceResult } from '../model/source-result.ts';

/** A real plan or summary is a few thousand characters; the longest compilation parts ~100,000. */
export const MAX_DOCUMENT_CHARS = 300_000;
/** Notes of one rule kept per source; the rest become one counting note. */
export const MAX_NOTES_PER_RULE = 1000;

function failFromNotes(notes: Note[], from: number): Note | undefined {
  for (let i = from; i < notes.length; i++) if (notes[i]!.level === 'fatal') return notes[i];
  return undefined;
}

/** Appends without spreading (a spread of a very long array overflows the stack). */
function appendAll(target: Note[], lists: Note[][]): void {
  for (const list of lists) for (const n of list) target.push(n);
}

/** Keeps at most MAX_NOTES_PER_RULE notes per stage and rule (fatal ones always), counting the rest. */
class NoteCap {
  private readonly seen = new Map<string, number>();

  /** A sink that keeps into `target` the notes under the cap. */
  into(target: Note[]): { push(note: Note): void } {
    return {
      push: (note) => {
        const key = `${note.stage}\u0000${note.rule}`;
        const n = (this.seen.get(key) ?? 0) + 1;
        this.seen.set(key, n);
        if (n <= MAX_NOTES_PER_RULE || note.level === 'fatal') target.push(note);
      },
    };
  }

  /** One note per rule that went over the cap, saying how many were not kept. */
  summaries(): Note[] {
    const out: Note[] = [];
    for (const [key, n] of this.seen) {
      if (n <= MAX_NOTES_PER_RULE) continue;
      const [stage, rule] = key.split('\u0000') as [string, string];
      out.push({
        stage,
        part: null,
        rule,
        level: 'info',
        span: null,
        before: null,
        after: null,
        reason: `${n - MAX_NOTES_PER_RULE} more notes of this rule in this source were counted, not kept (at most ${MAX_NOTES_PER_RULE} per rule per source)`,
      });
    }
    return out;
  }
}

/** Where a long text may be cut: the last line break before `limit`, else a sentence end, else `limit`. */
function cutPoint(text: string, from: number, limit: number): number {
  const end = Math.min(text.length, from + limit);
  if (end === text.length) return end;
  const floor = from + Math.floor(limit / 2);
  const line = text.lastIndexOf('\n', end - 1);
  if (line >= floor) return line + 1;
  for (let i = end - 1; i >= floor; i--) if ('。！？；'.includes(text[i]!)) return i + 1;
  return end;
}

/** Cuts over-long documents into consecutive parts (renumbering the parts after them), with a note. */
function capDocumentSize(documents: DocumentDraft[], notes: { push(note: Note): void }): DocumentDraft[] {
  if (documents.every((d) => d.text.length <= MAX_DOCUMENT_CHARS)) return documents;
  const out: DocumentDraft[] = [];
  for (const doc of documents) {
    if (doc.text.length <= MAX_DOCUMENT_CHARS) {
      out.push({ ...doc, part: out.length + 1 });
      continue;
    }
    const first = out.length + 1;
    for (let at = 0; at < doc.text.length;) {
      const to = cutPoint(doc.text, at, MAX_DOCUMENT_CHARS);
      out.push({
        ...newDocument(doc.sourceKey, out.length + 1, doc.text.slice(at, to), doc.title),
        meta: { ...doc.meta },
      });
      at = to;
    }
    notes.push({
      stage: 'split',
      part: null,
      rule: 'split.size-cap',
      level: 'warn',
      span: null,
      before: null,
      after: null,
      reason:
        `document ${doc.part} has ${doc.text.length} characters, more than the ${MAX_DOCUMENT_CHARS} one document may hold: ` +
        `cut at line breaks into parts ${first}–${out.length}`,
    });
  }
  return out;
}

/** When a source's time is up (epoch ms) and the budget it was given, for the message. */
export interface SourceDeadline {
  at: number;
  ms: number;
}

/**
 * Runs the stages. With `emit`, each finished document is passed to it and not kept (the result's
 * `documents` is then empty); a StageFailure thrown by `emit` (a memory budget) fails the source.
 */
export function processSource(
  input: SourceDraft,
  pipeline: BuiltPipeline,
  emit?: (doc: DocumentDraft) => void,
  deadline?: SourceDeadline,
): SourceResult {
  const notes: Note[] = [];
  const cap = new NoteCap();
  const sink = cap.into(notes);
  let source = input;
  let documents: DocumentDraft[] | null = null;
  const timings: Record<string, number> = {};
  const failure = (stage: string, e: unknown): SourceResult => {
    const message = e instanceof StageFailure ? e.message : `${(e as Error).name}: ${(e as Error).message}`;
    return { ok: false, stage, message, notes, timings };
  };

  // Past its deadline a source stops at the next stage or document, from inside the thread: a thread terminated
  // from outside while in an addon's native call (nodejieba) aborts the whole process.
  const overtime = (stage: string): SourceResult | null =>
    deadline && Date.now() > deadline.at
      ? {
          ok: false,
          stage: 'worker',
          message: `processing took longer than ${deadline.ms / 1000} s and was stopped (in ${stage})`,
          notes,
          timings,
        }
      : null;

  const wrapWhole = (): DocumentDraft[] => {
    sink.push({
      stage: 'split',
      part: null,
      rule: 'split.whole-source',
      level: 'info',
      reason: 'the pipeline has no split stage: the whole source is one document',
      span: null,
      before: null,
      after: null,
    });
    return [newDocument(source.source.key, 1, source.text, source.title)];
  };

  // What the acquire end noted about fetching each page (retries, redirects, archive, pagination).
  const acquireCtx = collectingContext('acquire', null, sink);
  for (const page of input.pages) for (const n of page.fetchNotes ?? []) acquireCtx.note(n);

  // Source stages and the split, on the whole source.
  const firstDocumentStep = pipeline.steps.findIndex((s) => s.kind === 'document');
  const sourceSteps = firstDocumentStep < 0 ? pipeline.steps : pipeline.steps.slice(0, firstDocumentStep);
  const documentSteps = firstDocumentStep < 0 ? [] : pipeline.steps.slice(firstDocumentStep);
  for (const step of sourceSteps) {
    const late = overtime(step.name);
    if (late) return late;
    const mark = notes.length;
    const started = performance.now();
    try {
      if (step.kind === 'source') source = step.run(source, collectingContext(step.name, null, sink));
      else if (step.kind === 'split') documents = step.run(source, collectingContext(step.name, null, sink));
    } catch (e) {
      return failure(step.name, e);
    }
    timings[step.name] = performance.now() - started;
    const fatal = failFromNotes(notes, mark);
    if (fatal) return { ok: false, stage: step.name, message: fatal.reason, notes, timings };
  }
  documents = capDocumentSize(documents ?? wrapWhole(), sink);
  // The source's human corrections go with each document to the metadata stage, which picks its part's.
  const corrections = source.corrections;
  if (corrections?.length) documents = documents.map((doc) => ({ ...doc, corrections }));
  const title = source.title;
  const publishedAt = source.publishedAt;
  const charset = source.pages[0]?.charset ?? null;
  const format = source.pages[0]?.format ?? 'text';
  // The source's text and pages are not needed past here (a large source's text is tens of MB).
  source = { ...source, text: '', pages: [] };

  // Each document through every document stage; notes per stage, joined in stage order at the end.
  const stageNotes = documentSteps.map(() => [] as Note[]);
  const stageSinks = stageNotes.map((target) => cap.into(target));
  const kept: DocumentDraft[] = [];
  let keptCount = 0;
  const pending = documents;
  // eslint-disable-next-line no-useless-assignment -- drops the last reference, so finished documents can be freed
  documents = null;
  const collectNow = collectEveryChars();
  for (let d = 0; d < pending.length; d++) {
    let doc = pending[d]!;
    pending[d] = undefined as unknown as DocumentDraft; // let a finished document go
    for (let s = 0; s < documentSteps.length; s++) {
      const step = documentSteps[s]!;
      const late = overtime(step.name);
      if (late) {
        appendAll(notes, stageNotes);
        return late;
      }
      const target = stageNotes[s]!;
      const mark = target.length;
      const started = performance.now();
      try {
        if (step.kind === 'document') doc = step.run(doc, collectingContext(step.name, doc.part, stageSinks[s]!));
      } catch (e) {
        appendAll(notes, stageNotes);
        return failure(step.name, e);
      }
      timings[step.name] = (timings[step.name] ?? 0) + performance.now() - started;
      const fatal = failFromNotes(target, mark);
      if (fatal) {
        appendAll(notes, stageNotes);
        return { ok: false, stage: step.name, message: fatal.reason, notes, timings };
      }
    }
    collectNow(doc.text.length);
    if (doc.text.trim().length === 0) continue;
    // Applied by now: the store keeps the fields they set, not the corrections.
    if (doc.corrections) doc = { ...doc, corrections: undefined };
    keptCount++;
    if (!emit) {
      kept.push(doc);
      continue;
    }
    try {
      emit(doc);
    } catch (e) {
      appendAll(notes, stageNotes);
      return failure(e instanceof StageFailure ? e.stage : 'pipeline', e);
    }
  }
  appendAll(notes, [...stageNotes, cap.summaries()]);

  if (keptCount === 0) {
    return {
      ok: false,
      stage: pipeline.steps.at(-1)?.name ?? 'pipeline',
      message: 'no document text is left after cleaning',
      notes,
      timings,
    };
  }
  return { ok: true, charset, format, title, publishedAt, documents: kept, notes, timings };
}
