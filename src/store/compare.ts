// `gonghui compare ORG…`: schools' plans side by side — what functions they stress, what they schedule month
// by month, which checklist items each covers, what only one of them has, and how close each document is to
// another one (a plan copied from a web template is nearly identical to documents of other schools).
// A school's own documents are compared even when marked as a near-duplicate: that is what the office
// wants to see. Off-topic documents are left out.
import { FUNCTION_LABELS, type DocumentKind } from '../model/items.ts';
import { MONTH_KEYS, type MonthKey, monthsOf } from './activity-filter.ts';
import { type ChecklistItem, occursAsWords, type SegmentedText, segmentedText } from './checklist.ts';
import type { Db } from './database.ts';
import { documentCondition, type DocumentFilter } from './document-filter.ts';
import { type OrgRow, resolveOrgs } from './orgs.ts';
import { functionShares } from './query-functions.ts';
import { hasSimilarityTable } from './similarity-clusters.ts';

export interface CompareOptions {
  checklist: ChecklistItem[];
  kind?: DocumentKind;
  year?: number;
  includeInferred?: boolean;
}

export type Row = Record<string, unknown>;

export interface Evidence {
  docId: string;
  term: string;
}

export interface Comparison {
  orgs: Array<OrgRow & { compared: number; activities: number }>;
  functions: Row[];
  schedule: Row[];
  checklist: Row[];
  unique: Row[];
  nearest: Row[];
  /** item id → org id → the first document that mentions it (null when none does). */
  evidence: Record<string, Record<string, Evidence | null>>;
}

export const COMPARISON_SECTIONS = ['orgs', 'functions', 'schedule', 'checklist', 'unique', 'nearest'] as const;
export type ComparisonSection = (typeof COMPARISON_SECTIONS)[number];

interface DocRow {
  id: string;
  title: string | null;
  year: number | null;
  kind: string;
  text: string;
}

interface ActivityRow {
  doc_id: string;
  month: number | null;
  month_end: number | null;
  month_inferred: number;
  category: string;
  text: string;
}

function shorten(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length > max ? `${[...flat].slice(0, max - 1).join('')}…` : flat;
}

/** Checklist coverage of one document: item id → the first term found as words (checklist.ts); a plain
 * string, with no word boundaries known, is searched for substrings. */
export function checklistHits(doc: SegmentedText | string, checklist: ChecklistItem[]): Map<string, string> {
  const hits = new Map<string, string>();
  for (const item of checklist) {
    const term = item.terms.find((t) => (typeof doc === 'string' ? doc.includes(t) : occursAsWords(doc, t)));
    if (term) hits.set(item.id, term);
  }
  return hits;
}

/** The other document holding the largest share of this one's text (document_similarity, issue 5: a row
 * (doc_id, other_id, similarity) is the share of doc_id's text found in other_id). */
export function nearestDocument(
  db: Db,
  docId: string,
): { id: string; org: string | null; title: string | null; similarity: number } | null {
  if (!hasSimilarityTable(db)) return null;
  const row = db
    .prepare(
      `SELECT s.other_id AS id, d.org, d.title, s.similarity FROM document_similarity s JOIN documents d ON d.id = s.other_id
              WHERE s.doc_id = ? ORDER BY s.similarity DESC, s.other_id LIMIT 1`,
    )
    .get(docId) as { id: string; org: string | null; title: string | null; similarity: number } | undefined;
  return row ?? null;
}

