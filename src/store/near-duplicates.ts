// Near-duplicate detection at store time. Each new document's MinHash signature is banded (LSH: 3 minima
// per band) so that only documents sharing a band are compared, which keeps 20,000 documents fast; documents
// of the same source are always compared (a compilation repeating a shortened copy of one of its documents
// shares too little with it for the bands to catch reliably). Pairs where at least half of one document is
// found in the other go to document_similarity (direction: see migration 002); documents.duplicate_of points
// to the earliest document — by source, then part — of which a document is a near copy.
//
// Re-ingesting a source deletes its documents, and the foreign keys delete their fingerprints, buckets and
// pairs with them; the documents that pointed at them are re-examined here, so no stale pair or pointer stays.
import type { DocumentFingerprint } from '../pipeline/items.ts';
import type { Db } from './database.ts';

/** Share of a document found in another for the pair to be stored. */
export const PAIR_THRESHOLD = 0.5;
/** Share of a document found in an earlier one for it to count as that one's duplicate. */
export const DUPLICATE_THRESHOLD = 0.8;
const ROWS_PER_BAND = 3;

export interface StoredFingerprint {
  id: string;
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
  private readonly insertBucket;
  private readonly candidatesByBucket;
  private readonly sameSource;
  private readonly fingerprintOf;
  private readonly insertPair;
  private readonly partnersOf;
  private readonly pointingAt;
  private readonly dangling;
  private readonly orderOf;
  private readonly earlierCopies;
  private readonly setDuplicate;

  constructor(private readonly db: Db) {
    this.insertFingerprint = db.prepare('INSERT OR REPLACE INTO document_fingerprints (doc_id, shingles, minhash) VALUES (?, ?, ?)');
    this.insertBucket = db.prepare('INSERT OR IGNORE INTO document_lsh (band, bucket, doc_id) VALUES (?, ?, ?)');
    this.candidatesByBucket = db.prepare('SELECT doc_id FROM document_lsh WHERE band = ? AND bucket = ? AND doc_id <> ?').pluck();
    this.sameSource = db.prepare(`SELECT f.doc_id FROM document_fingerprints f JOIN documents d ON d.id = f.doc_id
                                  WHERE d.source_id = ? AND f.doc_id <> ?`).pluck();
    this.fingerprintOf = db.prepare('SELECT shingles, minhash FROM document_fingerprints WHERE doc_id = ?');
    this.insertPair = db.prepare('INSERT OR REPLACE INTO document_similarity (doc_id, other_id, similarity, jaccard) VALUES (?, ?, ?, ?)');
    this.partnersOf = db.prepare('SELECT other_id FROM document_similarity WHERE doc_id = ? UNION SELECT doc_id FROM document_similarity WHERE other_id = ?').pluck();
    this.pointingAt = db.prepare('SELECT d.id FROM documents d JOIN documents t ON t.id = d.duplicate_of WHERE t.source_id = ?').pluck();
    this.dangling = db.prepare('SELECT id FROM documents WHERE duplicate_of IS NOT NULL AND duplicate_of NOT IN (SELECT id FROM documents)').pluck();
    this.orderOf = db.prepare('SELECT source_id AS sourceId, part FROM documents WHERE id = ?');
    // The earliest document this one is a near copy of: earlier by source (first ingested), then by part.
    this.earlierCopies = db.prepare(`
      SELECT s.other_id FROM document_similarity s JOIN documents o ON o.id = s.other_id
      WHERE s.doc_id = @id AND s.similarity >= @threshold
        AND (o.source_id < @sourceId OR (o.source_id = @sourceId AND o.part < @part))
      ORDER BY o.source_id, o.part LIMIT 1`).pluck();
    this.setDuplicate = db.prepare('UPDATE documents SET duplicate_of = ? WHERE id = ?');
  }

  /**
   * Records the fingerprints of a source's freshly written documents, finds their near-duplicates among all
   * stored documents and updates duplicate_of wherever it may have changed. Runs inside the caller's
   * transaction, after the documents are written.
   */
  record(sourceId: number, documents: StoredFingerprint[]): void {
    const affected = new Set<string>([...(this.pointingAt.all(sourceId) as string[]), ...(this.dangling.all() as string[])]);
    for (const doc of documents) {
      affected.add(doc.id);
      if (!doc.fingerprint) continue;
      this.insertFingerprint.run(doc.id, doc.fingerprint.shingles, toBlob(doc.fingerprint.minhash));
      bandBuckets(doc.fingerprint.minhash).forEach((bucket, band) => this.insertBucket.run(band, bucket, doc.id));
    }
    for (const doc of documents) {
      if (!doc.fingerprint) continue;
      const candidates = new Set<string>(this.sameSource.all(sourceId, doc.id) as string[]);
      bandBuckets(doc.fingerprint.minhash).forEach((bucket, band) => {
        for (const id of this.candidatesByBucket.all(band, bucket, doc.id) as string[]) candidates.add(id);
      });
      for (const other of candidates) {
        const row = this.fingerprintOf.get(other) as { shingles: number; minhash: Buffer } | undefined;
        if (!row) continue;
        const est = estimatePair(doc.fingerprint.minhash, doc.fingerprint.shingles, fromBlob(row.minhash), row.shingles);
        if (est.aInB >= PAIR_THRESHOLD) this.insertPair.run(doc.id, other, round(est.aInB), round(est.jaccard));
        if (est.bInA >= PAIR_THRESHOLD) this.insertPair.run(other, doc.id, round(est.bInA), round(est.jaccard));
        if (est.aInB >= PAIR_THRESHOLD || est.bInA >= PAIR_THRESHOLD) affected.add(other);
      }
    }
    for (const id of [...affected]) for (const p of this.partnersOf.all(id, id) as string[]) affected.add(p);
    for (const id of affected) this.updateDuplicateOf(id);
  }

  private updateDuplicateOf(id: string): void {
    const order = this.orderOf.get(id) as { sourceId: number; part: number } | undefined;
    if (!order) return;
    const target = (this.earlierCopies.get({ id, threshold: DUPLICATE_THRESHOLD, sourceId: order.sourceId, part: order.part }) as string | undefined) ?? null;
    this.setDuplicate.run(target, id);
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
