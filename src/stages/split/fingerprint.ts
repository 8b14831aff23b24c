// split.fingerprint: a MinHash signature over a document's character shingles, so that the store can find
// near-duplicates (web templates copied into many schools' plans, a compilation repeating a document) among
// tens of thousands of documents without comparing every pair. Punctuation and spacing are ignored.
import { z } from 'zod';
import type { DocumentFingerprint } from '../../model/items.ts';
import { defineDocumentStage } from '../../model/stage.ts';

/** Characters that carry the text: Han, letters, digits (punctuation and spacing vary between copies). */
const CONTENT = /[\p{Script=Han}\p{L}\p{N}]/u;

/** Content characters of a text as lower-cased code points (the hot loop avoids a regex per character for
 * the common cases: CJK ideographs and ASCII alphanumerics). */
function contentCodes(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) codes.push(c);
    else if (c >= 0x41 && c <= 0x5a) codes.push(c + 32);
    else if (c >= 0x80 && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff0f)) {
      let ch = String.fromCharCode(c);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        ch = text.slice(i, i + 2);
        i++;
      }
      if (CONTENT.test(ch)) {
        const lower = ch.toLowerCase();
        c = lower.codePointAt(0)!;
        codes.push(c);
      }
    }
  }
  return codes;
}

/** MurmurHash3's finaliser: a cheap, well-mixed permutation of 32-bit values. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Distinct hashed shingles of k content characters (FNV-1a over the code points, no string building). */
export function shingleHashes(text: string, k: number): Set<number> {
  const codes = contentCodes(text);
  const out = new Set<number>();
  for (let i = 0; i + k <= codes.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + k; j++) {
      h ^= codes[j]!;
      h = Math.imul(h, 0x01000193);
    }
    out.add(h >>> 0);
  }
  return out;
}

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification (Shrivastava & Li 2014): each
 * shingle is hashed once, its top bits pick one of `bins` bins and each bin keeps its smallest value; an
 * empty bin borrows the nearest filled bin to its right. Signatures estimate Jaccard like `bins` separate hash
 * functions would, at the cost of one hash per shingle instead of `bins`.
 */
export function minhashSignature(text: string, k: number, bins: number): DocumentFingerprint | null {
  const shingles = shingleHashes(text, k);
  if (shingles.size === 0) return null;
  const EMPTY = 0xffffffff;
  const minhash = new Uint32Array(bins).fill(EMPTY);
  for (const h of shingles) {
    const x = mix32(h);
    const bin = Math.floor((x / 0x100000000) * bins);
    const v = mix32(x ^ 0x5bd1e995);
    if (v < minhash[bin]!) minhash[bin] = v;
  }
  const filled = Array.from(minhash);
  for (let i = 0; i < bins; i++) {
    if (minhash[i] !== EMPTY) continue;
    for (let t = 1; t < bins; t++) {
      const from = minhash[(i + t) % bins]!;
      if (from !== EMPTY) {
        filled[i] = (from + Math.imul(t, 0x9e3779b1)) >>> 0;
        break;
      }
    }
  }
  return { minhash: filled, shingles: shingles.size };
}

export const fingerprintStage = defineDocumentStage({
  name: 'split.fingerprint',
  version: 2,
  description: 'MinHash signature of character shingles, for near-duplicate detection when documents are stored.',
  options: z.strictObject({
    /** Shingle length in characters. */
    shingle: z.number().int().min(2).max(12).default(5),
    /** Signature length (one-permutation bins); the store compares signatures in bands of 4 (32 bands for 128). */
    permutations: z.number().int().min(16).max(512).default(128),
    /** Documents with fewer shingles than this are too short to call anything a copy of them. */
    minShingles: z.number().int().min(1).default(30),
  }),
  create: (options) => (doc, ctx) => {
    const fingerprint = minhashSignature(doc.text, options.shingle, options.permutations);
    if (!fingerprint || fingerprint.shingles < options.minShingles) {
      ctx.note({
        rule: 'fingerprint.too-short',
        reason: `fewer than ${options.minShingles} shingles: not compared for near-duplicates`,
      });
      return { ...doc, fingerprint: null };
    }
    return { ...doc, fingerprint };
  },
});
