// Organisations (schools, units) as the documents name them. An org has a short stable id derived from its
// name, so scripts and report links keep working across databases and re-ingestion. Anonymised names
// ("xx小学") are placeholders shared by unrelated schools, so they are never matched as one org.
import { createHash } from 'node:crypto';
import type { Db } from './database.ts';

export interface OrgRow {
  id: string;
  org: string;
  documents: number;
  plans: number;
  summaries: number;
  years: string;
}

export function orgId(name: string): string {
  return createHash('sha256').update(`org:${name}`).digest('hex').slice(0, 8);
}

export function listOrgs(db: Db): OrgRow[] {
  const rows = db
    .prepare(
      `SELECT org, count(*) AS documents, sum(kind = 'plan') AS plans, sum(kind = 'summary') AS summaries,
                     min(year) AS first, max(year) AS last
              FROM documents WHERE org IS NOT NULL AND org_anonymised = 0 GROUP BY org ORDER BY documents DESC, org`,
    )
    .all() as Array<{
    org: string;
    documents: number;
    plans: number;
    summaries: number;
    first: number | null;
    last: number | null;
  }>;
  return rows.map((r) => ({
    id: orgId(r.org),
    org: r.org,
    documents: r.documents,
    plans: r.plans,
    summaries: r.summaries,
    years: r.first === null ? '' : r.first === r.last ? String(r.first) : `${r.first}–${r.last}`,
  }));
}

export class UnknownOrgError extends Error {
  constructor(
    readonly query: string,
    readonly suggestions: string[],
    reason = 'no organisation matches',
  ) {
    super(
      `${reason} "${query}"${suggestions.length ? `; close matches: ${suggestions.join(', ')}` : ' (gonghui query orgs lists them)'}`,
    );
    this.name = 'UnknownOrgError';
  }
}

function bigrams(text: string): string[] {
  const chars = [...text.toLowerCase()];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i]! + c);
}

/** Dice coefficient over character bigrams: works for Chinese names, where words are not space-separated. */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

function closeMatches(query: string, orgs: OrgRow[], limit = 5): string[] {
  return orgs
    .map((o) => ({
      o,
      score: Math.max(nameSimilarity(query, o.org), o.org.includes(query) || query.includes(o.org) ? 0.5 : 0),
    }))
    .filter((c) => c.score >= 0.3)
    .sort((a, b) => b.score - a.score || b.o.documents - a.o.documents)
    .slice(0, limit)
    .map((c) => `${c.o.org} (${c.o.id})`);
}

/** One org from what a user typed: its id, its exact name, or a part of the name that only one org has. */
export function resolveOrg(query: string, orgs: OrgRow[]): OrgRow {
  const q = query.trim();
  const exact = orgs.find((o) => o.id === q.toLowerCase() || o.org === q);
  if (exact) return exact;
  const containing = orgs.filter((o) => o.org.includes(q));
  if (containing.length === 1) return containing[0]!;
  if (containing.length > 1) {
    throw new UnknownOrgError(
      q,
      containing.slice(0, 8).map((o) => `${o.org} (${o.id})`),
      'several organisations match',
    );
  }
  throw new UnknownOrgError(q, closeMatches(q, orgs));
}

export function resolveOrgs(db: Db, queries: string[]): OrgRow[] {
  const orgs = listOrgs(db);
  const found = new Map<string, OrgRow>();
  for (const q of queries) {
    const org = resolveOrg(q, orgs);
    found.set(org.id, org);
  }
  return [...found.values()];
}
