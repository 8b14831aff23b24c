// Every numeric option is checked here against its range, so a value out of range is a usage error (exit 2)
// naming the option, the value and the range — not a "datatype mismatch" from deep inside SQLite.
import { InvalidArgumentError } from 'commander';

const fmt = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US').replace(/,/g, '') : String(n));

/** A whole number from `min` to `max` (digits only: no 1e3, 0x10 or 2.0). */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`expected a whole number from ${fmt(min)} to ${fmt(max)}`);
    return n;
  };
}

/** A decimal number from `min` to `max` (`above` makes min itself invalid). */
export function decimalNumber(
  min: number,
  max: number,
  options: { above?: boolean; unit?: string } = {},
): (value: string) => number {
  const range = options.above ? `above ${fmt(min)} and up to ${fmt(max)}` : `from ${fmt(min)} to ${fmt(max)}`;
  return (value) => {
    const n = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isFinite(n) || n < min || (options.above && n === min) || n > max) {
      throw new InvalidArgumentError(`expected a number ${range}${options.unit ? ` ${options.unit}` : ''}`);
    }
    return n;
  };
}
