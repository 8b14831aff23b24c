// Runs one stage on one item, as the pipeline would, and returns what it produced and the notes it made.
import type { DocumentDraft, SourceDraft } from '../../src/model/items.ts';
import { newDocument } from '../../src/model/items.ts';
import { type DocumentStage, type Note, type SourceStage, type SplitStage } from '../../src/model/stage.ts';
import { collectingContext } from '../../src/pipeline/collecting-context.ts';

export function sourceFromText(text: string, given = 'fixture.txt'): SourceDraft {
  return {
    source: { key: `/fixtures/${given}`, given, kind: 'file' },
    pages: [],
    text,
    title: null,
    publishedAt: null,
  };
}

export function sourceFromBytes(
  bytes: Uint8Array,
  format: 'html' | 'text' = 'text',
  declaredCharset: string | null = null,
): SourceDraft {
  return {
    source: { key: '/fixtures/page', given: 'page', kind: 'file' },
    pages: [{ url: null, bytes, declaredCharset, format, charset: null, text: '' }],
    text: '',
    title: null,
    publishedAt: null,
  };
}

export function documentFromText(text: string, part = 1): DocumentDraft {
  return newDocument('/fixtures/doc.txt', part, text);
}

export function runSourceStage<O extends import('zod').ZodType>(
  stage: SourceStage<O>,
  item: SourceDraft,
  options: unknown = {},
) {
  const notes: Note[] = [];
  const output = stage.create(stage.options.parse(options))(item, collectingContext(stage.name, null, notes));
  return { output, notes };
}

export function runSplitStage<O extends import('zod').ZodType>(
  stage: SplitStage<O>,
  item: SourceDraft,
  options: unknown = {},
) {
  const notes: Note[] = [];
  const output = stage.create(stage.options.parse(options))(item, collectingContext(stage.name, null, notes));
  return { output, notes };
}

export function runDocumentStage<O extends import('zod').ZodType>(
  stage: DocumentStage<O>,
  doc: DocumentDraft,
  options: unknown = {},
) {
  const notes: Note[] = [];
  const output = stage.create(stage.options.parse(options))(doc, collectingContext(stage.name, doc.part, notes));
  return { output, notes };
}
