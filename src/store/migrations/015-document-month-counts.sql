-- `gonghui query months` with any filter (issue 18: ≤ 200 ms over a million activities with --kind, --year,
-- --category, --function or --spans every). document_months (migration 006, one row per document and month
-- slot) still needed a grouping of hundreds of thousands of rows for a document filter, and the activities
-- themselves for --function and --spans every. Its successor, document_month_counts, holds one row per document
-- (function '': all its activities) and one per union function its activities carry, with a column for every
-- month slot the month rule can ask for (src/store/document-months.ts says what each column counts). A query is
-- then one aggregate over one row per counted document. SourceWriter refreshes a document's rows with the
-- document; deleting the document deletes them.
DROP TABLE document_months;

CREATE TABLE document_month_counts (
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  function   TEXT NOT NULL,                    -- '' for all the document's activities, else a union function
  activities INTEGER NOT NULL,
  undated    INTEGER NOT NULL,
  inferred   INTEGER NOT NULL,
  s1         INTEGER NOT NULL,
  s2         INTEGER NOT NULL,
  s3         INTEGER NOT NULL,
  s4         INTEGER NOT NULL,
  s5         INTEGER NOT NULL,
  s6         INTEGER NOT NULL,
  s7         INTEGER NOT NULL,
  s8         INTEGER NOT NULL,
  s9         INTEGER NOT NULL,
  s10        INTEGER NOT NULL,
  s11        INTEGER NOT NULL,
  s12        INTEGER NOT NULL,
  i1         INTEGER NOT NULL,
  i2         INTEGER NOT NULL,
  i3         INTEGER NOT NULL,
  i4         INTEGER NOT NULL,
  i5         INTEGER NOT NULL,
  i6         INTEGER NOT NULL,
  i7         INTEGER NOT NULL,
  i8         INTEGER NOT NULL,
  i9         INTEGER NOT NULL,
  i10        INTEGER NOT NULL,
  i11        INTEGER NOT NULL,
  i12        INTEGER NOT NULL,
  x1         INTEGER NOT NULL,
  x2         INTEGER NOT NULL,
  x3         INTEGER NOT NULL,
  x4         INTEGER NOT NULL,
  x5         INTEGER NOT NULL,
  x6         INTEGER NOT NULL,
  x7         INTEGER NOT NULL,
  x8         INTEGER NOT NULL,
  x9         INTEGER NOT NULL,
  x10        INTEGER NOT NULL,
  x11        INTEGER NOT NULL,
  x12        INTEGER NOT NULL,
  y1         INTEGER NOT NULL,
  y2         INTEGER NOT NULL,
  y3         INTEGER NOT NULL,
  y4         INTEGER NOT NULL,
  y5         INTEGER NOT NULL,
  y6         INTEGER NOT NULL,
  y7         INTEGER NOT NULL,
  y8         INTEGER NOT NULL,
  y9         INTEGER NOT NULL,
  y10        INTEGER NOT NULL,
  y11        INTEGER NOT NULL,
  y12        INTEGER NOT NULL,
  PRIMARY KEY (doc_id, function)
) WITHOUT ROWID;

