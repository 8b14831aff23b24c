// A source's result as bytes: pool workers encode it, and the buffer is transferred (not copied) from the
// worker to the main thread and on to the writer thread, so the main thread never walks the result.
// The bytes carry the storage form: what the writer reads, in as few JSON values as possible, because
// JSON.parse on the single writer thread costs by the value (a paragraph's ~35 tokens were ~35 strings).
import type { DocumentDraft, DocumentFingerprint } from '../model/items.ts';
import type { SourceResult, StoredParagraph } from '../model/source-result.ts';

export interface EncodedResult {
  encoded: Uint8Array;
}

const encoder = new TextEncoder();

/** MinHash minima as base64 of little-endian uint32s: one JSON string instead of 128 numbers. */
function packMinhash(minhash: number[]): string {
  const bytes = Buffer.alloc(minhash.length * 4);
  minhash.forEach((v, i) => bytes.writeUInt32LE(v >>> 0, i * 4));
  return bytes.toString('base64');
}

function unpackMinhash(packed: string): number[] {
  const bytes = Buffer.from(packed, 'base64');
  return Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readUInt32LE(i * 4));
}

function storageForm(doc: DocumentDraft): unknown {
  return {
    ...doc,
    fingerprint: doc.fingerprint
      ? { shingles: doc.fingerprint.shingles, minhash: packMinhash(doc.fingerprint.minhash) }
      : null,
    // Only what the writer stores: heading paths and heading flags stay in the worker; the structure kind
    // is stored (the function shares leave structure lines out).
    paragraphs: doc.paragraphs.map((p): StoredParagraph => ({
      index: p.index,
      text: p.text,
      tokens: [],
      tokensText: p.tokens.join(' '),
      heading: p.heading,
      structure: p.structure ?? null,
      labels: p.labels,
      scores: p.scores,
      reasons: p.reasons,
    })),
  };
}

/** Bytes with an ArrayBuffer of their own (never a slice of Node's shared Buffer pool), so it can be transferred. */
export function encodeResultBytes(result: SourceResult): Uint8Array {
  const stored = result.ok ? { ...result, documents: result.documents.map(storageForm) } : result;
  return encoder.encode(JSON.stringify(stored));
}

export function decodeResult(result: SourceResult | EncodedResult): SourceResult {
  if (!('encoded' in result)) return result;
  const bytes = result.encoded;
  const decoded = JSON.parse(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
  ) as SourceResult;
  if (decoded.ok) {
    for (const doc of decoded.documents) {
      const f = doc.fingerprint as
        (Omit<DocumentFingerprint, 'minhash'> & { minhash: string | number[] }) | null | undefined;
      if (f && typeof f.minhash === 'string') f.minhash = unpackMinhash(f.minhash);
    }
  }
  return decoded;
}
