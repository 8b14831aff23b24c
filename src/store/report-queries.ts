// The report's own reads: documents with their paragraphs and activities, activities by month, documents by
// year. The other figures come from the query modules beside this one, shared with the CLI.
import { FUNCTION_LABELS } from '../model/items.ts';
import type { MonthKey } from './activity-filter.ts';
import type { Db } from './database.ts';
import { documentCondition, type DocumentFilter } from './document-filter.ts';
import { orgId } from './orgs.ts';

export interface ReportDocument {
  id: string;
  source: string;
  part: number;
  title: string | null;
  org: string | null;
  orgId: string | null;
  orgAnonymised: boolean;
  year: number | null;
  schoolYear: string | null;
  kind: string;
  onTopic: boolean;
  duplicateOf: string | null;
  chars: number;
  paragraphs: Array<{ idx: number; text: string; labels: string[] }>;
  activities: Array<{
    month: number | null;
    monthEnd: number | null;
    inferred: boolean;
    category: string;
    text: string;
  }>;
  labelCounts: Record<string, number>;
}

export interface MonthActivity {
  docId: string;
  org: string | null;
  category: string;
  text: string;
}

export interface YearRow {
  year: number | null;
  documents: number;
  plans: number;
  summaries: number;
}

export function documentsByYear(db: Db, filter: DocumentFilter): YearRow[] {
  const cond = documentCondition(filter);
  return db
    .prepare(
      `SELECT d.year, count(*) AS documents, sum(d.kind = 'plan') AS plans, sum(d.kind = 'summary') AS summaries
              FROM documents d WHERE ${cond.sql} GROUP BY d.year ORDER BY d.year IS NULL, d.year`,
    )
    .all(cond.params) as YearRow[];
}

/** Every document in the filter with its paragraphs (text blanked unless includeText) and activities. */
export function readReportDocuments(db: Db, filter: DocumentFilter, includeText: boolean): ReportDocument[] {
  const cond = documentCondition(filter);
  const docs = db
    .prepare(
      `SELECT d.id, s.given AS source, d.part, d.title, d.org, d.org_anonymised, d.year, d.school_year, d.kind, d.on_topic,
                     d.duplicate_of, d.chars
              FROM documents d JOIN sources s ON s.id = d.source_id WHERE ${cond.sql}
              ORDER BY d.org IS NULL, d.org, d.year, s.given, d.part`,
    )
    .all(cond.params) as Array<Record<string, unknown>>;
  const paragraphs = db.prepare('SELECT idx, text, labels FROM paragraphs WHERE doc_id = ? ORDER BY idx');
  const activities = db.prepare(
    'SELECT month, month_end, month_inferred, category, text FROM activities WHERE doc_id = ? ORDER BY id',
  );
  return docs.map((d) => {
    const paras = (paragraphs.all(d.id) as Array<{ idx: number; text: string; labels: string }>).map((p) => ({
      idx: p.idx,
      text: p.text,
      labels: JSON.parse(p.labels) as string[],
    }));
    const labelCounts = Object.fromEntries(
      FUNCTION_LABELS.map((l) => [l, paras.filter((p) => p.labels.includes(l)).length]),
    );
    const acts = (
      activities.all(d.id) as Array<{
        month: number | null;
        month_end: number | null;
        month_inferred: number;
        category: string;
        text: string;
      }>
    ).map((a) => ({
      month: a.month,
      monthEnd: a.month_end,
      inferred: a.month_inferred === 1,
      category: a.category,
      text: a.text,
    }));
    const org = (d.org as string | null) ?? null;
    const anonymised = d.org_anonymised === 1;
    return {
      id: d.id as string,
      source: d.source as string,
      part: d.part as number,
      title: (d.title as string | null) ?? null,
      org,
      orgId: org && !anonymised ? orgId(org) : null,
      orgAnonymised: anonymised,
      year: (d.year as number | null) ?? null,
      schoolYear: (d.school_year as string | null) ?? null,
      kind: d.kind as string,
      onTopic: d.on_topic === 1,
      duplicateOf: (d.duplicate_of as string | null) ?? null,
      chars: d.chars as number,
      paragraphs: includeText ? paras : paras.map((p) => ({ ...p, text: '' })),
      activities: acts,
      labelCounts,
    };
  });
}

export type MonthActivities = Map<MonthKey, { shown: MonthActivity[]; total: number }>;

/** Per month (dated months only; the rest under 'unknown'), the first `perMonth` activities and the count. */
export function readMonthActivities(db: Db, filter: DocumentFilter, perMonth: number): MonthActivities {
  const cond = documentCondition(filter);
  const rows = db
    .prepare(
      `SELECT CASE WHEN a.month IS NULL OR a.month_inferred = 1 THEN 0 ELSE a.month END AS m, a.doc_id, d.org, a.category, a.text
              FROM activities a JOIN documents d ON d.id = a.doc_id WHERE ${cond.sql} ORDER BY m, a.category, d.org, a.id`,
    )
    .all(cond.params) as Array<{ m: number; doc_id: string; org: string | null; category: string; text: string }>;
  const out: MonthActivities = new Map();
  for (const r of rows) {
    const key: MonthKey = r.m === 0 ? 'unknown' : r.m;
    const entry = out.get(key) ?? { shown: [], total: 0 };
    entry.total++;
    if (entry.shown.length < perMonth)
      entry.shown.push({ docId: r.doc_id, org: r.org, category: r.category, text: r.text });
    out.set(key, entry);
  }
  return out;
}
