// gonghui correct, the store's half (src/store/document-corrections.ts): value cells, the reviewer's CSV, the
// import checked against the database as a whole, statuses, the template, and what ingest is handed.
import { describe, expect, it } from 'vitest';
import { documentTextSha256 } from '../../src/model/document-text.ts';
import { type CorrectionField, newDocument } from '../../src/model/items.ts';
import { listMigrations, openDatabase } from '../../src/store/database.ts';
import {
  CorrectionImportError,
  correctionTemplate,
  excelSafeId,
  importCorrections,
  listCorrections,
  parseCorrectionField,
  parseCorrectionValue,
  readCorrectionsCsv,
  sourceCorrections,
  TEMPLATE_COLUMNS,
} from '../../src/store/document-corrections.ts';
import { documentId } from '../../src/store/document-id.ts';
import { writeStoredSource } from '../helpers/stored-source.ts';

const ref = { key: 'sha256:abc', given: 'plans/a.txt', kind: 'file' as const };
const PLAN = documentId(ref.key, 1);
const SUMMARY = documentId(ref.key, 2);
const PLAN_TEXT = '青石小学工会工作计划\n一、召开教代会。\n二、三月份慰问女教职工。';
const SUMMARY_TEXT = '2020年青石小学工会工作总结\n一年来，工会组织教职工秋游。';

/** One stored source of two documents: a plan with no year, a summary of 2020. */
function database() {
  const db = openDatabase(':memory:');
  const plan = newDocument(ref.key, 1, PLAN_TEXT, '青石小学工会工作计划');
  plan.meta = { ...plan.meta, org: '青石小学', kind: 'plan' };
  const summary = newDocument(ref.key, 2, SUMMARY_TEXT, '2020年青石小学工会工作总结');
  summary.meta = { ...summary.meta, org: null, year: 2020, kind: 'summary' };
  writeStoredSource(
    db,
    ref,
    [plan, summary],
    [
      {
        stage: 'metadata',
        part: 1,
        rule: 'metadata.org',
        level: 'info',
        reason: 'organisation read from the title',
        span: null,
        before: null,
        after: '青石小学',
      },
    ],
    'abc',
  );
  return db;
}

const count = (db: ReturnType<typeof openDatabase>) =>
  db.prepare('SELECT count(*) FROM document_corrections').pluck().get();

function importText(db: ReturnType<typeof openDatabase>, csv: string, file = 'c.csv') {
  const { rows, problems, references } = readCorrectionsCsv(csv, file);
  return importCorrections(db, rows, file, problems, references);
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof CorrectionImportError) return e.problems;
    throw e;
  }
  throw new Error('no CorrectionImportError');
}

describe('migration 017', () => {
  it('is registered and makes document_corrections', () => {
    expect(listMigrations().find((m) => m.version === 17)).toMatchObject({ name: 'document-corrections' });
    const db = openDatabase(':memory:');
    expect(count(db)).toBe(0);
  });
});

