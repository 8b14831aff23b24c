// `gonghui query categories`: activities and documents per activity category.
import { activityCondition, type ActivityFilter, type MonthKey } from './activity-filter.ts';
import type { Db } from './database.ts';
import { documentCondition, type DocumentFilter } from './document-filter.ts';

export interface CategoryRow {
  category: string;
  activities: number;
  documents: number;
}

export type CategoryQuery = DocumentFilter & ActivityFilter & { month?: MonthKey };

export function categoryCounts(db: Db, query: CategoryQuery = {}): CategoryRow[] {
  const docs = documentCondition(query);
  const act = activityCondition(query);
  const params: Record<string, unknown> = { ...docs.params, ...act.params };
  // The month filter follows the month rule of query months: inferred months are "unknown" unless included.
  let month = '1';
  if (query.month === 'unknown') {
    month = query.includeInferred ? 'a.month IS NULL' : '(a.month IS NULL OR a.month_inferred = 1)';
  } else if (query.month !== undefined) {
    month = query.includeInferred ? 'a.month = @month' : 'a.month = @month AND a.month_inferred = 0';
    params.month = query.month;
  }
  return db
    .prepare(
      `SELECT a.category, count(*) AS activities, count(DISTINCT a.doc_id) AS documents FROM activities a
              WHERE a.doc_id IN (SELECT d.id FROM documents d WHERE ${docs.sql}) AND ${act.sql} AND ${month}
              GROUP BY a.category ORDER BY activities DESC, a.category`,
    )
    .all(params) as CategoryRow[];
}

export interface MonthCategoryRow {
  month: MonthKey;
  category: string;
  activities: number;
}

/** Activities per month and category (month rule of query months, spans in their first month). */
export function monthCategoryCounts(
  db: Db,
  query: DocumentFilter & { includeInferred?: boolean } = {},
): MonthCategoryRow[] {
  const docs = documentCondition(query);
  const undated = query.includeInferred ? 'a.month IS NULL' : 'a.month IS NULL OR a.month_inferred = 1';
  const rows = db
    .prepare(
      `SELECT CASE WHEN ${undated} THEN 0 ELSE a.month END AS month, a.category, count(*) AS activities FROM activities a
              WHERE a.doc_id IN (SELECT d.id FROM documents d WHERE ${docs.sql})
              GROUP BY 1, 2 ORDER BY month = 0, month, activities DESC, a.category`,
    )
    .all(docs.params) as Array<{ month: number; category: string; activities: number }>;
  return rows.map((r) => ({ ...r, month: r.month === 0 ? 'unknown' : r.month }));
}
