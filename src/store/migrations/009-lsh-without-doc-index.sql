-- document_lsh without its foreign key and its index on doc_id: the writer inserts 32 rows per document, and
-- the key check and the second B-tree cost more than the row itself. Nothing reads buckets by document:
-- re-ingesting a source deletes its documents' rows by their keys, recomputed from the stored fingerprints
-- (NearDuplicates.forgetBuckets), before the documents go.
ALTER TABLE document_lsh RENAME TO document_lsh_old;
CREATE TABLE document_lsh (
  band    INTEGER NOT NULL,
  bucket  INTEGER NOT NULL,                    -- hash of the band's minima
  ord     INTEGER NOT NULL,                    -- the document's place in ingestion order (source id, part)
  doc_id  TEXT NOT NULL,                       -- documents.id
  PRIMARY KEY (band, bucket, ord)
) WITHOUT ROWID;
INSERT INTO document_lsh (band, bucket, ord, doc_id) SELECT band, bucket, ord, doc_id FROM document_lsh_old;
DROP TABLE document_lsh_old;
