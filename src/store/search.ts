// `gonghui search`: full-text search over paragraphs. The FTS5 index paragraph_search holds each paragraph's
// jieba words joined by spaces, so the caller cuts the query with the same jieba (store/ does not import
// stages/) and every word must occur — as an indexed word or inside one (jieba keeps dictionary compounds
// like 教职工体检 whole, and a search for 体检 must find them). User text
// only ever reaches SQLite as one bound MATCH string in which each word is a quoted FTS5 string, so FTS5
// operators typed by the user (AND, NEAR, *, ", column filters) are searched for as text, never obeyed.
import type { FunctionLabel } from '../model/items.ts';
import type { Db } from './database.ts';
import { documentCondition, type DocumentFilter } from './document-filter.ts';

export interface SearchQuery extends DocumentFilter {
  /** What the user typed (for messages). */
  text: string;
  /** Its words, as jieba cuts them. */
  words: string[];
  function?: FunctionLabel;
  limit?: number;
}

export interface SearchHit {
  score: number;
  doc_id: string;
  title: string | null;
  org: string | null;
  year: number | null;
  kind: string;
  paragraph: number;
  labels: string[];
  snippet: string;
}

export const HIGHLIGHT = ['«', '»'] as const;

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** Every word required; each word may be any of its alternatives. Each term is a quoted FTS5 string
 * ("" escapes a quote), so nothing the user typed acts as FTS5 syntax. */
export function matchExpression(words: string[], alternatives: Map<string, string[]> = new Map()): string {
  return words
    .map((w) => {
      const terms = [w, ...(alternatives.get(w) ?? []).filter((t) => t !== w)];
      return terms.length === 1 ? quote(w) : `(${terms.map(quote).join(' OR ')})`;
    })
    .join(' AND ');
}

/** Most indexed words tried for one query word (a short word can occur inside very many compounds). */
export const MAX_ALTERNATIVES = 100;

/** Indexed words that contain each query word (教职工体检 for 体检), most frequent first. */
function containingTerms(db: Db, words: string[]): Map<string, string[]> {
  const terms = db
    .prepare(
      `SELECT term FROM paragraph_search_terms WHERE instr(term, @word) > 0 AND term <> @word
                            ORDER BY doc DESC, term LIMIT ${MAX_ALTERNATIVES}`,
    )
    .pluck();
  // The index folds Latin letters to lower case.
  return new Map(
    words.filter((w) => [...w].length >= 2).map((w) => [w, terms.all({ word: w.toLowerCase() }) as string[]]),
  );
}

/** A window of the paragraph around the first match, every occurrence of a query word marked «…». */
export function highlightSnippet(text: string, words: string[], width = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const lower = flat.toLowerCase();
  let first = -1;
  for (const w of sorted) {
    const i = lower.indexOf(w.toLowerCase());
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  const chars = [...flat];
  const firstChar = first < 0 ? 0 : [...flat.slice(0, first)].length;
  const start = Math.max(0, Math.min(firstChar - Math.floor(width / 4), chars.length - width));
  const end = Math.min(chars.length, start + width);
  const window = chars.slice(start, end).join('');
  const marked = markWords(window, sorted);
  return `${start > 0 ? '…' : ''}${marked}${end < chars.length ? '…' : ''}`;
}

function markWords(text: string, wordsLongestFirst: string[]): string {
  let out = '';
  let i = 0;
  const lower = text.toLowerCase();
  outer: while (i < text.length) {
    for (const w of wordsLongestFirst) {
      if (w && lower.startsWith(w.toLowerCase(), i)) {
        out += `${HIGHLIGHT[0]}${text.slice(i, i + w.length)}${HIGHLIGHT[1]}`;
        i += w.length;
        continue outer;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

export class EmptySearchError extends Error {
  constructor(text: string) {
    super(`nothing to search for in "${text}": it has no words, only spaces or punctuation`);
    this.name = 'EmptySearchError';
  }
}

export function searchParagraphs(db: Db, query: SearchQuery): SearchHit[] {
  const words = [...new Set(query.words.map((w) => w.trim()).filter(Boolean))];
  if (words.length === 0) throw new EmptySearchError(query.text);
  const docs = documentCondition(query);
  const params: Record<string, unknown> = {
    ...docs.params,
    match: matchExpression(words, containingTerms(db, words)),
    limit: query.limit ?? 20,
  };
  let fn = '1';
  if (query.function !== undefined) {
    fn = 'instr(p.labels, @function) > 0';
    params.function = JSON.stringify(query.function);
  }
  const rows = db
    .prepare(
      `SELECT bm25(paragraph_search) AS bm25_score, p.doc_id, d.title, d.org, d.year, d.kind, p.idx, p.labels, p.text
              FROM paragraph_search JOIN paragraphs p ON p.id = paragraph_search.rowid JOIN documents d ON d.id = p.doc_id
              WHERE paragraph_search MATCH @match AND ${docs.sql} AND ${fn}
              ORDER BY bm25_score, p.doc_id, p.idx LIMIT @limit`,
    )
    .all(params) as Array<{
    bm25_score: number;
    doc_id: string;
    title: string | null;
    org: string | null;
    year: number | null;
    kind: string;
    idx: number;
    labels: string;
    text: string;
  }>;
  return rows.map((r) => ({
    // bm25 is lower for better matches; shown as a positive score, higher is better.
    score: Number((-r.bm25_score).toFixed(2)),
    doc_id: r.doc_id,
    title: r.title,
    org: r.org,
    year: r.year,
    kind: r.kind,
    paragraph: r.idx,
    labels: JSON.parse(r.labels) as string[],
    snippet: highlightSnippet(r.text, words),
  }));
}
