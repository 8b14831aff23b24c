// Which paragraphs are the document's structure rather than its content: month headers of a schedule,
// bare dates, the unit's sign-off, the document's own title and generic section titles ("二、主要工作").
// The codebook codes them none, so classify skips them and the function shares leave them out of their
// denominators. The patterns are the layout grammar's (lexicon/layout/data/structure.json); a heading worded as a function
// ("三、维护教工权益，关心教师疾苦") matches none of them and keeps its label.
import { structureLine } from '../../lexicon/layout/structure-lines.ts';
import { readSubtitleLine } from '../../lexicon/layout/titles.ts';
import type { StructureKind } from '../../model/items.ts';
import { isDocumentTitle, lineMarker } from './outline.ts';

/** A sign-off sits in the last few lines (name, date, sometimes a blank-line artefact between). */
const TAIL_LINES = 3;

/** The line as the patterns see it: no section number, no spaces, no trailing punctuation. */
export function structureCore(line: string): string {
  let text = line.trim();
  const marker = lineMarker(text);
  if (marker) text = text.slice(marker.lead.length);
  return text
    .replace(/^[、.．\s]+/, '')
    .replace(/[：:。.．、,，;；!！\s]+$/u, '')
    .trim();
}

export interface StructureMatch {
  kind: StructureKind;
  rule: string;
}

/**
 * The structure kind of paragraph `index` of `texts`, or null for content. `title` is the document's title
 * when known: a line repeating it is the title.
 */
export function structureOf(
  texts: readonly string[],
  index: number,
  title: string | null = null,
): StructureMatch | null {
  const line = texts[index]!.trim();
  const core = structureCore(line);
  if (core.length === 0) return null;
  if ((title && line === title.trim()) || (index === 0 && isDocumentTitle(line) && !/[。；;，,]/.test(line)))
    return { kind: 'title', rule: 'structure.title' };
  // A headline's subtitle left as the first line (——城南小学工会开展慰问活动) is part of the title.
  if (index === 0 && title && readSubtitleLine(line) !== null) return { kind: 'title', rule: 'structure.subtitle' };
  const tail = index >= texts.length - TAIL_LINES;
  const found = structureLine(core, tail);
  return found ? { kind: found.kind, rule: `structure.${found.id}` } : null;
}