export function compareOrgs(db: Db, orgQueries: string[], options: CompareOptions): Comparison {
  const orgs = resolveOrgs(db, orgQueries);
  const filter: DocumentFilter = { includeDuplicates: true, kind: options.kind, year: options.year };
  const names = orgs.map((o) => o.org);
  const docsOf = new Map<string, DocRow[]>();
  const activitiesOf = new Map<string, ActivityRow[]>();
  for (const org of orgs) {
    const cond = documentCondition({ ...filter, orgs: [org.org] });
    const docs = db
      .prepare(
        `SELECT d.id, d.title, d.year, d.kind, d.text FROM documents d JOIN sources s ON s.id = d.source_id
                WHERE ${cond.sql} ORDER BY d.year, s.given, d.part`,
      )
      .all(cond.params) as DocRow[];
    docsOf.set(org.id, docs);
    activitiesOf.set(
      org.id,
      db
        .prepare(
          `SELECT a.doc_id, a.month, a.month_end, a.month_inferred, a.category, a.text FROM activities a
                  WHERE a.doc_id IN (SELECT value FROM json_each(@ids)) ORDER BY a.doc_id, a.id`,
        )
        .all({ ids: JSON.stringify(docs.map((d) => d.id)) }) as ActivityRow[],
    );
  }

  const functionRows = orgs.map((o) => functionShares(db, { ...filter, orgs: [o.org] })[0]);
  const functions: Row[] = FUNCTION_LABELS.map((label) => ({
    function: label,
    ...Object.fromEntries(orgs.map((o, i) => [o.org, functionRows[i]?.[label] ?? 0])),
  }));

  const schedule: Row[] = MONTH_KEYS.map((month) => ({ month, ...Object.fromEntries(names.map((n) => [n, ''])) }));
  const rowOf = new Map<MonthKey, Row>(schedule.map((r) => [r.month as MonthKey, r]));
  for (const org of orgs) {
    const perMonth = new Map<MonthKey, Map<string, number>>();
    for (const a of activitiesOf.get(org.id)!) {
      for (const key of monthsOf(
        { month: a.month, monthEnd: a.month_end, monthInferred: a.month_inferred === 1 },
        { includeInferred: options.includeInferred },
      )) {
        const cats = perMonth.get(key) ?? new Map<string, number>();
        cats.set(a.category, (cats.get(a.category) ?? 0) + 1);
        perMonth.set(key, cats);
      }
    }
    for (const [key, cats] of perMonth) {
      rowOf.get(key)![org.org] = [...cats]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([c, n]) => (n > 1 ? `${c} ×${n}` : c))
        .join(', ');
    }
  }

  const evidence: Comparison['evidence'] = {};
  const coverage = new Map<string, Map<string, number>>(); // item → org id → documents
  for (const item of options.checklist) {
    evidence[item.id] = {};
    coverage.set(item.id, new Map());
  }
  const paragraphsOf = db.prepare('SELECT text, tokens FROM paragraphs WHERE doc_id = ? ORDER BY idx');
  for (const org of orgs) {
    for (const doc of docsOf.get(org.id)!) {
      const words = segmentedText(paragraphsOf.all(doc.id) as Array<{ text: string; tokens: string }>);
      for (const [itemId, term] of checklistHits(words, options.checklist)) {
        const perOrg = coverage.get(itemId)!;
        perOrg.set(org.id, (perOrg.get(org.id) ?? 0) + 1);
        evidence[itemId]![org.id] ??= { docId: doc.id, term };
      }
    }
    for (const item of options.checklist) evidence[item.id]![org.id] ??= null;
  }
  const checklist: Row[] = options.checklist.map((item) => {
    const counts = orgs.map((o) => coverage.get(item.id)!.get(o.id) ?? 0);
    return {
      item: item.id,
      label: item.label,
      required: item.required,
      ...Object.fromEntries(orgs.map((o, i) => [o.org, counts[i]])),
      missing: orgs
        .filter((_, i) => counts[i] === 0)
        .map((o) => o.org)
        .join(', '),
    };
  });

  const unique: Row[] = [];
  if (orgs.length > 1) {
    const categoriesOf = new Map(orgs.map((o) => [o.id, new Map<string, string>()]));
    for (const o of orgs)
      for (const a of activitiesOf.get(o.id)!)
        if (!categoriesOf.get(o.id)!.has(a.category)) categoriesOf.get(o.id)!.set(a.category, a.text);
    for (const o of orgs) {
      for (const [category, example] of categoriesOf.get(o.id)!) {
        if (orgs.every((other) => other.id === o.id || !categoriesOf.get(other.id)!.has(category))) {
          unique.push({ org: o.org, kind: 'category', item: category, example: shorten(example) });
        }
      }
      for (const item of options.checklist) {
        const ev = evidence[item.id]![o.id];
        if (ev && orgs.every((other) => other.id === o.id || !evidence[item.id]![other.id])) {
          unique.push({ org: o.org, kind: 'checklist', item: item.label, example: ev.term });
        }
      }
    }
  }

  const nearest: Row[] = [];
  for (const o of orgs) {
    for (const doc of docsOf.get(o.id)!) {
      const n = nearestDocument(db, doc.id);
      nearest.push({
        org: o.org,
        document: doc.id,
        title: doc.title,
        year: doc.year,
        kind: doc.kind,
        nearest: n?.id ?? null,
        nearest_org: n?.org ?? null,
        nearest_title: n?.title ?? null,
        similarity: n ? Number(n.similarity.toFixed(3)) : null,
      });
    }
  }

  return {
    orgs: orgs.map((o) => ({ ...o, compared: docsOf.get(o.id)!.length, activities: activitiesOf.get(o.id)!.length })),
    functions,
    schedule,
    checklist,
    unique,
    nearest,
    evidence,
  };
}
