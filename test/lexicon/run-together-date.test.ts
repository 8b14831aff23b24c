// Digits whose 月 was lost between month and day (SCHEMA audit 4): a date only when they split one way into a month
// and a day the month has.
import { describe, expect, it } from 'vitest';
import { readRunTogetherDate } from '../../src/lexicon/layout/dates.ts';

describe('readRunTogetherDate', () => {
  it.each([
    ['929', 9, 29],
    ['915', 9, 15],
    ['519', 5, 19],
    ['1226', 12, 26],
    ['1111', 11, 11],
    ['1212', 12, 12],
    ['1230', 12, 30],
    ['0915', 9, 15],
    ['110', 1, 10],
    ['091', 9, 1],
    ['229', 2, 29],
  ])('%s splits one way only: %i月%i日', (digits, month, day) => {
    expect(readRunTogetherDate(digits)).toEqual({ kind: 'date', month, day });
  });

  it.each([
    ['111', [1, 11], [11, 1]],
    ['112', [1, 12], [11, 2]],
    ['121', [1, 21], [12, 1]],
    ['105', [1, 5], [10, 5]],
  ])('%s splits two ways: garbled', (digits, a, b) => {
    expect(readRunTogetherDate(digits)).toEqual({
      kind: 'two-ways',
      readings: [
        { month: a[0], day: a[1] },
        { month: b[0], day: b[1] },
      ],
    });
  });

  it.each(['100', '365', '230', '931', '1300', '1232', '0000', '150'])('%s splits no way', (digits) => {
    expect(readRunTogetherDate(digits)).toEqual({ kind: 'none' });
  });
});
