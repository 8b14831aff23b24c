// Human codes of paragraphs: imported from a coder's CSV, validated against the database as a whole (one
// mistake and nothing is stored), kept in human_labels. They override the model in the paragraph_labels
// view and in exports, feed `gonghui train`, and are what `gonghui eval agreement` compares the model with.
import { CsvImportError, docIdIn, inLineOrder, readCsvFrame } from './coder-csv-frame.ts';
import { FUNCTION_LABELS, type FunctionLabel } from '../model/items.ts';
import type { Db } from './database.ts';

/** A coder's file of paragraph codes that cannot be imported. */
export class LabelImportError extends CsvImportError {}

export interface HumanCode {
  docId: string;
  index: number;
  labels: FunctionLabel[];
  coder: string | null;
  /** CSV line the code came from, for messages. */
  line: number;
}

const COLUMN_ALIASES: Record<string, 'doc_id' | 'paragraph' | 'labels' | 'coder'> = {
  doc_id: 'doc_id',
  doc: 'doc_id',
  document: 'doc_id',
  paragraph: 'paragraph',
  paragraph_index: 'paragraph',
  index: 'paragraph',
  idx: 'paragraph',
  labels: 'labels',
  label: 'labels',
  codes: 'labels',
  coder: 'coder',
};
const NONE = new Set(['none', '无', '-', '[]']);
const LABEL_SEPARATORS = /[;；,，、|/\s]+/;

