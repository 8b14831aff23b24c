// Word and PDF files go through the same pipeline as a .txt: the plan in fixtures/formats, in every format,
// gives the same documents and activities. A scanned PDF and files of other types are error rows with reasons.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphLines, withoutTypesetSpaces } from '../../src/acquire/read-document.ts';
import { openDatabase } from '../../src/store/database.ts';
import { runCli } from '../cli/run-cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir();

/** A one-page PDF that holds only an image (a 2×2 grey square), as a scanner writes: no text layer. */
export function imageOnlyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    '<< /Length 33 >>\nstream\nq 200 0 0 200 0 0 cm /Im1 Do Q\nendstream',
    '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x80\x80\x80\nendstream',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

describe('reading Word and PDF text', () => {
  it.each([
    ['paragraph gaps', '一、指导思想\n\n以教职工为本。\n\n', '一、指导思想\n以教职工为本。'],
    ['Word cell marks and CRs', '项目\u0007时间\r三月\u000b', '项目\n时间\n三月'],
    ['trailing spaces and blank lines', '计划  \n \u3000\n总结', '计划\n总结'],
  ])('one line per paragraph: %s', (_, raw, want) => {
    expect(paragraphLines(raw)).toBe(want);
  });

  it.each([
    ['2023 年 2 月', '2023年2月'],
    ['召开 第五届 教代会', '召开 第五届 教代会'], // a space between Chinese words is left alone
    ['使用 QQ 群 通知', '使用QQ群 通知'],
    ['Word 2016 format', 'Word 2016 format'],
  ])('typesetting spaces of a PDF text layer: %s', (raw, want) => {
    expect(withoutTypesetSpaces(raw)).toBe(want);
  });
});

describe('ingesting the formats documents come in', () => {
  it('reads .docx, .doc and a text PDF like the .txt; a scanned PDF and other types are error rows', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'in');
    mkdirSync(corpus);
    for (const ext of ['txt', 'docx', 'doc', 'pdf'])
      copyFileSync(join('fixtures/formats', `plan.${ext}`), join(corpus, `plan.${ext}`));
    writeFileSync(join(corpus, 'plan.md'), '松岭小学工会2023年工作计划\n\n三月：召开教代会。\n');
    writeFileSync(join(corpus, 'scanned.pdf'), imageOnlyPdf());
    writeFileSync(join(corpus, 'notes.xyz'), '三月：召开教代会。');
    writeFileSync(join(corpus, 'broken.docx'), '三月：召开教代会。'); // a .docx that is not one
    writeFileSync(join(corpus, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const db = join(dir, 'g.db');
    const run = await runCli(['ingest', corpus, '--db', db, '--archive', join(dir, 'raw'), '--format', 'json']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.out) as { sources: number; errors: number; skippedFiles: Record<string, number> };
    expect(summary).toMatchObject({ sources: 9, errors: 4 });
    expect(summary.skippedFiles).toEqual({
      'scanned PDF without a text layer (run OCR on it first)': 1,
      'unreadable document': 1,
      'unsupported file type .png': 1,
      'unsupported file type .xyz': 1,
    });

    const conn = openDatabase(db, { readonly: true });
    const errors = conn.prepare('SELECT source, stage, message FROM errors ORDER BY source').all();
    expect(errors).toEqual([
      {
        source: join(corpus, 'broken.docx'),
        stage: 'acquire',
        message: expect.stringMatching(/^not a readable \.docx file/),
      },
      {
        source: join(corpus, 'notes.xyz'),
        stage: 'acquire',
        message: expect.stringMatching(/^unsupported file type \.xyz: not read/),
      },
      {
        source: join(corpus, 'photo.png'),
        stage: 'acquire',
        message: expect.stringMatching(/^unsupported file type \.png/),
      },
      {
        source: join(corpus, 'scanned.pdf'),
        stage: 'acquire',
        message: expect.stringContaining('without a text layer'),
      },
    ]);

    // Each format's documents, paragraphs and activities, as the .txt gives them.
    const outcome = (given: string) => {
      const docs = conn
        .prepare(
          `SELECT d.id, d.part, d.title, d.org, d.year, d.kind, d.text FROM documents d JOIN sources s ON s.id = d.source_id
           WHERE s.given = ? ORDER BY d.part`,
        )
        .all(join(corpus, given)) as Array<{ id: string } & Record<string, unknown>>;
      return docs.map(({ id, ...doc }) => ({
        ...doc,
        paragraphs: conn.prepare('SELECT idx, text, labels FROM paragraphs WHERE doc_id = ? ORDER BY idx').all(id),
        activities: conn
          .prepare('SELECT month, year, text, category, functions FROM activities WHERE doc_id = ? ORDER BY id')
          .all(id),
      }));
    };
    const txt = outcome('plan.txt');
    expect(txt).toHaveLength(1);
    expect(txt[0]!.activities.length).toBeGreaterThanOrEqual(4);
    expect(txt[0]).toMatchObject({ org: '松岭小学', year: 2023, kind: 'plan' });
    for (const format of ['plan.docx', 'plan.doc', 'plan.pdf']) expect(outcome(format), format).toEqual(txt);
    // A .md is read as text.
    expect(outcome('plan.md')[0]).toMatchObject({ text: expect.stringContaining('召开教代会') });
    // Word and PDF sources are identified by the file's own bytes and stored as text.
    const formats = conn
      .prepare("SELECT given, format, charset, key FROM sources WHERE status = 'ok' ORDER BY given")
      .all();
    expect(formats).toHaveLength(5);
    for (const s of formats as Array<{ format: string; charset: string; key: string }>) {
      expect(s).toMatchObject({ format: 'text', charset: 'utf-8' });
      expect(s.key).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    conn.close();
  });
});
