// Migration 010 rebuilds the search index of a database made before it (jieba words) as character pairs, when
// `gonghui migrate` (or an ingest) brings the database up to date.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { searchPairs } from '../../src/store/search-pairs.ts';
import { runCli } from '../cli/run-cli.ts';
import { buildAnalysisDb } from '../helpers/analysis-db.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir('gonghui-search-migration-');

describe('search index migration', () => {
  it('an index of jieba words (before migration 010) is rebuilt on opening, and words inside compounds are found', async () => {
    const path = buildAnalysisDb(tempDir());
    const old = openDatabase(path);
    // Back to the index of migrations 001–009.
    old.exec(`DROP TABLE paragraph_search_terms; DROP TRIGGER paragraphs_ad; DROP TRIGGER paragraphs_au; DROP TABLE paragraph_search;
      CREATE VIRTUAL TABLE paragraph_search USING fts5(tokens, content = 'paragraphs', content_rowid = 'id', tokenize = 'ascii');
      INSERT INTO paragraph_search (paragraph_search) VALUES ('rebuild');
      CREATE VIRTUAL TABLE paragraph_search_terms USING fts5vocab(paragraph_search, 'row');
      DELETE FROM schema_migrations WHERE version = 10;`);
    const withWord = old
      .prepare("SELECT count(*) FROM paragraphs WHERE instr(text, '教职工') > 0")
      .pluck()
      .get() as number;
    expect(
      old.prepare(`SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH '"教职 职工"'`).pluck().get(),
    ).toBe(0);
    old.close();

    // Read-only commands never migrate (issue 19): `gonghui migrate` rebuilds the index once.
    const m = await runCli(['migrate', '--db', path]);
    expect(m.code, m.err).toBe(0);
    const r = await runCli(['search', '体检', '--db', path, '--include-duplicates']);
    expect(r.code, r.err).toBe(0);
    expect(r.out.match(/«体检»/g)).toHaveLength(3);
    const db = openDatabase(path, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH '体检'").pluck().get()).toBe(
      3,
    );
    expect(
      db.prepare(`SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH '"教职 职工"'`).pluck().get(),
    ).toBe(withWord);
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBeGreaterThanOrEqual(10);
    db.close();
  });

  it('indexes each character with its neighbour, a run ending on its last character alone', () => {
    expect(searchPairs('健康体检，教职工 PE课2022年')).toBe(
      '健康 康体 体检 检 教职 职工 工 pe e课 课2 20 02 22 2年 年',
    );
  });
});
