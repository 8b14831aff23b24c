// segment.paragraphs: a document's text → its paragraphs (one per non-empty line). The document text is
// rewritten as the paragraphs joined by "\n", which is what exports promise.
import { z } from 'zod';
import type { ParagraphDraft } from '../../pipeline/items.ts';
import { defineDocumentStage } from '../../pipeline/stage.ts';

export function splitParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function newParagraph(index: number, text: string): ParagraphDraft {
  return { index, text, tokens: [], heading: null, labels: [], scores: {}, reasons: {} };
}

export const paragraphsStage = defineDocumentStage({
  name: 'segment.paragraphs',
  version: 1,
  description: 'Split a document into paragraphs, one per non-empty line.',
  options: z.strictObject({}),
  create: () => (doc) => {
    const paragraphs = splitParagraphs(doc.text).map((text, index) => newParagraph(index, text));
    return { ...doc, text: paragraphs.map((p) => p.text).join('\n'), paragraphs };
  },
});
