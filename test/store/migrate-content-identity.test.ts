// Migration 011 on a database written by the path-keyed schema (migrations 001–009 and the writes of that
// code, reproduced here row by row): a corpus ingested from two folders becomes one source with both
// locations, documents get content ids, and human codes, notes, errors and the search index follow.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { listMigrations, migrate, registerSqlFunctions } from '../../src/store/database.ts';
import { documentId } from '../../src/store/document-id.ts';
import { importHumanCodes } from '../../src/store/human-labels.ts';

const SHA = 'a'.repeat(64);
const URL_KEY = 'https://s.test/plan.html';

/** A database as the code before content identity left it: the same file ingested at /old and at /new. */
function pathKeyedDatabase(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  registerSqlFunctions(db);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of listMigrations().filter((m) => m.version < 10)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 't');
  }
  const source = db.prepare(
    "INSERT INTO sources (id, key, given, kind, sha256, bytes, format, status, ingested_at) VALUES (?, ?, ?, ?, ?, 10, 'text', ?, ?)",
  );
  source.run(1, '/old/corpus/plan.txt', 'old/corpus/plan.txt', 'file', SHA, 'ok', '2025-01-01');
  source.run(2, '/new/corpus/plan.txt', 'new/corpus/plan.txt', 'file', SHA, 'ok', '2025-02-01');
  source.run(3, URL_KEY, URL_KEY, 'url', 'b'.repeat(64), 'ok', '2025-01-01');
  source.run(4, '/old/corpus/locked.txt', 'old/corpus/locked.txt', 'file', null, 'error', '2025-01-01');
  const doc = db.prepare(
    "INSERT INTO documents (id, source_id, part, kind, duplicate_of, text, chars) VALUES (?, ?, 1, 'plan', ?, '召开教代会', 5)",
  );
  const old = documentId('/old/corpus/plan.txt', 1);
  const moved = documentId('/new/corpus/plan.txt', 1);
  const web = documentId(URL_KEY, 1);
  doc.run(old, 1, null);
  doc.run(moved, 2, old);
  doc.run(web, 3, null);
  for (const [i, id] of [old, moved, web].entries()) {
    db.prepare(
      "INSERT INTO paragraphs (id, doc_id, idx, text, tokens) VALUES (?, ?, 0, '召开教代会', '召开 教代会')",
    ).run(i + 1, id);
    db.prepare("INSERT INTO paragraph_search (rowid, tokens) VALUES (?, '召开 教代会')").run(i + 1);
    db.prepare(
      "INSERT INTO activities (doc_id, month, text, category, source) VALUES (?, 3, '召开教代会', '民主管理', 'schedule')",
    ).run(id);
    db.prepare('INSERT INTO document_months (doc_id, month, month_inferred, activities) VALUES (?, 3, 0, 1)').run(id);
    db.prepare("INSERT INTO document_fingerprints (doc_id, shingles, minhash) VALUES (?, 3, x'00')").run(id);
    db.prepare('INSERT INTO document_lsh (band, bucket, ord, doc_id) VALUES (0, 7, ?, ?)').run(i + 1, id);
  }
  db.prepare('INSERT INTO document_similarity VALUES (?, ?, 1, 1)').run(moved, old);
  // The coder worked on the copy ingested last, and on the web page.
  const code = db.prepare(
    "INSERT INTO human_labels (doc_id, idx, labels, text, source_file, imported_at) VALUES (?, 0, '[\"参与\"]', '召开教代会', 'c.csv', 't')",
  );
  code.run(moved);
  code.run(web);
  db.prepare(
    "INSERT INTO notes (source_id, doc_id, stage, rule, level, reason) VALUES (?, ?, 'split', 'r', 'info', 'x')",
  ).run(2, moved);
  db.prepare("INSERT INTO runs (id, command, started_at) VALUES (1, 'ingest', 't')").run();
  db.prepare("INSERT INTO run_sources VALUES (1, '/new/corpus/plan.txt', ?, 'ok', 't')").run(SHA);
  const error = db.prepare(
    "INSERT INTO errors (run_id, source, source_key, stage, message, at) VALUES (1, ?, ?, 'acquire', 'x', 't')",
  );
  error.run('old/corpus/locked.txt', '/old/corpus/locked.txt');
  error.run('new/corpus/plan.txt', '/new/corpus/plan.txt');
  return db;
}

describe('migration 011: content identity', () => {
  it('turns path-keyed sources into content-keyed ones and carries everything over', () => {
    const db = pathKeyedDatabase();
    expect(migrate(db)).toEqual(
      listMigrations()
        .filter((m) => m.version >= 10)
        .map((m) => m.version),
    );

    const key = `sha256:${SHA}`;
    const plan = documentId(key, 1);
    const web = documentId(URL_KEY, 1);
    expect(db.prepare('SELECT id, key, status FROM sources ORDER BY id').all()).toEqual([
      { id: 1, key, status: 'ok' },
      { id: 3, key: URL_KEY, status: 'ok' },
      { id: 4, key: '/old/corpus/locked.txt', status: 'error' },
    ]);
    expect(db.prepare('SELECT location, source_id FROM source_locations ORDER BY location').all()).toEqual([
      { location: '/new/corpus/plan.txt', source_id: 1 },
      { location: '/old/corpus/plan.txt', source_id: 1 },
      { location: URL_KEY, source_id: 3 },
    ]);
    expect(db.prepare('SELECT id, duplicate_of FROM documents ORDER BY source_id').all()).toEqual([
      { id: plan, duplicate_of: null },
      { id: web, duplicate_of: null },
    ]);
    for (const table of ['paragraphs', 'activities', 'document_month_counts', 'document_fingerprints', 'document_lsh'])
      expect(db.prepare(`SELECT DISTINCT doc_id FROM ${table} ORDER BY doc_id`).pluck().all(), table).toEqual(
        [plan, web].sort(),
      );
    expect(db.prepare('SELECT count(*) FROM document_similarity').pluck().get()).toBe(0);
    // The code made on the copy is now on the one source's document, and still overrides the model.
    expect(db.prepare('SELECT doc_id, label_source FROM paragraph_labels ORDER BY doc_id').all()).toEqual(
      [
        { doc_id: plan, label_source: 'human' },
        { doc_id: web, label_source: 'human' },
      ].sort((a, b) => (a.doc_id < b.doc_id ? -1 : 1)),
    );
    expect(db.prepare('SELECT source_key FROM errors ORDER BY id').pluck().all()).toEqual([
      '/old/corpus/locked.txt',
      key,
    ]);
    expect(db.prepare('SELECT source_key FROM run_sources').pluck().all()).toEqual([key]);
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0); // the copy's notes went with it
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(
      // the index holds character pairs since migration 010: a word is matched as its pairs
      db.prepare(`SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH '"教代 代会"'`).pluck().get(),
    ).toBe(2);
    db.prepare("INSERT INTO paragraph_search (paragraph_search) VALUES ('integrity-check')").run();
    // A coder's CSV made from an export before the migration names the old ids: they still import.
    const summary = importHumanCodes(
      db,
      [{ line: 2, docId: documentId('/old/corpus/plan.txt', 1), index: 0, labels: ['维权'], coder: null }],
      'old.csv',
    );
    expect(summary).toEqual({ imported: 1, replaced: 1 });
    expect(db.prepare('SELECT labels FROM human_labels WHERE doc_id = ?').pluck().get(plan)).toBe('["维权"]');
    db.close();
  });
});
