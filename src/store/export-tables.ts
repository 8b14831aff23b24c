// `gonghui export --format csv|xlsx`: the export contract's rows as flat tables for Excel, R and pandas. Same
// rows and order as the JSON Lines files; lists become "a;b" and the four function scores get a column each.
// CSV files start with a UTF-8 byte-order mark so that Excel reads the Chinese as it is; the workbook has one
// sheet per table (exceljs, streamed, so a large database is never held in memory).
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTION_LABELS } from '../model/items.ts';
import type { Db } from './database.ts';
import { activityRows, documentRows, paragraphRows } from './export-jsonl.ts';

type Cell = string | number | boolean | null;
export type TableRow = Record<string, Cell>;

export interface Table {
  name: 'documents' | 'paragraphs' | 'activities' | 'notes';
  columns: string[];
  rows: () => Iterable<TableRow>;
}

const list = (values: unknown) => (values as string[]).join(';');

function* mapRows<T>(rows: Iterable<T>, map: (row: T) => TableRow): Iterable<TableRow> {
  for (const r of rows) yield map(r);
}

function* noteRows(db: Db): Iterable<TableRow> {
  const rows = db
    .prepare(
      `SELECT s.given AS source, n.doc_id, n.stage, n.rule, n.level, n.reason, n.span_start, n.span_end, n.before, n.after
              FROM notes n JOIN sources s ON s.id = n.source_id ORDER BY s.given, n.id`,
    )
    .iterate() as Iterable<TableRow>;
  yield* rows;
}

/** Each table's columns in the CSV and XLSX export (and, but for paragraphs' scores, its JSON Lines fields). */
export const EXPORT_COLUMNS: Record<Table['name'], string[]> = {
  documents: ['id', 'source', 'part', 'title', 'org', 'year', 'kind', 'on_topic', 'duplicate_of', 'text'],
  paragraphs: ['doc_id', 'index', 'text', 'labels', ...FUNCTION_LABELS.map((f) => `score_${f}`)],
  activities: [
    'doc_id',
    'month',
    'month_end',
    'day',
    'month_inferred',
    'basis',
    'year',
    'text',
    'category',
    'functions',
    'source',
  ],
  notes: ['source', 'doc_id', 'stage', 'rule', 'level', 'reason', 'span_start', 'span_end', 'before', 'after'],
};

export function exportTables(db: Db): Table[] {
  return [
    {
      name: 'documents',
      columns: EXPORT_COLUMNS.documents,
      rows: () => documentRows(db) as Iterable<TableRow>,
    },
    {
      name: 'paragraphs',
      columns: EXPORT_COLUMNS.paragraphs,
      rows: () =>
        mapRows(
          paragraphRows(db),
          (p) =>
            ({
              doc_id: p.doc_id,
              index: p.index,
              text: p.text,
              labels: list(p.labels),
              ...Object.fromEntries(
                FUNCTION_LABELS.map((f) => [`score_${f}`, (p.scores as Record<string, number>)[f] ?? null]),
              ),
            }) as TableRow,
        ),
    },
    {
      name: 'activities',
      columns: EXPORT_COLUMNS.activities,
      rows: () => mapRows(activityRows(db), (a) => ({ ...a, functions: list(a.functions) }) as TableRow),
    },
    {
      name: 'notes',
      columns: EXPORT_COLUMNS.notes,
      rows: () => noteRows(db),
    },
  ];
}

function csvField(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function writeCsv(path: string, table: Table): Promise<number> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  const write = async (line: string) => {
    if (!stream.write(line)) await new Promise<void>((r) => stream.once('drain', () => r()));
  };
  await write(`\ufeff${table.columns.join(',')}\r\n`);
  let n = 0;
  for (const row of table.rows()) {
    await write(`${table.columns.map((c) => csvField(row[c])).join(',')}\r\n`);
    n++;
  }
  await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return n;
}

export type TableCounts = Record<Table['name'], number>;

/** documents.csv, paragraphs.csv, activities.csv and notes.csv in `dir`. */
export async function exportCsv(db: Db, dir: string): Promise<{ counts: TableCounts; files: string[] }> {
  mkdirSync(dir, { recursive: true });
  const counts = {} as TableCounts;
  const files: string[] = [];
  for (const table of exportTables(db)) {
    const file = join(dir, `${table.name}.csv`);
    counts[table.name] = await writeCsv(file, table);
    files.push(file);
  }
  return { counts, files };
}

/** Excel's limits: characters in a cell, rows in a sheet (the header is one). */
export const XLSX_CELL_MAX = 32_767;
export const XLSX_SHEET_ROWS = 1_048_576;
/** The comment gonghui writes into its workbook's zip (src/commands/own-outputs.ts reads it back). */
export const XLSX_MARK = 'gonghui export';

function xlsxCell(value: Cell | undefined): Cell {
  if (typeof value !== 'string' || value.length <= XLSX_CELL_MAX) return value ?? null;
  // Excel refuses a workbook with a longer cell; the CSV and JSON Lines files keep the whole text.
  return `${value.slice(0, XLSX_CELL_MAX - 1)}…`;
}

/** One workbook, a sheet per table (a table over Excel's row limit continues on "paragraphs (2)"…). */
export async function exportXlsx(
  db: Db,
  dir: string,
  fileName = 'gonghui.xlsx',
): Promise<{ counts: TableCounts; files: string[] }> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, fileName);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: false,
    useSharedStrings: false,
    // The zip's own comment, stored uncompressed at the file's end: how `ingest` knows its own workbook (a
    // workbook saved again by Excel loses it and is the user's).
    zip: { comment: XLSX_MARK },
  });
  const counts = {} as TableCounts;
  for (const table of exportTables(db)) {
    let part = 1;
    let rowsInSheet = 0;
    const sheetFor = () => {
      const sheet = workbook.addWorksheet(part === 1 ? table.name : `${table.name} (${part})`);
      sheet.addRow(table.columns).commit();
      rowsInSheet = 1;
      return sheet;
    };
    let sheet = sheetFor();
    let n = 0;
    for (const row of table.rows()) {
      if (rowsInSheet === XLSX_SHEET_ROWS) {
        sheet.commit();
        part++;
        sheet = sheetFor();
      }
      sheet.addRow(table.columns.map((c) => xlsxCell(row[c]))).commit();
      rowsInSheet++;
      n++;
    }
    sheet.commit();
    counts[table.name] = n;
  }
  await workbook.commit();
  return { counts, files: [file] };
}
