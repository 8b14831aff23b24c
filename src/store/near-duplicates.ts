// Near-duplicate detection at store time. Each new document's MinHash signature is banded (LSH: 4 minima
// per band, 32 bands: pairs from about 0.4 Jaccard up are likely to share a band) and only the documents
// sharing the most bands with it — at most MAX_CANDIDATES, earliest first on ties — are compared, so a
// template copied into thousands of plans costs the same per document as a unique text; documents of the
// same source are always compared (a compilation repeating a shortened copy of one of its documents shares
// too little with it for the bands to catch reliably). Pairs where at least half of one document is
// found in the other go to document_similarity (direction: see migration 002); documents.duplicate_of points
// to the earliest document — by source, then part — of which a document is a near copy.
//
// Re-ingesting a source deletes its documents' buckets (forgetBuckets), then its documents, and the foreign
// keys delete their fingerprints and pairs with them; the documents that pointed at them are re-examined here, so no stale pair or pointer stays.
import type { DocumentFingerprint } from '../model/items.ts';
import type Database from 'better-sqlite3';
import type { Db } from './database.ts';
import { RowBatcher } from './row-batches.ts';

/** Share of a document found in another for the pair to be stored. */
export const PAIR_THRESHOLD = 0.5;
/** Share of a document found in an earlier one for it to count as that one's duplicate. */
export const DUPLICATE_THRESHOLD = 0.8;
const ROWS_PER_BAND = 4;
/** Documents from other sources compared with each new document: the ones sharing the most bands. */
const MAX_CANDIDATES = 40;
/** Earliest documents read from each shared bucket: a template copied into thousands of plans fills its
 * buckets, and its earliest copies are the ones a new copy must be compared with. */
const PER_BUCKET = 12;
/** A document's place in ingestion order, stored with its buckets so a bucket reads earliest first. */
const ORDER_SPAN = 1_000_000;

export interface StoredFingerprint {
  id: string;
  /** 1-based part within its source: with the source id, the document's place in ingestion order. */
  part: number;
  fingerprint: DocumentFingerprint | null;
}

function toBlob(minhash: number[]): Buffer {
  const buf = Buffer.alloc(minhash.length * 4);
  minhash.forEach((v, i) => buf.writeUInt32LE(v >>> 0, i * 4));
  return buf;
}

function fromBlob(blob: Buffer): Uint32Array {
  const out = new Uint32Array(blob.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = blob.readUInt32LE(i * 4);
  return out;
}

function bandBuckets(minhash: ArrayLike<number>): number[] {
  const buckets: number[] = [];
  for (let b = 0; (b + 1) * ROWS_PER_BAND <= minhash.length; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS_PER_BAND; r++) {
      h = Math.imul(h ^ minhash[b * ROWS_PER_BAND + r]!, 0x01000193);
    }
    // SQLite integers are signed; keep buckets in the 32-bit signed range.
    buckets.push(h | 0);
  }
  return buckets;
}

export interface PairEstimate {
  jaccard: number;
  /** Share of a's shingles found in b, and of b's in a. */
  aInB: number;
  bInA: number;
}

/** Jaccard from matching minima; containment from Jaccard and the two set sizes (|A∩B| = J(|A|+|B|)/(1+J)). */
export function estimatePair(a: ArrayLike<number>, aSize: number, b: ArrayLike<number>, bSize: number): PairEstimate {
  const n = Math.min(a.length, b.length);
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  const jaccard = n ? same / n : 0;
  const common = (jaccard * (aSize + bSize)) / (1 + jaccard);
  return { jaccard, aInB: Math.min(1, common / aSize), bInA: Math.min(1, common / bSize) };
}

export class NearDuplicates {
  private readonly insertFingerprint;
  private readonly db: Db;
  private readonly storedSignatures;
  private readonly deleteBucket;
  private readonly fingerprintOf;
  private readonly pairRows;
  private readonly pointingAt;
  private readonly orderOf;
  private readonly earlierCopies;
  private readonly setDuplicate;

