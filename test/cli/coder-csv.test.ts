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

describe('reading a coder’s CSV', () => {
  const csv = 'doc_id,field,value,coder\nabc123,org,东湖小学工会,王老师\n';
  const ascii = 'doc_id,field,value\nabc123,year,2021\n';
  const latin = 'doc_id,field,value,coder\nabc123,year,2021,José Müller\n';
  it.each([
    ['UTF-8', Buffer.from(csv, 'utf8'), 'utf-8', csv],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]), 'utf-8', csv],
    ['GBK (Excel on Chinese Windows)', iconv.encode(csv, 'gbk'), 'gb18030', csv],
    ['UTF-16LE with its BOM', iconv.encode(csv, 'utf-16le', { addBOM: true }), 'utf-16le', csv],
    ['ASCII only', Buffer.from(ascii), 'utf-8', ascii],
    // No Chinese, only accented Latin names: UTF-8, though its bytes would read as Han in GB18030 too.
    ['UTF-8 with accented names only', Buffer.from(latin, 'utf8'), 'utf-8', latin],
  ])('%s', (_, bytes, encoding, text) => {
    const read = readCoderCsv(fileOf(bytes));
    expect(read.encoding).toBe(encoding);
    // A UTF-8 BOM is left to the CSV parser (bom: true), as before.
    expect(read.text.replace(/^\uFEFF/, '')).toBe(text);
  });

  it('short GBK text that happens to be valid UTF-8 (维权 → "άȨ") is read as GBK', () => {
    const bytes = iconv.encode('doc_id,paragraph,labels\nabc123,0,维权\n', 'gbk');
    expect(bytes.toString('utf8')).toContain('άȨ'); // valid UTF-8, but no Chinese
    expect(readCoderCsv(fileOf(bytes))).toEqual({
      text: 'doc_id,paragraph,labels\nabc123,0,维权\n',
      encoding: 'gb18030',
    });
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
    const labelled = await runCli(['label', 'import', codes, '--db', db]);
    expect(labelled.err).toBe('');
    expect(labelled.out).toContain('1 human code(s) imported');
  }, 60_000);
});
