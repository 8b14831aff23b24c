// Content identity (issue 17): a file source is its bytes, seen at any number of paths; document ids come from
// the bytes and the part, so a moved or copied corpus adds nothing and human codes and corrections stay attached.
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../../src/model/items.ts';
import { newDocument } from '../../src/model/items.ts';
import type { SourceResult } from '../../src/model/source-result.ts';
import { openDatabase } from '../../src/store/database.ts';
import { documentId } from '../../src/store/document-id.ts';
import { SourceWriter } from '../../src/store/write-source.ts';
import { runCli } from '../cli/run-cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir();

function result(key: string, texts: string[]): SourceResult {
  return {
    ok: true,
    charset: 'utf-8',
    format: 'text',
    title: null,
    publishedAt: null,
    documents: texts.map((t, i) => {
      const d = newDocument(key, i + 1, t);
      d.paragraphs = t
        .split('\n')
        .map((p, idx) => ({ index: idx, text: p, tokens: [...p], heading: null, labels: [], scores: {}, reasons: {} }));
      return d;
    }),
    notes: [],
  };
}

const fileRef = (sha: string, location: string): SourceRef => ({
  key: `sha256:${sha}`,
  given: location.slice(1),
  kind: 'file',
  location,
});

describe('content identity in the store', () => {
  it('keeps one source per content with every location; changed bytes supersede once no location holds the old', () => {
    const db = openDatabase(':memory:');
    const w = new SourceWriter(db);
    const write = (ref: SourceRef, texts: string[]) =>
      db.transaction(() =>
        w.writeResult({ ref, sha256: ref.key.slice(7), bytes: 1 }, result(ref.key, texts), 'h', null),
      )();
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

    write(fileRef('x', '/a/plan.txt'), ['召开教代会\n慰问困难教职工']);
    const oldDoc = documentId('sha256:x', 1);
    db.prepare(
      "INSERT INTO human_labels (doc_id, idx, labels, text, source_file, imported_at) VALUES (?, 1, '[\"维权\"]', '慰问困难教职工', 'c.csv', 't')",
    ).run(oldDoc);
    db.prepare(
      "INSERT INTO document_corrections (doc_id, source_key, part, field, value, text_sha256, source_file, imported_at) VALUES (?, 'sha256:x', 1, 'year', '2023', 'h', 'c.csv', 't')",
    ).run(oldDoc);

    // The corpus copied to /b: the same source, one more location, nothing re-written.
    db.transaction(() => w.seenAgain(fileRef('x', '/b/plan.txt')))();
    expect(count('sources')).toBe(1);
    expect(db.prepare('SELECT location FROM source_locations ORDER BY location').pluck().all()).toEqual([
      '/a/plan.txt',
      '/b/plan.txt',
    ]);
    expect(db.prepare('SELECT id FROM documents').pluck().all()).toEqual([oldDoc]);

    // The copy at /b edited: a new source there; the old one is still at /a, so it stays.
    write(fileRef('y', '/b/plan.txt'), ['召开教代会\n慰问困难教职工\n组织体检']);
    expect(count('sources')).toBe(2);
    // Edited at /a too: the old bytes are nowhere any more, so the old source goes and its codes follow.
    write(fileRef('y', '/a/plan.txt'), ['召开教代会\n慰问困难教职工\n组织体检']);
    expect(db.prepare('SELECT key FROM sources').pluck().all()).toEqual(['sha256:y']);
    expect(count('documents')).toBe(1);
    const newDoc = documentId('sha256:y', 1);
    expect(
      db.prepare("SELECT doc_id, idx, label_source FROM paragraph_labels WHERE label_source = 'human'").all(),
    ).toEqual([{ doc_id: newDoc, idx: 1, label_source: 'human' }]);
    // A metadata correction follows as well, to be handed to the new version's source by the next ingest.
    expect(db.prepare('SELECT doc_id, source_key FROM document_corrections').all()).toEqual([
      { doc_id: newDoc, source_key: 'sha256:y' },
    ]);
    expect(db.prepare("INSERT INTO paragraph_search (paragraph_search) VALUES ('integrity-check')").run()).toBeTruthy();
  });

  it('a URL source is its URL', () => {
    const db = openDatabase(':memory:');
    const w = new SourceWriter(db);
    const ref: SourceRef = { key: 'https://s.test/p.html', given: 'https://s.test/p.html', kind: 'url' };
    db.transaction(() => w.writeResult({ ref, sha256: 'z', bytes: 1 }, result(ref.key, ['工会计划']), 'h', null))();
    expect(db.prepare('SELECT id FROM documents').pluck().get()).toBe(documentId('https://s.test/p.html', 1));
    expect(db.prepare('SELECT location FROM source_locations').pluck().all()).toEqual(['https://s.test/p.html']);
  });
});

describe('the corpus in another folder', () => {
  it('gives the same sources and the README ids; a moved folder adds no source', async () => {
    const root = tempDir();
    const samples = ['003_4e533f1df0f197d0.txt', '004_a013b4c70017759b.txt'];
    const first = join(root, 'clone-1', 'corpus');
    for (const f of samples) cpSync(join('corpus/samples', f), join(first, 'samples', f));
    const db = join(root, 'g.db');
    const ingest = (dir: string) => runCli(['ingest', dir, '--db', db, '--archive', join(root, 'raw')]);
    expect((await ingest(first)).code).toBe(0);

    const conn = openDatabase(db, { readonly: true });
    const ids = () => conn.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[];
    const sources = () => conn.prepare('SELECT id, key FROM sources ORDER BY id').all();
    const before = { ids: ids(), sources: sources() };
    // Ids are the bytes' and the part's: computable from the file alone, in any clone.
    const sha = (f: string) =>
      createHash('sha256')
        .update(readFileSync(join('corpus/samples', f)))
        .digest('hex');
    expect(before.sources).toEqual(samples.map((f, i) => ({ id: i + 1, key: `sha256:${sha(f)}` })));
    expect(before.ids).toContain(documentId(`sha256:${sha(samples[0]!)}`, 1));
    // The ids the README shows (gonghui search 慰问 困难).
    expect(before.ids).toEqual(expect.arrayContaining(['2650cbe8cb24', 'f7b9951d14db']));

    // The same corpus in a second folder, then the first folder moved: nothing new.
    const second = join(root, 'clone-2', 'corpus');
    cpSync(first, second, { recursive: true });
    const again = await ingest(second);
    expect(again.out).toMatch(/unchanged 2\b/);
    const moved = join(root, 'moved', 'corpus');
    cpSync(join(root, 'clone-1'), join(root, 'moved'), { recursive: true });
    renameSync(first, join(root, 'gone'));
    expect((await ingest(moved)).out).toMatch(/unchanged 2\b/);
    expect(sources()).toEqual(before.sources);
    expect(ids()).toEqual(before.ids);
    expect(conn.prepare('SELECT count(*) FROM source_locations').pluck().get()).toBe(6);
    conn.close();
  }, 180_000); // three ingests on a machine that may be shared
});
