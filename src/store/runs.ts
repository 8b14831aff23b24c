// The run journal: one `runs` row per ingest or scrape, and per run the sources it committed (`run_sources`),
// written in the same transaction as their documents. A run still marked running was killed: the next run
// marks it failed and skips the unchanged sources it finished, which is how a killed run resumes.
import type { Db } from './database.ts';
import type { WriteCounts } from './write-source.ts';

export interface RunStart {
  command: string;
  pipelineFile: string;
  pipelineHash: string;
}

export interface InterruptedRun {
  id: number;
  /** Sources it committed before it was killed. */
  done: number;
}

export interface OpenedRun {
  runId: number;
  interrupted: InterruptedRun[];
}

/** Marks the runs that were killed as failed and opens a new one. */
export function openRun(db: Db, run: RunStart): OpenedRun {
  return db.transaction(() => {
    const interrupted = db
      .prepare(
        "SELECT id, (SELECT count(*) FROM run_sources r WHERE r.run_id = runs.id) AS done FROM runs WHERE status = 'running'",
      )
      .all() as InterruptedRun[];
    db.prepare("UPDATE runs SET status = 'failed' WHERE status = 'running'").run();
    const runId = Number(
      db
        .prepare('INSERT INTO runs (command, pipeline_file, pipeline_hash, started_at) VALUES (?, ?, ?, ?)')
        .run(run.command, run.pipelineFile, run.pipelineHash, new Date().toISOString()).lastInsertRowid,
    );
    return { runId, interrupted };
  })();
}

/** A run that went through all its sources. One that stopped early stays "running" until the next run. */
export function finishRun(db: Db, runId: number): void {
  db.prepare("UPDATE runs SET finished_at = ?, status = 'done' WHERE id = ?").run(new Date().toISOString(), runId);
}

export type JournalOutcome = 'ok' | 'skipped' | 'error';

/** Per run, what became of each source; written by the writer inside its batch transaction. */
export class RunJournal {
  private readonly insert;
  private readonly counts;

  constructor(
    db: Db,
    private readonly runId: number,
  ) {
    this.insert = db.prepare(
      'INSERT OR REPLACE INTO run_sources (run_id, source_key, sha256, outcome, at) VALUES (?, ?, ?, ?, ?)',
    );
    this.counts = db.prepare(`
      SELECT count(*) AS documents,
             coalesce(sum((SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.id)), 0) AS paragraphs,
             coalesce(sum((SELECT count(*) FROM activities a WHERE a.doc_id = d.id)), 0) AS activities
      FROM documents d JOIN sources s ON s.id = d.source_id WHERE s.key = ?`);
  }

  record(sourceKey: string, sha256: string | null, outcome: JournalOutcome): void {
    this.insert.run(this.runId, sourceKey, sha256, outcome, new Date().toISOString());
  }

  /** What an earlier run stored for a source (reported for a skipped, unchanged source). */
  storedCounts(sourceKey: string): WriteCounts {
    return this.counts.get(sourceKey) as WriteCounts;
  }
}

export interface StoredSourceState {
  sha256: string | null;
  pipelineHash: string | null;
  status: string;
}

/** How each source was last stored, to skip unchanged ones: a read, on any connection. */
export function storedSourceStates(db: Db): (sourceKey: string) => StoredSourceState | undefined {
  const get = db.prepare('SELECT sha256, pipeline_hash AS pipelineHash, status FROM sources WHERE key = ?');
  return (key) => get.get(key) as StoredSourceState | undefined;
}
