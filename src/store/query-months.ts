// `gonghui query months`: for each month (1–12, then "unknown"), how many activities fall in it and how
// many documents have at least one. The month rule is in activity-filter.ts.
//
// Speed (issues 9 and 18: a million activities in ≤ 200 ms, with any filter): document_month_counts (migration
// 015) holds one row per document (and one per union function it carries) with a column per month slot, kept
// current by SourceWriter, so a query without a category is one SQL aggregate over one row per counted document.
// `--category` reads the category's activities through a covering index and counts per document in SQL, with the
// later months of the few span activities from a partial index. No per-activity work in JavaScript, except in
// the plain reading (`via: 'activities'`) the tests check the fast ways against.
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

/** Whether document_month_counts agrees with the activities table: not when activities were written by
 * something other than SourceWriter, and the counts cannot be trusted. */
function summariesAgree(db: Db): boolean {
  return (
    (db.prepare("SELECT total(activities) FROM document_month_counts WHERE function = ''").pluck().get() as number) ===
    (db.prepare('SELECT count(*) FROM activities').pluck().get() as number)
  );
}

/** What a month slot counts for a query, in document_month_counts' columns (migration 015): stated first
 * months, with inferred ones when asked, with the later months of spans when asked. */
function slotSum(key: MonthKey, query: MonthQuery): string {
  if (key === 'unknown') return query.includeInferred ? 'v.undated' : '(v.undated + v.inferred)';
  const parts = [`v.s${key}`];
  if (query.includeInferred) parts.push(`v.i${key}`);
  if (query.spans === 'every') parts.push(`v.x${key}`);
  if (query.spans === 'every' && query.includeInferred) parts.push(`v.y${key}`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' + ')})`;
}

/** Every month slot from document_month_counts in one aggregate over one row per counted document: activities
 * summed, documents counted where their sum is not zero. */
function countFromMonthCounts(db: Db, query: MonthQuery, tally: Tally): void {
  const docs = keepsEveryDocument(query) ? null : documentCondition(query);
  const columns = MONTH_KEYS.flatMap((key) => {
    const sum = slotSum(key, query);
    return [`sum(${sum})`, `sum(${sum} > 0)`];
  });
  const row = db
    .prepare(
      `SELECT ${columns.join(', ')} FROM document_month_counts v WHERE v.function = @countsFunction
       ${docs ? `AND v.doc_id IN (SELECT d.id FROM documents d WHERE ${docs.sql})` : ''}`,
    )
    .raw()
    .get({ ...(docs?.params ?? {}), countsFunction: query.function ?? '' }) as Array<number | null>;
  MONTH_KEYS.forEach((key, i) => {
    tally.get(key)!.activities += row[2 * i] ?? 0;
    tally.get(key)!.documents += row[2 * i + 1] ?? 0;
  });
}

const MONTHS_TABLE = `(SELECT column1 AS m FROM (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12)))`;

/** Per document, the months after the first that its counted span activities cover (`--spans every`), with
 * how many activities cover each: read from the partial index of spans (a few per cent of the activities). */
function spreadMonthsSql(act: SqlCondition, docsIn: string): string {
  return `SELECT a.doc_id, x.m AS k, count(*) AS n
    FROM activities a INDEXED BY activities_spans JOIN ${MONTHS_TABLE} x ON x.m <> a.month
      AND CASE WHEN a.month < a.month_end THEN x.m BETWEEN a.month AND a.month_end ELSE x.m >= a.month OR x.m <= a.month_end END
    WHERE a.month_end IS NOT NULL AND a.month_end <> a.month AND (a.month_inferred = 0 OR @spanInferred = 1)
      AND ${act.sql} ${docsIn}
    GROUP BY a.doc_id, x.m`;
}

const documentsIn = (query: MonthQuery): { sql: string; params: Record<string, unknown> } => {
  if (keepsEveryDocument(query)) return { sql: '', params: {} };
  const docs = documentCondition(query);
  return { sql: `AND a.doc_id IN (SELECT d.id FROM documents d WHERE ${docs.sql})`, params: docs.params };
};

/** `--category`: the category's activities through their covering index, counted per document in SQL (a
 * document is counted once per month however many of its activity slots land there). */
function countFromCategory(db: Db, query: MonthQuery, tally: Tally): void {
  const docs = documentsIn(query);
  const act = activityCondition(query);
  const first = `SELECT a.doc_id, CASE WHEN a.month IS NULL OR (a.month_inferred = 1 AND @spanInferred = 0) THEN 0 ELSE a.month END AS k,
      count(*) AS n FROM activities a INDEXED BY activities_category WHERE ${act.sql} ${docs.sql}
      GROUP BY a.doc_id, a.month, a.month_inferred`;
  const spread = query.spans === 'every' ? ` UNION ALL ${spreadMonthsSql(act, docs.sql)}` : '';
  const rows = db
    .prepare(`SELECT k, sum(n), count(DISTINCT doc_id) FROM (${first}${spread}) GROUP BY k`)
    .raw()
    .all({ ...docs.params, ...act.params, spanInferred: query.includeInferred ? 1 : 0 }) as Array<
    [number, number, number]
  >;
  for (const [month, activities, documents] of rows) {
    const t = tally.get(month || 'unknown')!;
    t.activities += activities;
    t.documents += documents;
  }
}

/** `via: 'activities'` counts from the activities themselves, one document at a time in JavaScript: the plain
 * reading of the month rule that tests check the faster ways against. */
export function monthCounts(db: Db, query: MonthQuery = {}, via: 'auto' | 'activities' = 'auto'): MonthRow[] {
  const tally = emptyTally();
  if (via === 'activities') {
    countFromActivities(db, query, tally);
  } else if (query.category !== undefined) {
    countFromCategory(db, query, tally);
  } else {
    if (!summariesAgree(db)) {
      // Activities were written around SourceWriter: rebuild the per-document counts once, or, on a read-only
      // database, count the activities themselves.
      if (db.readonly) {
        countFromActivities(db, query, tally);
        return MONTH_KEYS.map((month) => ({ month, ...tally.get(month)! }));
      }
      rebuildDocumentMonths(db);
    }
    countFromMonthCounts(db, query, tally);
  }
  return MONTH_KEYS.map((month) => ({ month, ...tally.get(month)! }));
}
