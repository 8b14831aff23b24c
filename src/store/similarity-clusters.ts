// Template clusters: documents joined by a near-duplicate pair at or above a similarity threshold, or by
// duplicate_of. A web template copied into many schools' plans shows up as one cluster spanning orgs.
import type { Db } from './database.ts';
import { documentCondition, type DocumentFilter, keepsEveryDocument } from './document-filter.ts';

export interface ClusterMember {
  id: string;
  org: string | null;
  title: string | null;
  year: number | null;
  kind: string;
  duplicate_of: string | null;
  /** The org is a placeholder (xx小学), not a school's name. */
  org_anonymised: boolean;
}

export interface SimilarityCluster {
  members: ClusterMember[];
  /** Highest and lowest similarity of the pairs that formed the cluster (null when only duplicate_of did). */
  maxSimilarity: number | null;
  minSimilarity: number | null;
  /** Distinct named orgs among the members (an anonymised placeholder or no org names none). */
  orgs: number;
  /** Members that name no org: no org found, or an anonymised placeholder. */
  unnamed: number;
}

/** The named orgs of a cluster and how many members name none: a document without an org is not a unit. */
export function countOrgs(members: ReadonlyArray<Pick<ClusterMember, 'org' | 'org_anonymised'>>): {
  orgs: number;
  unnamed: number;
} {
  const named = members.filter((m) => m.org !== null && !m.org_anonymised).map((m) => m.org);
  return { orgs: new Set(named).size, unnamed: members.length - named.length };
}

/** document_similarity comes from issue 5's near-duplicate detection (migration 002); without it there are
 * no pairs to read. */
const ALL: DocumentFilter = { includeDuplicates: true, includeOffTopic: true };

export function hasSimilarityTable(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_similarity'").get() !== undefined
  );
}

/** Clusters among the documents `within` keeps (default: all), joined only by pairs of two such documents: a
 * report on some schools shows their documents only, and never a link through another school's. */
export function similarityClusters(db: Db, threshold: number, within: DocumentFilter = ALL): SimilarityCluster[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const pairs = hasSimilarityTable(db)
    ? 'SELECT doc_id AS a, other_id AS b, similarity FROM document_similarity WHERE similarity >= @threshold UNION ALL'
    : '';
  const allEdges = db
    .prepare(
      `${pairs} SELECT id AS a, duplicate_of AS b, NULL AS similarity FROM documents WHERE duplicate_of IS NOT NULL`,
    )
    .all(pairs ? { threshold } : {}) as Array<{ a: string; b: string; similarity: number | null }>;
  const cond = documentCondition(within);
  const kept = keepsEveryDocument(within)
    ? null
    : new Set(db.prepare(`SELECT d.id FROM documents d WHERE ${cond.sql}`).pluck().all(cond.params));
  const edges = kept ? allEdges.filter((e) => kept.has(e.a) && kept.has(e.b)) : allEdges;
  for (const e of edges) union(e.a, e.b);
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  const member = db.prepare(
    'SELECT id, org, title, year, kind, duplicate_of, org_anonymised = 1 AS org_anonymised FROM documents WHERE id = ?',
  );
  const clusters: SimilarityCluster[] = [];
  for (const [root, ids] of groups) {
    if (ids.length < 2) continue;
    const members = ids
      .map((id) => member.get(id) as (Omit<ClusterMember, 'org_anonymised'> & { org_anonymised: number }) | undefined)
      .filter((m) => m !== undefined)
      .map((m) => ({ ...m, org_anonymised: m.org_anonymised === 1 }));
    if (members.length < 2) continue;
    const sims = edges.filter((e) => e.similarity !== null && find(e.a) === root).map((e) => e.similarity!);
    members.sort(
      (x, y) =>
        (x.year ?? 9999) - (y.year ?? 9999) || (x.org ?? '').localeCompare(y.org ?? '') || x.id.localeCompare(y.id),
    );
    clusters.push({
      members,
      maxSimilarity: sims.length ? Math.max(...sims) : null,
      minSimilarity: sims.length ? Math.min(...sims) : null,
      ...countOrgs(members),
    });
  }
  return clusters.sort((a, b) => b.members.length - a.members.length || b.orgs - a.orgs);
}
