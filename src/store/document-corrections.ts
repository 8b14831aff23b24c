// Human corrections of document metadata (gonghui correct): a reviewer's title, org, year, kind or on-topic for a
// document, imported from a CSV, validated against the database as a whole (one mistake and nothing is stored),
// kept in document_corrections (migration 017). The pipeline applies them (ingest hands each source its
// corrections, the metadata stage sets the fields with a provenance note), so a correction shows in the stored
// documents once its source is re-run; `gonghui correct list` tells which are applied, pending or stale.
import { CsvImportError, docIdIn, inLineOrder, readCsvFrame } from './coder-csv-frame.ts';
import { documentTextSha256 } from '../model/document-text.ts';
import {
  CORRECTION_FIELDS,
  CORRECTION_RULE,
  type CorrectionField,
  type CorrectionValue,
  type DocumentKind,
  type MetadataCorrection,
} from '../model/items.ts';
import type { Db } from './database.ts';

/** A reviewer's file of corrections that cannot be imported. */
export class CorrectionImportError extends CsvImportError {}

/** One row of a reviewer's CSV, well-formed. */
export interface CorrectionRow {
  docId: string;
  field: CorrectionField;
  value: CorrectionValue;
  coder: string | null;
  note: string | null;
  /** CSV line the row came from, for messages. */
  line: number;
}

type Column = 'doc_id' | 'field' | 'value' | 'coder' | 'note';
const COLUMN_ALIASES: Record<string, Column> = {
  doc_id: 'doc_id',
  doc: 'doc_id',
  document: 'doc_id',
  field: 'field',
  value: 'value',
  coder: 'coder',
  note: 'note',
  notes: 'note',
  comment: 'note',
};
const REQUIRED: readonly Column[] = ['doc_id', 'field', 'value'];

/** Cells that clear a title, org or year. */
const NULL_CELLS = new Set(['null', 'none', '无', '-']);
const KINDS: Record<string, DocumentKind> = {
  plan: 'plan',
  summary: 'summary',
  other: 'other',
  计划: 'plan',
  总结: 'summary',
  其他: 'other',
  其它: 'other',
};
const BOOLEANS: Record<string, boolean> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  是: true,
  否: false,
  '1': true,
  '0': false,
};
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** A field's name as written in the CSV ("on-topic", "Year" too), or null. */
export function parseCorrectionField(cell: string): CorrectionField | null {
  const name = cell.trim().toLowerCase().replace(/[-\s]/g, '_');
  return (CORRECTION_FIELDS as readonly string[]).includes(name) ? (name as CorrectionField) : null;
}

/** A value cell read for its field: text for title and org, a year, a kind, on-topic or not; null clears title,
 * org and year. */
export function parseCorrectionValue(
  field: CorrectionField,
  cell: string,
): { value: CorrectionValue } | { error: string } {
  const text = cell.trim();
  const lower = text.toLowerCase();
  const clearable = field === 'title' || field === 'org' || field === 'year';
  if (text === '')
    return {
      error: clearable
        ? `value is empty (write the ${field}, or null to clear it)`
        : `value is empty (write the ${field === 'kind' ? 'kind: plan, summary or other' : 'topic: true or false'})`,
    };
  if (NULL_CELLS.has(lower)) {
    if (clearable) return { value: null };
    return {
      error: `${field} cannot be cleared (write ${field === 'kind' ? 'plan, summary or other' : 'true or false'})`,
    };
  }
  switch (field) {
    case 'title':
    case 'org':
      // A control character (an escape code pasted from a terminal, a stray NUL) is no part of a name: refused, so
      // it never reaches a report, a comparison or an export as the school's name.
      // eslint-disable-next-line no-control-regex -- the point: find control characters
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u.test(text))
        return {
          error: `${field} holds a control character (${JSON.stringify(text).slice(1, -1)}): write the name as text`,
        };
      return { value: text.replace(/\s+/g, ' ') };
    case 'year': {
      const m = /^(\d{4})\s*年?$/.exec(text);
      const year = m ? Number(m[1]) : NaN;
      if (!(year >= MIN_YEAR && year <= MAX_YEAR))
        return { error: `year must be a year from ${MIN_YEAR} to ${MAX_YEAR} (or null), got "${text}"` };
      return { value: year };
    }
    case 'kind': {
      const kind = KINDS[lower];
      return kind
        ? { value: kind }
        : { error: `kind must be plan, summary or other (计划, 总结, 其他), got "${text}"` };
    }
    case 'on_topic': {
      const on = BOOLEANS[lower];
      return on === undefined
        ? { error: `on_topic must be true or false (yes/no, 是/否, 1/0), got "${text}"` }
        : { value: on };
    }
  }
}

