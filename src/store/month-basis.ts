// What the store calls a dated month (issue 16), defined once: a month that is stated in the text or fixed by a
// fixed-date festival. Months read off a term's weeks or a blanked schedule's order are inferred: `query months`
// counts them only with --include-inferred, and `stats` counts them apart. The flag month_inferred is written
// from the basis here, so every query that reads month_inferred = 0 agrees with this definition.
import { isInferredBasis, type MonthBasis } from '../model/items.ts';

/** month_inferred as stored for an activity: 1 for week and order, else 0. */
export function storedMonthInferred(a: { basis?: MonthBasis | null; monthInferred: boolean }): 0 | 1 {
  if (a.basis === undefined) return a.monthInferred ? 1 : 0;
  return isInferredBasis(a.basis) ? 1 : 0;
}

/** SQL condition (activities aliased `a`) for a dated month: stated or festival. */
export const DATED_MONTH_SQL = 'a.month IS NOT NULL AND a.month_inferred = 0';
