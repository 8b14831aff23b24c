-- Human codes of paragraphs (gonghui label import): they override the model's labels in the
-- paragraph_labels view and in exports, are used by gonghui train, and are compared with the model by
-- gonghui eval agreement. No foreign key: document ids are stable across re-ingestion, and a code must
-- survive its paragraph being rewritten. The coded text is kept so a code whose paragraph changed (a rule
-- re-split the document) is detected and not applied to a different paragraph.

CREATE TABLE human_labels (
  doc_id       TEXT NOT NULL,
  idx          INTEGER NOT NULL,
  labels       TEXT NOT NULL,                  -- JSON array of 维权 / 参与 / 建设 / 教育 ([] = none)
  text         TEXT NOT NULL,                  -- the paragraph as it was when coded
  heading      TEXT,
  coder        TEXT,
  source_file  TEXT NOT NULL,
  imported_at  TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
);

-- Every paragraph with its final labels: the human code when one applies to the current text, else the model's.
CREATE VIEW paragraph_labels AS
SELECT p.id, p.doc_id, p.idx, p.text, p.heading,
       COALESCE(h.labels, p.labels) AS labels,
       CASE WHEN h.labels IS NULL THEN 'model' ELSE 'human' END AS label_source,
       p.labels AS model_labels, p.scores, p.reasons,
       h.labels AS human_labels, h.coder
FROM paragraphs p
LEFT JOIN human_labels h ON h.doc_id = p.doc_id AND h.idx = p.idx AND h.text = p.text;
