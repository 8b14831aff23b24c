// Is this page binary data rather than text? Scraped collections contain PDFs, images and Word files
// saved under .txt/.html names; they must become a clear error, not a document full of garbage.
import { guessBomlessUtf16, sniffBom } from './charset.ts';
import { scoreDecoding } from './choose-charset.ts';

const MAGIC: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or .docx/.xlsx)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office file (.doc/.xls)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'gzip-compressed data' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable (ELF)' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
];

/** Above this share of control bytes a page must decode as plausible text; above the next it is binary unless it
 * reads as BOM-less UTF-16. */
const SOME_CONTROLS = 0.02;
const MANY_CONTROLS = 0.1;
const CHARSETS = ['utf-8', 'gb18030', 'big5hkscs', 'utf-16le', 'utf-16be'] as const;
/** The best decoding's score above which bytes read as text (scoreDecoding: mean log-probability less penalties). */
const PLAUSIBLE_TEXT = -6.5;

/** A short description of the binary format, or null when the bytes look like text. */
export function isBinary(bytes: Uint8Array): string | null {
  for (const m of MAGIC) if (m.bytes.every((b, i) => bytes[i] === b)) return m.what;
  if (sniffBom(bytes)) return null;
  const sample = bytes.subarray(0, 8192);
  if (guessBomlessUtf16(sample)) return null;
  let controls = 0;
  for (const b of sample) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  // Text may carry a few stray NULs; binary formats are full of control bytes. BOM-less UTF-16 Chinese
  // also shows many control bytes (low halves of code units), but reads as plausible Chinese.
  const share = `${Math.round((controls / sample.length) * 100)}% control bytes`;
  if (controls <= sample.length * SOME_CONTROLS) return null;
  if (controls <= sample.length * MANY_CONTROLS) {
    // Random or compressed bytes hold about one control byte in ten, near the line above: with more than a few,
    // the page must read as text in some charset (a real page's best decoding scores about -3, such bytes' -8).
    return CHARSETS.some((c) => scoreDecoding(sample, c).score > PLAUSIBLE_TEXT)
      ? null
      : `${share}, no charset reads it as text`;
  }
  if (sample.length % 2 === 0 && ['utf-16le', 'utf-16be'].some((c) => scoreDecoding(sample, c).score > -4.5))
    return null;
  return share;
}