INSERT INTO document_month_counts (doc_id, function, activities, undated, inferred, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, y1, y2, y3, y4, y5, y6, y7, y8, y9, y10, y11, y12)
SELECT a.doc_id, a.fn, count(*),
  count(CASE WHEN a.month IS NULL THEN 1 END),
  count(CASE WHEN a.month IS NOT NULL AND a.month_inferred = 1 THEN 1 END),
  count(CASE WHEN a.month = 1 AND a.month_inferred = 0 THEN 1 END),
  count(CASE WHEN a.month = 2 AND a.month_inferred = 0 THEN 1 END),
  count(CASE WHEN a.month = 3 AND a.month_inferred = 0 THEN 1 END),
  count(CASE WHEN a.month = 4 AND a.month_inferred = 0 THEN 1 END),
  count(CASE WHEN a.month = 5 AND a.month_inferred = 0 THEN 1 END),
  count(CASE WHEN a.month = 6 AND a.month_inferred = 0 THEN 1 END),
  count(CASE WHEN a.month = 7 AND a.month_inferred = 0 THEN 1 END),
  count(CASE WHEN a.month = 8 AND a.month_inferred = 0 THEN 1 END),
  count(CASE WHEN a.month = 9 AND a.month_inferred = 0 THEN 1 END),
  count(CASE WHEN a.month = 10 AND a.month_inferred = 0 THEN 1 END),
  count(CASE WHEN a.month = 11 AND a.month_inferred = 0 THEN 1 END),
  count(CASE WHEN a.month = 12 AND a.month_inferred = 0 THEN 1 END),
  count(CASE WHEN a.month = 1 AND a.month_inferred = 1 THEN 1 END),
  count(CASE WHEN a.month = 2 AND a.month_inferred = 1 THEN 1 END),
  count(CASE WHEN a.month = 3 AND a.month_inferred = 1 THEN 1 END),
  count(CASE WHEN a.month = 4 AND a.month_inferred = 1 THEN 1 END),
  count(CASE WHEN a.month = 5 AND a.month_inferred = 1 THEN 1 END),
  count(CASE WHEN a.month = 6 AND a.month_inferred = 1 THEN 1 END),
  count(CASE WHEN a.month = 7 AND a.month_inferred = 1 THEN 1 END),
  count(CASE WHEN a.month = 8 AND a.month_inferred = 1 THEN 1 END),
  count(CASE WHEN a.month = 9 AND a.month_inferred = 1 THEN 1 END),
  count(CASE WHEN a.month = 10 AND a.month_inferred = 1 THEN 1 END),
  count(CASE WHEN a.month = 11 AND a.month_inferred = 1 THEN 1 END),
  count(CASE WHEN a.month = 12 AND a.month_inferred = 1 THEN 1 END),
  count(CASE WHEN a.month_inferred = 0 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 1 AND CASE WHEN a.month < a.month_end THEN 1 BETWEEN a.month AND a.month_end ELSE 1 >= a.month OR 1 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 0 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 2 AND CASE WHEN a.month < a.month_end THEN 2 BETWEEN a.month AND a.month_end ELSE 2 >= a.month OR 2 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 0 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 3 AND CASE WHEN a.month < a.month_end THEN 3 BETWEEN a.month AND a.month_end ELSE 3 >= a.month OR 3 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 0 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 4 AND CASE WHEN a.month < a.month_end THEN 4 BETWEEN a.month AND a.month_end ELSE 4 >= a.month OR 4 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 0 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 5 AND CASE WHEN a.month < a.month_end THEN 5 BETWEEN a.month AND a.month_end ELSE 5 >= a.month OR 5 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 0 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 6 AND CASE WHEN a.month < a.month_end THEN 6 BETWEEN a.month AND a.month_end ELSE 6 >= a.month OR 6 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 0 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 7 AND CASE WHEN a.month < a.month_end THEN 7 BETWEEN a.month AND a.month_end ELSE 7 >= a.month OR 7 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 0 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 8 AND CASE WHEN a.month < a.month_end THEN 8 BETWEEN a.month AND a.month_end ELSE 8 >= a.month OR 8 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 0 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 9 AND CASE WHEN a.month < a.month_end THEN 9 BETWEEN a.month AND a.month_end ELSE 9 >= a.month OR 9 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 0 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 10 AND CASE WHEN a.month < a.month_end THEN 10 BETWEEN a.month AND a.month_end ELSE 10 >= a.month OR 10 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 0 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 11 AND CASE WHEN a.month < a.month_end THEN 11 BETWEEN a.month AND a.month_end ELSE 11 >= a.month OR 11 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 0 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 12 AND CASE WHEN a.month < a.month_end THEN 12 BETWEEN a.month AND a.month_end ELSE 12 >= a.month OR 12 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 1 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 1 AND CASE WHEN a.month < a.month_end THEN 1 BETWEEN a.month AND a.month_end ELSE 1 >= a.month OR 1 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 1 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 2 AND CASE WHEN a.month < a.month_end THEN 2 BETWEEN a.month AND a.month_end ELSE 2 >= a.month OR 2 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 1 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 3 AND CASE WHEN a.month < a.month_end THEN 3 BETWEEN a.month AND a.month_end ELSE 3 >= a.month OR 3 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 1 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 4 AND CASE WHEN a.month < a.month_end THEN 4 BETWEEN a.month AND a.month_end ELSE 4 >= a.month OR 4 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 1 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 5 AND CASE WHEN a.month < a.month_end THEN 5 BETWEEN a.month AND a.month_end ELSE 5 >= a.month OR 5 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 1 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 6 AND CASE WHEN a.month < a.month_end THEN 6 BETWEEN a.month AND a.month_end ELSE 6 >= a.month OR 6 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 1 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 7 AND CASE WHEN a.month < a.month_end THEN 7 BETWEEN a.month AND a.month_end ELSE 7 >= a.month OR 7 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 1 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 8 AND CASE WHEN a.month < a.month_end THEN 8 BETWEEN a.month AND a.month_end ELSE 8 >= a.month OR 8 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 1 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 9 AND CASE WHEN a.month < a.month_end THEN 9 BETWEEN a.month AND a.month_end ELSE 9 >= a.month OR 9 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 1 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 10 AND CASE WHEN a.month < a.month_end THEN 10 BETWEEN a.month AND a.month_end ELSE 10 >= a.month OR 10 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 1 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 11 AND CASE WHEN a.month < a.month_end THEN 11 BETWEEN a.month AND a.month_end ELSE 11 >= a.month OR 11 <= a.month_end END THEN 1 END),
  count(CASE WHEN a.month_inferred = 1 AND a.month_end IS NOT NULL AND a.month_end <> a.month AND a.month <> 12 AND CASE WHEN a.month < a.month_end THEN 12 BETWEEN a.month AND a.month_end ELSE 12 >= a.month OR 12 <= a.month_end END THEN 1 END)
FROM (SELECT DISTINCT a.id, a.doc_id, a.month, a.month_end, a.month_inferred, f.value AS fn FROM activities a,
  json_each(CASE WHEN json_valid(a.functions) AND json_type(a.functions) = 'array'
    THEN json_insert(a.functions, '$[#]', '') ELSE '[""]' END) f ) a GROUP BY a.doc_id, a.fn;

-- `--category`: a category's activities, document by document, with every column the count reads (covering).
CREATE INDEX activities_category ON activities (category, doc_id, month, month_inferred, month_end, functions);

-- `--category` with `--spans every`: the few activities whose month is a span (七、八月份).
CREATE INDEX activities_spans ON activities (doc_id, month, month_end, month_inferred, category, functions)
WHERE month_end IS NOT NULL AND month_end <> month;
