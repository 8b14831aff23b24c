// segment.paragraphs: a document's text → its paragraphs (one per non-empty line), each knowing the section
// headings it sits under. The document text is rewritten as the paragraphs joined by "\n", which is what
// exports promise.
import { z } from 'zod';
import type { ParagraphDraft, StructureKind } from '../../model/items.ts';
import { defineDocumentStage } from '../../model/stage.ts';
import { paragraphLines } from '../../model/document-text.ts';
import { outlineParagraphs } from './outline.ts';
import { structureOf } from './structure.ts';

/** One paragraph per non-empty line, trimmed; the form a human correction's text hash is taken of (model/document-text.ts). */
export function splitParagraphs(text: string): string[] {
  return paragraphLines(text);
}

export function newParagraph(
  index: number,
  text: string,
  headings: string[] = [],
  isHeading = false,
  structure: StructureKind | null = null,
): ParagraphDraft {
  return {
    index,
    text,
    tokens: [],
    heading: headings.at(-1) ?? null,
    headings,
    isHeading,
    structure,
    labels: [],
    scores: {},
    reasons: {},
  };
}

export const paragraphsStage = defineDocumentStage({
  name: 'segment.paragraphs',
  version: 3,
  description:
    'Split a document into paragraphs, one per non-empty line, find the section headings each sits under, and mark structure lines (month headers, dates, sign-offs, title, generic headings).',
  options: z.strictObject({}),
  create: () => (doc, ctx) => {
    const texts = splitParagraphs(doc.text);
    const outline = outlineParagraphs(texts);
    const structures = texts.map((_, index) => structureOf(texts, index, doc.title));
    const paragraphs = texts.map((text, index) =>
      newParagraph(index, text, outline[index]!.headings, outline[index]!.isHeading, structures[index]?.kind ?? null),
    );
    const byStructure = new Map<string, number>();
    for (const s of structures) if (s) byStructure.set(s.rule, (byStructure.get(s.rule) ?? 0) + 1);
    if (byStructure.size > 0) {
      ctx.note({
        rule: 'paragraphs.structure',
        reason: `${[...byStructure.values()].reduce((a, b) => a + b, 0)} structure line(s), not content: ${[...byStructure].map(([r, n]) => `${r} ${n}`).join(', ')}; no function labels, left out of the function shares`,
      });
    }
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
