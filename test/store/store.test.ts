import { describe, expect, it } from 'vitest';
import type { SourceResult } from '../../src/model/source-result.ts';
import { newDocument } from '../../src/model/items.ts';
import { listMigrations, openDatabase } from '../../src/store/database.ts';
import { documentId } from '../../src/store/document-id.ts';
import { SourceWriter } from '../../src/store/write-source.ts';

function result(texts: string[]): SourceResult {
  return {
    ok: true,
    charset: 'utf-8',
    format: 'text',
    title: null,
    publishedAt: null,
    documents: texts.map((t, i) => {
      const d = newDocument('/a.txt', i + 1, t);
      d.paragraphs = t
        .split('\n')
        .map((p, idx) => ({ index: idx, text: p, tokens: [...p], heading: null, labels: [], scores: {}, reasons: {} }));
      return d;
    }),
    notes: [
      {
        stage: 'clean.whitespace',
        part: null,
        rule: 'whitespace.wide-space',
        level: 'info',
        reason: 'x',
        span: null,
        before: null,
        after: null,
      },
    ],
  };
}

const ref = { key: '/a.txt', given: 'a.txt', kind: 'file' as const };

describe('store', () => {
  it('applies every migration once and records it', () => {
    const db = openDatabase(':memory:');
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(listMigrations().map((m) => m.version));
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('replaces a re-ingested source in place: no duplicates, search index in step', () => {
    const db = openDatabase(':memory:');
    const w = new SourceWriter(db);
    db.transaction(() =>
      w.writeResult({ ref, sha256: 'a', bytes: 1 }, result(['送温暖\n教代会', '校务公开']), 'h', null),
    )();
    db.transaction(() => w.writeResult({ ref, sha256: 'b', bytes: 1 }, result(['送温暖\n体检']), 'h', null))();
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM paragraphs').pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(1);
    const hits = (q: string) =>
      db.prepare('SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH ?').pluck().get(q);
    expect(hits('"体" *')).toBe(1);
    expect(hits('"教" *')).toBe(0); // the replaced paragraphs left the index too
    expect(db.prepare('SELECT id FROM documents').pluck().get()).toBe(documentId('/a.txt', 1));
  });

  it('indexes a batch for search at its end, also when the batch writes a source twice', () => {
    const db = openDatabase(':memory:');
    const w = new SourceWriter(db);
    const other = { key: '/b.txt', given: 'b.txt', kind: 'file' as const };
    w.writeBatch(() => {
      w.writeResult({ ref, sha256: 'a', bytes: 1 }, result(['送温暖\n教代会', '校务公开']), 'h', null);
      w.writeResult({ ref: other, sha256: 'a', bytes: 1 }, result(['教代会']), 'h', null);
      w.writeResult({ ref, sha256: 'b', bytes: 1 }, result(['送温暖\n体检']), 'h', null);
    });
    const hits = (q: string) =>
      db.prepare('SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH ?').pluck().get(q);
    expect([hits('"体" *'), hits('"教" *'), hits('"公" *'), hits('"送" *')]).toEqual([1, 1, 0, 1]);
    expect(() =>
      db.exec("INSERT INTO paragraph_search (paragraph_search, rank) VALUES ('integrity-check', 1)"),
    ).not.toThrow(); // 1: checks against the paragraphs too
    expect(() =>
      w.writeBatch(() => {
        w.writeResult({ ref: other, sha256: 'c', bytes: 1 }, result(['校务公开']), 'h', null);
        throw new Error('writer failed');
      }),
    ).toThrow('writer failed');
    expect([hits('"教" *'), hits('"公" *')]).toEqual([1, 0]); // the failed batch left nothing behind
    w.writeBatch(() => w.writeResult({ ref: other, sha256: 'c', bytes: 1 }, result(['校务公开']), 'h', null));
    expect([hits('"教" *'), hits('"公" *')]).toEqual([0, 1]);
    expect(() =>
      db.exec("INSERT INTO paragraph_search (paragraph_search, rank) VALUES ('integrity-check', 1)"),
    ).not.toThrow();
  });

  it('keeps earlier documents when a re-ingest fails, and records the error', () => {
    const db = openDatabase(':memory:');
    const w = new SourceWriter(db);
    db.transaction(() => w.writeResult({ ref, sha256: 'a', bytes: 1 }, result(['送温暖']), 'h', null))();
    db.transaction(() =>
      w.writeResult(
        { ref, sha256: 'c', bytes: 1 },
        { ok: false, stage: 'decode', message: 'page 1 is empty (0 bytes)', notes: [] },
        'h',
        null,
      ),
    )();
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);
    expect(db.prepare('SELECT status FROM sources').pluck().get()).toBe('error');
    expect(db.prepare('SELECT source, stage, message FROM errors').get()).toEqual({
      source: 'a.txt',
      stage: 'decode',
      message: 'page 1 is empty (0 bytes)',
    });
    db.transaction(() => w.writeResult({ ref, sha256: 'a', bytes: 1 }, result(['送温暖']), 'h', null))();
    expect(db.prepare('SELECT count(*) FROM errors').pluck().get()).toBe(0);
  });

  it('document ids are stable and differ by part', () => {
    expect(documentId('/a.txt', 1)).toBe(documentId('/a.txt', 1));
    expect(documentId('/a.txt', 1)).not.toBe(documentId('/a.txt', 2));
    expect(documentId('/a.txt', 1)).toMatch(/^[0-9a-f]{12}$/);
  });
});
