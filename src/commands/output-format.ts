// Printing rows as a table for people, CSV for spreadsheets (optionally with a UTF-8 BOM so Excel reads
// Chinese correctly) or JSON (an array of row objects) for programs.
import { terminalText } from './terminal-text.ts';

export type OutputFormat = 'table' | 'csv' | 'json';
export const OUTPUT_FORMATS: OutputFormat[] = ['table', 'csv', 'json'];

export type Row = Record<string, unknown>;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Display width: CJK and full-width characters take two terminal columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

export function formatTable(rows: Row[], columns?: string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  if (cols.length === 0) return '(no rows)\n';
  // Tables are for people at a terminal: control characters (escape codes in a file name) are shown, not obeyed.
  const cells = rows.map((r) => cols.map((c) => terminalText(cell(r[c]).replace(/\s+/g, ' '))));
  const numeric = cols.map(
    (_, i) => rows.length > 0 && rows.every((r) => typeof r[cols[i]!] === 'number' || r[cols[i]!] === null),
  );
  const widths = cols.map((c, i) =>
    Math.max(displayWidth(terminalText(c)), ...cells.map((row) => displayWidth(row[i]!))),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) => pad(v, widths[i]!, numeric[i]!))
      .join('  ')
      .trimEnd();
  const out = [line(cols.map(terminalText)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
  return `${out.join('\n')}\n`;
}

function csvField(value: unknown): string {
  const text = cell(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(rows: Row[], columns?: string[], bom = false): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  const lines = [cols.map(csvField).join(','), ...rows.map((r) => cols.map((c) => csvField(r[c])).join(','))];
  return `${bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}

export function formatRows(
  rows: Row[],
  format: OutputFormat,
  options: { columns?: string[]; bom?: boolean } = {},
): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') return formatCsv(rows, options.columns, options.bom);
  return formatTable(rows, options.columns);
}
