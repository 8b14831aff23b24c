// Which activities a query counts, and which month an activity counts in.
//
// Month rule (README "gonghui query months"): an activity counts in the month its text states. A month that
// was inferred (a blanked "_月份" filled from a holiday) is not trusted by default: the activity counts in the
// "unknown" row, with the undated ones, unless includeInferred. A span such as 七、八月份 (month 7,
// month_end 8) counts in its first month; with spans = 'every' it counts once in each month it covers
// (a span that wraps the year, 十二月至一月, covers December and January).
import type { FunctionLabel } from '../model/items.ts';
import type { SqlCondition } from './document-filter.ts';

export type MonthKey = number | 'unknown';

export interface ActivityFilter {
  category?: string;
  function?: FunctionLabel;
  includeInferred?: boolean;
  spans?: 'first' | 'every';
}

/** A boolean SQL expression over the activities table aliased `a` (every value bound). */
export function activityCondition(filter: ActivityFilter): SqlCondition {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.category !== undefined) {
    parts.push('a.category = @actCategory');
    params.actCategory = filter.category;
  }
  if (filter.function !== undefined) {
    // functions is a JSON array of labels from a closed set, so the quoted label matches exactly.
    parts.push('instr(a.functions, @actFunction) > 0');
    params.actFunction = JSON.stringify(filter.function);
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}

export interface ActivityMonths {
  month: number | null;
  monthEnd: number | null;
  monthInferred: boolean;
}

/** The months (or 'unknown') one activity counts in, by the rule above. */
export function monthsOf(a: ActivityMonths, filter: ActivityFilter): MonthKey[] {
  if (a.month === null || (a.monthInferred && !filter.includeInferred)) return ['unknown'];
  if (filter.spans !== 'every' || a.monthEnd === null || a.monthEnd === a.month) return [a.month];
  const months: number[] = [];
  for (let m = a.month; ; m = (m % 12) + 1) {
    months.push(m);
    if (m === a.monthEnd || months.length === 12) break;
  }
  return months;
}

/**
 * How an activity's month is known, in the terms of the month rule above (one definition for `query months`,
 * `stats` and the views, read off the `basis` column): 'stated' (written) and 'festival' (a sentence dated by a
 * fixed-date festival, 三八节期间) count in their month; 'inferred' (basis week or order: a week of a 行事历, a
 * blanked 月份 filled from holidays and order) counts as unknown unless includeInferred; 'undated' (寒假, 期末…)
 * is always unknown.
 */
export type MonthBasisGroup = 'stated' | 'festival' | 'inferred' | 'undated';
export const MONTH_BASES: MonthBasisGroup[] = ['stated', 'festival', 'inferred', 'undated'];
export const monthBasisSql = (alias = 'a') =>
  `CASE WHEN ${alias}.month IS NULL THEN 'undated' WHEN ${alias}.basis = 'festival' THEN 'festival' ` +
  `WHEN ${alias}.month_inferred = 1 THEN 'inferred' ELSE 'stated' END`;

export const MONTH_KEYS: MonthKey[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 'unknown'];
