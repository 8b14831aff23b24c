// `gonghui query months`: for each month (1–12, then "unknown"), how many activities fall in it and how
// many documents have at least one. The month rule is in activity-filter.ts.
//
// Speed (issue 9: a million activities in ≤ 200 ms): the table document_months (migration 006) holds one row
// per document, month and inferred flag, kept current by SourceWriter. One pass over its month index counts
// every document; the documents a filter leaves out are then subtracted, from their own rows (when the filter
// keeps less than half of the documents, the kept ones are counted directly instead). All of it is SQL
// aggregation: no per-activity work in JavaScript. Filters on an activity's category or function, and
// spreading spans over months, need the activities themselves and count them per document.
import { activityCondition, type ActivityFilter, MONTH_KEYS, type MonthKey, monthsOf } from './activity-filter.ts';
import type { Db } from './database.ts';
import { rebuildDocumentMonths } from './document-months.ts';
import { documentCondition, type DocumentFilter, keepsEveryDocument, type SqlCondition } from './document-filter.ts';

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

/** Counts each document once per month it has activities in: slots must come ordered by document. */
function tallySlots(slots: Iterable<Slot>, query: MonthQuery, tally: Tally): void {
  let doc: string | null = null;
  let seen = new Set<MonthKey>();
  for (const [docId, month, monthEnd, inferred, n] of slots) {
    if (docId !== doc) {
      doc = docId;
      seen = new Set();
    }
    for (const key of monthsOf({ month, monthEnd, monthInferred: inferred === 1 }, query)) {
      const t = tally.get(key)!;
      t.activities += n;
      if (!seen.has(key)) {
        seen.add(key);
        t.documents++;
      }
    }
  }
}

/** Per document and month, from the activities themselves (any filter, spans spread over months). */
function countFromActivities(db: Db, query: MonthQuery, tally: Tally): void {
  const docs = documentCondition(query);
  const act = activityCondition(query);
  const slots = db
    .prepare(
      `SELECT a.doc_id, a.month, a.month_end, a.month_inferred, count(*) FROM activities a
              WHERE a.doc_id IN (SELECT d.id FROM documents d WHERE ${docs.sql}) AND ${act.sql}
              GROUP BY a.doc_id, a.month, a.month_end, a.month_inferred ORDER BY a.doc_id`,
    )
    .raw()
    .iterate({ ...docs.params, ...act.params }) as Iterable<Slot>;
  tallySlots(slots, query, tally);
}

/**
 * Adds (sign 1) or removes (sign -1) the counts of every document, or of those `docs` selects, from
 * document_months. Each of its rows is one document in one month slot, so summing rows counts documents,
 * except where two slots of one document land in the same output row; those are corrected in SQL too.
 */
function tallyDocumentMonths(db: Db, query: MonthQuery, tally: Tally, sign: 1 | -1, docs: SqlCondition | null): number {
  const params = docs?.params ?? {};
  const within = (alias: string) =>
    docs ? `AND ${alias}.doc_id IN (SELECT d.id FROM documents d WHERE ${docs.sql})` : '';
  // Every document: one pass over the month index. Some documents: their own rows, found by doc_id.
  const source = docs ? 'document_months m' : 'document_months m INDEXED BY document_months_month';
  const rows = db
    .prepare(
      `SELECT m.month, m.month_inferred, count(*), sum(m.activities) FROM ${source} WHERE 1 ${within('m')} GROUP BY m.month, m.month_inferred`,
    )
    .raw()
    .all(params) as Array<[number, number, number, number]>;
  const part = emptyTally();
  for (const [month, inferred, documents, activities] of rows) {
    const t = part.get(monthsOf({ month: month || null, monthEnd: null, monthInferred: inferred === 1 }, query)[0]!)!;
    t.documents += documents;
    t.activities += activities;
  }
  if (query.includeInferred) {
    // A month stated for some of a document's activities and inferred for others.
    const both = db
      .prepare(
        `SELECT i.month, count(*) FROM document_months i INDEXED BY document_months_inferred
                WHERE i.month_inferred = 1 ${within('i')} AND EXISTS (SELECT 1 FROM document_months s
                  WHERE s.doc_id = i.doc_id AND s.month = i.month AND s.month_inferred = 0) GROUP BY i.month`,
      )
      .raw()
      .all(params) as Array<[number, number]>;
    for (const [month, n] of both) part.get(month || 'unknown')!.documents -= n;
  } else {
    // Undated and inferred-month slots all count as "unknown".
    part.get('unknown')!.documents = db
      .prepare(
        `SELECT count(*) FROM (SELECT m.doc_id FROM document_months m WHERE m.month = 0 ${within('m')}
                UNION SELECT m.doc_id FROM document_months m INDEXED BY document_months_inferred WHERE m.month_inferred = 1 ${within('m')})`,
      )
      .pluck()
      .get(params) as number;
  }
  let activities = 0;
  for (const [key, t] of part) {
    tally.get(key)!.documents += sign * t.documents;
    tally.get(key)!.activities += sign * t.activities;
    activities += t.activities;
  }
  return activities;
}

/** Counts from document_months; false when its total disagrees with the activities table (written by
 * something other than SourceWriter), and the counts cannot be trusted. */
function countFromDocumentMonths(db: Db, query: MonthQuery, tally: Tally): boolean {
  const activities = () => db.prepare('SELECT count(*) FROM activities').pluck().get() as number;
  if (keepsEveryDocument(query)) return tallyDocumentMonths(db, query, tally, 1, null) === activities();
  const docs = documentCondition(query);
  const { total, kept } = db
    .prepare(`SELECT count(*) AS total, coalesce(sum(${docs.sql}), 0) AS kept FROM documents d`)
    .get(docs.params) as { total: number; kept: number };
  if (kept * 2 < total) {
    tallyDocumentMonths(db, query, tally, 1, docs);
    return (db.prepare('SELECT total(activities) FROM document_months').pluck().get() as number) === activities();
  }
  const all = tallyDocumentMonths(db, query, tally, 1, null);
  tallyDocumentMonths(db, query, tally, -1, { sql: `coalesce((${docs.sql}), 0) = 0`, params: docs.params });
  return all === activities();
}

/** `via: 'activities'` forces the slower direct count (tests check both ways agree). */
export function monthCounts(db: Db, query: MonthQuery = {}, via: 'auto' | 'activities' = 'auto'): MonthRow[] {
  let tally = emptyTally();
  const needsActivities = query.spans === 'every' || query.category !== undefined || query.function !== undefined;
  if (needsActivities || via === 'activities') {
    countFromActivities(db, query, tally);
  } else if (!countFromDocumentMonths(db, query, tally)) {
    // Activities were written around SourceWriter: rebuild the per-document counts once, or, on a
    // read-only database, count the activities themselves.
    tally = emptyTally();
    if (db.readonly) {
      countFromActivities(db, query, tally);
    } else {
      rebuildDocumentMonths(db);
      countFromDocumentMonths(db, query, tally);
    }
  }
  return MONTH_KEYS.map((month) => ({ month, ...tally.get(month)! }));
}
