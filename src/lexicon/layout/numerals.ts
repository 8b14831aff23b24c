// The numeral pieces of the layout grammar (data/numerals.json): how plans write a month (三, 十二, 元, 3, 03),
// a blanked month (_, ×, □) and a day, as regex sources every month and date pattern is built from.
import { loadPatterns, sourceIn } from './patterns.ts';

const numerals = loadPatterns('numerals', true);

/** One month numeral: 1–12 in Arabic (optionally 0-padded) or Chinese; longest forms first. */
export const MONTH_NUMERAL = sourceIn(numerals, 'month-numeral');
/** A month numeral a template blanked out: "_月份", "×月", "□月". */
export const BLANK_NUMERAL = sourceIn(numerals, 'blank-numeral');
/** A day of the month: 1–31 in Arabic or Chinese. */
export const DAY_NUMERAL = sourceIn(numerals, 'day-numeral');
/** What may not stand right before a month numeral: another digit, 第, a decimal point. */
export const NOT_AFTER_NUMBER = sourceIn(numerals, 'not-after-number');
