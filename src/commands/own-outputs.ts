// What gonghui itself uses and writes, so that `gonghui ingest .` in a folder holding its own output never reads it
// back in as sources: the database in use and its journal files, the raw archive in use (by real path), and the
// reports and exports it wrote (by what it writes into them, so a plan someone named report.html is still read).
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { OwnFiles } from '../acquire/walk-sources.ts';
import { GENERATOR_META } from '../report/generator.ts';
import { TEMPLATE_COLUMNS } from '../store/document-corrections.ts';
import { EXPORT_COLUMNS, XLSX_MARK } from '../store/export-tables.ts';

/** Files SQLite keeps beside a database while it is open (WAL) or writing (rollback journal). */
const DATABASE_COMPANIONS = ['', '-wal', '-shm', '-journal'];

/** A path as the walk sees it: its folder's real path (links resolved) and its own name, whether or not it exists. */
function realPathOf(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    try {
      return join(realpathSync(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}

/** The first lines gonghui writes into a CSV: the export's tables (with a BOM) and the correction template. */
const CSV_HEADERS = new Set([...Object.values(EXPORT_COLUMNS), [...TEMPLATE_COLUMNS]].map((c) => c.join(',')));

/** The fields of the JSON Lines export's rows, in order: documents' and activities' are their CSV columns,
 * paragraphs' keep the scores as one object. */
const JSONL_FIELDS = [
  EXPORT_COLUMNS.documents,
  EXPORT_COLUMNS.activities,
  ['doc_id', 'index', 'text', 'labels', 'scores'],
];

const firstLine = (text: string) => text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';

/** The top-level field names of a JSON object as JSON.stringify writes it, in order, as far as the text goes (a
 * document's row may run past the head). A quote inside a string is escaped, so `,"name":` is always a field. */
function leadingFields(line: string): string[] {
  if (!line.startsWith('{"')) return [];
  return [...line.matchAll(/(?:^\{|,)"([a-z_]+)":/g)].map((m) => m[1]!);
}

/** Whether a file's first bytes are gonghui's own writing: a report's generator tag, an export's header or row;
 * for a workbook its last bytes (the zip's comment ends the file). */
export function gonghuiWroteIt(head: string, extension: string): boolean {
  if (extension === '.xlsx') return head.endsWith(XLSX_MARK);
  if (extension === '.html' || extension === '.htm') return head.includes(GENERATOR_META);
  if (extension === '.csv') return head.startsWith('\ufeff') && CSV_HEADERS.has(firstLine(head));
  if (extension === '.jsonl') {
    const fields = leadingFields(firstLine(head));
    return (
      fields.length >= 3 &&
      JSONL_FIELDS.some((all) => fields.length <= all.length && fields.every((f, i) => f === all[i]))
    );
  }
  return false;
}

/** What a run that writes `db` and archives into `archive` leaves out of the folders it walks. */
export function ownFiles(db: string, archive: string): OwnFiles {
  const paths = new Set<string>([realPathOf(archive)]);
  if (db !== ':memory:') for (const suffix of DATABASE_COMPANIONS) paths.add(realPathOf(`${db}${suffix}`));
  return {
    paths,
    extensions: new Set(['.html', '.htm', '.csv', '.jsonl', '.xlsx']),
    readAtEnd: new Set(['.xlsx']),
    wroteIt: gonghuiWroteIt,
  };
}
