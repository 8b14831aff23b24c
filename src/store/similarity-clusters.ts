// Template clusters: documents joined by a near-duplicate pair at or above a similarity threshold, or by
// duplicate_of. A web template copied into many schools' plans shows up as one cluster spanning orgs.
import type { Db } from './database.ts';

export interface ClusterMember {
  id: string;
  org: string | null;
  title: string | null;
  year: number | null;
  kind: string;
  duplicate_of: string | null;
}

export interface SimilarityCluster {
  members: ClusterMember[];
  /** Highest and lowest similarity of the pairs that formed the cluster (null when only duplicate_of did). */
  maxSimilarity: number | null;
  minSimilarity: number | null;
  orgs: number;
}

/** document_similarity comes from issue 5's near-duplicate detection (migration 002); without it there are
 * no pairs to read. */
export function hasSimilarityTable(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_similarity'").get() !== undefined
  );
}

export function similarityClusters(db: Db, threshold: number): SimilarityCluster[] {
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
  const edges = db
    .prepare(
      `${pairs} SELECT id AS a, duplicate_of AS b, NULL AS similarity FROM documents WHERE duplicate_of IS NOT NULL`,
    )
    .all(pairs ? { threshold } : {}) as Array<{ a: string; b: string; similarity: number | null }>;
  for (const e of edges) union(e.a, e.b);
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  const member = db.prepare('SELECT id, org, title, year, kind, duplicate_of FROM documents WHERE id = ?');
  const clusters: SimilarityCluster[] = [];
  for (const [root, ids] of groups) {
    if (ids.length < 2) continue;
    const members = ids
      .map((id) => member.get(id) as ClusterMember | undefined)
      .filter((m): m is ClusterMember => m !== undefined);
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
      orgs: new Set(members.map((m) => m.org ?? `?${m.id}`)).size,
    });
  }
  return clusters.sort((a, b) => b.members.length - a.members.length || b.orgs - a.orgs);
}