  constructor(db: Db) {
    this.insertFingerprint = db.prepare(`INSERT INTO document_fingerprints (doc_id, shingles, minhash) VALUES (?, ?, ?)
      ON CONFLICT DO UPDATE SET shingles = excluded.shingles, minhash = excluded.minhash`);
    this.db = db;
    this.storedSignatures = db.prepare(
      'SELECT d.part, f.minhash FROM documents d JOIN document_fingerprints f ON f.doc_id = d.id WHERE d.source_id = ?',
    );
    this.deleteBucket = db.prepare('DELETE FROM document_lsh WHERE band = ? AND bucket = ? AND ord = ?');

    this.fingerprintOf = db.prepare('SELECT shingles, minhash FROM document_fingerprints WHERE doc_id = ?');
    // An upsert rather than INSERT OR REPLACE: REPLACE may delete rows, so SQLite opens a statement journal for
    // every row.
    this.pairRows = new RowBatcher(
      db,
      'INSERT INTO document_similarity (doc_id, other_id, similarity, jaccard)',
      4,
      'ON CONFLICT DO UPDATE SET similarity = excluded.similarity, jaccard = excluded.jaccard',
    );
    this.pointingAt = db
      .prepare(
        'SELECT d.id FROM documents d JOIN documents t ON t.id = d.duplicate_of WHERE t.source_id = ? AND d.source_id <> ?',
      )
      .pluck();
    this.orderOf = db.prepare('SELECT source_id AS sourceId, part FROM documents WHERE id = ?');
    // The earliest document this one is a near copy of: earlier by source (first ingested), then by part.
    this.earlierCopies = db
      .prepare(
        `
      SELECT s.other_id FROM document_similarity s JOIN documents o ON o.id = s.other_id
      WHERE s.doc_id = @id AND s.similarity >= @threshold
        AND (o.source_id < @sourceId OR (o.source_id = @sourceId AND o.part < @part))
      ORDER BY o.source_id, o.part LIMIT 1`,
      )
      .pluck();
    // Only when it changes: an UPDATE rewrites the whole row (the document's text) and its indexes, and most
    // documents are a near copy of nothing before and after.
    this.setDuplicate = db.prepare('UPDATE documents SET duplicate_of = ? WHERE id = ? AND duplicate_of IS NOT ?');
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Candidates in one statement: the earliest PER_BUCKET rows of each of a signature's buckets before the
   * source (and after it, when later sources exist), counted per document in SQLite, so only the chosen
   * MAX_CANDIDATES come back. Parameters: bucket, order for each band (then again for the later side). */
  private candidateReader(bands: number, laterSources: boolean): Database.Statement {
    const arms = (side: '<' | '>=') =>
      Array.from(
        { length: bands },
        (_, band) =>
          `SELECT * FROM (SELECT doc_id, ord FROM document_lsh WHERE band = ${band} AND bucket = ? AND ord ${side} ? ORDER BY ord LIMIT ${PER_BUCKET})`,
      );
    return this.statement(
      `candidates ${bands} ${laterSources}`,
      () =>
        `SELECT doc_id, ord FROM (${[...arms('<'), ...(laterSources ? arms('>=') : [])].join(' UNION ALL ')})
       GROUP BY ord ORDER BY count(*) DESC, ord LIMIT ${MAX_CANDIDATES}`,
    );
  }

  /** A document's rows in all its buckets, in one statement. Parameters: bucket, ord, doc_id for each band. */
  private bucketWriter(bands: number): Database.Statement {
    return this.statement(
      `write ${bands}`,
      () =>
        `INSERT OR IGNORE INTO document_lsh (band, bucket, ord, doc_id) VALUES ${Array.from({ length: bands }, (_, band) => `(${band}, ?, ?, ?)`).join(', ')}`,
    );
  }

  private statement(key: string, sql: () => string): Database.Statement {
    let st = this.statements.get(key);
    if (!st) {
      st = this.db.prepare(sql());
      this.statements.set(key, st);
    }
    return st;
  }

  /** Documents of other sources sharing the most bands with a signature (earliest first on ties), reading only
   * the earliest few of each shared bucket on either side of the source, so the cost per document is bounded
   * however often a template was copied. */
  private candidatesFor(
    buckets: number[],
    sourceId: number,
    laterSourcesExist: boolean,
  ): Array<{ doc_id: string; ord: number }> {
    const first = sourceId * ORDER_SPAN;
    const last = (sourceId + 1) * ORDER_SPAN;
    const params: number[] = [];
    for (const b of buckets) params.push(b, first);
    // Later sources exist only when an earlier source is re-ingested: a new source comes after all.
    if (laterSourcesExist) for (const b of buckets) params.push(b, last);
    return this.candidateReader(buckets.length, laterSourcesExist).all(params) as Array<{
      doc_id: string;
      ord: number;
    }>;
  }

  /** Deletes the bucket rows of a source's stored documents, found from their stored signatures (document_lsh
   * has no foreign key: see migration 009). Call before the documents are deleted. */
  forgetBuckets(sourceId: number): void {
    for (const { part, minhash } of this.storedSignatures.all(sourceId) as Array<{ part: number; minhash: Buffer }>) {
      const ord = sourceId * ORDER_SPAN + part;
      bandBuckets(fromBlob(minhash)).forEach((bucket, band) => this.deleteBucket.run(band, bucket, ord));
    }
  }

  /** Documents of other sources that point at this source's documents: call before they are deleted for a
   * re-ingest, and pass the answer to record() so their pointers are re-examined. */
  pointingInto(sourceId: number): string[] {
    return this.pointingAt.all(sourceId, sourceId) as string[];
  }

  /** Signatures already read or written in this run (≈0.5 KB each), so candidates cost no query. */
  private readonly known = new Map<string, { minhash: ArrayLike<number>; shingles: number }>();

  private signatureOf(id: string): { minhash: ArrayLike<number>; shingles: number } | undefined {
    let sig = this.known.get(id);
    if (!sig) {
      const row = this.fingerprintOf.get(id) as { shingles: number; minhash: Buffer } | undefined;
      if (!row) return undefined;
      sig = { minhash: fromBlob(row.minhash), shingles: row.shingles };
      this.known.set(id, sig);
    }
    return sig;
  }

  /**
   * Records the fingerprints of a source's freshly written documents, finds their near-duplicates among all
   * stored documents and updates duplicate_of wherever it may have changed. Runs inside the caller's
   * transaction, after the documents are written.
   *
   * `context.pointedAt`: documents of other sources that pointed at this source's previous documents;
   * `context.laterSources`: whether sources ingested after this one exist (a re-ingest or a retry of an
   * earlier source), whose documents may now have this one's as their earliest copy.
   */
  record(
    sourceId: number,
    documents: StoredFingerprint[],
    context: { pointedAt: string[]; laterSources: boolean } = { pointedAt: [], laterSources: false },
  ): void {
    const affected = new Set<string>(context.pointedAt);
    const mine = new Map<string, DocumentFingerprint>();
    const bucketsOf = new Map<string, number[]>();
    for (const doc of documents) {
      affected.add(doc.id);
      if (!doc.fingerprint) continue;
      mine.set(doc.id, doc.fingerprint);
      this.known.set(doc.id, {
        minhash: Uint32Array.from(doc.fingerprint.minhash),
        shingles: doc.fingerprint.shingles,
      });
      this.insertFingerprint.run(doc.id, doc.fingerprint.shingles, toBlob(doc.fingerprint.minhash));
      const ord = sourceId * ORDER_SPAN + doc.part;
      const buckets = bandBuckets(doc.fingerprint.minhash);
      bucketsOf.set(doc.id, buckets);
      this.bucketWriter(buckets.length).run(buckets.flatMap((b) => [b, ord, doc.id]));
    }
    const partners = new Set<string>();
    const store = (id: string, other: string, est: PairEstimate) => {
      if (est.aInB >= PAIR_THRESHOLD) this.pairRows.add(id, other, round(est.aInB), round(est.jaccard));
      if (est.bInA >= PAIR_THRESHOLD) this.pairRows.add(other, id, round(est.bInA), round(est.jaccard));
      if (est.aInB >= PAIR_THRESHOLD || est.bInA >= PAIR_THRESHOLD) partners.add(other);
    };
    const ids = [...mine.keys()];
    // The same source's documents, in memory: every pair for a page of ordinary size; for a page of thousands of
    // near-identical parts, candidates and kept pairs as for other sources, so the cost stays linear.
    const sameSource = ids.length > ALL_PAIRS_UP_TO ? sameSourceCandidates(ids, bucketsOf) : null;
    ids.forEach((id, i) => {
      const fp = mine.get(id)!;
      const near: Array<{ other: string; est: PairEstimate; order: number }> = [];
      for (const k of sameSource ? sameSource[i]! : Array.from({ length: i }, (_, k) => k)) {
        const other = mine.get(ids[k]!)!;
        const est = estimatePair(fp.minhash, fp.shingles, other.minhash, other.shingles);
        if (est.aInB >= PAIR_THRESHOLD || est.bInA >= PAIR_THRESHOLD) near.push({ other: ids[k]!, est, order: k });
      }
      for (const f of sameSource ? keptPairs(near) : near) store(id, f.other, f.est);
      // Other sources; `order` is the candidate's place in ingestion order.
      const found: Array<{ other: string; est: PairEstimate; order: number }> = [];
      for (const { doc_id: other, ord: order } of this.candidatesFor(
        bucketsOf.get(id)!,
        sourceId,
        context.laterSources,
      )) {
        const sig = this.signatureOf(other);
        if (!sig) continue;
        const est = estimatePair(fp.minhash, fp.shingles, sig.minhash, sig.shingles);
        if (est.aInB >= PAIR_THRESHOLD || est.bInA >= PAIR_THRESHOLD) found.push({ other, est, order });
      }
      for (const f of keptPairs(found)) store(id, f.other, f.est);
    });
    this.pairRows.flush(); // before duplicate_of is read off the pairs
    // A new source comes after every stored one, so only its own documents' pointers can change. A source
    // with later ones keeps its place in the order and may now be the earliest copy of their documents.
    if (context.laterSources || context.pointedAt.length > 0) for (const p of partners) affected.add(p);
    for (const id of affected) this.updateDuplicateOf(id);
  }

  private updateDuplicateOf(id: string): void {
    const order = this.orderOf.get(id) as { sourceId: number; part: number } | undefined;
    if (!order) return;
    const target =
      (this.earlierCopies.get({ id, threshold: DUPLICATE_THRESHOLD, sourceId: order.sourceId, part: order.part }) as
        string | undefined) ?? null;
    this.setDuplicate.run(target, id, target);
  }
}

/** Up to this many documents in one source, every pair of them is compared and kept (a compilation has tens). */
const ALL_PAIRS_UP_TO = 200;

/** For each of a source's documents (in order), the earlier ones sharing the most bands with it: the earliest
 * PER_BUCKET of each shared bucket, at most MAX_CANDIDATES, earliest first on ties — as candidatesFor reads them
 * from the store for other sources. */
function sameSourceCandidates(ids: string[], bucketsOf: Map<string, number[]>): number[][] {
  const earliest = new Map<string, number[]>();
  return ids.map((id, i) => {
    const shared = new Map<number, number>();
    (bucketsOf.get(id) ?? []).forEach((bucket, band) => {
      const key = `${band}:${bucket}`;
      const members = earliest.get(key) ?? [];
      for (const k of members) shared.set(k, (shared.get(k) ?? 0) + 1);
      if (members.length < PER_BUCKET) earliest.set(key, [...members, i]);
    });
    return [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_CANDIDATES)
      .map(([k]) => k);
  });
}

/** Pairs kept per document with other sources: the closest ones, plus the earliest near copy (which
 * duplicate_of needs) and the earliest document that is a near copy of this one. A template copied into
 * thousands of plans thus links each copy to a few others, not to all of them. */
const PAIRS_PER_DOCUMENT = 12;

function keptPairs<T extends { est: PairEstimate; order: number }>(found: T[]): T[] {
  const kept = new Set(
    [...found]
      .sort((a, b) => Math.max(b.est.aInB, b.est.bInA) - Math.max(a.est.aInB, a.est.bInA) || a.order - b.order)
      .slice(0, PAIRS_PER_DOCUMENT),
  );
  const earliestCopyOf = found.filter((f) => f.est.aInB >= DUPLICATE_THRESHOLD).sort((a, b) => a.order - b.order)[0];
  const earliestCopy = found.filter((f) => f.est.bInA >= DUPLICATE_THRESHOLD).sort((a, b) => a.order - b.order)[0];
  if (earliestCopyOf) kept.add(earliestCopyOf);
  if (earliestCopy) kept.add(earliestCopy);
  return [...kept];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