/** Parses "维权;教育", "维权、教育", "none" … into labels in the codebook's order. */
export function parseLabelCell(cell: string): { labels: FunctionLabel[] } | { error: string } {
  const text = cell.trim();
  if (text === '') return { error: 'labels is empty (write "none" for a paragraph with no function)' };
  if (NONE.has(text.toLowerCase())) return { labels: [] };
  const parts = text
    .replace(/^\[|\]$/g, '')
    .split(LABEL_SEPARATORS)
    .map((p) => p.replace(/^["']|["']$/g, ''))
    .filter(Boolean);
  const unknown = parts.filter((p) => !(FUNCTION_LABELS as readonly string[]).includes(p));
  if (unknown.length > 0)
    return {
      error: `unknown label(s) ${unknown.map((u) => `"${u}"`).join(', ')} (use ${FUNCTION_LABELS.join(', ')} or none)`,
    };
  return { labels: FUNCTION_LABELS.filter((l) => parts.includes(l)) };
}

/** Reads a coder's CSV (UTF-8, optional BOM): columns doc_id, paragraph, labels and optionally coder. */
export function parseHumanCodesCsv(text: string, file: string): HumanCode[] {
  const { codes, problems } = readHumanCodesCsv(text, file);
  if (problems.length > 0) throw new LabelImportError(file, problems);
  return codes;
}

/** A line's document and paragraph, well-formed, on a line whose other cells have problems: the database still
 * checks them, so that every problem of the line is listed at once. */
export type ParagraphReference = Pick<HumanCode, 'docId' | 'index' | 'line'>;

/** The well-formed codes of a coder's CSV, every problem of the other lines, and their paragraphs still to be
 * checked against the database (a file that cannot be read as CSV at all, or lacks a column, throws). */
export function readHumanCodesCsv(
  text: string,
  file: string,
): { codes: HumanCode[]; problems: string[]; references: ParagraphReference[] } {
  const frame = readCsvFrame(text, {
    aliases: COLUMN_ALIASES,
    required: ['doc_id', 'paragraph', 'labels'],
    rowsAre: 'codes',
    fail: (problems) => new LabelImportError(file, problems),
  });
  const problems = frame.problems;
  const codes: HumanCode[] = [];
  const references: ParagraphReference[] = [];
  const seen = new Map<string, number>();
  for (const { cells: row, line } of frame.rows) {
    const docId = docIdIn(frame.cell(row, 'doc_id'));
    const paragraph = frame.cell(row, 'paragraph');
    const coder = frame.cell(row, 'coder') || null;
    if (!docId) problems.push(`line ${line}: doc_id is empty`);
    if (!/^\d+$/.test(paragraph))
      problems.push(`line ${line}: paragraph must be a whole number ≥ 0, got "${paragraph}"`);
    const labels = parseLabelCell(frame.cell(row, 'labels'));
    if ('error' in labels) problems.push(`line ${line}: ${labels.error}`);
    const key = `${docId}#${paragraph}`;
    if (seen.has(key))
      problems.push(`line ${line}: ${docId} paragraph ${paragraph} is already coded on line ${seen.get(key)}`);
    seen.set(key, line);
    if (docId && /^\d+$/.test(paragraph)) {
      if ('labels' in labels) codes.push({ docId, index: Number(paragraph), labels: labels.labels, coder, line });
      else references.push({ docId, index: Number(paragraph), line });
    }
  }
  return { codes, problems: inLineOrder(problems), references };
}

export interface ImportSummary {
  imported: number;
  /** Codes that replaced an earlier code of the same paragraph. */
  replaced: number;
}

/** Checks every code against the database, then stores them all in one transaction (or none). Problems
 * found earlier in the file are reported with the database's, all at once, in line order; the paragraphs of
 * lines that had them (`references`) are checked too, so a line with two problems lists both. */
export function importHumanCodes(
  db: Db,
  codes: HumanCode[],
  file: string,
  fileProblems: string[] = [],
  references: ParagraphReference[] = [],
): ImportSummary {
  const docExists = db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
  // A CSV made from an export before content identity names documents by their old ids (migration 011).
  const renamed = db.prepare('SELECT new_id FROM document_id_aliases WHERE old_id = ?').pluck();
  const paragraph = db.prepare('SELECT text, heading FROM paragraphs WHERE doc_id = ? AND idx = ?');
  const paragraphCount = db.prepare('SELECT count(*) FROM paragraphs WHERE doc_id = ?').pluck();
  const problems: string[] = [];
  /** The stored paragraph a line names (its document renamed if need be), or undefined with its problem noted. */
  const locate = (given: ParagraphReference) => {
    const docId = docExists.get(given.docId)
      ? given.docId
      : ((renamed.get(given.docId) as string | undefined) ?? given.docId);
    if (!docExists.get(docId)) {
      problems.push(`line ${given.line}: no document "${docId}" in the database`);
      return undefined;
    }
    const p = paragraph.get(docId, given.index) as { text: string; heading: string | null } | undefined;
    if (!p) {
      const n = paragraphCount.get(docId) as number;
      problems.push(`line ${given.line}: document ${docId} has no paragraph ${given.index} (it has ${n}: 0–${n - 1})`);
      return undefined;
    }
    return { docId, ...p };
  };
  const rows: Array<HumanCode & { text: string; heading: string | null }> = [];
  for (const given of codes) {
    const found = locate(given);
    if (found) rows.push({ ...given, ...found });
  }
  for (const reference of references) locate(reference);
  // A line's paragraph before its labels, as the columns go (the sort below keeps this order within a line).
  problems.push(...fileProblems);
  if (problems.length > 0) throw new LabelImportError(file, inLineOrder(problems));
  const existing = db.prepare('SELECT 1 FROM human_labels WHERE doc_id = ? AND idx = ?').pluck();
  const upsert = db.prepare(`
    INSERT INTO human_labels (doc_id, idx, labels, text, heading, coder, source_file, imported_at)
    VALUES (@docId, @index, @labels, @text, @heading, @coder, @file, @now)
    ON CONFLICT (doc_id, idx) DO UPDATE SET labels = excluded.labels, text = excluded.text, heading = excluded.heading,
      coder = excluded.coder, source_file = excluded.source_file, imported_at = excluded.imported_at`);
  const now = new Date().toISOString();
  let replaced = 0;
  db.transaction(() => {
    for (const r of rows) {
      if (existing.get(r.docId, r.index)) replaced++;
      upsert.run({
        docId: r.docId,
        index: r.index,
        labels: JSON.stringify(r.labels),
        text: r.text,
        heading: r.heading,
        coder: r.coder,
        file,
        now,
      });
    }
  }).immediate();
  return { imported: rows.length, replaced };
}

export interface StoredHumanCode {
  docId: string;
  index: number;
  text: string;
  heading: string | null;
  labels: FunctionLabel[];
  coder: string | null;
  /** The model's labels for the paragraph now at that place, when its text is still the coded text. */
  modelLabels: FunctionLabel[] | null;
  /** jieba tokens of the current paragraph when its text is still the coded text. */
  tokens: string[] | null;
}

export function listHumanCodes(db: Db): StoredHumanCode[] {
  const rows = db
    .prepare(
      `SELECT h.doc_id, h.idx, h.text, h.heading, h.labels, h.coder, p.labels AS model_labels, p.tokens
              FROM human_labels h LEFT JOIN paragraphs p ON p.doc_id = h.doc_id AND p.idx = h.idx AND p.text = h.text
              ORDER BY h.doc_id, h.idx`,
    )
    .all() as Array<{
    doc_id: string;
    idx: number;
    text: string;
    heading: string | null;
    labels: string;
    coder: string | null;
    model_labels: string | null;
    tokens: string | null;
  }>;
  return rows.map((r) => ({
    docId: r.doc_id,
    index: r.idx,
    text: r.text,
    heading: r.heading,
    labels: JSON.parse(r.labels) as FunctionLabel[],
    coder: r.coder,
    modelLabels: r.model_labels === null ? null : (JSON.parse(r.model_labels) as FunctionLabel[]),
    tokens: r.tokens === null || r.tokens === '' ? null : r.tokens.split(' '),
  }));
}

/** True when the database has the human_labels table (migration 003) and at least one code. */
export function hasHumanCodes(db: Db): boolean {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'human_labels'").pluck().get();
  return Boolean(table) && (db.prepare('SELECT count(*) FROM human_labels').pluck().get() as number) > 0;
}
