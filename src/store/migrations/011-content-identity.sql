-- Content identity (issue 17): a file source is identified by its bytes, `sha256:<hex>`, so a corpus gives the
-- same sources and document ids in any folder and on any machine; a URL source keeps its URL. Every path (or
-- URL) a source was seen at is a row of source_locations. This converts a database keyed by absolute paths:
-- sources with the same bytes (a moved or copied corpus) become one, the earliest ingested, their documents
-- re-keyed with document_id(key, part) (the function database.ts registers, src/store/document-id.ts), and
-- human codes, notes, near-duplicate rows, errors and the run journal follow the new ids and keys.
-- Foreign keys are checked at commit, after every table has moved to the new ids.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE source_locations (
  location       TEXT PRIMARY KEY,             -- absolute path or URL; it holds one source at a time
  source_id      INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  given          TEXT NOT NULL,                -- as the user gave it when last seen
  first_seen_at  TEXT NOT NULL,
  last_seen_at   TEXT NOT NULL
);
CREATE INDEX source_locations_source ON source_locations (source_id);

CREATE TEMP TABLE rekeyed_sources AS
SELECT id, status, key AS old_key, CASE WHEN kind = 'file' AND sha256 IS NOT NULL THEN 'sha256:' || sha256 ELSE key END AS new_key
FROM sources;
-- The source kept for each key: the earliest ingested of those stored without error.
CREATE TEMP TABLE kept_sources AS
SELECT new_key, coalesce(min(CASE WHEN status = 'ok' THEN id END), min(id)) AS id FROM rekeyed_sources GROUP BY new_key;
CREATE TEMP TABLE rekeyed_documents AS
SELECT d.id AS old_id, document_id(r.new_key, d.part) AS new_id, d.source_id = k.id AS kept
FROM documents d JOIN rekeyed_sources r ON r.id = d.source_id JOIN kept_sources k ON k.new_key = r.new_key;
CREATE UNIQUE INDEX temp.rekeyed_documents_old ON rekeyed_documents (old_id);

-- Where each source was seen: every acquired source's old key, now a location of the source kept for its bytes.
INSERT INTO source_locations (location, source_id, given, first_seen_at, last_seen_at)
SELECT r.old_key, k.id, s.given, s.ingested_at, s.ingested_at
FROM rekeyed_sources r JOIN sources s ON s.id = r.id JOIN kept_sources k ON k.new_key = r.new_key
WHERE s.status = 'ok';

-- Human codes follow their documents (a code on a copy joins the same paragraph of the kept source, unless
-- that paragraph has a code already).
UPDATE OR IGNORE human_labels SET doc_id = (SELECT new_id FROM rekeyed_documents WHERE old_id = human_labels.doc_id)
WHERE doc_id IN (SELECT old_id FROM rekeyed_documents WHERE old_id <> new_id);
DELETE FROM human_labels WHERE doc_id IN (SELECT old_id FROM rekeyed_documents WHERE old_id <> new_id);

-- Copies go: their bucket rows by hand (document_lsh has no foreign key), the rest by cascade.
DELETE FROM document_lsh WHERE doc_id IN (SELECT old_id FROM rekeyed_documents WHERE NOT kept);
DELETE FROM sources WHERE id NOT IN (SELECT id FROM kept_sources);

UPDATE documents SET id = (SELECT new_id FROM rekeyed_documents WHERE old_id = documents.id)
WHERE id IN (SELECT old_id FROM rekeyed_documents WHERE old_id <> new_id);
UPDATE documents SET duplicate_of = (SELECT new_id FROM rekeyed_documents WHERE old_id = documents.duplicate_of)
WHERE duplicate_of IN (SELECT old_id FROM rekeyed_documents WHERE old_id <> new_id);
UPDATE documents SET duplicate_of = NULL WHERE duplicate_of = id;
UPDATE paragraphs SET doc_id = (SELECT new_id FROM rekeyed_documents WHERE old_id = paragraphs.doc_id)
WHERE doc_id IN (SELECT old_id FROM rekeyed_documents WHERE old_id <> new_id);
UPDATE activities SET doc_id = (SELECT new_id FROM rekeyed_documents WHERE old_id = activities.doc_id)
WHERE doc_id IN (SELECT old_id FROM rekeyed_documents WHERE old_id <> new_id);
UPDATE document_months SET doc_id = (SELECT new_id FROM rekeyed_documents WHERE old_id = document_months.doc_id)
WHERE doc_id IN (SELECT old_id FROM rekeyed_documents WHERE old_id <> new_id);
UPDATE document_fingerprints SET doc_id = (SELECT new_id FROM rekeyed_documents WHERE old_id = document_fingerprints.doc_id)
WHERE doc_id IN (SELECT old_id FROM rekeyed_documents WHERE old_id <> new_id);
UPDATE document_lsh SET doc_id = (SELECT new_id FROM rekeyed_documents WHERE old_id = document_lsh.doc_id)
WHERE doc_id IN (SELECT old_id FROM rekeyed_documents WHERE old_id <> new_id);
UPDATE document_similarity SET doc_id = (SELECT new_id FROM rekeyed_documents WHERE old_id = document_similarity.doc_id)
WHERE doc_id IN (SELECT old_id FROM rekeyed_documents WHERE old_id <> new_id);
UPDATE document_similarity SET other_id = (SELECT new_id FROM rekeyed_documents WHERE old_id = document_similarity.other_id)
WHERE other_id IN (SELECT old_id FROM rekeyed_documents WHERE old_id <> new_id);
UPDATE notes SET doc_id = (SELECT new_id FROM rekeyed_documents WHERE old_id = notes.doc_id)
WHERE doc_id IN (SELECT old_id FROM rekeyed_documents WHERE old_id <> new_id);

UPDATE errors SET source_key = (SELECT new_key FROM rekeyed_sources WHERE old_key = errors.source_key)
WHERE source_key IN (SELECT old_key FROM rekeyed_sources WHERE old_key <> new_key);
UPDATE OR REPLACE run_sources SET source_key = (SELECT new_key FROM rekeyed_sources WHERE old_key = run_sources.source_key)
WHERE source_key IN (SELECT old_key FROM rekeyed_sources WHERE old_key <> new_key);
UPDATE sources SET key = (SELECT new_key FROM rekeyed_sources WHERE rekeyed_sources.id = sources.id)
WHERE id IN (SELECT id FROM rekeyed_sources WHERE old_key <> new_key);

-- The ids documents had before, so a coder's CSV made from an older export still imports (human-labels.ts).
CREATE TABLE document_id_aliases (
  old_id  TEXT PRIMARY KEY,                    -- documents.id before content identity
  new_id  TEXT NOT NULL                        -- documents.id now
) WITHOUT ROWID;
INSERT OR IGNORE INTO document_id_aliases (old_id, new_id) SELECT old_id, new_id FROM rekeyed_documents WHERE old_id <> new_id;

DROP TABLE rekeyed_documents;
DROP TABLE kept_sources;
DROP TABLE rekeyed_sources;
