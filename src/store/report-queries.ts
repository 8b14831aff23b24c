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

/** Per month (stated months; the rest under 'unknown', inferred ones too unless includeInferred: the month
 * rule of query months), the first `perMonth` activities and the count. */
export function readMonthActivities(
  db: Db,
  filter: DocumentFilter,
  perMonth: number,
  includeInferred = false,
): MonthActivities {
  const cond = documentCondition(filter);
  const unknown = includeInferred ? 'a.month IS NULL' : 'a.month IS NULL OR a.month_inferred = 1';
  const rows = db
    .prepare(
      `SELECT CASE WHEN ${unknown} THEN 0 ELSE a.month END AS m, a.doc_id, d.org, a.category, a.text
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

/**
 * The orgs a report compares when none is chosen: named (not anonymised) orgs ranked by the activities of
 * their counted documents (the filter's; by default no near-duplicates, no off-topic), then by those
 * documents. An org whose documents are all near-duplicate copies of another school's plan has no counted
 * activity and is never picked, however many documents it has.
 */
export function orgsByActivities(db: Db, filter: DocumentFilter, limit: number): string[] {
  const cond = documentCondition(filter);
  return db
    .prepare(
      `SELECT d.org, count(DISTINCT d.id) AS documents, count(a.id) AS activities
              FROM documents d LEFT JOIN activities a ON a.doc_id = d.id
              WHERE d.org IS NOT NULL AND d.org_anonymised = 0 AND ${cond.sql}
              GROUP BY d.org HAVING activities > 0 ORDER BY activities DESC, documents DESC, d.org LIMIT @limit`,
    )
    .pluck()
    .all({ ...cond.params, limit }) as string[];
}

export interface ScopeCounts {
  documents: number;
  plans: number;
  summaries: number;
  other: number;
  duplicates: number;
  offTopic: number;
  paragraphs: number;
  activities: number;
}

/** What a report covers (its orgs and year): every document, near-duplicates and off-topic ones included,
 * with how many of them are such; paragraphs and activities of the counted documents only. */
export function scopeCounts(db: Db, filter: DocumentFilter): ScopeCounts {
  const all = documentCondition({ ...filter, includeDuplicates: true, includeOffTopic: true });
  const counted = documentCondition(filter);
  const docs = db
    .prepare(
      `SELECT count(*) AS documents, coalesce(sum(d.kind = 'plan'), 0) AS plans,
                     coalesce(sum(d.kind = 'summary'), 0) AS summaries, coalesce(sum(d.kind = 'other'), 0) AS other,
                     coalesce(sum(d.duplicate_of IS NOT NULL), 0) AS duplicates, coalesce(sum(d.on_topic = 0), 0) AS offTopic
              FROM documents d WHERE ${all.sql}`,
    )
    .get(all.params) as Omit<ScopeCounts, 'paragraphs' | 'activities'>;
  const within = `IN (SELECT d.id FROM documents d WHERE ${counted.sql})`;
  const paragraphs = db.prepare(`SELECT count(*) FROM paragraphs WHERE doc_id ${within}`).pluck().get(counted.params);
  const activities = db.prepare(`SELECT count(*) FROM activities WHERE doc_id ${within}`).pluck().get(counted.params);
  return { ...docs, paragraphs: paragraphs as number, activities: activities as number };
}

/** The years documents state (counted documents of these orgs), for the per-year pages. */
export function statedYears(db: Db, filter: DocumentFilter): number[] {
  const cond = documentCondition(filter);
  return db
    .prepare(`SELECT DISTINCT d.year FROM documents d WHERE d.year IS NOT NULL AND ${cond.sql} ORDER BY d.year`)
    .pluck()
    .all(cond.params) as number[];
}
