// Writing one source's outcome. Re-ingesting a source replaces its documents, paragraphs, activities and
// notes in one transaction, so a source is never half-written and never duplicated. A file source is its
// bytes (key `sha256:<hex>`): the same file seen in another folder is one more location of the same source,
// and a file whose bytes changed is a new source that supersedes the old one at that location; the old one
// goes once no location holds it any more, its human codes carried to the new documents of the same part.
import type { DocumentFingerprint, SourceRef } from '../model/items.ts';
import type { StoredSourceResult } from '../model/source-result.ts';
import { type StoredParagraph, tokensText } from '../model/source-result.ts';
import type { Note } from '../model/stage.ts';
import type { Db } from './database.ts';
import { documentId } from './document-id.ts';
import { documentMonthCountsWriter, type StoredActivityMonths } from './document-months.ts';
import { storedMonthInferred } from './month-basis.ts';
import { NearDuplicates } from './near-duplicates.ts';
import { RowBatcher } from './row-batches.ts';

export interface AcquiredSource {
  ref: SourceRef;
  sha256: string | null;
  bytes: number | null;
}

export interface WriteCounts {
  documents: number;
  paragraphs: number;
  activities: number;
}

export class SourceWriter {
  private readonly upsertSource;
  private readonly deleteDocuments;
  private readonly hasDocuments;
  private readonly lastSourceId;
  private readonly deleteNotes;
  private readonly deleteErrors;
  private readonly insertDocument;
  private readonly paragraphRows;
  private readonly insertActivity;
  private readonly noteRows;
  private readonly insertError;
  private readonly markError;
  private readonly writeMonthCounts;
  private readonly sourceAt;
  private readonly placeAt;
  private readonly hasLocation;
  private readonly sourceIdOf;
  private readonly keyOf;
  private readonly documentsOf;
  private readonly carryLabels;
  private readonly carryCorrections;
  private readonly deleteSource;
  private readonly deleteFailedAt;
  private readonly nearDuplicates;
  private readonly indexParagraphsFrom;
  /** The first paragraph not yet in the search index (all later ones are not either), and their sources. */
  private unindexedFrom: number | null = null;
  private readonly unindexedSources = new Set<number>();
  private batching = false;

