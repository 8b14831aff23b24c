// `gonghui explain <doc_id>`: why a document has its title, org, year, kind and topic, where it was cut from its
// page, what cleaning removed from that page, and how its activities got their months — read back from the
// provenance notes every stage wrote, so a field can be checked by hand before a figure is published.
import type { DocumentKind, DocumentMeta } from '../model/items.ts';
import type { Db } from './database.ts';

/** One provenance note, as the stage wrote it. */
export interface NoteLine {
  stage: string;
  rule: string;
  reason: string;
  /** The text the rule acted on (a removed line, a repaired word), shortened for display. */
  before: string | null;
  after: string | null;
}

/** A rule that fired on the page before it was split, with how often and a few of the lines it removed. */
export interface PageRule {
  stage: string;
  rule: string;
  times: number;
  reason: string;
  examples: string[];
}

export interface DocumentExplanation {
  docId: string;
  source: string;
  part: number;
  parts: number;
  /** The stored fields: the metadata stage's, with the title and the near-duplicate it was matched to. */
  fields: DocumentMeta & { title: string | null; duplicateOf: string | null };
  /** How the split titled this part, when the metadata stage did not retitle it ("document 2: title from …"). */
  splitTitle: string | null;
  /** The metadata stage's notes for this document: the evidence behind each field. */
  metadata: NoteLine[];
  /** The other stages' notes on this document (split, paragraphs, activities, labels), counted by rule. */
  documentRules: PageRule[];
  /** What the stages before the split did to the whole page (decode, cleaning, conversion, the cut itself). */
  pageRules: PageRule[];
  paragraphs: number;
  activities: { total: number; byBasis: Record<string, number>; withoutMonth: number };
}

const EXAMPLES_PER_RULE = 3;
const EXAMPLE_CHARS = 60;

const shorten = (s: string | null): string | null =>
  s === null ? null : s.length > EXAMPLE_CHARS ? `${s.slice(0, EXAMPLE_CHARS)}…` : s;

/** Notes grouped by stage and rule in the order they were first written; examples are what a rule acted on. */
function groupRules(rows: Array<Pick<NoteLine, 'stage' | 'rule' | 'reason' | 'before'>>): PageRule[] {
  const byRule = new Map<string, PageRule>();
  for (const r of rows) {
    const key = `${r.stage}\u0000${r.rule}`;
    let g = byRule.get(key);
    if (!g) byRule.set(key, (g = { stage: r.stage, rule: r.rule, times: 0, reason: r.reason, examples: [] }));
    g.times++;
    const example = shorten(r.before?.trim() || null);
    if (example && g.examples.length < EXAMPLES_PER_RULE && !g.examples.includes(example)) g.examples.push(example);
  }
  return [...byRule.values()];
}

export function explainDocument(db: Db, docId: string): DocumentExplanation | null {
  const doc = db
    .prepare(
      `SELECT d.id, d.source_id, d.part, d.title, d.org, d.org_anonymised, d.year, d.school_year, d.kind, d.period,
              d.on_topic, d.duplicate_of, s.given,
              (SELECT count(*) FROM documents o WHERE o.source_id = d.source_id) AS parts,
              (SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.id) AS paragraphs
       FROM documents d JOIN sources s ON s.id = d.source_id WHERE d.id = ?`,
    )
    .get(docId) as Record<string, string | number | null> | undefined;
  if (!doc) return null;
  const notes = db
    .prepare(`SELECT stage, rule, reason, before, after FROM notes WHERE doc_id = ? ORDER BY id`)
    .all(docId) as NoteLine[];
  const pageNotes = db
    .prepare(`SELECT stage, rule, reason, before FROM notes WHERE source_id = ? AND doc_id IS NULL ORDER BY id`)
    .all(doc.source_id) as NoteLine[];
  const basis = db
    .prepare(`SELECT coalesce(basis, 'none') AS basis, count(*) AS n FROM activities WHERE doc_id = ? GROUP BY 1`)
    .all(docId) as Array<{ basis: string; n: number }>;
  const byBasis: Record<string, number> = {};
  for (const b of basis) if (b.basis !== 'none') byBasis[b.basis] = b.n;
  return {
    docId,
    source: doc.given as string,
    part: doc.part as number,
    parts: doc.parts as number,
    fields: {
      title: (doc.title as string | null) ?? null,
      org: (doc.org as string | null) ?? null,
      orgAnonymised: doc.org_anonymised === 1,
      year: (doc.year as number | null) ?? null,
      schoolYear: (doc.school_year as string | null) ?? null,
      kind: doc.kind as DocumentKind,
      period: (doc.period as string | null) ?? null,
      onTopic: doc.on_topic === 1,
      duplicateOf: (doc.duplicate_of as string | null) ?? null,
    },
    splitTitle:
      pageNotes.find((n) => n.rule === 'split.title' && n.reason.startsWith(`document ${doc.part}:`))?.reason ?? null,
    metadata: notes
      .filter((n) => n.stage === 'metadata')
      .map((n) => ({ ...n, before: shorten(n.before), after: shorten(n.after) })),
    documentRules: groupRules(notes.filter((n) => n.stage !== 'metadata')),
    pageRules: groupRules(pageNotes),
    paragraphs: doc.paragraphs as number,
    activities: {
      total: basis.reduce((sum, b) => sum + b.n, 0),
      byBasis,
      withoutMonth: basis.find((b) => b.basis === 'none')?.n ?? 0,
    },
  };
}
