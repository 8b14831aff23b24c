// What one source's run through the pure stages produces: the documents and notes, or the stage that failed.
// Workers produce it, the writer stores it.
import type { DocumentDraft, ParagraphDraft } from './items.ts';
import type { Note } from './stage.ts';

export interface SourceSuccess {
  ok: true;
  charset: string | null;
  format: 'html' | 'text';
  title: string | null;
  publishedAt: string | null;
  documents: DocumentDraft[];
  notes: Note[];
  /** Milliseconds spent in each stage (for the benchmark's per-stage table). */
  timings?: Record<string, number>;
}

export interface SourceFailure {
  ok: false;
  stage: string;
  message: string;
  notes: Note[];
  timings?: Record<string, number>;
}

export type SourceResult = SourceSuccess | SourceFailure;

/** A result as the writer reads it: its documents may be decoded one at a time, so that a large source is
 * never whole in memory at once (issue 19). Every SourceResult is one. */
export type StoredSourceResult =
  SourceFailure | (Omit<SourceSuccess, 'documents'> & { documents: Iterable<DocumentDraft> });

/** A paragraph as stored: its tokens already joined the way the search index takes them. */
export interface StoredParagraph extends ParagraphDraft {
  tokensText?: string;
  /** labels, scores and reasons as the JSON the database stores, when the encoded form carries them so. */
  labelsJson?: string;
  scoresJson?: string;
  reasonsJson?: string;
}

/** The space-joined tokens the search index stores, from either form of a paragraph. */
export function tokensText(p: StoredParagraph): string {
  return p.tokensText ?? p.tokens.join(' ');
}
