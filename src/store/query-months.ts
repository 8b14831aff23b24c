// `gonghui query months`: for each month (1–12, then "unknown"), how many activities fall in it and how
// many documents have at least one. The month rule is in activity-filter.ts.
//
// Speed (issue 9: a million activities in ≤ 200 ms): the table document_months (migration 006) holds one row
// per document, month and inferred flag. One pass over its month index gives every month's counts, where each
// row is one document. Two kinds of document need more care and are recounted exactly, from their own few
// rows: those the filter leaves out are subtracted, and where two slots of one document fall into the same
// output row (an inferred month counted as unknown beside an undated activity) the document is counted
// once. When the filter keeps less than half of the documents, the kept ones are counted directly instead. Filters on an activity's category or function, and spreading spans over months,
// need the activities themselves and count them per document.
import { activityCondition, type ActivityFilter, MONTH_KEYS, type MonthKey, monthsOf } from './activity-filter.ts';
import type { Db } from './database.ts';
import { documentCondition, type DocumentFilter, keepsEveryDocument } from './document-filter.ts';

export interface MonthRow {
  month: MonthKey;
  activities: number;
  documents: number;
}

export type MonthQuery = DocumentFilter & ActivityFilter;

type Tally = Map<MonthKey, { activities: number; documents: number }>;

/** One document's activities in one month slot: month null = undated; monthEnd only when spans matter. */
type Slot = [docId: string, month: number | null, monthEnd: number | null, inferred: number, activities: number];

function emptyTally(): Tally {
  return new Map(MONTH_KEYS.map((k) => [k, { activities: 0, documents: 0 }]));
}

/** Adds (sign 1) or removes (sign -1) documents exactly: slots must come ordered by document. */
function tallySlots(slots: Iterable<Slot>, query: MonthQuery, sign: 1 | -1, tally: Tally): void {
  let doc: string | null = null;
  let seen = new Set<MonthKey>();
  for (const [docId, month, monthEnd, inferred, n] of slots) {
    if (docId !== doc) {
      doc = docId;
      seen = new Set();
    }
    for (const key of monthsOf({ month, monthEnd, monthInferred: inferred === 1 }, query)) {
      const t = tally.get(key)!;
      t.activities += sign * n;
      if (!seen.has(key)) {
        seen.add(key);
        t.documents += sign;
      }
    }
  }
}

/** Per document and month, from the activities themselves (any filter, spans spread over months). */
function countFromActivities(db: Db, query: MonthQuery, tally: Tally): void {
  const docs = documentCondition(query);
  const act = activityCondition(query);
  const slots = db
    .prepare(`SELECT a.doc_id, a.month, a.month_end, a.month_inferred, count(*) FROM activities a
              WHERE a.doc_id IN (SELECT d.id FROM documents d WHERE ${docs.sql}) AND ${act.sql}
              GROUP BY a.doc_id, a.month, a.month_end, a.month_inferred ORDER BY a.doc_id`)
    .raw()
    .iterate({ ...docs.params, ...act.params }) as Iterable<Slot>;
  tallySlots(slots, query, 1, tally);
}

function slotsOf(db: Db, docsSql: string, params: Record<string, unknown>): Iterable<Slot> {
  return db
    .prepare(`SELECT m.doc_id, nullif(m.month, 0), NULL, m.month_inferred, m.activities FROM document_months m
              WHERE m.doc_id IN (${docsSql}) ORDER BY m.doc_id`)
    .raw()
    .iterate(params) as Iterable<Slot>;
}

/** Exact counts over every document, from document_months. */
function countEveryDocument(db: Db, query: MonthQuery, tally: Tally): void {
  // Each row is one document in one month slot, so summing rows counts documents...
  const rows = db
    .prepare('SELECT month, month_inferred, count(*), sum(activities) FROM document_months INDEXED BY document_months_month GROUP BY month, month_inferred')
    .raw()
    .all() as Array<[number, number, number, number]>;
  for (const [month, inferred, documents, activities] of rows) {
    const t = tally.get(monthsOf({ month: month || null, monthEnd: null, monthInferred: inferred === 1 }, query)[0]!)!;
    t.documents += documents;
    t.activities += activities;
  }
  // ...except where two slots of one document land in the same output row.
  if (query.includeInferred) {
    // A month stated for some activities and inferred for others.
    const both = db
      .prepare(`SELECT i.month, count(*) FROM document_months i INDEXED BY document_months_inferred
                WHERE i.month_inferred = 1 AND EXISTS (SELECT 1 FROM document_months s
                  WHERE s.doc_id = i.doc_id AND s.month = i.month AND s.month_inferred = 0) GROUP BY i.month`)
      .raw()
      .all() as Array<[number, number]>;
    for (const [month, n] of both) tally.get(month || 'unknown')!.documents -= n;
  } else {
    // Undated and inferred-month slots all count as "unknown".
    const unknownDocuments = db
      .prepare(`SELECT count(*) FROM (SELECT doc_id FROM document_months WHERE month = 0
                UNION SELECT doc_id FROM document_months INDEXED BY document_months_inferred WHERE month_inferred = 1)`)
      .pluck()
      .get() as number;
    tally.get('unknown')!.documents = unknownDocuments;
  }
}

function countFromDocumentMonths(db: Db, query: MonthQuery, tally: Tally): void {
  const docs = documentCondition(query);
  if (keepsEveryDocument(query)) {
    countEveryDocument(db, query, tally);
    return;
  }
  const { total, kept } = db
    .prepare(`SELECT count(*) AS total, coalesce(sum(${docs.sql}), 0) AS kept FROM documents d`)
    .get(docs.params) as { total: number; kept: number };
  if (kept * 2 < total) {
    tallySlots(slotsOf(db, `SELECT d.id FROM documents d WHERE ${docs.sql}`, docs.params), query, 1, tally);
  } else {
    countEveryDocument(db, query, tally);
    tallySlots(slotsOf(db, `SELECT d.id FROM documents d WHERE coalesce((${docs.sql}), 0) = 0`, docs.params), query, -1, tally);
  }
}

/** `via: 'activities'` forces the slower direct count (tests check both ways agree). */
export function monthCounts(db: Db, query: MonthQuery = {}, via: 'auto' | 'activities' = 'auto'): MonthRow[] {
  const tally = emptyTally();
  const needsActivities = query.spans === 'every' || query.category !== undefined || query.function !== undefined;
  if (needsActivities || via === 'activities') countFromActivities(db, query, tally);
  else countFromDocumentMonths(db, query, tally);
  return MONTH_KEYS.map((month) => ({ month, ...tally.get(month)! }));
}
