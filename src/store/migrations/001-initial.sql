-- The core tables. Every row can be traced back to its source; notes say why each stage did what it did.

CREATE TABLE sources (
  id            INTEGER PRIMARY KEY,
  key           TEXT NOT NULL UNIQUE,          -- absolute path or URL: identity across runs
  given         TEXT NOT NULL,                 -- file name or URL as the user gave it
  kind          TEXT NOT NULL CHECK (kind IN ('file', 'url')),
  sha256        TEXT,                          -- of the raw bytes (all pages, in order); see output/raw/
  bytes         INTEGER,
  format        TEXT,                          -- html | text
  charset       TEXT,
  title         TEXT,                          -- page <title>, when there was one
  published_at  TEXT,                          -- a publish date shown on the page
  status        TEXT NOT NULL CHECK (status IN ('ok', 'error')),
  pipeline_hash TEXT,
  ingested_at   TEXT NOT NULL
);

CREATE TABLE documents (
  id              TEXT PRIMARY KEY,            -- stable: derived from the source key and the part
  source_id       INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  part            INTEGER NOT NULL,            -- 1-based order within its source
  title           TEXT,
  org             TEXT,
  org_anonymised  INTEGER NOT NULL DEFAULT 0,
  year            INTEGER,
  school_year     TEXT,
  kind            TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('plan', 'summary', 'other')),
  period          TEXT,
  on_topic        INTEGER NOT NULL DEFAULT 1,
  duplicate_of    TEXT,
  text            TEXT NOT NULL,
  chars           INTEGER NOT NULL,
  UNIQUE (source_id, part)
);

CREATE TABLE paragraphs (
  id       INTEGER PRIMARY KEY,
  doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx      INTEGER NOT NULL,
  text     TEXT NOT NULL,
  tokens   TEXT NOT NULL,                      -- jieba words joined by spaces (what full-text search indexes)
  heading  TEXT,
  labels   TEXT NOT NULL DEFAULT '[]',         -- JSON array of 维权 / 参与 / 建设 / 教育
  scores   TEXT NOT NULL DEFAULT '{}',         -- JSON object label → score
  reasons  TEXT NOT NULL DEFAULT '{}',         -- JSON object label → [terms or heading]
  UNIQUE (doc_id, idx)
);

-- Tokens are jieba words already split by spaces, so the plain ascii tokenizer (faster than unicode61)
-- splits exactly there and keeps each Chinese word whole.
CREATE VIRTUAL TABLE paragraph_search USING fts5(tokens, content = 'paragraphs', content_rowid = 'id', tokenize = 'ascii');

CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraph_search (rowid, tokens) VALUES (new.id, new.tokens);
END;
CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraph_search (paragraph_search, rowid, tokens) VALUES ('delete', old.id, old.tokens);
END;
CREATE TRIGGER paragraphs_au AFTER UPDATE OF tokens ON paragraphs BEGIN
  INSERT INTO paragraph_search (paragraph_search, rowid, tokens) VALUES ('delete', old.id, old.tokens);
  INSERT INTO paragraph_search (rowid, tokens) VALUES (new.id, new.tokens);
END;

CREATE TABLE activities (
  id              INTEGER PRIMARY KEY,
  doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  paragraph_idx   INTEGER,
  span_start      INTEGER,
  span_end        INTEGER,
  month           INTEGER CHECK (month BETWEEN 1 AND 12),
  month_end       INTEGER CHECK (month_end BETWEEN 1 AND 12),
  month_inferred  INTEGER NOT NULL DEFAULT 0,
  confidence      REAL,
  year            INTEGER,
  period          TEXT,
  text            TEXT NOT NULL,
  category        TEXT NOT NULL,
  functions       TEXT NOT NULL DEFAULT '[]',
  source          TEXT NOT NULL CHECK (source IN ('schedule', 'narrative'))
);
CREATE INDEX activities_doc ON activities (doc_id);
CREATE INDEX activities_month ON activities (month, category);

CREATE TABLE notes (
  id          INTEGER PRIMARY KEY,
  source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  doc_id      TEXT,                            -- null for notes made before the split
  stage       TEXT NOT NULL,
  rule        TEXT NOT NULL,
  level       TEXT NOT NULL CHECK (level IN ('info', 'warn', 'fatal')),
  reason      TEXT NOT NULL,
  span_start  INTEGER,
  span_end    INTEGER,
  before      TEXT,
  after       TEXT
);
CREATE INDEX notes_source ON notes (source_id);
CREATE INDEX notes_doc ON notes (doc_id);

CREATE TABLE runs (
  id             INTEGER PRIMARY KEY,
  command        TEXT NOT NULL,
  pipeline_file  TEXT,
  pipeline_hash  TEXT,
  started_at     TEXT NOT NULL,
  finished_at    TEXT,
  status         TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed'))
);

CREATE TABLE errors (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER REFERENCES runs(id) ON DELETE SET NULL,
  source      TEXT NOT NULL,                   -- file name or URL as given
  source_key  TEXT NOT NULL,
  stage       TEXT NOT NULL,
  message     TEXT NOT NULL,
  at          TEXT NOT NULL
);
CREATE INDEX errors_source ON errors (source_key);
