-- Human corrections of document metadata (gonghui correct import): a reviewer's title, org, year, kind or
-- on-topic for a document. The pipeline applies them: ingest hands each source its corrections and the metadata
-- stage sets the field (with a provenance note), so what follows from it (activities' years, what counts as on
-- topic) follows too. No foreign key, as for human_labels: document ids are stable across re-ingestion (content
-- identity, migration 011), and a correction must survive its document being rewritten. The corrected text's hash
-- is kept so a correction whose document changed (re-split, cleaned differently) is detected and not applied.

CREATE TABLE document_corrections (
  doc_id       TEXT NOT NULL,
  source_key   TEXT NOT NULL,                  -- sources.key of the document's source, to hand it to ingest
  part         INTEGER NOT NULL,               -- the document's part in that source
  field        TEXT NOT NULL CHECK (field IN ('title', 'org', 'year', 'kind', 'on_topic')),
  value        TEXT NOT NULL,                  -- JSON: a string, a year, a kind, true/false, or null (cleared)
  text_sha256  TEXT NOT NULL,                  -- SHA-256 of the document's text when corrected (model/document-text.ts)
  coder        TEXT,
  note         TEXT,
  source_file  TEXT NOT NULL,                  -- the CSV it came from
  imported_at  TEXT NOT NULL,
  PRIMARY KEY (doc_id, field)
);
CREATE INDEX document_corrections_source ON document_corrections (source_key);
