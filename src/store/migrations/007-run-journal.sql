-- The run journal: what each run did to each source, written in the same transaction as the source's
-- documents, so after a crash the journal says exactly what was committed.
CREATE TABLE run_sources (
  run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  source_key  TEXT NOT NULL,
  sha256      TEXT,
  outcome     TEXT NOT NULL CHECK (outcome IN ('ok', 'skipped', 'error')),
  at          TEXT NOT NULL,
  PRIMARY KEY (run_id, source_key)
);
