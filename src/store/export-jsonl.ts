// `gonghui export`: the database as three UTF-8 JSON Lines files. The field names and types are a
// contract (README "Export contract"); a field no stage fills yet holds its honest empty value.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database.ts';

export interface ExportCounts {
  documents: number;
  paragraphs: number;
  activities: number;
}

async function writeLines(path: string, rows: Iterable<unknown>): Promise<number> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let n = 0;
  for (const row of rows) {
    if (!stream.write(`${JSON.stringify(row)}\n`)) await new Promise<void>((r) => stream.once('drain', () => r()));
    n++;
  }
  await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return n;
}

export function* documentRows(db: Db) {
  const rows = db
    .prepare(
      `SELECT d.id, s.given AS source, d.part, d.title, d.org, d.year, d.kind, d.on_topic, d.duplicate_of, d.text
              FROM documents d JOIN sources s ON s.id = d.source_id ORDER BY s.given, d.part`,
    )
    .iterate() as Iterable<Record<string, unknown>>;
  for (const r of rows) {
    yield {
      id: r.id,
      source: r.source,
      part: r.part,
      title: r.title ?? null,
      org: r.org ?? null,
      year: r.year ?? null,
      kind: r.kind,
      on_topic: r.on_topic === 1,
      duplicate_of: r.duplicate_of ?? null,
      text: r.text,
    };
  }
}

export function* paragraphRows(db: Db) {
  const rows = db
    // paragraph_labels: a human code (gonghui label import) overrides the model's labels; scores stay the model's.
    .prepare(
      `SELECT p.doc_id, p.idx, p.text, p.labels, p.scores FROM paragraph_labels p
              JOIN documents d ON d.id = p.doc_id JOIN sources s ON s.id = d.source_id ORDER BY s.given, d.part, p.idx`,
    )
    .iterate() as Iterable<Record<string, string | number>>;
  for (const r of rows) {
    yield {
      doc_id: r.doc_id,
      index: r.idx,
      text: r.text,
      labels: JSON.parse(r.labels as string),
      scores: JSON.parse(r.scores as string),
    };
  }
}

export function* activityRows(db: Db) {
  const rows = db
    .prepare(
      `SELECT a.doc_id, a.month, a.month_end, a.day, a.month_inferred, a.basis, a.year, a.text, a.category, a.functions, a.source FROM activities a
              JOIN documents d ON d.id = a.doc_id JOIN sources s ON s.id = d.source_id ORDER BY s.given, d.part, a.id`,
    )
    .iterate() as Iterable<Record<string, string | number | null>>;
  for (const r of rows) {
    yield {
      doc_id: r.doc_id,
      month: r.month ?? null,
      month_end: r.month_end ?? null,
      day: r.day ?? null,
      month_inferred: r.month_inferred === 1,
      basis: r.basis ?? null,
      year: r.year ?? null,
      text: r.text,
      category: r.category,
      functions: JSON.parse(r.functions as string),
      source: r.source,
    };
  }
}

export async function exportJsonl(db: Db, dir: string): Promise<ExportCounts> {
  mkdirSync(dir, { recursive: true });
  return {
    documents: await writeLines(join(dir, 'documents.jsonl'), documentRows(db)),
    paragraphs: await writeLines(join(dir, 'paragraphs.jsonl'), paragraphRows(db)),
    activities: await writeLines(join(dir, 'activities.jsonl'), activityRows(db)),
  };
}
