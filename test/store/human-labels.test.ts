import { describe, expect, it } from 'vitest';
import { newDocument, type FunctionLabel } from '../../src/model/items.ts';
import { openDatabase } from '../../src/store/database.ts';
import { documentId } from '../../src/store/document-id.ts';
import { explainParagraph } from '../../src/store/explain-paragraph.ts';
import {
  importHumanCodes,
  LabelImportError,
  listHumanCodes,
  parseHumanCodesCsv,
  parseLabelCell,
} from '../../src/store/human-labels.ts';
import { writeStoredSource } from '../helpers/stored-source.ts';

const ref = { key: '/plans/a.txt', given: 'a.txt', kind: 'file' as const };
const DOC = documentId(ref.key, 1);

/** One stored document whose paragraphs carry the model labels given. */
function databaseWith(paragraphs: Array<[string, FunctionLabel[]]>) {
  const db = openDatabase(':memory:');
  const doc = newDocument(ref.key, 1, paragraphs.map(([t]) => t).join('\n'));
  doc.paragraphs = paragraphs.map(([text, labels], index) => ({
    index,
    text,
    tokens: [...text],
    heading: index > 0 ? '二、主要工作' : null,
    labels,
    scores: { 维权: 0.1, 参与: 0.1, 建设: 0.1, 教育: 0.1 },
    reasons: Object.fromEntries(labels.map((l) => [l, ['某词']])),
  }));
  writeStoredSource(db, ref, [doc]);
  return db;
}

const PARAGRAPHS: Array<[string, FunctionLabel[]]> = [
  ['二、主要工作', []],
  ['春节走访慰问退休教师。', ['维权']],
  ['召开教代会，审议绩效方案。', ['参与']],
  ['组织教职工秋游。', ['建设']],
];

const count = (db: ReturnType<typeof openDatabase>) => db.prepare('SELECT count(*) FROM human_labels').pluck().get();

describe('label cells', () => {
  it.each([
    ['维权;教育', ['维权', '教育']],
    ['教育、维权', ['维权', '教育']],
    ['参与|建设', ['参与', '建设']],
    ['none', []],
    ['无', []],
  ])('%s', (cell, labels) => {
    expect(parseLabelCell(cell)).toEqual({ labels });
  });

  it.each([
    ['', /empty.*none/],
    ['维护', /unknown label\(s\) "维护"/],
  ])('rejects %j', (cell, message) => {
    expect((parseLabelCell(cell) as { error: string }).error).toMatch(message);
  });
});

