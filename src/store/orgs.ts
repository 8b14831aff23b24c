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

/** The name under which queries group documents with anonymised org names, and which --org accepts. */
export const ANONYMISED_GROUP = 'anonymised';

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

/** Length of the longest common subsequence: characters the two names share, in the same order. */
export function commonSubsequence(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = new Array<number>(y.length + 1).fill(0);
  for (const cx of x) {
    const row = [0];
    for (let j = 0; j < y.length; j++) row.push(cx === y[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!));
    prev = row;
  }
  return prev[y.length]!;
}

// The kind of school a name ends with says little about which school is meant: 青山中学 is closer to
// 青山区实验小学 than to 西山中学. Longest first.
const SCHOOL_KINDS = [
  '中心小学',
  '中心学校',
  '高级中学',
  '初级中学',
  '实验学校',
  '实验小学',
  '实验中学',
  '中心校',
  '幼儿园',
  '小学',
  '中学',
  '初中',
  '高中',
  '学校',
  '学区',
  '中心',
  '学院',
  '大学',
];

/** A name without the kind of school it ends with (the whole name when nothing else is left). */
export function distinctivePart(name: string): string {
  const kind = SCHOOL_KINDS.find((k) => name.endsWith(k) && name.length > k.length);
  return kind ? name.slice(0, -kind.length) : name;
}

/** How well a name matches what was typed (0–1): the share of the typed distinctive part found in order in
 * the name's, then of the whole typed name in the whole name. */
export function nameSimilarity(query: string, name: string): number {
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  if (!q || !n) return 0;
  const core = distinctivePart(q);
  return (
    0.7 * (commonSubsequence(core, distinctivePart(n)) / [...core].length) +
    0.3 * (commonSubsequence(q, n) / [...q].length)
  );
}

function closeMatches(query: string, orgs: OrgRow[], limit = 5): string[] {
  return orgs
    .map((o) => ({ o, score: nameSimilarity(query, o.org) }))
    .filter((c) => c.score >= 0.4)
    .sort((a, b) => b.score - a.score || b.o.documents - a.o.documents || a.o.org.length - b.o.org.length)
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
