// `gonghui search`: full-text search over paragraphs. The FTS5 index paragraph_search holds each paragraph's
// overlapping character pairs (search-pairs.ts), so every run of letters in the query must occur in the
// paragraph as written, inside a compound too (体检 in 教职工体检), and a plain SQLite client finds the same
// paragraphs with the MATCH expression built here (README "Database"). No jieba at query time. User text only
// ever reaches SQLite as one bound MATCH string of quoted pairs, so FTS5 operators typed by the user (AND,
// NEAR, *, ", column filters) are searched for as text, never obeyed.
import type { FunctionLabel } from '../model/items.ts';
import type { Db } from './database.ts';
import { documentCondition, type DocumentFilter } from './document-filter.ts';
import { pairsMatchExpression, searchRuns } from './search-pairs.ts';

export interface SearchQuery extends DocumentFilter {
  /** What to look for, in simplified characters (the index holds the converted text). */
  text: string;
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

/** The terms that must occur: the query's runs of letters and digits. */
export const searchTerms = (text: string): string[] => [...new Set(searchRuns(text))];

/** The FTS5 MATCH expression for a query, as one would type it in sqlite3. */
export const matchExpression = pairsMatchExpression;

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

/** The WHERE clause and parameters that pick the paragraphs a query finds (search and count share it). */
function matchCondition(query: SearchQuery): { sql: string; params: Record<string, unknown> } {
  const words = searchTerms(query.text);
  if (words.length === 0) throw new EmptySearchError(query.text);
  const docs = documentCondition(query);
  const params: Record<string, unknown> = { ...docs.params, match: matchExpression(query.text) };
  let fn = '1';
  if (query.function !== undefined) {
    fn = 'instr(p.labels, @function) > 0';
    params.function = JSON.stringify(query.function);
  }
  return { sql: `paragraph_search MATCH @match AND ${docs.sql} AND ${fn}`, params };
}

const MATCHING_PARAGRAPHS =
  'FROM paragraph_search JOIN paragraphs p ON p.id = paragraph_search.rowid JOIN documents d ON d.id = p.doc_id';

/** How many paragraphs the query finds, with no limit. */
export function countParagraphs(db: Db, query: SearchQuery): number {
  const where = matchCondition(query);
  return db.prepare(`SELECT count(*) ${MATCHING_PARAGRAPHS} WHERE ${where.sql}`).pluck().get(where.params) as number;
}

/** Paragraphs the default leave-outs hid from a query that found none: how many each option would show
 * (near-duplicates, off-topic documents, and both together when only both show some). Empty when the
 * query already includes them or they hold no match either. */
export function hiddenMatches(db: Db, query: SearchQuery): Array<{ option: string; paragraphs: number }> {
  const found: Array<{ option: string; paragraphs: number }> = [];
  const duplicates = query.includeDuplicates ? 0 : countParagraphs(db, { ...query, includeDuplicates: true });
  const offTopic = query.includeOffTopic ? 0 : countParagraphs(db, { ...query, includeOffTopic: true });
  if (duplicates > 0) found.push({ option: '--include-duplicates', paragraphs: duplicates });
  if (offTopic > 0) found.push({ option: '--include-off-topic', paragraphs: offTopic });
  if (!query.includeDuplicates && !query.includeOffTopic) {
    const both = countParagraphs(db, { ...query, includeDuplicates: true, includeOffTopic: true });
    // Paragraphs in off-topic near-duplicates appear only with both options: what both show beyond each alone (the
    // query found nothing visible, so each option's count is its own hidden paragraphs).
    const onlyWithBoth = both - duplicates - offTopic;
    if (onlyWithBoth > 0) found.push({ option: '--include-duplicates --include-off-topic', paragraphs: onlyWithBoth });
  }
  return found;
}

export function searchParagraphs(db: Db, query: SearchQuery): SearchHit[] {
  const words = searchTerms(query.text);
  const where = matchCondition(query);
  const rows = db
    .prepare(
      `SELECT bm25(paragraph_search) AS bm25_score, p.doc_id, d.title, d.org, d.year, d.kind, p.idx, p.labels, p.text
              ${MATCHING_PARAGRAPHS} WHERE ${where.sql}
              ORDER BY bm25_score, p.doc_id, p.idx LIMIT @limit`,
    )
    .all({ ...where.params, limit: query.limit ?? 20 }) as Array<{
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
