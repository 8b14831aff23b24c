// A coder's CSV in the encodings people save it in: UTF-8 (with or without a BOM), Excel's GBK "CSV" on Chinese
// Windows, UTF-16 with its BOM; anything else is refused, never imported as mojibake.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readCoderCsv } from '../../src/commands/coder-csv.ts';
import { UsageError } from '../../src/commands/common.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { runCli } from './run-cli.ts';

const tempDir = useTempDir('gonghui-coder-csv-');
const SAMPLE = resolve('corpus/samples/000_d8f2cdb5993dd322.txt');

function fileOf(bytes: Buffer | string): string {
  const f = join(tempDir(), 'codes.csv');
  writeFileSync(f, bytes);
  return f;
}

const csv = 'doc_id,field,value,coder\nabc123,org,东湖小学工会,王老师\n';
const ascii = 'doc_id,field,value\nabc123,year,2021\n';
const latin = 'doc_id,field,value,coder\nabc123,year,2021,José Müller\n';

describe('reading a coder’s CSV', () => {
  it.each([
    ['UTF-8', Buffer.from(csv, 'utf8'), 'utf-8', csv],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]), 'utf-8', csv],
    ['GBK (Excel on Chinese Windows)', iconv.encode(csv, 'gbk'), 'gb18030', csv],
    ['UTF-16LE with its BOM', iconv.encode(csv, 'utf-16le', { addBOM: true }), 'utf-16le', csv],
    ['ASCII only', Buffer.from(ascii), 'utf-8', ascii],
    // Excel's "CSV UTF-8" of years and kinds only: the BOM says UTF-8, though its bytes read as Han in GB18030.
    ['ASCII after a UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ascii)]), 'utf-8', ascii],
    [
      'accented names after a UTF-8 BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(latin)]),
      'utf-8',
      latin,
    ],
  ])('%s', (_, bytes, encoding, text) => {
    const read = readCoderCsv(fileOf(bytes));
    expect(read.encoding).toBe(encoding);
    // A UTF-8 BOM is left to the CSV parser (bom: true), as before.
    expect(read.text.replace(/^\uFEFF/, '')).toBe(text);
  });

  it('a file both readings make sense of is not guessed: short GBK (维权 → "άȨ"), UTF-8 names (José, Zhāng Xiǎo)', () => {
    const gbk = fileOf(iconv.encode('doc_id,paragraph,labels\nabc123,0,维权\n', 'gbk'));
    expect(() => readCoderCsv(gbk)).toThrow(UsageError);
    expect(() => readCoderCsv(gbk)).toThrow('reads both as UTF-8 ("abc123,0,άȨ") and as GBK ("abc123,0,维权")');
    expect(readCoderCsv(gbk, 'gbk')).toEqual({ text: 'doc_id,paragraph,labels\nabc123,0,维权\n', encoding: 'gb18030' });
    for (const names of [latin, 'doc_id,field,value,coder\nabc123,kind,plan,Zhāng Xiǎo\n']) {
      const utf8 = fileOf(Buffer.from(names, 'utf8'));
      expect(() => readCoderCsv(utf8)).toThrow('say which with --encoding utf-8 or --encoding gbk');
      expect(readCoderCsv(utf8, 'utf-8')).toEqual({ text: names, encoding: 'utf-8' });
    }
  });

  it('an encoding the bytes deny is a usage error', () => {
    expect(() => readCoderCsv(fileOf(iconv.encode(csv, 'gbk')), 'utf-8')).toThrow('is not UTF-8 text');
    expect(() => readCoderCsv(fileOf(Buffer.from([0x41, 0x81, 0x0a])), 'gbk')).toThrow('is not GB18030 (GBK) text');
  });

  it('bytes that are no text, or no file, are a usage error naming the file', () => {
    const binary = fileOf(Buffer.from([0x80, 0xff, 0xfe, 0x00, 0x81, 0x7f, 0xff, 0x80, 0x30]));
    expect(() => readCoderCsv(binary)).toThrow(UsageError);
    expect(() => readCoderCsv(binary)).toThrow(`${binary} is neither UTF-8 nor GB18030`);
    expect(() => readCoderCsv(join(tempDir(), 'missing.csv'))).toThrow(/cannot read .*missing\.csv \(ENOENT\)/);
  });
});

describe('imports from a GBK file keep their Chinese', () => {
  it('correct import stores the org as written, and label import reads the labels', async () => {
    const dir = tempDir();
    const db = join(dir, 'g.db');
    expect((await runCli(['ingest', SAMPLE, '--db', db, '--archive', join(dir, 'raw'), '--workers', '0'])).code).toBe(
      0,
    );
    const template = await runCli(['correct', 'template', '--field', 'org', '--db', db]);
    const docId = template.out.split('\n')[1]!.split(',')[0]!;

    const corrections = join(dir, 'org.csv');
    writeFileSync(corrections, iconv.encode(`doc_id,field,value,coder\n${docId},org,东湖小学,王老师\n`, 'gbk'));
    const imported = await runCli(['correct', 'import', corrections, '--db', db]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain(`${corrections} was read as GB18030`);
    const listed = JSON.parse((await runCli(['correct', 'list', '--db', db, '--format', 'json'])).out) as Array<{
      value: unknown;
      coder: string;
    }>;
    expect(listed.map((c) => [c.value, c.coder])).toEqual([['东湖小学', '王老师']]);

    const codes = join(dir, 'codes.csv');
    writeFileSync(codes, iconv.encode(`doc_id,paragraph,labels\n${docId},1,维权\n`, 'gbk'));
    // 维权 alone in GBK is valid UTF-8 too: the import asks, and takes the reader's word.
    const asked = await runCli(['label', 'import', codes, '--db', db]);
    expect(asked.code).toBe(2);
    expect(asked.err).toContain('--encoding utf-8 or --encoding gbk');
    const labelled = await runCli(['label', 'import', codes, '--db', db, '--encoding', 'gbk']);
    expect(labelled.err).toBe('');
    expect(labelled.out).toContain('1 human code(s) imported');
  }, 60_000);
});
