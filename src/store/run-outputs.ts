// What one run left in the database, read back whole through its public views (v_documents, v_paragraphs,
// v_activities — what researchers query): the real-page evaluation scores exactly what users would get.
import type { DocumentKind, FunctionLabel, MonthBasis } from '../model/items.ts';
import type { Db } from './database.ts';
import { type ErrorRow, listErrors } from './stats.ts';

export interface OutputParagraph {
  index: number;
  text: string;
  labels: FunctionLabel[];
}

export interface OutputActivity {
  month: number | null;
  monthEnd: number | null;
  monthInferred: boolean;
  /** How the month is known (stated, festival, week, order); null without a month. */
  basis: MonthBasis | null;
  year: number | null;
  text: string;
  evidence: string | null;
  /** The paragraph the activity was read from (its index in the document). */
  paragraphIndex: number;
}

export interface OutputDocument {
  id: string;
  /** The source key the document came from (for files, the path as read). */
  source: string;
  part: number;
  title: string | null;
  text: string;
  org: string | null;
  orgAnonymised: boolean;
  year: number | null;
  schoolYear: string | null;
  kind: DocumentKind;
  onTopic: boolean;
  /** Id of the earlier document this one nearly repeats (possibly on another page), as the store set it. */
  duplicateOf: string | null;
  paragraphs: OutputParagraph[];
  activities: OutputActivity[];
}

export interface RunOutputs {
  documents: OutputDocument[];
  errors: ErrorRow[];
}

interface DocumentRow {
  id: string;
  source: string;
  part: number;
  title: string | null;
  text: string;
  org: string | null;
  org_anonymised: number;
  year: number | null;
  school_year: string | null;
  kind: DocumentKind;
  on_topic: number;
  duplicate_of: string | null;
}
interface ParagraphRow {
  doc_id: string;
  idx: number;
  text: string;
  labels: string;
}
interface ActivityRow {
  doc_id: string;
  paragraph_idx: number;
  month: number | null;
  month_end: number | null;
  month_inferred: number;
  basis: MonthBasis | null;
  year: number | null;
  text: string;
  evidence: string | null;
}

/** Every document of the database with its paragraphs and activities, and every error row. */
export function readRunOutputs(db: Db): RunOutputs {
  const documents: OutputDocument[] = [];
  const byDoc = new Map<string, OutputDocument>();
  const rows = db
    .prepare(
      `SELECT id, source, part, title, text, org, org_anonymised, year, school_year, kind, on_topic, duplicate_of
                                FROM v_documents ORDER BY source, part`,
    )
    .all() as DocumentRow[];
  for (const r of rows) {
    const doc: OutputDocument = {
      id: r.id,
      source: r.source,
      part: r.part,
      title: r.title,
      text: r.text,
      org: r.org,
      orgAnonymised: r.org_anonymised === 1,
      year: r.year,
      schoolYear: r.school_year,
      kind: r.kind,
      onTopic: r.on_topic === 1,
      duplicateOf: r.duplicate_of,
      paragraphs: [],
      activities: [],
    };
    documents.push(doc);
    byDoc.set(r.id, doc);
  }
  for (const r of db
    .prepare('SELECT doc_id, idx, text, labels FROM v_paragraphs ORDER BY doc_id, idx')
    .all() as ParagraphRow[]) {
    byDoc
      .get(r.doc_id)
      ?.paragraphs.push({ index: r.idx, text: r.text, labels: JSON.parse(r.labels) as FunctionLabel[] });
  }
  for (const r of db
    .prepare(
      'SELECT doc_id, paragraph_idx, month, month_end, month_inferred, basis, year, text, evidence FROM v_activities ORDER BY doc_id, id',
    )
    .all() as ActivityRow[]) {
    byDoc.get(r.doc_id)?.activities.push({
      month: r.month,
      monthEnd: r.month_end,
      monthInferred: r.month_inferred === 1,
      basis: r.basis,
      year: r.year,
      text: r.text,
      evidence: r.evidence,
      paragraphIndex: r.paragraph_idx,
    });
  }
  return { documents, errors: listErrors(db) };
}
