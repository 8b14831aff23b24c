// `gonghui query functions`: the share of paragraphs that carry each union function (维权 / 参与 / 建设 / 教育),
// overall or per org, year or kind. A paragraph may carry several functions, so shares need not sum to 1.
// Structure lines (month headers, dates, sign-offs, titles, generic headings: paragraphs.structure) are not
// content and stay out of the denominator; content paragraphs with no function stay in it.
import { FUNCTION_LABELS, type FunctionLabel } from '../model/items.ts';
import type { Db } from './database.ts';
import { documentCondition, type DocumentFilter } from './document-filter.ts';

export type FunctionGrouping = 'org' | 'year' | 'kind';

export type FunctionRow = { documents: number; paragraphs: number } & Record<string, string | number>;

export interface FunctionQuery extends DocumentFilter {
  by?: FunctionGrouping;
  /** Paragraph counts instead of shares. */
  counts?: boolean;
}

// Fixed expressions per grouping (never user text). Anonymised org names are placeholders, not one school.
const GROUP_KEY: Record<FunctionGrouping | 'all', string> = {
  all: "'all'",
  org: "CASE WHEN d.org_anonymised = 1 THEN 'anonymised' ELSE coalesce(d.org, 'unknown') END",
  year: "coalesce(d.year, 'unknown')",
  kind: 'd.kind',
};

const ORDER: Record<FunctionGrouping | 'all', string> = {
  all: 'key',
  org: "key IN ('unknown', 'anonymised'), paragraphs DESC, key",
  year: "key = 'unknown', key",
  kind: "CASE key WHEN 'plan' THEN 1 WHEN 'summary' THEN 2 ELSE 3 END",
};

export function functionShares(db: Db, query: FunctionQuery = {}): FunctionRow[] {
  const docs = documentCondition(query);
  const by = query.by ?? 'all';
  const labelParams = Object.fromEntries(FUNCTION_LABELS.map((l, i) => [`label${i}`, JSON.stringify(l)]));
  const labelSums = FUNCTION_LABELS.map((_, i) => `sum(instr(p.labels, @label${i}) > 0) AS l${i}`).join(', ');
  const rows = db
    .prepare(
      `SELECT ${GROUP_KEY[by]} AS key, count(DISTINCT p.doc_id) AS documents, count(*) AS paragraphs, ${labelSums}
              FROM paragraphs p JOIN documents d ON d.id = p.doc_id WHERE p.structure IS NULL AND ${docs.sql}
              GROUP BY key ORDER BY ${ORDER[by]}`,
    )
    .all({ ...docs.params, ...labelParams }) as Array<Record<string, string | number>>;
  return rows.map((r) => {
    const paragraphs = r.paragraphs as number;
    const row: FunctionRow = { [by === 'all' ? 'group' : by]: r.key!, documents: r.documents as number, paragraphs };
    FUNCTION_LABELS.forEach((label: FunctionLabel, i) => {
      const n = r[`l${i}`] as number;
      row[label] = query.counts ? n : paragraphs ? Number((n / paragraphs).toFixed(3)) : 0;
    });
    return row;
  });
}
