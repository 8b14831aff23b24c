// The identity of a document's text as a human correction records it. The store keeps a document's text as its
// paragraphs (lines trimmed, empty lines dropped, joined by "\n": segment.paragraphs), while the metadata stage
// sees the text before that rewriting; both hash this same form, so a correction made on the stored text is
// recognised in the stage, and a text that changed (a re-split, a cleaning rule) is not.
import { createHash } from 'node:crypto';

/** The text's paragraphs: its non-empty lines, trimmed (segment.paragraphs splits so). */
export function paragraphLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The text as the store keeps it after segment.paragraphs: its paragraphs joined by "\n". */
export function paragraphForm(text: string): string {
  return paragraphLines(text).join('\n');
}

/** SHA-256 (hex) of the text's paragraph form. */
export function documentTextSha256(text: string): string {
  return createHash('sha256').update(paragraphForm(text)).digest('hex');
}
