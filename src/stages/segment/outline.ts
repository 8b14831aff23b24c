// The section outline of a document: which paragraphs are headings and which headings each paragraph sits
// under. Chinese plans number their sections in a few conventional styles (一、 / （一） / 1、 / （1） / ①),
// but which style is the outer level varies by author, so levels are assigned by order of appearance (the
// way Markdown list nesting works): a style seen before closes everything opened after it; a new style opens
// a deeper level.

import { isDocumentTitleLine } from '../../lexicon/layout/titles.ts';
import { isMonthLedLine } from '../../lexicon/layout/month-header.ts';
import { type Marker, type MarkerStyle, readMarker } from '../../lexicon/layout/markers.ts';

/** A line's place in the outline: its numbering style, or 'plain' for an unnumbered title-shaped line. */
export type LineStyle = MarkerStyle | 'plain';

/**
 * The numbering a line opens with (the layout grammar's markers, chapters included, month headers not: a month
 * line sits at the level of the month lines around it), or null when nothing follows the marker.
 */
export function lineMarker(line: string): Marker | null {
  const marker = readMarker(line, { chapters: true });
  return marker && line.length > marker.lead.length ? marker : null;
}

const SENTENCE_END = /[。！？!?；;]/;
const CLAUSE_END = /[，,：:]/;
/** A heading is a short title: longer first sentences are prose that happens to be numbered. */
const MAX_TITLE_CHARS = 40;
const MAX_PLAIN_HEADING_CHARS = 25;
/** Document titles ("…小学工会工作计划", "…2009年度工作总结") head the whole text, not a section. */
export function isDocumentTitle(text: string): boolean {
  return isDocumentTitleLine(text);
}

/**
 * The title part of a heading line: the whole line when short, else its first sentence or first clause
 * when that is short ("（二）加强工会自身建设，增强……" → "（二）加强工会自身建设"); null when no short title
 * can be found.
 */
export function headingTitle(line: string): string | null {
  const text = line.trim();
  if (text.length <= MAX_TITLE_CHARS && !SENTENCE_END.test(text.slice(0, -1))) return text.replace(/[。；;]$/, '');
  const sentence = text.split(SENTENCE_END)[0]!;
  if (sentence.length > 0 && sentence.length <= MAX_TITLE_CHARS) return sentence;
  const clause = text.split(CLAUSE_END)[0]!;
  if (clause.length > 0 && clause.length <= MAX_TITLE_CHARS) return clause;
  return null;
}

/** A line without numbering that reads as a title: short, no sentence or clause punctuation inside. */
export function isPlainTitleShaped(line: string): boolean {
  const text = line.trim().replace(/[：:]$/, '');
  if (text.length === 0 || text.length > MAX_PLAIN_HEADING_CHARS) return false;
  if (/[。！？!?；;，,、：:]/.test(text)) return false;
  // Debris such as a lone number or a page counter is not a title.
  return /\p{Script=Han}{2,}/u.test(text);
}

export interface OutlineEntry {
  /** True when the paragraph is itself a section heading. */
  isHeading: boolean;
  /** The titles of the headings enclosing this paragraph, outermost first ([] at top level). */
  headings: string[];
  /** Why the paragraph is (or is not) a heading, for notes; null for ordinary prose. */
  rule: string | null;
}

interface Line {
  text: string;
  style: LineStyle | null;
  /** A plain line that could be a heading if something sits under it. */
  plainTitle: boolean;
}

function describe(texts: string[]): Line[] {
  return texts.map((text, i) => {
    const marker = lineMarker(text);
    if (marker) return { text, style: marker.style, plainTitle: false };
    if (isMonthLedLine(text)) return { text, style: 'plain', plainTitle: false };
    // The first line of a document and lines worded as document titles are the title, never a section.
    const plainTitle = i > 0 && isPlainTitleShaped(text) && !isDocumentTitle(text.replace(/[：:]$/, ''));
    return { text, style: plainTitle ? 'plain' : null, plainTitle };
  });
}

/**
 * Assigns every paragraph its enclosing headings. A numbered or title-shaped line is a heading when something
 * sits under it: the next paragraph is prose or opens a deeper level. A numbered line followed by its next
 * sibling ("1、…" then "2、…") is a list item, however short.
 */
export function outlineParagraphs(texts: string[]): OutlineEntry[] {
  const lines = describe(texts);
  // Open levels, outermost first: the style that opened each level and its heading title (null for items).
  const stack: Array<{ style: LineStyle; title: string | null }> = [];
  const out: OutlineEntry[] = [];

  const levelOf = (style: LineStyle): number => stack.findIndex((l) => l.style === style);
  const openTitles = (): string[] => stack.flatMap((l) => (l.title === null ? [] : [l.title]));

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.style === null) {
      out.push({ isHeading: false, headings: openTitles(), rule: null });
      continue;
    }
    const existing = levelOf(line.style);
    const level = existing >= 0 ? existing : stack.length;
    stack.length = level;
    const next = lines[i + 1];
    // Something sits under this line unless the next line closes it (same or outer style) or there is none.
    const nextLevel = next?.style ? levelOf(next.style) : -1;
    const hasChildren =
      next !== undefined &&
      !(next.style !== null && (next.style === line.style || (nextLevel >= 0 && nextLevel < level)));
    const title = hasChildren && (line.style !== 'plain' || line.plainTitle) ? headingTitle(line.text) : null;
    const headings = openTitles();
    if (title !== null) {
      out.push({
        isHeading: true,
        headings,
        rule: line.style === 'plain' ? 'outline.plain-title' : `outline.${line.style}`,
      });
      stack.push({ style: line.style, title });
    } else {
      out.push({ isHeading: false, headings, rule: 'outline.item' });
      // An item still occupies its level, so deeper levels opened before it are closed.
      stack.push({ style: line.style, title: null });
    }
  }
  return out;
}
