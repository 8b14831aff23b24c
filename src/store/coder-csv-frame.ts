// The frame every coder's CSV shares (gonghui label import, gonghui correct import): parsed with its BOM, a header
// whose columns go by aliases, rows of the header's width, each problem with its line. One problem and nothing is
// stored, so a reader collects every problem of the file before the database is asked about the rest.
import { parse } from 'csv-parse/sync';

/** Problems a message lists; the rest are counted (a file of 200,000 unknown ids would print 10 MB). */
export const PROBLEMS_SHOWN = 200;

/** A coder's file that cannot be imported: every problem, in line order (the first PROBLEMS_SHOWN in its message). */
export class CsvImportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, PROBLEMS_SHOWN);
    const more = problems.length - shown.length;
    super(
      `${file}: ${problems.length} problem(s), nothing was imported:\n  ${shown.join('\n  ')}` +
        (more > 0 ? `\n  … and ${more} more (fix these and import again to see them)` : ''),
    );
    this.name = new.target.name;
  }
}

/** A doc_id cell as written: a number-like id may stand after an apostrophe, which keeps Excel from turning it into
 * a number (288253460364 → 2.88253E+11); the apostrophe is not part of the id. */
export const docIdIn = (cell: string): string => cell.replace(/^'/u, '');

const lineOf = (problem: string) => Number(/^line (\d+):/.exec(problem)?.[1] ?? 0);

/** The problems sorted by the line they name ("line 7: …"), the file's own and the database's together. */
export function inLineOrder(problems: string[]): string[] {
  return problems.sort((a, b) => lineOf(a) - lineOf(b));
}

export interface CsvFrameSpec<C extends string> {
  /** Header names (lower case) → the column they stand for; the first of a column's aliases in the header wins. */
  aliases: Record<string, C>;
  required: readonly C[];
  /** What the rows are, for "the file has a header but no …". */
  rowsAre: string;
  /** The import's own error, for problems that stop the file before its rows (not CSV, no header, no rows). */
  fail: (problems: string[]) => CsvImportError;
}

export interface CsvFrame<C extends string> {
  /** The rows of the header's width, with their line in the file. */
  rows: Array<{ cells: string[]; line: number }>;
  /** A row of the wrong width, each on its line. */
  problems: string[];
  /** A row's cell in a column, trimmed; '' for a column the header lacks. */
  cell: (cells: string[], name: C) => string;
}

/** The line a record starts on: csv-parse counts to its end, and its raw text holds the blank lines before it and
 * its own line breaks. */
function firstLine(endLine: number, raw: string): number {
  const own = raw.replace(/^(?:\r?\n)+/u, '').replace(/\r?\n$/u, '');
  return endLine - (own.match(/\n/gu)?.length ?? 0);
}

/** The file's rows by column; throws the import's error when it is no CSV, empty, lacks a column or has no rows. */
export function readCsvFrame<C extends string>(text: string, spec: CsvFrameSpec<C>): CsvFrame<C> {
  let parsed: Array<{ record: string[]; info: { lines: number }; raw: string }>;
  try {
    // Rows of the wrong width are reported with the other problems, not as a parse failure; info and raw give each
    // row the line it starts on, past blank lines and cells that span lines (a title with a line break).
    parsed = parse(text, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
      raw: true,
    }) as unknown as typeof parsed;
  } catch (e) {
    throw spec.fail([`not a valid CSV file: ${(e as Error).message}`]);
  }
  const records = parsed.map((p) => p.record);
  if (records.length === 0) throw spec.fail([`the file is empty (expected a header: ${spec.required.join(',')})`]);
  const header = records[0]!.map((h) => h.trim().toLowerCase());
  const column = new Map<C, number>();
  header.forEach((h, i) => {
    const name = spec.aliases[h];
    if (name && !column.has(name)) column.set(name, i);
  });
  const missing = spec.required.filter((c) => !column.has(c));
  if (missing.length > 0)
    throw spec.fail([
      `line ${firstLine(parsed[0]!.info.lines, parsed[0]!.raw)}: the header lacks column(s) ${missing.join(', ')} (found: ${records[0]!.join(', ')})`,
    ]);
  if (records.length === 1) throw spec.fail([`the file has a header but no ${spec.rowsAre}`]);
  const problems: string[] = [];
  const rows: CsvFrame<C>['rows'] = [];
  parsed.slice(1).forEach(({ record: cells, info, raw }) => {
    const line = firstLine(info.lines, raw);
    if (cells.length !== header.length)
      problems.push(`line ${line}: ${cells.length} field(s) where the header has ${header.length}`);
    else rows.push({ cells, line });
  });
  const cell = (cells: string[], name: C) => (column.has(name) ? cells[column.get(name)!]!.trim() : '');
  return { rows, problems, cell };
}