describe('gonghui label import (library)', () => {
  it('stores valid codes; they override the model in the view and leave the model labels intact', () => {
    const db = databaseWith(PARAGRAPHS);
    const csv = `\ufeffdoc_id,paragraph,labels,coder\n${DOC},3,教育,王\n${DOC},1,"维权;教育",王\n`;
    expect(importHumanCodes(db, parseHumanCodesCsv(csv, 'codes.csv'), 'codes.csv')).toEqual({
      imported: 2,
      replaced: 0,
    });
    const view = db.prepare('SELECT idx, labels, label_source, model_labels FROM paragraph_labels ORDER BY idx').all();
    expect(view).toEqual([
      { idx: 0, labels: '[]', label_source: 'model', model_labels: '[]' },
      { idx: 1, labels: '["维权","教育"]', label_source: 'human', model_labels: '["维权"]' },
      { idx: 2, labels: '["参与"]', label_source: 'model', model_labels: '["参与"]' },
      { idx: 3, labels: '["教育"]', label_source: 'human', model_labels: '["建设"]' },
    ]);
    const e = explainParagraph(db, DOC, 3)!;
    expect(e).toMatchObject({
      labels: ['教育'],
      labelSource: 'human',
      modelLabels: ['建设'],
      coder: '王',
      heading: '二、主要工作',
    });
  });

  it('a second import of the same paragraph replaces the earlier code', () => {
    const db = databaseWith(PARAGRAPHS);
    importHumanCodes(db, parseHumanCodesCsv(`doc_id,paragraph,labels\n${DOC},2,参与\n`, 'a.csv'), 'a.csv');
    expect(
      importHumanCodes(db, parseHumanCodesCsv(`doc_id,paragraph,labels\n${DOC},2,"参与;维权"\n`, 'b.csv'), 'b.csv'),
    ).toEqual({ imported: 1, replaced: 1 });
    expect(listHumanCodes(db).map((c) => c.labels)).toEqual([['维权', '参与']]);
  });

  it.each([
    ['a missing column', `doc_id,labels\n${DOC},维权\n`, /line 1: the header lacks column\(s\) paragraph/],
    ['an unbalanced quote', `doc_id,paragraph,labels\n${DOC},1,"维权\n`, /not a valid CSV file/],
    [
      'a row with too many fields',
      `doc_id,paragraph,labels\n${DOC},1,维权,extra\n`,
      /line 2: 4 field\(s\) where the header has 3/,
    ],
    ['a quote left open', `doc_id,paragraph,labels\n${DOC},1,"维权\n`, /not a valid CSV file/],
    [
      'an unknown label',
      `doc_id,paragraph,labels\n${DOC},1,维权\n${DOC},2,民主\n`,
      /line 3: unknown label\(s\) "民主"/,
    ],
    ['an empty label cell', `doc_id,paragraph,labels\n${DOC},1,\n`, /line 2: labels is empty/],
    [
      'a paragraph that is not a number',
      `doc_id,paragraph,labels\n${DOC},一,维权\n`,
      /line 2: paragraph must be a whole number/,
    ],
    [
      'the same paragraph twice',
      `doc_id,paragraph,labels\n${DOC},1,维权\n${DOC},1,教育\n`,
      /line 3: .* paragraph 1 is already coded on line 2/,
    ],
    [
      'an unknown document',
      `doc_id,paragraph,labels\n${DOC},1,维权\nffffffffffff,0,教育\n`,
      /line 3: no document "ffffffffffff"/,
    ],
    [
      'a paragraph out of range',
      `doc_id,paragraph,labels\n${DOC},1,维权\n${DOC},9,教育\n`,
      /line 3: document \w+ has no paragraph 9 \(it has 4: 0–3\)/,
    ],
    ['an empty file', '', /the file is empty/],
    ['a header only', 'doc_id,paragraph,labels\n', /no codes/],
  ])('rejects %s with a clear message and stores nothing', (_name, csv, message) => {
    const db = databaseWith(PARAGRAPHS);
    let error: unknown;
    try {
      importHumanCodes(db, parseHumanCodesCsv(csv, 'bad.csv'), 'bad.csv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LabelImportError);
    expect((error as Error).message).toMatch(/^bad.csv: \d+ problem\(s\), nothing was imported/);
    expect((error as Error).message).toMatch(message);
    expect(count(db)).toBe(0);
  });

  it('a code whose paragraph was rewritten since is kept but no longer applied', () => {
    const db = databaseWith(PARAGRAPHS);
    importHumanCodes(db, parseHumanCodesCsv(`doc_id,paragraph,labels\n${DOC},3,教育\n`, 'a.csv'), 'a.csv');
    // A rule change re-splits the document: paragraph 3 now holds other text.
    const doc = newDocument(ref.key, 1, 'x');
    doc.paragraphs = [0, 1, 2, 3].map((index) => ({
      index,
      text: `新的第${index}段`,
      tokens: [],
      heading: null,
      labels: [],
      scores: {},
      reasons: {},
    }));
    writeStoredSource(db, ref, [doc], [], 'y');
    expect(count(db)).toBe(1);
    expect(db.prepare("SELECT count(*) FROM paragraph_labels WHERE label_source = 'human'").pluck().get()).toBe(0);
    expect(explainParagraph(db, DOC, 3)!.staleHumanCode).toBe(true);
    expect(listHumanCodes(db)[0]!.modelLabels).toBeNull();
  });
});