describe('correction cells', () => {
  it.each([
    ['org', ' 青石小学  工会 ', '青石小学 工会'],
    ['org', 'null', null],
    ['org', '无', null],
    ['title', 'None', null],
    ['title', '-', null],
    ['year', '2023', 2023],
    ['year', '2023年', 2023],
    ['year', '1900', 1900],
    ['year', '2100', 2100],
    ['year', 'NULL', null],
    ['kind', 'plan', 'plan'],
    ['kind', 'Summary', 'summary'],
    ['kind', '计划', 'plan'],
    ['kind', '总结', 'summary'],
    ['kind', '其他', 'other'],
    ['on_topic', 'true', true],
    ['on_topic', 'FALSE', false],
    ['on_topic', 'yes', true],
    ['on_topic', 'no', false],
    ['on_topic', '是', true],
    ['on_topic', '否', false],
    ['on_topic', '1', true],
    ['on_topic', '0', false],
  ] as Array<[CorrectionField, string, unknown]>)('%s %j → %j', (field, cell, value) => {
    expect(parseCorrectionValue(field, cell)).toEqual({ value });
  });

  it.each([
    ['org', '', /value is empty \(write the org, or null to clear it\)/],
    ['year', '  ', /value is empty/],
    ['year', '1899', /year must be a year from 1900 to 2100/],
    ['year', '2101', /year must be a year from 1900 to 2100/],
    ['year', '二〇二三', /year must be a year/],
    ['year', '2023.5', /year must be a year/],
    ['kind', 'report', /kind must be plan, summary or other/],
    ['kind', 'null', /kind cannot be cleared/],
    ['kind', '', /value is empty \(write the kind/],
    ['on_topic', 'maybe', /on_topic must be true or false/],
    ['on_topic', 'none', /on_topic cannot be cleared/],
    ['org', '东湖\u001b[2J小学', /org holds a control character \(东湖\\u001b\[2J小学\): write the name as text/],
    ['title', '工会工作计划\u0000', /title holds a control character/],
  ] as Array<[CorrectionField, string, RegExp]>)('rejects %s %j', (field, cell, message) => {
    expect((parseCorrectionValue(field, cell) as { error: string }).error).toMatch(message);
  });

  it.each([
    ['org', 'org'],
    [' Year ', 'year'],
    ['on-topic', 'on_topic'],
    ['on_topic', 'on_topic'],
    ['school_year', null],
    ['', null],
  ])('field %j → %j', (cell, field) => {
    expect(parseCorrectionField(cell)).toBe(field);
  });
});

describe('the reviewer CSV', () => {
  it('reads doc_id, field, value, coder and note (a BOM, quotes and extra columns are fine)', () => {
    const csv = `\ufeffdoc_id,field,value,title,coder,note\r\n${PLAN},org,"青石小学工会",x,王,"看落款, 第2页"\r\n${SUMMARY},year,2021,,,\r\n`;
    expect(readCorrectionsCsv(csv, 'c.csv')).toEqual({
      rows: [
        { docId: PLAN, field: 'org', value: '青石小学工会', coder: '王', note: '看落款, 第2页', line: 2 },
        { docId: SUMMARY, field: 'year', value: 2021, coder: null, note: null, line: 3 },
      ],
      problems: [],
      references: [],
      skipped: 0,
    });
  });

  it('a number-like id stands after an apostrophe in the template, so Excel keeps it; the import drops it', () => {
    expect(['288253460364', '326357394e09', '9f4e01b2c3d4'].map(excelSafeId)).toEqual([
      "'288253460364",
      "'326357394e09",
      '9f4e01b2c3d4',
    ]);
    expect(readCorrectionsCsv(`doc_id,field,value\n'288253460364,year,2021\n`, 'c.csv').rows).toMatchObject([
      { docId: '288253460364', field: 'year', value: 2021 },
    ]);
  });

  it.each([
    ['a missing column', `doc_id,value\n${PLAN},1\n`, /line 1: the header lacks column\(s\) field/],
    ['an empty file', '', /the file is empty/],
    ['a header only', 'doc_id,field,value\n', /a header but no corrections/],
    ['an unbalanced quote', `doc_id,field,value\n${PLAN},org,"青石\n`, /not a valid CSV file/],
  ])('%s is refused at once', (_, csv, message) => {
    expect(problemsOf(() => readCorrectionsCsv(csv, 'c.csv')).join('\n')).toMatch(message);
  });
});

describe('gonghui correct import (library)', () => {
  it('stores the rows with their document, part, text hash and provenance', () => {
    const db = database();
    expect(
      importText(db, `doc_id,field,value,coder,note\n${PLAN},year,2023,王,看落款\n${SUMMARY},org,青石小学,,\n`),
    ).toEqual({ imported: 2, replaced: 0, changed: 2, sources: 1 });
    const stored = db.prepare('SELECT * FROM document_corrections ORDER BY doc_id, field').all();
    expect(stored).toContainEqual(
      expect.objectContaining({
        doc_id: PLAN,
        source_key: ref.key,
        part: 1,
        field: 'year',
        value: '2023',
        text_sha256: documentTextSha256(PLAN_TEXT),
        coder: '王',
        note: '看落款',
        source_file: 'c.csv',
      }),
    );
    expect(sourceCorrections(db)(ref.key)).toEqual([
      {
        part: 1,
        field: 'year',
        value: 2023,
        textSha256: documentTextSha256(PLAN_TEXT),
        coder: '王',
        note: '看落款',
        sourceFile: 'c.csv',
      },
      {
        part: 2,
        field: 'org',
        value: '青石小学',
        textSha256: documentTextSha256(SUMMARY_TEXT),
        coder: null,
        note: null,
        sourceFile: 'c.csv',
      },
    ]);
    expect(sourceCorrections(db)('sha256:other')).toEqual([]);
  });

  it('counts the rows that confirm the stored value apart from those that change it', () => {
    const db = database();
    expect(
      importText(db, `doc_id,field,value\n${PLAN},org,青石小学\n${PLAN},kind,plan\n${SUMMARY},year,null\n`),
    ).toEqual({
      imported: 3,
      replaced: 0,
      changed: 1,
      sources: 1,
    });
  });

  it('skips and counts the rows left empty (not reviewed), while null records a reviewed "no value"', () => {
    const db = database();
    const read = readCorrectionsCsv(
      `doc_id,field,value\n${PLAN},org,\n${SUMMARY},org,null\n${PLAN},year,  \n${SUMMARY},year,2020\n`,
      'c.csv',
    );
    expect(read).toMatchObject({ problems: [], references: [], skipped: 2 });
    expect(read.rows.map((r) => [r.docId, r.field, r.value])).toEqual([
      [SUMMARY, 'org', null],
      [SUMMARY, 'year', 2020],
    ]);
    expect(importText(db, `doc_id,field,value\n${PLAN},org,\n${SUMMARY},org,无\n`)).toMatchObject({ imported: 1 });
    expect(db.prepare('SELECT doc_id, field, value FROM document_corrections').all()).toEqual([
      { doc_id: SUMMARY, field: 'org', value: 'null' },
    ]);
  });

  it('a file whose every value is empty imports nothing and says so', () => {
    const db = database();
    expect(problemsOf(() => importText(db, `doc_id,field,value\n${PLAN},org,\n${SUMMARY},org,\n`))).toEqual([
      "every row's value is empty (2 row(s), none reviewed): fill in the values you checked (null where you checked and there is none) and import again",
    ]);
    expect(count(db)).toBe(0);
  });

  it('a later import of the same document and field replaces the earlier one', () => {
    const db = database();
    importText(db, `doc_id,field,value\n${PLAN},year,2023\n`, 'a.csv');
    expect(importText(db, `doc_id,field,value\n${PLAN},year,2024\n${PLAN},org,null\n`, 'b.csv')).toMatchObject({
      imported: 2,
      replaced: 1,
    });
    expect(db.prepare("SELECT value, source_file FROM document_corrections WHERE field = 'year'").get()).toEqual({
      value: '2024',
      source_file: 'b.csv',
    });
  });

  it('lists every problem of the file at once, in line order, and stores nothing', () => {
    const db = database();
    importText(db, `doc_id,field,value\n${PLAN},kind,summary\n`);
    const csv = [
      'doc_id,field,value',
      `${PLAN},year,20x3`,
      `nosuchdoc,org,某某小学`,
      `${PLAN},school_year,2023`,
      `${SUMMARY},org,`, // left empty: not reviewed, skipped (no problem)
      `${SUMMARY},kind,计划`,
      `${SUMMARY},kind,总结`,
      `,org,青石小学`,
      `${PLAN},org,a,b`,
      `nosuchdoc2,on_topic,perhaps`,
    ].join('\n');
    expect(problemsOf(() => importText(db, csv))).toEqual([
      'line 2: year must be a year from 1900 to 2100 (or null), got "20x3"',
      'line 3: no document "nosuchdoc" in the database',
      'line 4: unknown field "school_year" (use title, org, year, kind, on_topic)',
      `line 7: ${SUMMARY} kind is already corrected on line 6`,
      'line 8: doc_id is empty',
      'line 9: 4 field(s) where the header has 3',
      'line 10: no document "nosuchdoc2" in the database',
      'line 10: on_topic must be true or false (yes/no, 是/否, 1/0), got "perhaps"',
    ]);
    // Nothing of the bad file, the earlier import intact.
    expect(count(db)).toBe(1);
  });

  it('accepts a document named by its id from before content identity', () => {
    const db = database();
    db.prepare('INSERT INTO document_id_aliases (old_id, new_id) VALUES (?, ?)').run('oldid000001', PLAN);
    expect(importText(db, `doc_id,field,value\noldid000001,year,2023\n`)).toMatchObject({ imported: 1 });
    expect(db.prepare('SELECT doc_id FROM document_corrections').pluck().get()).toBe(PLAN);
    expect(problemsOf(() => importText(db, `doc_id,field,value\noldid000001,year,2023\n${PLAN},year,2024\n`))).toEqual([
      `line 3: ${PLAN} year is already corrected on line 2`,
    ]);
  });
});

describe('statuses', () => {
  it('applied when the stored document has the value, pending before, stale when its text changed or it is gone', () => {
    const db = database();
    importText(db, `doc_id,field,value\n${PLAN},org,青石小学\n${PLAN},year,2023\n${SUMMARY},on_topic,false\n`);
    const status = () => Object.fromEntries(listCorrections(db).map((c) => [`${c.docId} ${c.field}`, c.status]));
    expect(status()).toEqual({
      [`${PLAN} org`]: 'applied',
      [`${PLAN} year`]: 'pending',
      [`${SUMMARY} on_topic`]: 'pending',
    });
    expect(listCorrections(db).find((c) => c.field === 'year')).toMatchObject({ value: 2023, current: null });
    db.prepare('UPDATE documents SET year = 2023 WHERE id = ?').run(PLAN);
    expect(status()[`${PLAN} year`]).toBe('applied');
    // Reformatted only (the paragraph form is the same): still the corrected text.
    db.prepare('UPDATE documents SET text = ? WHERE id = ?').run(`  ${PLAN_TEXT.replace(/\n/g, '\n\n')}  `, PLAN);
    expect(status()[`${PLAN} year`]).toBe('applied');
    db.prepare('UPDATE documents SET text = ? WHERE id = ?').run(`${PLAN_TEXT}\n三、四月份春游。`, PLAN);
    expect(status()[`${PLAN} year`]).toBe('stale');
    db.prepare('DELETE FROM documents WHERE id = ?').run(SUMMARY);
    const gone = listCorrections(db).find((c) => c.docId === SUMMARY)!;
    expect(gone).toMatchObject({ status: 'stale', why: expect.stringContaining('gone') });
  });
});

describe('the template', () => {
  it('one row per on-topic, non-duplicate document with its value, title, source and evidence', () => {
    const db = database();
    expect(correctionTemplate(db, 'org')).toEqual([
      {
        doc_id: PLAN,
        field: 'org',
        value: '青石小学',
        title: '青石小学工会工作计划',
        source: 'plans/a.txt',
        evidence: 'metadata.org: organisation read from the title',
      },
      {
        doc_id: SUMMARY,
        field: 'org',
        value: 'null',
        title: '2020年青石小学工会工作总结',
        source: 'plans/a.txt',
        // An empty org without a note of its own: where the reader looked.
        evidence: 'no organisation named where the reader looks (title, opening, sign-off, credit) — check by hand',
      },
    ]);
    // --missing: the value cells come empty, for the reviewer to fill in (an untouched row is skipped on import).
    expect(correctionTemplate(db, 'org', true).map((r) => [r.doc_id, r.value])).toEqual([[SUMMARY, '']]);
    expect(correctionTemplate(db, 'year', true).map((r) => [r.doc_id, r.value])).toEqual([[PLAN, '']]);
    expect(correctionTemplate(db, 'on_topic').map((r) => r.value)).toEqual(['true', 'true']);
    db.prepare('UPDATE documents SET on_topic = 0 WHERE id = ?').run(SUMMARY);
    expect(correctionTemplate(db, 'kind').map((r) => r.doc_id)).toEqual([PLAN]);
    // A document the reader put off-topic is still listed for on_topic itself: the reviewer may put it back.
    expect(correctionTemplate(db, 'on_topic').map((r) => [r.doc_id, r.value])).toEqual([
      [PLAN, 'true'],
      [SUMMARY, 'false'],
    ]);
  });

  it('is importable as is', () => {
    const db = database();
    for (const field of ['title', 'org', 'year', 'kind', 'on_topic'] as const) {
      const rows = correctionTemplate(db, field);
      const csv = [TEMPLATE_COLUMNS.join(','), ...rows.map((r) => TEMPLATE_COLUMNS.map((c) => `"${r[c]}"`).join(','))];
      expect(importText(db, csv.join('\n'))).toMatchObject({ imported: 2, changed: 0 });
    }
    expect(listCorrections(db).every((c) => c.status === 'applied')).toBe(true);
  });
});
