-- Numbered 013: main holds 010 (search pairs), 011 (content identity) and 012 (run owner).
-- How each activity's month is known (issue 16): stated (written), festival (a fixed-date festival dates it),
-- week (a teaching week of a term calendar), order (a blanked schedule's order and anchors); NULL when the
-- activity has no month. month_inferred stays, true only for week and order (store/month-basis.ts), so every
-- count of "dated" months (query months, stats) keeps reading month_inferred = 0: stated and festival.
ALTER TABLE activities ADD COLUMN basis TEXT CHECK (basis IN ('stated', 'festival', 'week', 'order'));

-- Rows written before this column: read the basis off the flag and the evidence the stage wrote.
UPDATE activities SET basis = CASE
  WHEN month IS NULL THEN NULL
  WHEN evidence LIKE '%from the festival%' THEN 'festival'
  WHEN month_inferred = 0 THEN 'stated'
  WHEN evidence LIKE 'month from the week%' THEN 'week'
  ELSE 'order'
END;
-- Festival months were flagged inferred before; they count as dated now.
UPDATE activities SET month_inferred = 0 WHERE basis = 'festival';
DELETE FROM document_months;
INSERT INTO document_months (doc_id, month, month_inferred, activities)
SELECT doc_id, coalesce(month, 0), month_inferred, count(*) FROM activities GROUP BY 1, 2, 3;

DROP VIEW v_activities;
CREATE VIEW v_activities AS
SELECT a.id, a.doc_id, a.paragraph_idx, a.month, a.month_end, a.month_inferred, a.basis, a.confidence, a.year,
       a.period, a.category, a.functions, a.source, a.text, a.evidence,
       d.org, d.year AS doc_year, d.kind, d.title AS doc_title, d.duplicate_of IS NOT NULL AS is_duplicate
FROM activities a JOIN documents d ON d.id = a.doc_id;
