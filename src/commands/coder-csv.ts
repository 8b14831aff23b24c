// A coder's or reviewer's CSV as people save it: "CSV UTF-8" from Excel or an editor, or plain "CSV" from Excel on
// Chinese Windows, which is GBK. Read as UTF-8 only, a GBK file's names became U+FFFD and a correction stored them
// so (label codes failed as unknown labels): the bytes decide, and a file that is neither is refused.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { isValidUtf8, sniffBom } from '../stages/decode/charset.ts';
import { CsvImportError } from '../store/coder-csv-frame.ts';
import { closeDatabase, type Db } from '../store/database.ts';
import { type Io, openExistingDatabaseForWriting, UsageError } from './common.ts';

const HAN = /\p{Script=Han}/u;
/** What GBK's Han become when their bytes happen to be valid UTF-8: letters past Latin Extended-A, up to U+07FF. */
const GBK_AS_UTF8 = /[\u0180-\u07ff]/u;

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
    // Short GBK text can be valid UTF-8 by chance (维权 → "άȨ"): UTF-8 that reads as no Chinese but as Greek,
    // Cyrillic, IPA… (U+0180–U+07FF, where GBK's two-byte Han land) while GB18030 reads as Chinese is GBK. Accented
    // Latin letters alone (José, Müller) stay UTF-8: names, not mojibake.
    const chineseOnlyAsGbk = !HAN.test(utf8) && GBK_AS_UTF8.test(utf8) && gbkClean && HAN.test(gbk);
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

/**
 * The steps every import of a coder's file takes: read it in its encoding, open the database for writing, import
 * (the `store` callback says what was stored), and on a file that cannot be imported list its problems and exit 1
 * with nothing stored. The database goes back to rollback-journal mode at the end, as ingest and migrate leave it,
 * so the file stays readable read-only.
 */
export function importCoderFile(
  io: Io,
  command: string,
  file: string,
  dbPath: string,
  store: (text: string, db: Db) => string,
): void {
  const { text, encoding } = readCoderCsv(file);
  io.out(encodingNote(file, encoding));
  const db = openExistingDatabaseForWriting(dbPath);
  try {
    io.out(store(text, db));
  } catch (e) {
    if (!(e instanceof CsvImportError)) throw e;
    io.err(`gonghui ${command}: ${e.message}\n`);
    io.exit(1);
  } finally {
    closeDatabase(db);
  }
}
