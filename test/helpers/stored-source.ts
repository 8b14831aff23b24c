// A source already through the pipeline, written to a database as ingest writes it: for tests of what the store
// does with stored documents (human codes, corrections) without running the stages.
import type { DocumentDraft, SourceRef } from '../../src/model/items.ts';
import type { SourceResult } from '../../src/model/source-result.ts';
import type { Db } from '../../src/store/database.ts';
import { SourceWriter } from '../../src/store/write-source.ts';

export function writeStoredSource(
  db: Db,
  ref: SourceRef,
  documents: DocumentDraft[],
  notes: SourceResult['notes'] = [],
  sha256 = 'x',
): void {
  const result: SourceResult = {
    ok: true,
    charset: 'utf-8',
    format: 'text',
    title: null,
    publishedAt: null,
    documents,
    notes,
  };
  db.transaction(() => new SourceWriter(db).writeResult({ ref, sha256, bytes: 1 }, result, 'h', null))();
}
