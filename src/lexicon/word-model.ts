// A unigram word model of Chinese: jieba's dictionary frequencies (plus its IDF list, which adds words such
// as 现将, with a frequency estimated from the IDF). `textLogProb` scores a string by its most probable
// segmentation, as jieba itself does; comparing two readings of the same bytes this way needs no length
// correction, since every extra word costs its probability. Simplified forms only: callers convert first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { characterLogProbability } from './chinese-plausibility.ts';
import { isHanCodePoint } from './chinese-script.ts';
import { WordTable } from './word-table.ts';

export interface WordModel {
  /** log10 probability of each word (single characters included). */
  logp: WordTable;
  /** Below this a 2–4 character word is too rare to confirm anything (立竿, a fragment of 立竿见影). */
  confirmFloor: number;
}

let model: WordModel | null = null;

/** Words rarer than a jieba frequency of 5 do not confirm a repair. */
const CONFIRM_FREQUENCY = 5;
/** IDF → frequency: fitted on words present in both lists (确保 1965 ↔ 6.59, 江海 270 ↔ 8.10). */
const IDF_SCALE = 1.5e6;
/** Room for jieba's dictionary and IDF words (about 364k of at most four characters). */
const CAPACITY = 400_000;

function dictionaryDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('nodejieba/package.json')), 'submodules/cppjieba/dict');
}

/**
 * Visits each "word value …" line whose word is 1–4 Han characters in at most four UTF-16 units, straight
 * from the file's bytes: a string per line left ~50 MB of garbage in pages V8 keeps, on the main thread.
 * `units` holds the word's code units (valid until the next call).
 */
function eachEntry(path: string, visit: (units: Uint16Array, length: number, value: number) => void): void {
  const bytes = readFileSync(path);
  const units = new Uint16Array(4);
  let i = 0;
  while (i < bytes.length) {
    let end = bytes.indexOf(0x0a, i);
    if (end < 0) end = bytes.length;
    const space = bytes.indexOf(0x20, i);
    if (space > i && space < end) {
      let n = 0;
      let han = true;
      for (let j = i; j < space && han;) {
        // UTF-8 → code point (the dictionaries are valid UTF-8).
        const b = bytes[j]!;
        let cp: number;
        if (b < 0x80) {
          cp = b;
          j += 1;
        } else if (b < 0xe0) {
          cp = ((b & 0x1f) << 6) | (bytes[j + 1]! & 0x3f);
          j += 2;
        } else if (b < 0xf0) {
          cp = ((b & 0x0f) << 12) | ((bytes[j + 1]! & 0x3f) << 6) | (bytes[j + 2]! & 0x3f);
          j += 3;
        } else {
          cp =
            ((b & 0x07) << 18) |
            ((bytes[j + 1]! & 0x3f) << 12) |
            ((bytes[j + 2]! & 0x3f) << 6) |
            (bytes[j + 3]! & 0x3f);
          j += 4;
        }
        const width = cp > 0xffff ? 2 : 1;
        if (!isHanCodePoint(cp) || n + width > 4) han = false;
        else if (width === 1) units[n++] = cp;
        else {
          units[n++] = 0xd800 + ((cp - 0x10000) >> 10);
          units[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
        }
      }
      if (han && n > 0) {
        const valueEnd = bytes.indexOf(0x20, space + 1);
        visit(units, n, Number(bytes.toString('latin1', space + 1, valueEnd > 0 && valueEnd < end ? valueEnd : end)));
      }
    }
    i = end + 1;
  }
}

/** Builds the model from jieba's dictionaries into a shareable table (about half a second). */
function buildWordModel(): WordModel {
  const table = WordTable.create(CAPACITY);
  // Slots in insertion order, so the total is summed in the same order every time.
  const order: number[] = [];
  const dir = dictionaryDir();
  eachEntry(join(dir, 'jieba.dict.utf8'), (units, n, f) => {
    if (!(f > 0)) return;
    const before = table.size;
    const slot = table.upsertUnits(units, n);
    if (table.size > before) order.push(slot);
    table.setValueAt(slot, table.valueAt(slot) + f);
  });
  eachEntry(join(dir, 'idf.utf8'), (units, n, idf) => {
    if (n >= 2 && !table.hasUnits(units, n) && Number.isFinite(idf)) {
      const f = IDF_SCALE * Math.exp(-idf);
      if (f >= 1) {
        const slot = table.upsertUnits(units, n);
        order.push(slot);
        table.setValueAt(slot, f);
      }
    }
  });
  let total = 0;
  for (const slot of order) total += table.valueAt(slot);
  for (const slot of order) table.setValueAt(slot, Math.log10(table.valueAt(slot) / total));
  return { logp: table, confirmFloor: Math.log10(CONFIRM_FREQUENCY / total) };
}

/** Loads once per process (or adopts the table another thread built); stages call it from create(). */
export function loadWordModel(): WordModel {
  return (model ??= buildWordModel());
}

/** What a worker thread needs to share this thread's model instead of building its own. */
export interface SharedWordModel {
  buffer: SharedArrayBuffer;
  confirmFloor: number;
}

export function shareWordModel(): SharedWordModel {
  const m = loadWordModel();
  return { buffer: m.logp.buffer, confirmFloor: m.confirmFloor };
}

/** Adopts a model shared by another thread (see shareWordModel). */
export function adoptWordModel(shared: SharedWordModel): void {
  model = { logp: new WordTable(shared.buffer), confirmFloor: shared.confirmFloor };
}

/** A word common enough to confirm a recovered character (2–4 characters, simplified). */
export function isWord(simplified: string): boolean {
  const m = loadWordModel();
  const lp = m.logp.get(simplified);
  return simplified.length >= 2 && lp !== undefined && lp >= m.confirmFloor;
}

/**
 * Bits, by a hash of two characters: the first two and the last two characters of every confirming word,
 * and every two-character word.
 */
interface WordEdges {
  firstTwo: Uint8Array;
  lastTwo: Uint8Array;
  pairs: Uint8Array;
}
let wordEdges: WordEdges | null = null;
/** 2^23 bits (1 MB) each: most pairs of characters are in no word, so few bits are set. */
const EDGE_BITS = 23;

function edgeBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> (32 - EDGE_BITS);
}

