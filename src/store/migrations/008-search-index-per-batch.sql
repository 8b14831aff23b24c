-- The writer indexes paragraphs for search itself, all of a batch's paragraphs in one statement
-- (SourceWriter.writeBatch). FTS5 writes its pending terms out as a new index segment at the start of
-- every statement that needs a statement journal, so the per-row insert trigger wrote one tiny segment per
-- paragraph and then spent most of the writer's time merging them. Deletes and token updates still go
-- through the triggers of migration 001. Code that inserts paragraphs must index them (see SourceWriter).
DROP TRIGGER paragraphs_ai;
