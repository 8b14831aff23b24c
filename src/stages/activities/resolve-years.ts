// Years for dated items, from the document's year or school year. A schedule runs forward: after 十二月
// comes January of the next year. A school year "2013-2014" puts September–December in 2013 and
// January–August in 2014. Narrative 今年/去年/明年 count from the document year. No year → null.
import type { DocumentMeta } from '../../model/items.ts';
import { monthsForward } from './month-numerals.ts';
import type { YearReference } from './narrative-dates.ts';

export interface YearContext {
  year: number | null;
  schoolYear: [number, number] | null;
}

export function yearContext(meta: Pick<DocumentMeta, 'year' | 'schoolYear'>): YearContext {
  const m = meta.schoolYear ? /^\s*((?:19|20)\d{2})\s*[-—–~至/]\s*((?:19|20)\d{2})\s*$/.exec(meta.schoolYear) : null;
  const schoolYear: [number, number] | null =
    m && Number(m[2]) === Number(m[1]) + 1 ? [Number(m[1]), Number(m[2])] : null;
  return { year: meta.year, schoolYear };
}

/** The calendar year of a month in the document's own time frame. */
export function yearOfMonth(month: number, ctx: YearContext): number | null {
  if (ctx.schoolYear) return month >= 9 ? ctx.schoolYear[0] : ctx.schoolYear[1];
  return ctx.year;
}

export interface ScheduleMonth {
  month: number | null;
  monthEnd: number | null;
  /** A header year ("2014年1月："). */
  statedYear: number | null;
  /** For blocks without a month: months they could be in (a period's, or the inference's candidates). */
  possible: number[];
}

export interface ScheduleYear {
  year: number | null;
  /** The schedule passed a year end before this block. */
  rolledOver: boolean;
}

/**
 * Years of a schedule's blocks, in order. The first dated block takes the document's year (a school-year
 * schedule that starts in August or later takes its first year, earlier its second); each step back in
 * the calendar (十二月 → 一月) moves to the next year.
 */
export function scheduleYears(blocks: readonly ScheduleMonth[], ctx: YearContext): ScheduleYear[] {
  let year: number | null = null;
  let last: number | null = null;
  let started = false;
  const startYear = (month: number): number | null =>
    ctx.schoolYear ? (month >= 8 ? ctx.schoolYear[0] : ctx.schoolYear[1]) : ctx.year;

  return blocks.map((b) => {
    if (b.month === null) {
      // No month: a year only when every month it could be in falls in the same year.
      if (b.possible.length === 0) return { year: null, rolledOver: false };
      const years = new Set(
        b.possible.map((m) => (last === null ? startYear(m) : year === null ? null : m <= last ? year + 1 : year)),
      );
      const only = years.size === 1 ? [...years][0]! : null;
      return { year: only, rolledOver: false };
    }
    let rolledOver = false;
    if (b.statedYear !== null) {
      year = b.statedYear;
    } else if (!started || last === null) {
      year = startYear(b.month);
    } else if (b.month < last && year !== null) {
      // A step back in the calendar; the same month again (two table rows of 十月) stays in its year.
      year += 1;
      rolledOver = true;
    }
    started = true;
    const result = { year, rolledOver };
    if (b.monthEnd !== null && year !== null && b.monthEnd < b.month) year += 1; // "12-1月" ends in the next year
    last = b.monthEnd ?? b.month;
    if (monthsForward(b.month, last) > 11) last = b.month;
    return result;
  });
}

/** The year of a narrative date. */
export function narrativeYear(ref: YearReference, month: number, ctx: YearContext): number | null {
  switch (ref.kind) {
    case 'explicit':
      return ref.year;
    case 'blanked':
      return null;
    case 'relative':
      return ctx.year !== null
        ? ctx.year + ref.offset
        : ctx.schoolYear && ref.offset === 0
          ? yearOfMonth(month, ctx)
          : null;
    case 'recurring':
    case 'none':
      return yearOfMonth(month, ctx);
  }
}
