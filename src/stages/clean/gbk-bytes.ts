// The GBK code table as mojibake repair needs it: which byte pairs are characters, which fall in the
// user-defined (private use) areas that sites drop, and the bytes of a character. Built once from iconv-lite.
import iconv from 'iconv-lite';

export interface GbkTable {
  /** (lead << 8 | trail) → character, for pairs that decode to a real (non private-use) character. */
  pairs: Map<number, string>;
  /** Pairs in GBK's user-defined areas: decoders give private-use characters, which pages then lose. */
  privateUse: Set<number>;
  bytesOf: Map<string, [number, number]>;
  /** lead → every valid trail; trail → every valid lead (real characters only). */
  trailsOf: Map<number, number[]>;
  leadsOf: Map<number, number[]>;
}

let table: GbkTable | null = null;

export function gbkTable(): GbkTable {
  if (table) return table;
  const pairs = new Map<number, string>();
  const privateUse = new Set<number>();
  const bytesOf = new Map<string, [number, number]>();
  const trailsOf = new Map<number, number[]>();
  const leadsOf = new Map<number, number[]>();
  const buf = Buffer.alloc(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      buf[0] = lead;
      buf[1] = trail;
      const s = iconv.decode(buf, 'gbk');
      const c = s.codePointAt(0)!;
      if (s.length !== 1 || c === 0xfffd) continue;
      const key = (lead << 8) | trail;
      if (c >= 0xe000 && c <= 0xf8ff) {
        privateUse.add(key);
        continue;
      }
      pairs.set(key, s);
      if (!bytesOf.has(s)) bytesOf.set(s, [lead, trail]);
      (trailsOf.get(lead) ?? trailsOf.set(lead, []).get(lead)!).push(trail);
      (leadsOf.get(trail) ?? leadsOf.set(trail, []).get(trail)!).push(lead);
    }
  }
  table = { pairs, privateUse, bytesOf, trailsOf, leadsOf };
  return table;
}

export function pairChar(lead: number, trail: number): string | null {
  return gbkTable().pairs.get((lead << 8) | trail) ?? null;
}

export function isPrivateUsePair(lead: number, trail: number): boolean {
  return gbkTable().privateUse.has((lead << 8) | trail);
}

/** Bytes of a character in GBK: one for ASCII, two otherwise; null when GBK cannot encode it. */
export function gbkBytes(ch: string): number[] | null {
  const c = ch.codePointAt(0)!;
  if (c < 0x80) return [c];
  const b = gbkTable().bytesOf.get(ch);
  return b ? [b[0], b[1]] : null;
}

/** An ASCII character as its full-width GBK form (，for ","): sites fold full-width forms to ASCII. */
export function fullWidthBytes(ch: string): [number, number] | null {
  const c = ch.codePointAt(0)!;
  if (c <= 0x20 || c >= 0x7f) return null;
  return [0xa3, c + 0x80];
}
