// `gonghui compare ORG…`: schools' plans side by side — what functions they stress, what they schedule month
// by month, which checklist items each covers, what only one of them has, and how close each document is to
// another one (a plan copied from a web template is nearly identical to documents of other schools).
// A school's own documents are compared even when marked as a near-duplicate: that is what the office
// wants to see. Off-topic documents are left out. A school with no document under the filters (--year,
// --kind) has a note saying so and null (n/a), not 0 or "missing", in the shares and the checklist.
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
  /** note: why the org is n/a below (no document under the filters), else null. */
  orgs: Array<OrgRow & { compared: number; activities: number; note: string | null }>;
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

const round3 = (x: number) => Number(x.toFixed(3));

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

/** The other document closest to this one in either direction, by the larger of the two shares (a short
 * copy wholly inside a long plan is the long plan's nearest too, though little of the plan is in the copy).
 * A share under PAIR_THRESHOLD (near-duplicates.ts) is not stored and is null. */
export interface NearestDocument {
  id: string;
  org: string | null;
  title: string | null;
  /** Share of this document's text found in the other one. */
  thisInOther: number | null;
  /** Share of the other document's text found in this one. */
  otherInThis: number | null;
}

/** The other document sharing the largest share of text with this one, either way (document_similarity,
 * issue 5: a row (doc_id, other_id, similarity) is the share of doc_id's text found in other_id; a pair
 * may be stored in one direction only). */
export function nearestDocument(db: Db, docId: string): NearestDocument | null {
  if (!hasSimilarityTable(db)) return null;
  const row = db
    .prepare(
      `SELECT p.id, d.org, d.title, max(p.this_in_other) AS thisInOther, max(p.other_in_this) AS otherInThis
         FROM (SELECT other_id AS id, similarity AS this_in_other, NULL AS other_in_this FROM document_similarity WHERE doc_id = @doc
               UNION ALL
               SELECT doc_id, NULL, similarity FROM document_similarity WHERE other_id = @doc) p
         JOIN documents d ON d.id = p.id
        GROUP BY p.id ORDER BY max(coalesce(max(p.this_in_other), 0), coalesce(max(p.other_in_this), 0)) DESC, p.id LIMIT 1`,
    )
    .get({ doc: docId }) as NearestDocument | undefined;
  return row ?? null;
}

const KIND_NOUNS: Record<DocumentKind, string> = { plan: 'plans', summary: 'summaries', other: 'other documents' };

/** What an org without compared documents lacks, in the filter's words: "no documents for 2025". */
export function noDocumentsNote(options: Pick<CompareOptions, 'kind' | 'year'>): string {
  const what = options.kind ? KIND_NOUNS[options.kind] : 'documents';
  if (options.year !== undefined) return `no ${what} for ${options.year}`;
  // Without a filter only off-topic documents can be left out.
  return options.kind ? `no ${what}` : 'no on-topic documents';
}

export function compareOrgs(db: Db, orgQueries: string[], options: CompareOptions): Comparison {
  const orgs = resolveOrgs(db, orgQueries);
  const filter: DocumentFilter = { includeDuplicates: true, kind: options.kind, year: options.year };
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

  // An org with no compared document is n/a (null) below, never 0 or "missing".
  const hasDocuments = (o: OrgRow) => docsOf.get(o.id)!.length > 0;
  const present = orgs.filter(hasDocuments);
  const functionRows = orgs.map((o) => functionShares(db, { ...filter, orgs: [o.org] })[0]);
  const functions: Row[] = FUNCTION_LABELS.map((label) => ({
    function: label,
    ...Object.fromEntries(orgs.map((o, i) => [o.org, hasDocuments(o) ? (functionRows[i]?.[label] ?? 0) : null])),
  }));

  const schedule: Row[] = MONTH_KEYS.map((month) => ({
    month,
    ...Object.fromEntries(orgs.map((o) => [o.org, hasDocuments(o) ? '' : null])),
  }));
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
      ...Object.fromEntries(orgs.map((o, i) => [o.org, hasDocuments(o) ? counts[i] : null])),
      missing: orgs
        .filter((o, i) => hasDocuments(o) && counts[i] === 0)
        .map((o) => o.org)
        .join(', '),
    };
  });

  // Two bases, as in the sections above: an activity category is compared among the orgs that have
  // extracted activities (a school whose activities were not found lacks no category), a checklist item
  // among the orgs that have documents (the item's terms in their text).
  const unique: Row[] = [];
  const withActivities = orgs.filter((o) => activitiesOf.get(o.id)!.length > 0);
  const categoriesOf = new Map(orgs.map((o) => [o.id, new Map<string, string>()]));
  for (const o of withActivities)
    for (const a of activitiesOf.get(o.id)!)
      if (!categoriesOf.get(o.id)!.has(a.category)) categoriesOf.get(o.id)!.set(a.category, a.text);
  const onlyIn = (o: OrgRow, among: OrgRow[], has: (other: OrgRow) => boolean) =>
    among.length > 1 && among.every((other) => other.id === o.id || !has(other));
  for (const o of orgs) {
    for (const [category, example] of categoriesOf.get(o.id)!) {
      if (onlyIn(o, withActivities, (other) => categoriesOf.get(other.id)!.has(category)))
        unique.push({ org: o.org, kind: 'category', item: category, example: shorten(example) });
    }
    for (const item of options.checklist) {
      const ev = evidence[item.id]![o.id];
      if (ev && onlyIn(o, present, (other) => evidence[item.id]![other.id] !== null))
        unique.push({ org: o.org, kind: 'checklist', item: item.label, example: ev.term });
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
        // The larger share, either way; the two shares say which document holds the other.
        similarity: n ? round3(Math.max(n.thisInOther ?? 0, n.otherInThis ?? 0)) : null,
        this_in_nearest: n?.thisInOther == null ? null : round3(n.thisInOther),
        nearest_in_this: n?.otherInThis == null ? null : round3(n.otherInThis),
      });
    }
  }

  return {
    orgs: orgs.map((o) => ({
      ...o,
      compared: docsOf.get(o.id)!.length,
      activities: activitiesOf.get(o.id)!.length,
      note: hasDocuments(o) ? null : noDocumentsNote(options),
    })),
    functions,
    schedule,
    checklist,
    unique,
    nearest,
    evidence,
  };
}
