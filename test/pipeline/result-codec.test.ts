import { describe, expect, it } from 'vitest';
import { newDocument } from '../../src/model/items.ts';
import type { SourceResult } from '../../src/model/source-result.ts';
import { type StoredParagraph, tokensText } from '../../src/model/source-result.ts';
import { decodeResult, encodeResultBytes } from '../../src/pipeline/result-codec.ts';
import { openDatabase } from '../../src/store/database.ts';
import { SourceWriter } from '../../src/store/write-source.ts';

function sourceResult(): SourceResult {
  const doc = newDocument('/plans/青山小学.txt', 1, '三、维护教工权益\n工会组织教职工参加教代会。\n九月份');
  doc.paragraphs = [
    {
      index: 0,
      text: '三、维护教工权益',
      tokens: ['三', '维护', '教工', '权益'],
      heading: null,
      headings: [],
      isHeading: true,
      labels: ['维权'],
      scores: { 维权: 0.93 },
      reasons: { 维权: ['维护教工', '权益'] },
    },
    {
      index: 1,
      text: '工会组织教职工参加教代会。',
      tokens: ['工会', '组织', '教职工', '参加', '教代会'],
      heading: '三、维护教工权益',
      headings: ['三、维护教工权益'],
      isHeading: false,
      labels: ['参与'],
      scores: { 参与: 0.88 },
      reasons: { 参与: ['教代会'] },
    },
    {
      index: 2,
      text: '九月份',
      tokens: ['九月份'],
      heading: null,
      headings: [],
      isHeading: false,
      structure: 'month-header',
      labels: [],
      scores: {},
      reasons: {},
    },
  ];
  // Minima span the whole uint32 range, including values a signed reading would turn negative.
  doc.fingerprint = {
    shingles: 17,
    minhash: [0, 1, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff, 123456789, 4000000000],
  };
  return {
    ok: true,
    charset: 'gb18030',
    format: 'html',
    title: '青山小学工会工作计划',
    publishedAt: '2023-09-01',
    documents: [doc],
    notes: [],
    timings: { decode: 0.4 },
  };
}

describe('result codec', () => {
  it('carries what the writer stores, with tokens joined and MinHash minima exact', () => {
    const original = sourceResult();
    const bytes = encodeResultBytes(original);
    const back = decodeResult({ encoded: bytes });
    expect(back.ok).toBe(true);
    if (!back.ok || !original.ok) return;
    const [doc] = back.documents;
    expect(doc!.fingerprint).toEqual(original.documents[0]!.fingerprint);
    expect(doc!.text).toBe(original.documents[0]!.text);
    expect(doc!.paragraphs.map((p) => tokensText(p as StoredParagraph))).toEqual([
      '三 维护 教工 权益',
      '工会 组织 教职工 参加 教代会',
      '九月份',
    ]);
    expect(doc!.paragraphs[2]).toMatchObject({ structure: 'month-header', labelsJson: '[]' });
    // Labels, scores and reasons travel as the JSON the writer stores (made on the worker, not the writer).
    const p1 = doc!.paragraphs[1] as StoredParagraph;
    expect(p1.heading).toBe('三、维护教工权益');
    expect(JSON.parse(p1.labelsJson!)).toEqual(['参与']);
    expect(JSON.parse(p1.scoresJson!)).toEqual({ 参与: 0.88 });
    expect(JSON.parse(p1.reasonsJson!)).toEqual({ 参与: ['教代会'] });
    expect(back.timings).toEqual({ decode: 0.4 });
  });

  it('passes a failed source through unchanged', () => {
    const failed: SourceResult = { ok: false, stage: 'decode', message: 'binary file', notes: [] };
    expect(decodeResult({ encoded: encodeResultBytes(failed) })).toEqual(failed);
  });

  it('stores the same rows from the encoded form as from the result itself', () => {
    const rows = (db: ReturnType<typeof openDatabase>) => ({
      paragraphs: db
        .prepare('SELECT idx, text, tokens, heading, labels, scores, reasons, structure FROM paragraphs ORDER BY idx')
        .all(),
      fingerprints: db.prepare('SELECT shingles, hex(minhash) AS minhash FROM document_fingerprints').all(),
      found: db
        .prepare(`SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH '"教代 代会"'`)
        .pluck()
        .get(),
    });
    const ref = {
      ref: { key: '/plans/青山小学.txt', given: '青山小学.txt', kind: 'file' as const },
      sha256: 'x',
      bytes: 10,
    };
    const direct = openDatabase(':memory:');
    new SourceWriter(direct).writeResult(ref, sourceResult(), 'h', null);
    const viaBytes = openDatabase(':memory:');
    new SourceWriter(viaBytes).writeResult(
      ref,
      decodeResult({ encoded: encodeResultBytes(sourceResult()) }),
      'h',
      null,
    );
    expect(rows(viaBytes)).toEqual(rows(direct));
    expect(rows(direct).found).toBe(1);
    expect(rows(direct).paragraphs.map((p) => (p as { structure: string | null }).structure)).toEqual([
      null,
      null,
      'month-header',
    ]);
  });
});
