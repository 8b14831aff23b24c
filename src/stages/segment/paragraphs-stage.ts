// segment.paragraphs: a document's text → its paragraphs (one per non-empty line), each knowing the section
// headings it sits under. The document text is rewritten as the paragraphs joined by "\n", which is what
// exports promise.
import { z } from 'zod';
import type { ParagraphDraft } from '../../model/items.ts';
import { defineDocumentStage } from '../../model/stage.ts';
import { outlineParagraphs } from './outline.ts';

export function splitParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function newParagraph(index: number, text: string, headings: string[] = [], isHeading = false): ParagraphDraft {
  return {
    index,
    text,
    tokens: [],
    heading: headings.at(-1) ?? null,
    headings,
    isHeading,
    labels: [],
    scores: {},
    reasons: {},
  };
}

export const paragraphsStage = defineDocumentStage({
  name: 'segment.paragraphs',
  version: 2,
  description:
    'Split a document into paragraphs, one per non-empty line, and find the section headings each sits under.',
  options: z.strictObject({}),
  create: () => (doc, ctx) => {
    const texts = splitParagraphs(doc.text);
    const outline = outlineParagraphs(texts);
    const paragraphs = texts.map((text, index) =>
      newParagraph(index, text, outline[index]!.headings, outline[index]!.isHeading),
    );
    const headingCount = outline.filter((o) => o.isHeading).length;
    if (headingCount > 0) {
      const depth = Math.max(...outline.map((o) => o.headings.length + (o.isHeading ? 1 : 0)));
      const byRule = new Map<string, number>();
      for (const o of outline) if (o.isHeading && o.rule) byRule.set(o.rule, (byRule.get(o.rule) ?? 0) + 1);
      ctx.note({
        rule: 'paragraphs.outline',
        reason: `${headingCount} section heading(s) in ${depth} level(s) (${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}); paragraphs inherit the nearest enclosing headings`,
      });
    }
    return { ...doc, text: paragraphs.map((p) => p.text).join('\n'), paragraphs };
  },
});
