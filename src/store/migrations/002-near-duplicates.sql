-- Near-duplicate documents (issue 5). A document's MinHash signature and its LSH buckets find candidates;
-- document_similarity holds the pairs that share at least half of one side's text.
--
-- Direction: a row (doc_id, other_id, similarity) says "similarity = the share of doc_id's text (its
-- character shingles) also found in other_id". Both directions are stored when both reach 0.5, so a short
-- document wholly contained in a long one has (short, long, 1.0) and, maybe, no (long, short) row.
-- documents.duplicate_of points to the earliest stored document (by source, then part) of which the
-- document is a near copy (similarity >= 0.8).

CREATE TABLE document_fingerprints (
  doc_id    TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  shingles  INTEGER NOT NULL,                  -- distinct 5-character shingles
  minhash   BLOB NOT NULL                      -- little-endian uint32 minima, one per hash function
);

CREATE TABLE document_lsh (
  band    INTEGER NOT NULL,
  bucket  INTEGER NOT NULL,                    -- hash of the band's minima
  ord     INTEGER NOT NULL,                    -- the document's place in ingestion order (source id, part)
  doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band, bucket, ord)
) WITHOUT ROWID;
CREATE INDEX document_lsh_doc ON document_lsh (doc_id);

CREATE TABLE document_similarity (
  doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  other_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  similarity  REAL NOT NULL,                   -- share of doc_id's text found in other_id (0..1)
  jaccard     REAL NOT NULL,                   -- estimated Jaccard similarity of the two shingle sets
  PRIMARY KEY (doc_id, other_id),
  CHECK (doc_id <> other_id)
) WITHOUT ROWID;
CREATE INDEX document_similarity_other ON document_similarity (other_id);

CREATE INDEX documents_duplicate_of ON documents (duplicate_of);
