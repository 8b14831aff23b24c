-- The search index holds overlapping character pairs of the paragraph text (src/store/search-pairs.ts)
-- instead of jieba words: jieba keeps compounds such as 健康体检 as one token, so MATCH '体检' in sqlite3 or
-- Datasette missed them while `gonghui search` looked inside words. Now a word is found wherever it occurs,
-- the same way from any SQLite client and from the CLI: MATCH '体检', or '"教职 职工"' for longer words.
-- The index is contentless (the pairs are stored nowhere else); search_pairs() is the SQL function every
-- gonghui connection registers (store/database.ts), so this migration rebuilds the index of an existing
-- database, and SourceWriter indexes new paragraphs with it.
DROP TABLE IF EXISTS paragraph_search_terms;
DROP TRIGGER IF EXISTS paragraphs_ad;
DROP TRIGGER IF EXISTS paragraphs_au;
DROP TABLE paragraph_search;

CREATE VIRTUAL TABLE paragraph_search USING fts5(pairs, content = '', contentless_delete = 1, tokenize = 'ascii');
INSERT INTO paragraph_search (rowid, pairs) SELECT id, search_pairs(text) FROM paragraphs;

CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN
  DELETE FROM paragraph_search WHERE rowid = old.id;
END;
-- Nothing in gonghui rewrites a paragraph's text; a client that does keeps the index right (or, without
-- search_pairs, is stopped rather than leaving the index stale).
CREATE TRIGGER paragraphs_au AFTER UPDATE OF text ON paragraphs BEGIN
  DELETE FROM paragraph_search WHERE rowid = old.id;
  INSERT INTO paragraph_search (rowid, pairs) VALUES (new.id, search_pairs(new.text));
END;

-- The distinct pairs (and single characters) of the index, with the rows and occurrences of each.
CREATE VIRTUAL TABLE paragraph_search_terms USING fts5vocab(paragraph_search, 'row');