  constructor(private readonly db: Db) {
    this.nearDuplicates = new NearDuplicates(db);
    this.upsertSource = db
      .prepare(
        `
      INSERT INTO sources (key, given, kind, sha256, bytes, format, charset, title, published_at, status, pipeline_hash, ingested_at)
      VALUES (@key, @given, @kind, @sha256, @bytes, @format, @charset, @title, @publishedAt, 'ok', @pipelineHash, @now)
      ON CONFLICT (key) DO UPDATE SET given = excluded.given, kind = excluded.kind, sha256 = excluded.sha256,
        bytes = excluded.bytes, format = excluded.format, charset = excluded.charset, title = excluded.title,
        published_at = excluded.published_at, status = 'ok', pipeline_hash = excluded.pipeline_hash,
        ingested_at = excluded.ingested_at
      RETURNING id`,
      )
      .pluck();
    this.markError = db.prepare(`
      INSERT INTO sources (key, given, kind, sha256, bytes, status, pipeline_hash, ingested_at)
      VALUES (@key, @given, @kind, @sha256, @bytes, 'error', @pipelineHash, @now)
      ON CONFLICT (key) DO UPDATE SET given = excluded.given, sha256 = excluded.sha256, bytes = excluded.bytes,
        status = 'error', pipeline_hash = excluded.pipeline_hash, ingested_at = excluded.ingested_at`);
    this.deleteDocuments = db.prepare('DELETE FROM documents WHERE source_id = ?');
    this.hasDocuments = db.prepare('SELECT 1 FROM documents WHERE source_id = ? LIMIT 1');
    this.lastSourceId = db.prepare('SELECT max(id) FROM sources').pluck();
    this.deleteNotes = db.prepare('DELETE FROM notes WHERE source_id = ?');
    this.deleteErrors = db.prepare('DELETE FROM errors WHERE source_key = ?');
    this.insertDocument = db.prepare(`
      INSERT INTO documents (id, source_id, part, title, org, org_anonymised, year, school_year, kind, period, on_topic, duplicate_of, text, chars)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`);
    this.paragraphRows = new RowBatcher(
      db,
      'INSERT INTO paragraphs (doc_id, idx, text, tokens, heading, labels, scores, reasons, structure)',
      9,
    );
    this.insertActivity = db.prepare(`
      INSERT INTO activities (doc_id, paragraph_idx, span_start, span_end, month, month_end, day, month_inferred, basis, confidence, year, period, text, category, functions, source, evidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.noteRows = new RowBatcher(
      db,
      'INSERT INTO notes (source_id, doc_id, stage, rule, level, reason, span_start, span_end, before, after)',
      10,
    );
    this.insertError = db.prepare(`
      INSERT INTO errors (run_id, source, source_key, stage, message, at) VALUES (?, ?, ?, ?, ?, ?)`);
    this.writeMonthCounts = documentMonthCountsWriter(db);
    this.sourceAt = db.prepare('SELECT source_id FROM source_locations WHERE location = ?').pluck();
    this.placeAt = db.prepare(`
      INSERT INTO source_locations (location, source_id, given, first_seen_at, last_seen_at)
      VALUES (@location, @sourceId, @given, @now, @now)
      ON CONFLICT (location) DO UPDATE SET source_id = excluded.source_id, given = excluded.given,
        last_seen_at = excluded.last_seen_at,
        first_seen_at = CASE WHEN source_locations.source_id = excluded.source_id
          THEN source_locations.first_seen_at ELSE excluded.first_seen_at END`);
    this.hasLocation = db.prepare('SELECT 1 FROM source_locations WHERE source_id = ? LIMIT 1').pluck();
    this.sourceIdOf = db.prepare('SELECT id FROM sources WHERE key = ?').pluck();
    this.keyOf = db.prepare('SELECT key FROM sources WHERE id = ?').pluck();
    this.documentsOf = db.prepare('SELECT id, part FROM documents WHERE source_id = ?');
    this.carryLabels = db.prepare('UPDATE OR IGNORE human_labels SET doc_id = ? WHERE doc_id = ?');
    this.carryCorrections = db.prepare(
      'UPDATE OR IGNORE document_corrections SET doc_id = @newId, source_key = @newKey WHERE doc_id = @oldId',
    );
    this.deleteSource = db.prepare('DELETE FROM sources WHERE id = ?');
    // A file that could not be read at a path was stored under the path; once read, its bytes are the source.
    this.deleteFailedAt = db.prepare("DELETE FROM sources WHERE key = ? AND status = 'error' AND kind = 'file'");
    this.indexParagraphsFrom = db.prepare(
      'INSERT INTO paragraph_search (rowid, pairs) SELECT id, search_pairs(text) FROM paragraphs WHERE id >= ?',
    );
  }

  /** Runs `write` (writeResult for many sources) in one transaction and indexes all their paragraphs for
   * search at its end in one statement: FTS5 writes a new index segment for every statement that indexes.
   * IMMEDIATE: a transaction that reads first and then writes cannot wait for another process's write lock
   * (SQLite answers "database is locked" at once instead of waiting busy_timeout); taking the lock up front can. */
  writeBatch<T>(write: () => T): T {
    return this.db
      .transaction(() => {
        this.batching = true;
        try {
          const out = write();
          this.indexPendingParagraphs();
          return out;
        } finally {
          this.batching = false;
          this.unindexedFrom = null;
          this.unindexedSources.clear();
        }
      })
      .immediate();
  }

  private indexPendingParagraphs(): void {
    if (this.unindexedFrom !== null) this.indexParagraphsFrom.run(this.unindexedFrom);
    this.unindexedFrom = null;
    this.unindexedSources.clear();
  }

  private writeNotes(sourceId: number, sourceKey: string, notes: Note[]): void {
    for (const n of notes) {
      const docId = n.part === null ? null : documentId(sourceKey, n.part);
      this.noteRows.add(
        sourceId,
        docId,
        n.stage,
        n.rule,
        n.level,
        n.reason,
        n.span?.[0] ?? null,
        n.span?.[1] ?? null,
        n.before,
        n.after,
      );
    }
    this.noteRows.flush();
  }

  /** Records that the source was seen at its location (path or URL). When the location held another source
   * (the file's bytes changed) and no other location holds that one, it is superseded: removed, its human codes
   * and metadata corrections carried to this source's documents of the same part. Returns the documents of other sources that pointed at
   * the removed one's, for record() to re-examine. */
  private place(sourceId: number, ref: SourceRef, now: string): string[] {
    const location = ref.location ?? ref.key;
    const before = this.sourceAt.get(location) as number | undefined;
    this.placeAt.run({ location, sourceId, given: ref.given, now });
    if (location !== ref.key) {
      this.deleteErrors.run(location);
      this.deleteFailedAt.run(location);
    }
    if (before === undefined || before === sourceId || this.hasLocation.get(before) !== undefined) return [];
    return this.supersede(before, ref.key);
  }

  private supersede(oldId: number, newKey: string): string[] {
    // The delete trigger takes paragraphs out of the index, so they must be in it.
    if (this.unindexedSources.has(oldId)) this.indexPendingParagraphs();
    const pointedAt = this.nearDuplicates.pointingInto(oldId);
    this.nearDuplicates.forgetBuckets(oldId);
    for (const { id, part } of this.documentsOf.all(oldId) as Array<{ id: string; part: number }>) {
      this.carryLabels.run(documentId(newKey, part), id);
      // A correction goes along too: the next ingest re-runs the new version with it, and applies it if the
      // document's text is still the corrected one.
      this.carryCorrections.run({ newId: documentId(newKey, part), newKey, oldId: id });
    }
    this.deleteErrors.run(this.keyOf.get(oldId) as string);
    this.deleteSource.run(oldId);
    return pointedAt;
  }

  /** An unchanged source skipped by the runner, perhaps seen at a new location (a moved or copied corpus). */
  seenAgain(ref: SourceRef): void {
    const sourceId = this.sourceIdOf.get(ref.key) as number | undefined;
    if (sourceId === undefined) return;
    const pointedAt = this.place(sourceId, ref, new Date().toISOString());
    if (pointedAt.length > 0) this.nearDuplicates.record(sourceId, [], { pointedAt, laterSources: false });
  }

  /** Replaces everything stored for the source with this result. Runs inside the caller's transaction.
   * The documents are read once, in order, so they may be decoded one at a time (a large source). */
  writeResult(
    acquired: AcquiredSource,
    result: StoredSourceResult,
    pipelineHash: string,
    runId: number | null,
  ): WriteCounts {
    const now = new Date().toISOString();
    const base = {
      key: acquired.ref.key,
      given: acquired.ref.given,
      kind: acquired.ref.kind,
      sha256: acquired.sha256,
      bytes: acquired.bytes,
      pipelineHash,
      now,
    };
    this.deleteErrors.run(acquired.ref.key);
    if (!result.ok) {
      // Documents from an earlier successful run stay: a failing re-run must not lose what was ingested, and
      // a changed file that fails leaves the location to the source it held.
      this.markError.run(base);
      this.insertError.run(runId, acquired.ref.given, acquired.ref.key, result.stage, result.message, now);
      return { documents: 0, paragraphs: 0, activities: 0 };
    }
    const sourceId = this.upsertSource.get({
      ...base,
      format: result.format,
      charset: result.charset,
      title: result.title,
      publishedAt: result.publishedAt,
    }) as number;
    // The delete trigger takes paragraphs out of the index, so they must be in it (same source twice in a batch).
    if (this.unindexedSources.has(sourceId)) this.indexPendingParagraphs();
    const supersededPointers = this.place(sourceId, acquired.ref, now);
    const hadDocuments = this.hasDocuments.get(sourceId) !== undefined;
    const pointedAt = [...supersededPointers, ...(hadDocuments ? this.nearDuplicates.pointingInto(sourceId) : [])];
    if (hadDocuments) this.nearDuplicates.forgetBuckets(sourceId);
    this.deleteDocuments.run(sourceId);
    this.deleteNotes.run(sourceId);
    const counts: WriteCounts = { documents: 0, paragraphs: 0, activities: 0 };
    const fingerprints: Array<{ id: string; part: number; fingerprint: DocumentFingerprint | null }> = [];
    for (const doc of result.documents) {
      const id = documentId(acquired.ref.key, doc.part);
      fingerprints.push({ id, part: doc.part, fingerprint: doc.fingerprint ?? null });
      const m = doc.meta;
      this.insertDocument.run(
        id,
        sourceId,
        doc.part,
        doc.title,
        m.org,
        m.orgAnonymised ? 1 : 0,
        m.year,
        m.schoolYear,
        m.kind,
        m.period,
        m.onTopic ? 1 : 0,
        doc.text,
        doc.text.length,
      );
      counts.documents++;
      for (const p of doc.paragraphs as StoredParagraph[]) {
        this.paragraphRows.add(
          id,
          p.index,
          p.text,
          tokensText(p),
          p.heading,
          p.labelsJson ?? JSON.stringify(p.labels),
          p.scoresJson ?? JSON.stringify(p.scores),
          p.reasonsJson ?? JSON.stringify(p.reasons),
          p.structure ?? null,
        );
        counts.paragraphs++;
      }
      this.paragraphRows.flush();
      const first = this.paragraphRows.takeFirstWritten();
      this.unindexedFrom ??= first;
      const months: StoredActivityMonths[] = [];
      for (const a of doc.activities) {
        const monthInferred = storedMonthInferred(a);
        months.push({ month: a.month, monthEnd: a.monthEnd, monthInferred, functions: a.functions });
        this.insertActivity.run(
          id,
          a.paragraphIndex,
          a.span?.[0] ?? null,
          a.span?.[1] ?? null,
          a.month,
          a.monthEnd,
          a.day,
          monthInferred,
          a.basis ?? null,
          a.confidence,
          a.year,
          a.period,
          a.text,
          a.category,
          JSON.stringify(a.functions),
          a.source,
          a.evidence ?? null,
        );
        counts.activities++;
      }
      if (months.length > 0) this.writeMonthCounts(id, months);
    }
    this.unindexedSources.add(sourceId);
    if (!this.batching) this.indexPendingParagraphs();
    this.nearDuplicates.record(sourceId, fingerprints, {
      pointedAt,
      laterSources: (this.lastSourceId.get() as number) > sourceId,
    });
    this.writeNotes(sourceId, acquired.ref.key, result.notes);
    return counts;
  }

  /** A source that failed before the pipeline could run (unreadable file, fetch error). */
  writeAcquireError(ref: SourceRef, stage: string, message: string, runId: number | null, pipelineHash: string): void {
    const now = new Date().toISOString();
    this.deleteErrors.run(ref.key);
    this.markError.run({
      key: ref.key,
      given: ref.given,
      kind: ref.kind,
      sha256: null,
      bytes: null,
      pipelineHash,
      now,
    });
    this.insertError.run(runId, ref.given, ref.key, stage, message, now);
  }
}
