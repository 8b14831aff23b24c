// split.fingerprint: a MinHash signature over a document's character shingles, so that the store can find
// near-duplicates (web templates copied into many schools' plans, a compilation repeating a document) among
// tens of thousands of documents without comparing every pair. Punctuation and spacing are ignored.
import { z } from 'zod';
import type { DocumentFingerprint } from '../../pipeline/items.ts';
import { defineDocumentStage } from '../../pipeline/stage.ts';

/** Characters that carry the text: Han, letters, digits (punctuation and spacing vary between copies). */
const CONTENT = /[\p{Script=Han}\p{L}\p{N}]/u;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
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

/** Fixed seeds, so signatures from different runs compare. */
function seeds(n: number): number[] {
  return Array.from({ length: n }, (_, i) => mix32(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));
}

/** Distinct hashed shingles of k content characters. */
export function shingleHashes(text: string, k: number): Set<number> {
  const chars = [...text].filter((c) => CONTENT.test(c)).map((c) => c.toLowerCase());
  const out = new Set<number>();
  for (let i = 0; i + k <= chars.length; i++) out.add(fnv1a(chars.slice(i, i + k).join('')));
  return out;
}

export function minhashSignature(text: string, k: number, permutations: number): DocumentFingerprint | null {
  const shingles = shingleHashes(text, k);
  if (shingles.size === 0) return null;
  const s = seeds(permutations);
  const minhash = new Array<number>(permutations).fill(0xffffffff);
  for (const h of shingles) {
    for (let i = 0; i < permutations; i++) {
      const v = mix32(h ^ s[i]!);
      if (v < minhash[i]!) minhash[i] = v;
    }
  }
  return { minhash, shingles: shingles.size };
}

export const fingerprintStage = defineDocumentStage({
  name: 'split.fingerprint',
  version: 1,
  description: 'MinHash signature of character shingles, for near-duplicate detection when documents are stored.',
  options: z.strictObject({
    /** Shingle length in characters. */
    shingle: z.number().int().min(2).max(12).default(5),
    /** Hash functions; the store compares signatures in bands of 3 (42 bands for 128). */
    permutations: z.number().int().min(16).max(512).default(128),
    /** Documents with fewer shingles than this are too short to call anything a copy of them. */
    minShingles: z.number().int().min(1).default(30),
  }),
  create: (options) => (doc, ctx) => {
    const fingerprint = minhashSignature(doc.text, options.shingle, options.permutations);
    if (!fingerprint || fingerprint.shingles < options.minShingles) {
      ctx.note({ rule: 'fingerprint.too-short', reason: `fewer than ${options.minShingles} shingles: not compared for near-duplicates` });
      return { ...doc, fingerprint: null };
    }
    return { ...doc, fingerprint };
  },
});
