// A coder's or reviewer's CSV as people save it: "CSV UTF-8" from Excel or an editor, or plain "CSV" from Excel on
// Chinese Windows, which is GBK. Read as UTF-8 only, a GBK file's names became U+FFFD and a correction stored them
// so (label codes failed as unknown labels): the bytes decide, and a file that is neither is refused.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { isValidUtf8, sniffBom } from '../stages/decode/charset.ts';
import { UsageError } from './common.ts';

const HAN = /\p{Script=Han}/u;

export type CoderCsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The file's text and the encoding it was read in; a usage error naming the file when it is unreadable or
 * neither UTF-8 (UTF-16 with a BOM) nor GB18030. */
export function readCoderCsv(file: string): { text: string; encoding: CoderCsvEncoding } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const bom: string | undefined = sniffBom(bytes)?.charset;
  for (const utf16 of ['utf-16le', 'utf-16be'] as const)
    if (bom === utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const gbk = iconv.decode(bytes, 'gb18030');
  const gbkClean = !gbk.includes('\uFFFD');
  if (isValidUtf8(bytes)) {
    const utf8 = bytes.toString('utf8');
    // Short GBK text can be valid UTF-8 by chance (维权 → "άȨ"): a coder's file names Chinese labels and units,
    // so UTF-8 that reads as no Chinese at all where GB18030 reads as Chinese is GBK.
    const chineseOnlyAsGbk = /[^\p{ASCII}]/u.test(utf8) && !HAN.test(utf8) && gbkClean && HAN.test(gbk);
    if (!chineseOnlyAsGbk) return { text: utf8, encoding: 'utf-8' };
  }
  if (gbkClean) return { text: gbk, encoding: 'gb18030' };
  throw new UsageError(
    `${file} is neither UTF-8 nor GB18030 (GBK) text: save it from Excel as "CSV UTF-8 (逗号分隔)" and import it again`,
  );
}

/** What the import says about a file not read as UTF-8 (empty for UTF-8). */
export function encodingNote(file: string, encoding: CoderCsvEncoding): string {
  return encoding === 'gb18030'
    ? `${file} was read as GB18030 (GBK: Excel's "CSV" on Chinese Windows)\n`
    : encoding === 'utf-8'
      ? ''
      : `${file} was read as ${encoding.toUpperCase()} (its byte-order mark)\n`;
}
