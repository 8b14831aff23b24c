-- Numbered 016: 015 (document month counts) was written alongside it.
-- The day of the month an activity states ("13日，召开…", "3月8日上午"), so the events of one month can be put in
-- order (issue 16). NULL when the text states none, for spans, and for rows written before this column (their
-- day was never read; re-ingesting fills it).
ALTER TABLE activities ADD COLUMN day INTEGER CHECK (day BETWEEN 1 AND 31);

DROP VIEW v_activities;
CREATE VIEW v_activities AS
SELECT a.id, a.doc_id, a.paragraph_idx, a.month, a.month_end, a.day, a.month_inferred, a.basis, a.confidence,
       a.year, a.period, a.category, a.functions, a.source, a.text, a.evidence,
       d.org, d.year AS doc_year, d.kind, d.title AS doc_title, d.duplicate_of IS NOT NULL AS is_duplicate
FROM activities a JOIN documents d ON d.id = a.doc_id;
