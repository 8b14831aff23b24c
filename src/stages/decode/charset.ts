// Charset labels, byte-order marks and declarations found in the bytes themselves.
import iconv from 'iconv-lite';

/** Canonical charsets we decode with. GB2312 and GBK are subsets of GB18030, and real pages labelled
 * GB2312 routinely use GBK-only characters, so every GB label decodes as GB18030. Big5 decodes as
 * Big5-HKSCS, a superset that also covers Hong Kong characters. */
export type Charset = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5hkscs' | (string & {});

const ALIASES: Record<string, Charset> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  unicode: 'utf-16le',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  'gb_2312-80': 'gb18030',
  chinese: 'gb18030',
  csgb2312: 'gb18030',
  'euc-cn': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  hz: 'gb18030',
  big5: 'big5hkscs',
  'big5-hkscs': 'big5hkscs',
  big5hkscs: 'big5hkscs',
  'x-x-big5': 'big5hkscs',
  'cn-big5': 'big5hkscs',
  cp950: 'big5hkscs',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
};

/** Maps a declared or detected label to the charset we decode with; null when iconv-lite cannot decode it. */
export function canonicalCharset(label: string | null | undefined): Charset | null {
  if (!label) return null;
  const key = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (!key) return null;
  const alias = ALIASES[key];
  if (alias) return alias;
  return iconv.encodingExists(key) ? key : null;
}

export interface Bom {
  charset: Charset;
  length: number;
}

export function sniffBom(bytes: Uint8Array): Bom | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { charset: 'utf-16be', length: 2 };
  if (a === 0x84 && b === 0x31 && c === 0x95 && d === 0x33) return { charset: 'gb18030', length: 4 };
  return null;
}

/** The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">` (first 8 KB). */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192)).toString('latin1');
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const meta of metas) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

/** The charset parameter of a Content-Type header value. */
export function headerCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m?.[1] ?? null;
}

export function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Valid UTF-8, allowing one multibyte sequence cut off at the very end (a truncated download). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    const cut = trailingIncompleteUtf8(bytes);
    if (cut === 0) return false;
    try {
      strictUtf8.decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      return false;
    }
  }
}

/** Number of bytes at the end that start a UTF-8 sequence the data does not finish (0 when complete). */
function trailingIncompleteUtf8(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** UTF-16 without a BOM shows as NUL bytes in every other position for mostly-ASCII text, and for CJK
 * text as a high byte pattern. Returns the byte order when the evidence is strong. */
export function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 4096);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}
