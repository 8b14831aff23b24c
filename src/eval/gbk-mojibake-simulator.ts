// Makes mojibake the way the traditional 范文 pages got theirs, to test and measure the repair on text we
// wrote ourselves: GBK bytes read with one stray byte in front (or with one byte lost), private-use pairs
// and U+FFFD dropped, full-width forms folded to ASCII. The reader falls back into step at an ASCII byte.
import iconv from 'iconv-lite';
import { isPrivateUsePair, pairChar } from '../stages/clean/gbk-bytes.ts';

export interface SimulationOptions {
  /** A stray byte read before the text (default 0xA1, the second byte of a full-width space). */
  stray?: number;
  /** Lose the byte at this offset instead of adding a stray one. */
  loseByteAt?: number;
}

/** Reads GBK bytes the way a page decoder did: pairs where valid, private-use and broken pairs lost. */
export function readGbkLosingDebris(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const t = bytes[i + 1];
    if (t !== undefined && t >= 0x40 && t !== 0x7f) {
      const ch = pairChar(b, t);
      if (ch) out += ch;
      else if (!isPrivateUsePair(b, t)) {
        // An invalid pair: the lead byte is lost, the next byte starts afresh.
        i++;
        continue;
      }
      i += 2;
      continue;
    }
    i++;
  }
  // Sites fold full-width ASCII forms (，→, （→( ) after decoding.
  return out.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function simulateOutOfStep(text: string, options: SimulationOptions = {}): string {
  const bytes = iconv.encode(text, 'gbk');
  if (options.loseByteAt !== undefined) {
    return readGbkLosingDebris(
      Buffer.concat([bytes.subarray(0, options.loseByteAt), bytes.subarray(options.loseByteAt + 1)]),
    );
  }
  return readGbkLosingDebris(Buffer.concat([Buffer.from([options.stray ?? 0xa1]), bytes]));
}
