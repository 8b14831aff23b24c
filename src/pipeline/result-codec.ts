// A source's result as bytes: pool workers encode it, and the buffer is transferred (not copied) from the
// worker to the main thread and on to the writer thread, so the main thread never walks the result.
// The bytes carry the storage form: what the writer reads, in as few JSON values as possible, because
// JSON.parse on the single writer thread costs by the value (a paragraph's ~35 tokens were ~35 strings).
//
// Layout: [u32 header length][header JSON: the result without its documents], then per document
// [u8 1 if deflated][u32 length][document JSON]. Each document is encoded as soon as the stages are done
// with it and decoded only when the writer reaches it, so a large source is never whole in memory as
// objects (issue 19): a 19 MB file of schedules made ~260 MB of JSON and over 1 GB of objects. Large
// documents' JSON is deflated; a source whose encoded documents pass its budget becomes an error.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { DocumentDraft, DocumentFingerprint } from '../model/items.ts';
import type { SourceResult, StoredParagraph, StoredSourceResult } from '../model/source-result.ts';
import { StageFailure } from '../model/stage.ts';
import { collectEveryChars } from './full-collection.ts';

export interface EncodedResult {
  encoded: Uint8Array;
}

const encoder = new TextEncoder();
/** A document's JSON past this size is deflated (level 1: fast, and plan text shrinks 3–10×). Normal
 * documents are far below it and are not touched. */
const DEFLATE_OVER_BYTES = 256 * 1024;

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
      // As the writer stores them: JSON text made here, on a pool worker, not on the single writer thread.
      labels: [],
      scores: {},
      reasons: {},
      labelsJson: JSON.stringify(p.labels),
      scoresJson: JSON.stringify(p.scores),
      reasonsJson: JSON.stringify(p.reasons),
    })),
  };
}

/** Thrown when a source's encoded documents pass its budget; the runner records it as the source's error. */
export class ResultBudgetExceeded extends StageFailure {
  constructor(budgetBytes: number, documents: number) {
    super(
      `its results passed the memory budget of one source (${Math.round(budgetBytes / 2 ** 20)} MB of encoded documents) ` +
        `after ${documents} document(s); split the file, or raise --source-memory`,
      'memory',
    );
  }
}

/** Collects a source's documents as encoded bytes, one at a time, then the whole result. */
export class ResultEncoder {
  private chunks: Uint8Array[] = [];
  private bytes = 0;
  private count = 0;

  constructor(private readonly budgetBytes = Number.POSITIVE_INFINITY) {}

  addDocument(doc: DocumentDraft): void {
    let json: Uint8Array = encoder.encode(JSON.stringify(storageForm(doc)));
    const deflate = json.length > DEFLATE_OVER_BYTES;
    if (deflate) json = deflateRawSync(json, { level: 1 });
    const head = new Uint8Array(5);
    head[0] = deflate ? 1 : 0;
    new DataView(head.buffer).setUint32(1, json.length, true);
    this.chunks.push(head, json);
    this.bytes += json.length + 5;
    this.count++;
    if (this.bytes > this.budgetBytes) throw new ResultBudgetExceeded(this.budgetBytes, this.count);
  }

  /** The whole result: `result.documents` are added after those given to addDocument (a failure drops them). */
  finish(result: SourceResult): Uint8Array {
    if (result.ok) for (const doc of result.documents) this.addDocument(doc);
    const docChunks = result.ok ? this.chunks : [];
    const header = encoder.encode(JSON.stringify(result.ok ? { ...result, documents: [] } : result));
    // An ArrayBuffer of its own (never a slice of Node's shared Buffer pool), so it can be transferred.
    const out = new Uint8Array(4 + header.length + (result.ok ? this.bytes : 0));
    new DataView(out.buffer).setUint32(0, header.length, true);
    out.set(header, 4);
    let at = 4 + header.length;
    for (const c of docChunks) {
      out.set(c, at);
      at += c.length;
    }
    this.chunks = [];
    this.bytes = 0;
    return out;
  }
}

export function encodeResultBytes(result: SourceResult): Uint8Array {
  return new ResultEncoder().finish(result);
}

function decodeDocument(bytes: Uint8Array, deflated: boolean): DocumentDraft {
  const raw = deflated ? inflateRawSync(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const doc = JSON.parse(raw.toString('utf8')) as DocumentDraft;
  const f = doc.fingerprint as
    (Omit<DocumentFingerprint, 'minhash'> & { minhash: string | number[] }) | null | undefined;
  if (f && typeof f.minhash === 'string') f.minhash = unpackMinhash(f.minhash);
  return doc;
}

/** The documents of an encoded result, each decoded only when reached (and again on each iteration). */
function lazyDocuments(bytes: Uint8Array, from: number): Iterable<DocumentDraft> {
  return {
    *[Symbol.iterator]() {
      const collectNow = collectEveryChars();
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      let at = from;
      while (at < bytes.byteLength) {
        const deflated = view.getUint8(at) === 1;
        const length = view.getUint32(at + 1, true);
        at += 5;
        const doc = decodeDocument(bytes.subarray(at, at + length), deflated);
        at += length;
        yield doc;
        collectNow(doc.text.length);
      }
    },
  };
}

export function decodeResult(result: SourceResult | EncodedResult): StoredSourceResult {
  if (!('encoded' in result)) return result;
  const bytes = result.encoded;
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  const header = JSON.parse(
    Buffer.from(bytes.buffer, bytes.byteOffset + 4, headerLength).toString('utf8'),
  ) as SourceResult;
  if (!header.ok) return header;
  return { ...header, documents: lazyDocuments(bytes, 4 + headerLength) };
}