/** A line's document, well-formed, on a line whose other cells have problems: the database still checks it, so
 * that every problem of the line is listed at once. */
export type DocumentReference = Pick<CorrectionRow, 'docId' | 'line'>;

/** The well-formed rows of a reviewer's CSV (UTF-8, optional BOM; columns doc_id, field, value and optionally
 * coder and note, any others ignored), every problem of the other lines, their documents still to be checked
 * against the database, and how many rows were skipped for an empty value (not reviewed). A file that cannot be
 * read as CSV at all, lacks a column, or has no row with a value, throws. */
export function readCorrectionsCsv(
  text: string,
  file: string,
): { rows: CorrectionRow[]; problems: string[]; references: DocumentReference[]; skipped: number } {
  const frame = readCsvFrame(text, {
    aliases: COLUMN_ALIASES,
    required: REQUIRED,
    rowsAre: 'corrections',
    fail: (problems) => new CorrectionImportError(file, problems),
  });
  const cell = frame.cell;
  const problems = frame.problems;
  const rows: CorrectionRow[] = [];
  const references: DocumentReference[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  for (const { cells: row, line } of frame.rows) {
    // An empty value is a row the reviewer did not fill in (a --missing template's rows come empty): not reviewed,
    // so nothing is stored for it; a reviewed "no value" is written null.
    if (cell(row, 'value').trim() === '') {
      skipped++;
      continue;
    }
    const docId = docIdIn(cell(row, 'doc_id'));
    const fieldCell = cell(row, 'field');
    if (!docId) problems.push(`line ${line}: doc_id is empty`);
    const field = parseCorrectionField(fieldCell);
    if (!field)
      problems.push(
        `line ${line}: ${fieldCell ? `unknown field "${fieldCell}"` : 'field is empty'} (use ${CORRECTION_FIELDS.join(', ')})`,
      );
    const value = field ? parseCorrectionValue(field, cell(row, 'value')) : null;
    if (value && 'error' in value) problems.push(`line ${line}: ${value.error}`);
    if (docId && field) {
      const key = `${docId}#${field}`;
      if (seen.has(key)) problems.push(`line ${line}: ${docId} ${field} is already corrected on line ${seen.get(key)}`);
      else seen.set(key, line);
    }
    if (!docId) continue;
    if (field && value && 'value' in value)
      rows.push({
        docId,
        field,
        value: value.value,
        coder: cell(row, 'coder') || null,
        note: cell(row, 'note') || null,
        line,
      });
    else references.push({ docId, line });
  }
  if (rows.length === 0 && problems.length === 0)
    throw new CorrectionImportError(file, [
      `every row's value is empty (${skipped} row(s), none reviewed): fill in the values you checked ` +
        '(null where you checked and there is none) and import again',
    ]);
  return { rows, problems: inLineOrder(problems), references, skipped };
}

/** A stored document's fields as a correction compares them. */
interface DocumentFields {
  title: string | null;
  org: string | null;
  year: number | null;
  kind: string;
  on_topic: number;
}

/** The stored value of a field, in a correction's terms. */
export function storedValue(doc: DocumentFields, field: CorrectionField): CorrectionValue {
  return field === 'on_topic' ? doc.on_topic === 1 : doc[field];
}

export interface CorrectionImportSummary {
  imported: number;
  /** Corrections that replaced an earlier one of the same document and field. */
  replaced: number;
  /** Corrections whose value differs from the stored document's (the others confirm what gonghui read). */
  changed: number;
  /** The sources whose documents were corrected: these are re-run by the next ingest. */
  sources: number;
}

/** Checks every row against the database, then stores them all in one transaction (or none). Problems found
 * earlier in the file are reported with the database's, all at once, in line order. */
export function importCorrections(
  db: Db,
  rows: CorrectionRow[],
  file: string,
  fileProblems: string[] = [],
  references: DocumentReference[] = [],
): CorrectionImportSummary {
  const document = db.prepare(
    `SELECT d.id, d.part, d.text, d.title, d.org, d.year, d.kind, d.on_topic, s.key AS source_key
     FROM documents d JOIN sources s ON s.id = d.source_id WHERE d.id = ?`,
  );
  // A CSV made from an export before content identity names documents by their old ids (migration 011).
  const renamed = db.prepare('SELECT new_id FROM document_id_aliases WHERE old_id = ?').pluck();
  type Found = DocumentFields & { id: string; part: number; text: string; source_key: string };
  const problems: string[] = [];
  const locate = (given: DocumentReference): Found | undefined => {
    const found = (document.get(given.docId) ??
      document.get((renamed.get(given.docId) as string | undefined) ?? given.docId)) as Found | undefined;
    if (!found) problems.push(`line ${given.line}: no document "${given.docId}" in the database`);
    return found;
  };
  const ready: Array<CorrectionRow & { doc: Found }> = [];
  const resolved = new Map<string, CorrectionRow>();
  for (const row of rows) {
    const doc = locate(row);
    if (!doc) continue;
    // The same document under its old and its new id (the same id twice the file's reading has reported).
    const key = `${doc.id}#${row.field}`;
    const earlier = resolved.get(key);
    if (earlier && earlier.docId !== row.docId)
      problems.push(`line ${row.line}: ${doc.id} ${row.field} is already corrected on line ${earlier.line}`);
    if (!earlier) resolved.set(key, row);
    ready.push({ ...row, doc });
  }
  for (const reference of references) locate(reference);
  problems.push(...fileProblems);
  if (problems.length > 0) throw new CorrectionImportError(file, inLineOrder(problems));
  const existing = db.prepare('SELECT 1 FROM document_corrections WHERE doc_id = ? AND field = ?').pluck();
  const upsert = db.prepare(`
    INSERT INTO document_corrections (doc_id, source_key, part, field, value, text_sha256, coder, note, source_file, imported_at)
    VALUES (@docId, @sourceKey, @part, @field, @value, @textSha256, @coder, @note, @file, @now)
    ON CONFLICT (doc_id, field) DO UPDATE SET source_key = excluded.source_key, part = excluded.part,
      value = excluded.value, text_sha256 = excluded.text_sha256, coder = excluded.coder, note = excluded.note,
      source_file = excluded.source_file, imported_at = excluded.imported_at`);
  const now = new Date().toISOString();
  const summary: CorrectionImportSummary = { imported: 0, replaced: 0, changed: 0, sources: 0 };
  const sources = new Set<string>();
  db.transaction(() => {
    for (const r of ready) {
      if (existing.get(r.doc.id, r.field)) summary.replaced++;
      if (storedValue(r.doc, r.field) !== r.value) summary.changed++;
      sources.add(r.doc.source_key);
      upsert.run({
        docId: r.doc.id,
        sourceKey: r.doc.source_key,
        part: r.doc.part,
        field: r.field,
        value: JSON.stringify(r.value),
        textSha256: documentTextSha256(r.doc.text),
        coder: r.coder,
        note: r.note,
        file,
        now,
      });
      summary.imported++;
    }
  }).immediate();
  summary.sources = sources.size;
  return summary;
}

/** True when the database has the document_corrections table (migration 017). */
function hasCorrectionsTable(db: Db): boolean {
  return Boolean(
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_corrections'").pluck().get(),
  );
}

/** A document_corrections row's columns every reader of it takes. */
interface CorrectionColumns {
  part: number;
  field: CorrectionField;
  value: string;
  text_sha256: string;
  coder: string | null;
  note: string | null;
  source_file: string;
}

/** A source's corrections, as ingest hands them to the pipeline (by its key, else by the source last seen where it
 * lies): a read, on any connection. */
export function sourceCorrections(db: Db): (sourceKey: string, location?: string) => MetadataCorrection[] {
  if (!hasCorrectionsTable(db)) return () => [];
  const get = db.prepare(
    `SELECT part, field, value, text_sha256, coder, note, source_file FROM document_corrections
     WHERE source_key = ? ORDER BY part, field`,
  );
  // A file whose bytes changed is a new source at the old one's location: the old one's corrections are its own
  // from this run on (the writer moves them when it stores the new version; the text hash still guards each).
  const keyAt = db
    .prepare('SELECT s.key FROM source_locations l JOIN sources s ON s.id = l.source_id WHERE l.location = ?')
    .pluck();
  const of = (key: string) =>
    (get.all(key) as CorrectionColumns[]).map((r) => ({
      part: r.part,
      field: r.field,
      value: JSON.parse(r.value) as CorrectionValue,
      textSha256: r.text_sha256,
      coder: r.coder,
      note: r.note,
      sourceFile: r.source_file,
    }));
  return (key, location) => {
    const own = of(key);
    if (own.length > 0 || location === undefined) return own;
    const before = keyAt.get(location) as string | undefined;
    return before !== undefined && before !== key ? of(before) : [];
  };
}

/** Deletes a document's corrections (the fields given, or all); how many went. The next ingest re-runs its source
 * (its corrections are part of the hash it is processed under) and the readers' values return. The document may be
 * gone or renamed: the id is matched as stored, and through an old id's alias. */
export function removeCorrections(db: Db, docId: string, fields: readonly CorrectionField[] = []): number {
  if (!hasCorrectionsTable(db)) return 0;
  const renamed = db.prepare('SELECT new_id FROM document_id_aliases WHERE old_id = ?').pluck().get(docId) as
    string | undefined;
  const ids = renamed ? [docId, renamed] : [docId];
  const remove = db.prepare('DELETE FROM document_corrections WHERE doc_id = ? AND (? IS NULL OR field = ?)');
  return db.transaction(() => {
    let n = 0;
    for (const id of ids)
      for (const field of fields.length ? fields : [null]) n += remove.run(id, field, field).changes;
    return n;
  })();
}

/** applied: the stored document has the corrected value; pending: its source has not been re-run since; stale:
 * the document's text is no longer the corrected one (re-split, cleaned differently) or the document is gone. */
export type CorrectionStatus = 'applied' | 'pending' | 'stale';

export interface StoredCorrection {
  docId: string;
  field: CorrectionField;
  value: CorrectionValue;
  status: CorrectionStatus;
  /** The stored document's value now (null too when the document is gone). */
  current: CorrectionValue;
  /** Why it is stale. */
  why: string | null;
  source: string;
  part: number;
  coder: string | null;
  note: string | null;
  sourceFile: string;
  importedAt: string;
}

export function listCorrections(db: Db): StoredCorrection[] {
  if (!hasCorrectionsTable(db)) return [];
  const rows = db
    .prepare(
      `SELECT c.doc_id, c.field, c.value, c.text_sha256, c.coder, c.note, c.source_file, c.imported_at, c.part,
              c.source_key, d.id AS present, d.text, d.title, d.org, d.year, d.kind, d.on_topic,
              (SELECT s.given FROM sources s WHERE s.key = c.source_key) AS given
       FROM document_corrections c LEFT JOIN documents d ON d.id = c.doc_id
       ORDER BY c.doc_id, c.field`,
    )
    .all() as Array<
    DocumentFields &
      CorrectionColumns & {
        doc_id: string;
        imported_at: string;
        source_key: string;
        present: string | null;
        text: string | null;
        given: string | null;
      }
  >;
  return rows.map((r) => {
    const value = JSON.parse(r.value) as CorrectionValue;
    const gone = r.present === null;
    const changed = !gone && documentTextSha256(r.text ?? '') !== r.text_sha256;
    const current = gone ? null : storedValue(r, r.field);
    const status: CorrectionStatus = gone || changed ? 'stale' : current === value ? 'applied' : 'pending';
    return {
      docId: r.doc_id,
      field: r.field,
      value,
      status,
      current,
      why: gone
        ? 'the document is gone (its source was re-split or removed)'
        : changed
          ? "the document's text changed since it was corrected"
          : null,
      source: r.given ?? r.source_key,
      part: r.part,
      coder: r.coder,
      note: r.note,
      sourceFile: r.source_file,
      importedAt: r.imported_at,
    };
  });
}

/** What a field the reader left empty without a note of its own means: where it looked, so a reviewer knows what
 * to check (`gonghui explain` and the reviewer's template say the same). */
export const SILENT_EVIDENCE: Partial<Record<CorrectionField, string>> = {
  org: 'no organisation named where the reader looks (title, opening, sign-off, credit) — check by hand',
  year: "no year stated by the title or the text (dates of events and uploads are not the document's)",
};

/** Whether a metadata note speaks for a field (the reader's notes by their rule, a correction's by its reason). */
export function noteSpeaksFor(field: CorrectionField, note: { rule: string; reason: string }): boolean {
  if (note.rule === CORRECTION_RULE) return note.reason.startsWith(`${field} `);
  const rules: Record<CorrectionField, RegExp> = {
    title: /^metadata\.title/,
    org: /^metadata\.org/,
    year: /^metadata\.(year|school-year)/,
    kind: /^metadata\.kind/,
    on_topic: /^metadata\.(off|on)-topic/,
  };
  return rules[field].test(note.rule);
}

/** An id Excel would read as a number (288253460364 → 2.88253E+11, 326357394e09 → 3.26E+17) when it opens the CSV:
 * written after an apostrophe, which Excel keeps as text and the imports drop (docIdIn). */
const NUMBER_LIKE_ID = /^\d+(?:[eE]\d+)?$/u;
export function excelSafeId(id: string): string {
  return NUMBER_LIKE_ID.test(id) ? `'${id}` : id;
}

/** A value as a CSV cell or a table shows it: null as "null". */
export function correctionCell(value: CorrectionValue): string {
  return value === null ? 'null' : String(value);
}

export const TEMPLATE_COLUMNS = ['doc_id', 'field', 'value', 'title', 'source', 'evidence'] as const;
export type TemplateRow = Record<(typeof TEMPLATE_COLUMNS)[number], string>;

/** A reviewer's CSV for one field: every on-topic, non-duplicate document — every non-duplicate one for on_topic
 * itself, so a document the reader put off-topic can be put back — (only those whose value is null with `missing`,
 * their value cells empty to be filled in), with its current value, title, source and the metadata notes behind the
 * value. */
export function correctionTemplate(db: Db, field: CorrectionField, missing = false): TemplateRow[] {
  const column = field === 'on_topic' ? 'on_topic' : field;
  const docs = db
    .prepare(
      `SELECT d.id, d.title, d.org, d.year, d.kind, d.on_topic, s.given
       FROM documents d JOIN sources s ON s.id = d.source_id
       WHERE d.duplicate_of IS NULL ${field === 'on_topic' ? '' : 'AND d.on_topic = 1'}
         ${missing ? `AND d.${column} IS NULL` : ''}
       ORDER BY s.given, d.part`,
    )
    .all() as Array<DocumentFields & { id: string; given: string }>;
  const notes = db.prepare(
    "SELECT rule, reason FROM notes WHERE doc_id = ? AND stage = 'metadata' AND level <> 'fatal' ORDER BY id",
  );
  return docs.map((d) => ({
    doc_id: excelSafeId(d.id),
    field,
    // Left empty in a --missing template: the reviewer fills in what they checked, and an untouched row is skipped
    // on import instead of stored as a confirmed "no value".
    value: missing ? '' : correctionCell(storedValue(d, field)),
    title: d.title ?? '',
    source: d.given,
    evidence: evidenceFor(field, storedValue(d, field), notes.all(d.id) as Array<{ rule: string; reason: string }>),
  }));
}

/** The notes behind a field's value, or where the reader looked when it left the field empty without one. */
function evidenceFor(
  field: CorrectionField,
  value: CorrectionValue,
  notes: ReadonlyArray<{ rule: string; reason: string }>,
): string {
  const own = notes.filter((n) => noteSpeaksFor(field, n)).map((n) => `${n.rule}: ${n.reason}`);
  return own.length ? own.join('; ') : value === null ? (SILENT_EVIDENCE[field] ?? '') : '';
}

/** A CSV cell, quoted when it must be. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
