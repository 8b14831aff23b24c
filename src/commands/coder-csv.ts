// A coder's or reviewer's CSV as people save it: "CSV UTF-8" from Excel or an editor, or plain "CSV" from Excel on
// Chinese Windows, which is GBK. Read as UTF-8 only, a GBK file's names became U+FFFD and a correction stored them
// so (label codes failed as unknown labels): the bytes decide, and a file that is neither is refused.
import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import iconv from 'iconv-lite';
import { isValidUtf8, sniffBom } from '../stages/decode/charset.ts';
import { CsvImportError } from '../store/coder-csv-frame.ts';
import { closeDatabase, type Db } from '../store/database.ts';
import { type Io, openExistingDatabaseForWriting, UsageError } from './common.ts';
import { terminalText } from './terminal-text.ts';

const HAN = /\p{Script=Han}/u;
/** A cell to show both readings of: the first line holding a character past ASCII. */
const FIRST_NON_ASCII_LINE = /^.*[^\p{ASCII}].*$/mu;

export type CoderCsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
/** What --encoding accepts: auto (the bytes decide), or the reader's word for a file they could not. */
export const ENCODING_CHOICES = ['auto', 'utf-8', 'gbk'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

/**
 * The file's text and the encoding it was read in. With `auto`: a BOM decides (UTF-8, UTF-16); UTF-8 text with
 * Chinese, or without anything GB18030 reads as Chinese, is UTF-8; bytes that are no UTF-8 are GB18030 when they
 * decode cleanly. A file valid as both — no Chinese as UTF-8, Chinese as GB18030: short GBK (维权 → "άȨ") or UTF-8
 * names (José, Zhāng) — is not guessed: a usage error shows one line both ways and asks for --encoding. Unreadable,
 * or neither, is a usage error naming the file.
 */
export function readCoderCsv(
  file: string,
  choice: EncodingChoice = 'auto',
): { text: string; encoding: CoderCsvEncoding } {
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
  if (choice === 'gbk') {
    if (gbkClean) return { text: gbk, encoding: 'gb18030' };
    throw new UsageError(`${file} is not GB18030 (GBK) text: it holds bytes GB18030 does not decode`);
  }
  if (isValidUtf8(bytes)) {
    const utf8 = bytes.toString('utf8');
    const ambiguous = bom !== 'utf-8' && !HAN.test(utf8) && /[^\p{ASCII}]/u.test(utf8) && gbkClean && HAN.test(gbk);
    if (!ambiguous || choice === 'utf-8') return { text: utf8, encoding: 'utf-8' };
    const asUtf8 = FIRST_NON_ASCII_LINE.exec(utf8)![0];
    const asGbk = FIRST_NON_ASCII_LINE.exec(gbk)?.[0] ?? '';
    throw new UsageError(
      `${file} reads both as UTF-8 ("${asUtf8}") and as GBK ("${asGbk}"): say which with --encoding utf-8 or --encoding gbk`,
    );
  }
  if (choice === 'utf-8') throw new UsageError(`${file} is not UTF-8 text: it holds bytes UTF-8 does not decode`);
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
  options: { db: string; encoding: EncodingChoice },
  store: (text: string, db: Db) => string,
): void {
  const { text, encoding } = readCoderCsv(file, options.encoding);
  io.out(terminalText(encodingNote(file, encoding)));
  const db = openExistingDatabaseForWriting(options.db);
  try {
    io.out(terminalText(store(text, db)));
  } catch (e) {
    if (!(e instanceof CsvImportError)) throw e;
    // The problems quote the file's cells: shown, not obeyed.
    io.err(terminalText(`gonghui ${command}: ${e.message}\n`));
    io.exit(1);
  } finally {
    closeDatabase(db);
  }
}

/** The --encoding option of an import of a coder's file. */
export function encodingOption(): Option {
  return new Option(
    '--encoding <encoding>',
    "the file's encoding when its bytes cannot tell (a file valid both as UTF-8 and as GBK)",
  )
    .choices(ENCODING_CHOICES)
    .default('auto');
}
