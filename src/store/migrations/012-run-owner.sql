-- Who is running a run: its process id and host. A run still marked running is resumed (marked failed, with
-- a "resuming" message) only when its process is gone; a run whose process is alive is another ingest writing
-- the same database at the same time, and is left alone. Runs from before this migration have neither and
-- are judged as before: still running means killed.
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN host TEXT;