function edges(): WordEdges {
  if (wordEdges) return wordEdges;
  const m = loadWordModel();
  const firstTwo = new Uint8Array(1 << (EDGE_BITS - 3));
  const lastTwo = new Uint8Array(1 << (EDGE_BITS - 3));
  const pairs = new Uint8Array(1 << (EDGE_BITS - 3));
  const set = (bits: Uint8Array, a: number, b: number) => {
    const h = edgeBit(a, b);
    bits[h >>> 3] = bits[h >>> 3]! | (1 << (h & 7));
  };
  const codes: number[] = [];
  m.logp.forEachKey((keys, start, length, lp) => {
    // By code point, as the queries hash them.
    codes.length = 0;
    for (let i = start; i < start + length; i++) {
      const c = keys[i]!;
      const low = keys[i + 1] ?? 0;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < start + length && low >= 0xdc00 && low <= 0xdfff) {
        codes.push((c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
        i++;
      } else codes.push(c);
    }
    const n = codes.length;
    if (n < 2) return;
    if (n === 2) set(pairs, codes[0]!, codes[1]!);
    if (lp < m.confirmFloor) return;
    set(firstTwo, codes[0]!, codes[1]!);
    set(lastTwo, codes[n - 2]!, codes[n - 1]!);
  });
  wordEdges = { firstTwo, lastTwo, pairs };
  return wordEdges;
}

function edgeSet(bits: Uint8Array, a: string, b: string): boolean {
  const h = edgeBit(a.codePointAt(0)!, b.codePointAt(0)!);
  return (bits[h >>> 3]! & (1 << (h & 7))) !== 0;
}

/**
 * False when no confirming word (see isWord) starts with the characters a then b (one character each,
 * simplified): a quick way to rule out most candidates before looking words up. True says only "maybe".
 */
export function mayStartWord(a: string, b: string): boolean {
  return edgeSet(edges().firstTwo, a, b);
}

/** False when the characters a then b are not a word of the model (any frequency); true says only "maybe". */
export function mayBeTwoCharacterWord(a: string, b: string): boolean {
  return edgeSet(edges().pairs, a, b);
}

/** False when no confirming word ends with the characters a then b; true says only "maybe". */
export function mayEndWord(a: string, b: string): boolean {
  return edgeSet(edges().lastTwo, a, b);
}

/** log10 probability of one Han character as a word of its own (unknown ones below the rarest known). */
export function singleCharLogProb(ch: string): number {
  return loadWordModel().logp.get(ch) ?? characterLogProbability(ch) - 1;
}
