-- Views that make the database usable on its own (sqlite3, Datasette, R, pandas), and the indexes the
-- query commands need. README "SQL views" documents each view.

-- Activities per document and month. `gonghui query months` reads this instead of the activities: a million
-- activities are about a third of a million rows here, each one document in one month, so every month is
-- counted in one pass of an index (issue 9: ≤ 200 ms for a million activities). month 0 = no month.
-- SourceWriter refreshes a document's rows when it writes the document (src/store/document-months.ts);
-- deleting the document deletes them. Per-row triggers on activities would have tripled the cost of
-- inserting an activity, on the writer that bounds ingestion speed.
CREATE TABLE document_months (
  doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  month           INTEGER NOT NULL,
  month_inferred  INTEGER NOT NULL,
  activities      INTEGER NOT NULL,
  PRIMARY KEY (doc_id, month, month_inferred)
) WITHOUT ROWID;
CREATE INDEX document_months_month ON document_months (month, month_inferred, activities);
CREATE INDEX document_months_inferred ON document_months (doc_id) WHERE month_inferred = 1;

INSERT INTO document_months (doc_id, month, month_inferred, activities)
SELECT doc_id, coalesce(month, 0), month_inferred, count(*) FROM activities GROUP BY 1, 2, 3;

-- Covers every column a query filters documents by, so choosing documents never reads their (long) text.
CREATE INDEX documents_filter ON documents (org, year, kind, on_topic, duplicate_of, id);

CREATE VIEW v_documents AS
SELECT d.id, s.given AS source, d.part, d.title, d.org, d.org_anonymised, d.year, d.school_year, d.kind, d.period,
       d.on_topic, d.duplicate_of, d.chars,
       (SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.id) AS paragraphs,
       (SELECT count(*) FROM activities a WHERE a.doc_id = d.id) AS activities,
       d.text
FROM documents d JOIN sources s ON s.id = d.source_id;

CREATE VIEW v_paragraphs AS
SELECT p.id, p.doc_id, p.idx, p.heading, p.text, p.labels, p.scores, p.reasons,
       d.org, d.year, d.kind, d.title AS doc_title, d.duplicate_of IS NOT NULL AS is_duplicate
FROM paragraphs p JOIN documents d ON d.id = p.doc_id;

-- One row per paragraph and union function it carries (a paragraph with two labels gives two rows).
CREATE VIEW v_paragraph_functions AS
SELECT p.id AS paragraph_id, p.doc_id, p.idx, f.value AS function,
       json_extract(p.scores, '$."' || f.value || '"') AS score,
       d.org, d.year, d.kind, d.duplicate_of IS NOT NULL AS is_duplicate, p.text
FROM paragraphs p JOIN documents d ON d.id = p.doc_id, json_each(p.labels) f;

CREATE VIEW v_activities AS
SELECT a.id, a.doc_id, a.paragraph_idx, a.month, a.month_end, a.month_inferred, a.confidence, a.year, a.period,
       a.category, a.functions, a.source, a.text, a.evidence,
       d.org, d.year AS doc_year, d.kind, d.title AS doc_title, d.duplicate_of IS NOT NULL AS is_duplicate
FROM activities a JOIN documents d ON d.id = a.doc_id;

-- One row per activity and month it covers: a span such as 七、八月份 (month 7, month_end 8) gives a row for
-- 7 and one for 8; a span that wraps the year (十二月至一月) covers December and January.
CREATE VIEW v_activity_months AS
WITH months (m) AS (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12))
SELECT a.id AS activity_id, a.doc_id, months.m AS month, a.month_inferred, a.category, a.functions, a.text,
       d.org, d.year AS doc_year, d.kind, d.duplicate_of IS NOT NULL AS is_duplicate
FROM activities a JOIN documents d ON d.id = a.doc_id
JOIN months ON CASE
  WHEN a.month_end IS NULL THEN months.m = a.month
  WHEN a.month <= a.month_end THEN months.m BETWEEN a.month AND a.month_end
  ELSE months.m >= a.month OR months.m <= a.month_end
END;

-- One row per activity and union function.
CREATE VIEW v_activity_functions AS
SELECT a.id AS activity_id, a.doc_id, a.month, a.month_inferred, a.category, f.value AS function, a.text,
       d.org, d.year AS doc_year, d.kind
FROM activities a JOIN documents d ON d.id = a.doc_id, json_each(a.functions) f;

-- Near-duplicate pairs with both documents' titles and orgs (template copying). document_similarity is
-- issue 5's table (migration 002); SQLite resolves a view's tables when it is queried, so this one works as
-- soon as that table exists.
CREATE VIEW v_similar_documents AS
SELECT s.doc_id, a.org, a.title, s.other_id, b.org AS other_org, b.title AS other_title, s.similarity
FROM document_similarity s JOIN documents a ON a.id = s.doc_id JOIN documents b ON b.id = s.other_id;

-- The distinct words of the full-text index. jieba with the domain dictionary keeps compounds such as
-- 教职工体检 as one word, so `gonghui search 体检` also looks for the indexed words that contain 体检.
CREATE VIRTUAL TABLE paragraph_search_terms USING fts5vocab(paragraph_search, 'row');
