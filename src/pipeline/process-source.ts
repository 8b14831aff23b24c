// Runs one source through the pipeline's pure stages. No I/O: this is what worker threads execute.
import { type DocumentDraft, newDocument, type SourceDraft } from '../model/items.ts';
import type { BuiltPipeline } from './pipeline-file.ts';
import { type Note, StageFailure } from '../model/stage.ts';
import { collectingContext } from './collecting-context.ts';

import type { SourceResult } from '../model/source-result.ts';

function failFromNotes(notes: Note[], from: number): Note | undefined {
  for (let i = from; i < notes.length; i++) if (notes[i]!.level === 'fatal') return notes[i];
  return undefined;
}

export function processSource(input: SourceDraft, pipeline: BuiltPipeline): SourceResult {
  const notes: Note[] = [];
  let source = input;
  let documents: DocumentDraft[] | null = null;

  const wrapWhole = (): DocumentDraft[] => {
    notes.push({
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
  const acquireCtx = collectingContext('acquire', null, notes);
  for (const page of input.pages) for (const n of page.fetchNotes ?? []) acquireCtx.note(n);

  const timings: Record<string, number> = {};
  for (const step of pipeline.steps) {
    const mark = notes.length;
    const started = performance.now();
    try {
      if (step.kind === 'source') {
        source = step.run(source, collectingContext(step.name, null, notes));
      } else if (step.kind === 'split') {
        documents = step.run(source, collectingContext(step.name, null, notes));
      } else {
        documents ??= wrapWhole();
        documents = documents.map((doc) => step.run(doc, collectingContext(step.name, doc.part, notes)));
      }
    } catch (e) {
      const message = e instanceof StageFailure ? e.message : `${(e as Error).name}: ${(e as Error).message}`;
      return { ok: false, stage: step.name, message, notes, timings };
    }
    timings[step.name] = performance.now() - started;
    const fatal = failFromNotes(notes, mark);
    if (fatal) return { ok: false, stage: step.name, message: fatal.reason, notes, timings };
  }
  documents ??= wrapWhole();

  const kept = documents.filter((d) => d.text.trim().length > 0);
  if (kept.length === 0) {
    return {
      ok: false,
      stage: pipeline.steps.at(-1)?.name ?? 'pipeline',
      message: 'no document text is left after cleaning',
      notes,
      timings,
    };
  }
  return {
    ok: true,
    charset: source.pages[0]?.charset ?? null,
    format: source.pages[0]?.format ?? 'text',
    title: source.title,
    publishedAt: source.publishedAt,
    documents: kept,
    notes,
    timings,
  };
}
