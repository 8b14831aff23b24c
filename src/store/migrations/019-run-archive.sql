-- Numbered 019: 018 (views with on_topic) was written alongside it.
-- Where a run archived (or replayed) its sources' bytes: the absolute --archive folder of ingest and scrape. The
-- hint printed after `gonghui correct` names it, so that `ingest --from-archive` replays the archive the sources
-- are in rather than the default one. Runs from before this migration have none.
ALTER TABLE runs ADD COLUMN archive_dir TEXT;
