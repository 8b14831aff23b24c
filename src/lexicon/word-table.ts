// A read-only table of short words (up to four UTF-16 units) → number, held in one SharedArrayBuffer so
// worker threads share it without copying. A Map of jieba's 360k words cost every worker ~130 MB of RSS
// (the map, plus the garbage its construction left in pages V8 keeps); this costs 16 MB once per process.
// Open addressing with linear probing; a slot's key is its code units, zero-padded to four.

const UNITS = 4;
const HEADER_INTS = 2;
/** The header (bits, size), padded so the Float64 values start 8-byte aligned. */
const HEADER_BYTES = 8;

export class WordTable {
  private readonly header: Int32Array;
  private readonly keys: Uint16Array;
  private readonly values: Float64Array;
  private readonly mask: number;
  private readonly shift: number;

  /** A table over `buffer` (from `WordTable.create(...).buffer`, possibly made by another thread). */
  constructor(readonly buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, HEADER_INTS);
    const bits = this.header[0]!;
    const slots = 2 ** bits;
    this.values = new Float64Array(buffer, HEADER_BYTES, slots);
    this.keys = new Uint16Array(buffer, HEADER_BYTES + 8 * slots, slots * UNITS);
    this.mask = slots - 1;
    this.shift = 32 - bits;
  }

  /** An empty table with room for `capacity` words at a load of at most one half. */
  static create(capacity: number): WordTable {
    let bits = 4;
    while (2 ** bits < capacity * 2) bits++;
    const slots = 2 ** bits;
    const buffer = new SharedArrayBuffer(HEADER_BYTES + 8 * slots + 2 * UNITS * slots);
    new Int32Array(buffer, 0, HEADER_INTS)[0] = bits;
    return new WordTable(buffer);
  }

  get size(): number {
    return this.header[1]!;
  }

  private hash(units: ArrayLike<number>, length: number): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < length; i++) h = Math.imul(h ^ units[i]!, 0x9e3779b1);
    return (h ^ (h >>> 15)) >>> this.shift;
  }

  /** The slot holding the word, or the empty slot where it would go; -1 when the word cannot be a key. */
  private slotOf(units: ArrayLike<number>, length: number): number {
    if (length === 0 || length > UNITS) return -1;
    let slot = this.hash(units, length) & this.mask;
    const keys = this.keys;
    for (;;) {
      const base = slot * UNITS;
      if (keys[base] === 0) return slot;
      let same = true;
      for (let i = 0; i < UNITS; i++) {
        if (keys[base + i] !== (i < length ? units[i] : 0)) {
          same = false;
          break;
        }
      }
      if (same) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private readonly scratch = new Uint16Array(UNITS);

  private slotOfWord(word: string): number {
    const n = word.length;
    if (n === 0 || n > UNITS) return -1;
    for (let i = 0; i < n; i++) this.scratch[i] = word.charCodeAt(i);
    return this.slotOf(this.scratch, n);
  }

  get(word: string): number | undefined {
    const slot = this.slotOfWord(word);
    return slot < 0 || this.keys[slot * UNITS] === 0 ? undefined : this.values[slot];
  }

  has(word: string): boolean {
    const slot = this.slotOfWord(word);
    return slot >= 0 && this.keys[slot * UNITS] !== 0;
  }

  /** The word's slot, inserting the word with value 0 when absent; -1 for an empty or over-long word. */
  upsert(word: string): number {
    const n = word.length;
    if (n === 0 || n > UNITS) return -1;
    for (let i = 0; i < n; i++) this.scratch[i] = word.charCodeAt(i);
    return this.upsertUnits(this.scratch, n);
  }

  /** As upsert, for a word given as UTF-16 code units (building from bytes without a string per word). */
  upsertUnits(units: ArrayLike<number>, length: number): number {
    const slot = this.slotOf(units, length);
    if (slot < 0) return slot;
    const base = slot * UNITS;
    if (this.keys[base] !== 0) return slot;
    if (this.header[1]! * 2 >= this.mask + 1) throw new Error('word table is full');
    for (let i = 0; i < length; i++) this.keys[base + i] = units[i]!;
    this.header[1]!++;
    this.values[slot] = 0;
    return slot;
  }

  hasUnits(units: ArrayLike<number>, length: number): boolean {
    const slot = this.slotOf(units, length);
    return slot >= 0 && this.keys[slot * UNITS] !== 0;
  }

  /**
   * Visits every word as `length` code units of `keys` from `start` (read them, never keep `keys`): several
   * times cheaper than iterating, which makes a string per word.
   */
  forEachKey(visit: (keys: Uint16Array, start: number, length: number, value: number) => void): void {
    const keys = this.keys;
    for (let slot = 0; slot <= this.mask; slot++) {
      const base = slot * UNITS;
      if (keys[base] === 0) continue;
      let n = 1;
      while (n < UNITS && keys[base + n] !== 0) n++;
      visit(keys, base, n, this.values[slot]!);
    }
  }

  /** Every word and its value, in slot order (not insertion order). */
  *[Symbol.iterator](): IterableIterator<[string, number]> {
    const entries: Array<[string, number]> = [];
    this.forEachKey((keys, start, length, value) =>
      entries.push([String.fromCharCode(...keys.subarray(start, start + length)), value]),
    );
    yield* entries;
  }

  valueAt(slot: number): number {
    return this.values[slot]!;
  }

  setValueAt(slot: number, value: number): void {
    this.values[slot] = value;
  }
}
