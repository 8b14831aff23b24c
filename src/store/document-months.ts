// document_month_counts (migration 015): each document's activities counted into every month slot `gonghui
// query months` can ask for, one row per document for all its activities (function '') and one per union
// function its activities carry. So any query without a category filter is one aggregate over one row per
// document (issue 18: ≤ 200 ms over a million activities with any filter), with no grouping or sorting.
//
// Columns: activities; undated (no month); inferred (month inferred: week or order); s1–s12 stated (or
// festival) first months; i1–i12 inferred first months; x1–x12 and y1–y12 the months after the first that
// stated and inferred spans cover (七、八月份: x8; 十二月至一月: x1). The month rule itself is in activity-filter.ts.
//
// SourceWriter refreshes a document's rows after writing its activities; code that writes activities any other
// way must call refreshDocumentMonths too. If the totals ever disagree with the activities table, query months
// rebuilds the table (see monthCounts).
import type { Db } from './database.ts';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** Whether the activity (alias a) covers month m after its first: a span, wrapping the year if it must. */
const spreads = (m: number) =>
  `a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> ${m} AND ` +
  `CASE WHEN a.month < a.month_end THEN ${m} BETWEEN a.month AND a.month_end ELSE ${m} >= a.month OR ${m} <= a.month_end END`;
const countWhere = (cond: string) => `count(CASE WHEN ${cond} THEN 1 END)`;

export const MONTH_COUNT_COLUMNS = [
  'activities',
  'undated',
  'inferred',
  ...MONTHS.map((m) => `s${m}`),
  ...MONTHS.map((m) => `i${m}`),
  ...MONTHS.map((m) => `x${m}`),
  ...MONTHS.map((m) => `y${m}`),
];

const COUNTS = [
  'count(*)',
  countWhere('a.month IS NULL'),
  countWhere('a.month IS NOT NULL AND a.month_inferred = 1'),
  ...MONTHS.map((m) => countWhere(`a.month = ${m} AND a.month_inferred = 0`)),
  ...MONTHS.map((m) => countWhere(`a.month = ${m} AND a.month_inferred = 1`)),
  ...MONTHS.map((m) => countWhere(`a.month_inferred = 0 AND ${spreads(m)}`)),
  ...MONTHS.map((m) => countWhere(`a.month_inferred = 1 AND ${spreads(m)}`)),
];

/** Every activity once under function '' and once under each distinct label of its functions array (as
 * `instr` in activity-filter.ts reads it); `where` on activities aliased a. */
const activitiesByFunction = (where: string) =>
  `SELECT DISTINCT a.id, a.doc_id, a.month, a.month_end, a.month_inferred, f.value AS fn FROM activities a,
  json_each(CASE WHEN json_valid(a.functions) AND json_type(a.functions) = 'array'
    THEN json_insert(a.functions, '$[#]', '') ELSE '[""]' END) f ${where}`;

/** The INSERT … SELECT that fills the table from the activities (`where` on activities aliased a). */
export function monthCountsInsert(where: string): string {
  return `INSERT INTO document_month_counts (doc_id, function, ${MONTH_COUNT_COLUMNS.join(', ')})
SELECT a.doc_id, a.fn, ${COUNTS.join(',\n  ')}
FROM (${activitiesByFunction(where)}) a GROUP BY a.doc_id, a.fn`;
}

/** One document's activities as stored (month_inferred 0 or 1). */
export interface StoredActivityMonths {
  month: number | null;
  monthEnd: number | null;
  monthInferred: 0 | 1;
  functions: readonly string[];
}

/** Whether an activity starting in `month` and ending in `monthEnd` covers m after its first month (as `spreads`). */
function spreadsTo(month: number, monthEnd: number, m: number): boolean {
  if (m === month) return false;
  return month < monthEnd ? m >= month && m <= monthEnd : m >= month || m <= monthEnd;
}

/** The rows monthCountsInsert would make for one document, counted here from activities in memory: the
 * writer has them at hand, and one bound INSERT per row costs a fraction of the aggregate over json_each. */
export function monthCountRows(activities: readonly StoredActivityMonths[]): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  const rowOf = (fn: string) => {
    let row = rows.get(fn);
    if (!row) rows.set(fn, (row = new Array<number>(MONTH_COUNT_COLUMNS.length).fill(0)));
    return row;
  };
  for (const a of activities) {
    const targets = [rowOf('')];
    for (const fn of new Set(a.functions)) targets.push(rowOf(fn));
    for (const row of targets) {
      row[0]!++;
      if (a.month === null) {
        row[1]!++;
        continue;
      }
      if (a.monthInferred === 1) row[2]!++;
      // s1–s12 start at column 3, i1–i12 at 15, x1–x12 at 27, y1–y12 at 39.
      row[(a.monthInferred === 1 ? 15 : 3) + a.month - 1]!++;
      if (a.monthEnd !== null && a.monthEnd !== a.month)
        for (const m of MONTHS)
          if (spreadsTo(a.month, a.monthEnd, m)) row[(a.monthInferred === 1 ? 39 : 27) + m - 1]!++;
    }
  }
  return rows;
}

/** Writes a freshly inserted document's rows (it has none yet: its old rows went with the old document). */
export function documentMonthCountsWriter(
  db: Db,
): (docId: string, activities: readonly StoredActivityMonths[]) => void {
  const insert = db.prepare(
    `INSERT INTO document_month_counts (doc_id, function, ${MONTH_COUNT_COLUMNS.join(', ')})
     VALUES (${Array.from({ length: MONTH_COUNT_COLUMNS.length + 2 }, () => '?').join(', ')})`,
  );
  return (docId, activities) => {
    for (const [fn, counts] of monthCountRows(activities)) insert.run(docId, fn, ...counts);
  };
}

export function documentMonthsRefresher(db: Db): (docId: string) => void {
  const remove = db.prepare('DELETE FROM document_month_counts WHERE doc_id = ?');
  const insert = db.prepare(monthCountsInsert('WHERE a.doc_id = ?'));
  return (docId) => {
    remove.run(docId);
    insert.run(docId);
  };
}

export function rebuildDocumentMonths(db: Db): void {
  db.transaction(() => {
    db.exec('DELETE FROM document_month_counts');
    db.exec(monthCountsInsert(''));
  }).immediate();
}
