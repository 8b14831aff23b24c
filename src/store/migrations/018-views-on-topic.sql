-- The views carry each document's on_topic (and v_activity_functions its is_duplicate), so SQL users can count
-- what `gonghui query`, `compare` and `report` count: they leave off-topic documents (a 团委 plan, a business plan
-- filed under 工会) out, and without the column a count over v_activities could not (a role-play trial's March
-- count was 54 in SQL against 48 in `query months`). Columns are added at the end: SELECT * consumers keep theirs.
DROP VIEW v_paragraphs;
CREATE VIEW v_paragraphs AS
SELECT p.id, p.doc_id, p.idx, p.heading, p.text, p.labels, p.scores, p.reasons,
       d.org, d.year, d.kind, d.title AS doc_title, d.duplicate_of IS NOT NULL AS is_duplicate, d.on_topic
FROM paragraphs p JOIN documents d ON d.id = p.doc_id;

DROP VIEW v_paragraph_functions;
CREATE VIEW v_paragraph_functions AS
SELECT p.id AS paragraph_id, p.doc_id, p.idx, f.value AS function,
       json_extract(p.scores, '$."' || f.value || '"') AS score,
       d.org, d.year, d.kind, d.duplicate_of IS NOT NULL AS is_duplicate, p.text, d.on_topic
FROM paragraphs p JOIN documents d ON d.id = p.doc_id, json_each(p.labels) f;

DROP VIEW v_activities;
CREATE VIEW v_activities AS
SELECT a.id, a.doc_id, a.paragraph_idx, a.month, a.month_end, a.day, a.month_inferred, a.basis, a.confidence,
       a.year, a.period, a.category, a.functions, a.source, a.text, a.evidence,
       d.org, d.year AS doc_year, d.kind, d.title AS doc_title, d.duplicate_of IS NOT NULL AS is_duplicate, d.on_topic
FROM activities a JOIN documents d ON d.id = a.doc_id;

DROP VIEW v_activity_months;
CREATE VIEW v_activity_months AS
WITH months (m) AS (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12))
SELECT a.id AS activity_id, a.doc_id, months.m AS month, a.month_inferred, a.category, a.functions, a.text,
       d.org, d.year AS doc_year, d.kind, d.duplicate_of IS NOT NULL AS is_duplicate, d.on_topic
FROM activities a JOIN documents d ON d.id = a.doc_id
JOIN months ON CASE
  WHEN a.month_end IS NULL THEN months.m = a.month
  WHEN a.month <= a.month_end THEN months.m BETWEEN a.month AND a.month_end
  ELSE months.m >= a.month OR months.m <= a.month_end
END;

DROP VIEW v_activity_functions;
CREATE VIEW v_activity_functions AS
SELECT a.id AS activity_id, a.doc_id, a.month, a.month_inferred, a.category, f.value AS function, a.text,
       d.org, d.year AS doc_year, d.kind, d.duplicate_of IS NOT NULL AS is_duplicate, d.on_topic
FROM activities a JOIN documents d ON d.id = a.doc_id, json_each(a.functions) f;
