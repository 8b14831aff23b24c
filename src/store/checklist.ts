// The checklist of items a school union's plan is expected to cover (`gonghui compare`, the report). Rules
// are data: src/store/data/checklist.json, each item with an id, its match terms and a one-line why.
// A term matches words of the segmented text, not any substring: the stored jieba tokens of the document's
// paragraphs say where words begin and end, so 入会 is found in 新教师入会 but not in 纳入会议 (纳入|会议).
// A term may be several consecutive words (基本功大赛 = 基本功|大赛), or the head or tail of one compound
// word jieba keeps whole (体检 in 教职工体检, 教职工 in 教职工体检). "a|b|c" lists synonyms in one term.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadRuleFile, RuleFileError, RuleId, ruleList, ruleTerm, Why } from '../lexicon/rule-file.ts';

export const DEFAULT_CHECKLIST = fileURLToPath(new URL('./data/checklist.json', import.meta.url));

// A one-character term would match almost any document; "a|b|c" is three synonyms, each a term of its own.
const Term = z
  .string()
  .transform((t) => t.split('|').map((alt) => alt.trim()))
  .pipe(z.array(ruleTerm(2, 'a term needs at least two characters')));

const ChecklistFile = z.strictObject({
  about: z.string().optional(),
  items: ruleList(
    z.strictObject({
      id: RuleId,
      label: z.string().min(1),
      required: z.boolean().default(false),
      terms: z.array(Term).min(1),
      why: Why,
    }),
  ).min(1),
});

export interface ChecklistItem {
  id: string;
  label: string;
  required: boolean;
  terms: string[];
  why: string;
}

export class ChecklistError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChecklistError';
  }
}

/** The checklist file, validated by the one rule-file loader (a bad file names its path and key). */
export function loadChecklist(path: string = DEFAULT_CHECKLIST): ChecklistItem[] {
  try {
    const data = loadRuleFile(path, ChecklistFile);
    return data.items.map((item) => ({ ...item, terms: item.terms.flat() }));
  } catch (e) {
    if (e instanceof RuleFileError) throw new ChecklistError(e.message);
    throw e;
  }
}

/** A document's text with the places its words begin and end (from the paragraphs' stored jieba tokens). */
export interface SegmentedText {
  text: string;
  starts: Set<number>;
  ends: Set<number>;
}

/** Paragraphs joined by line breaks; each token is found in order in its paragraph's text. */
export function segmentedText(paragraphs: Array<{ text: string; tokens: string }>): SegmentedText {
  let text = '';
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const p of paragraphs) {
    if (text) text += '\n';
    const base = text.length;
    let cursor = 0;
    for (const token of p.tokens.split(' ')) {
      if (!token) continue;
      const at = p.text.indexOf(token, cursor);
      if (at < 0) continue; // not in the text as stored: leave the boundaries we know
      starts.add(base + at);
      ends.add(base + at + token.length);
      cursor = at + token.length;
    }
    text += p.text;
  }
  return { text, starts, ends };
}

/** Does the term occur as words: from a word's start to a word's end, or as the head or tail of one word? */
export function occursAsWords(doc: SegmentedText, term: string): boolean {
  for (let at = doc.text.indexOf(term); at >= 0; at = doc.text.indexOf(term, at + 1)) {
    const end = at + term.length;
    const startsWord = doc.starts.has(at);
    const endsWord = doc.ends.has(end);
    if (startsWord && endsWord) return true;
    if (startsWord || endsWord) {
      let inside = true;
      for (let q = at + 1; q < end && inside; q++) if (doc.starts.has(q) || doc.ends.has(q)) inside = false;
      if (inside) return true;
    }
  }
  return false;
}
