// `gonghui explain`: why a paragraph carries its labels, from what the database recorded when it was
// classified (scores, the terms or heading behind each label) and any human code that overrides it.
import type { FunctionLabel } from '../model/items.ts';
import type { Db } from './database.ts';

export interface ParagraphExplanation {
  docId: string;
  index: number;
  title: string | null;
  text: string;
  heading: string | null;
  /** The labels exports show: the human code when there is one, else the model's. */
  labels: FunctionLabel[];
  labelSource: 'model' | 'human';
  modelLabels: FunctionLabel[];
  scores: Partial<Record<FunctionLabel, number>>;
  reasons: Partial<Record<FunctionLabel, string[]>>;
  humanLabels: FunctionLabel[] | null;
  coder: string | null;
  /** A human code recorded for a different text at this place (the document was re-split since). */
  staleHumanCode: boolean;
}

export function explainParagraph(db: Db, docId: string, index: number): ParagraphExplanation | null {
  const row = db
    .prepare(
      `SELECT v.doc_id, v.idx, d.title, v.text, v.heading, v.labels, v.label_source, v.model_labels, v.scores, v.reasons,
                     v.human_labels, v.coder,
                     EXISTS (SELECT 1 FROM human_labels h WHERE h.doc_id = v.doc_id AND h.idx = v.idx AND h.text <> v.text) AS stale
              FROM paragraph_labels v JOIN documents d ON d.id = v.doc_id WHERE v.doc_id = ? AND v.idx = ?`,
    )
    .get(docId, index) as Record<string, string | number | null> | undefined;
  if (!row) return null;
  const json = <T>(v: unknown, empty: T): T => (typeof v === 'string' ? (JSON.parse(v) as T) : empty);
  return {
    docId: row.doc_id as string,
    index: row.idx as number,
    title: (row.title as string | null) ?? null,
    text: row.text as string,
    heading: (row.heading as string | null) ?? null,
    labels: json(row.labels, []),
    labelSource: row.label_source as 'model' | 'human',
    modelLabels: json(row.model_labels, []),
    scores: json(row.scores, {}),
    reasons: json(row.reasons, {}),
    humanLabels: row.human_labels === null ? null : json(row.human_labels, []),
    coder: (row.coder as string | null) ?? null,
    staleHumanCode: row.stale === 1,
  };
}

/** How many paragraphs a document has (for a helpful message when the index is out of range). */
export function paragraphCount(db: Db, docId: string): number | null {
  const doc = db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck().get(docId);
  if (!doc) return null;
  return db.prepare('SELECT count(*) FROM paragraphs WHERE doc_id = ?').pluck().get(docId) as number;
}
