// The run journal: one `runs` row per ingest or scrape, and per run the sources it committed (`run_sources`),
// written in the same transaction as their documents. A run still marked running whose process is gone was
// killed: the next run marks it failed and skips the unchanged sources it finished, which is how a killed run
// resumes. A run whose process is alive is a concurrent run on the same database and is left alone.
import { hostname } from 'node:os';
import type { Db } from './database.ts';
import type { WriteCounts } from './write-source.ts';

export interface RunStart {
  command: string;
  pipelineFile: string;
  pipelineHash: string;
  /** The raw archive folder, absolute (migration 019). */
  archiveDir?: string;
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

/** Whether the process that opened a run still runs. Without a pid (a run from before the pid was recorded,
 * or one that stopped early in its own process, see endRun) it is gone. A run from another host cannot be
 * checked from here and is taken as alive: a wrong "alive" only delays the resume message until a run on its
 * host, a wrong "dead" would mark a working run failed. A pid reused since by another process reads as alive,
 * with the same harmless delay. */
export function runProcessAlive(pid: number | null, host: string | null): boolean {
  if (pid === null) return false;
  if (host !== null && host !== hostname()) return true;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // it exists, under another user
  }
}

/** Marks the runs that were killed as failed and opens a new one, recording this process as its owner. The write
 * lock is taken first (IMMEDIATE), so a second process waits for it instead of failing "database is locked". */
export function openRun(db: Db, run: RunStart): OpenedRun {
  return db
    .transaction(() => {
      const running = db
        .prepare(
          "SELECT id, pid, host, (SELECT count(*) FROM run_sources r WHERE r.run_id = runs.id) AS done FROM runs WHERE status = 'running'",
        )
        .all() as Array<InterruptedRun & { pid: number | null; host: string | null }>;
      const interrupted = running.filter((r) => !runProcessAlive(r.pid, r.host)).map(({ id, done }) => ({ id, done }));
      const fail = db.prepare("UPDATE runs SET status = 'failed' WHERE id = ?");
      for (const r of interrupted) fail.run(r.id);
      const runId = Number(
        db
          .prepare(
            'INSERT INTO runs (command, pipeline_file, pipeline_hash, started_at, pid, host, archive_dir) VALUES (?, ?, ?, ?, ?, ?, ?)',
          )
          .run(
            run.command,
            run.pipelineFile,
            run.pipelineHash,
            new Date().toISOString(),
            process.pid,
            hostname(),
            run.archiveDir ?? null,
          ).lastInsertRowid,
      );
      return { runId, interrupted };
    })
    .immediate();
}

/** The raw archive the latest run that names one read its sources into (absolute), or null (runs from before
 * migration 019, or given no archive). A read. */
export function latestArchiveDir(db: Db): string | null {
  const dir = db
    .prepare('SELECT archive_dir FROM runs WHERE archive_dir IS NOT NULL ORDER BY id DESC LIMIT 1')
    .pluck()
    .get() as string | undefined;
  return dir ?? null;
}

/** How a run ended: done; stopped before its end (interrupted by a signal, killed, or failed: the sources it
 * committed are stored, the rest of its input not); or still running in a live process (or on another machine). */
export type RunState = 'done' | 'stopped' | 'running';

export interface RunStatus {
  id: number;
  command: string;
  startedAt: string;
  /** Sources it committed. */
  sources: number;
  state: RunState;
  /** The machine a running run is on, when it is not this one. */
  otherHost: string | null;
}

/** The runs whose input the database may hold only part of: every run still going, and every run that stopped
 * before its end and was not followed by a run of the same command that went through (which resumed it). Oldest
 * first. A read: a stopped run stays "running" (or "failed") in the table, so its state is read from its process. */
export function unfinishedRuns(db: Db): RunStatus[] {
  const rows = db
    .prepare(
      `SELECT id, command, started_at AS startedAt, status, pid, host,
              (SELECT count(*) FROM run_sources r WHERE r.run_id = runs.id) AS sources
       FROM runs ORDER BY id`,
    )
    .all() as Array<{
    id: number;
    command: string;
    startedAt: string;
    status: string;
    pid: number | null;
    host: string | null;
    sources: number;
  }>;
  const runs = rows.map((r): RunStatus => {
    const alive = r.status === 'running' && runProcessAlive(r.pid, r.host);
    const state: RunState = r.status === 'done' ? 'done' : alive ? 'running' : 'stopped';
    const otherHost = alive && r.host !== null && r.host !== hostname() ? r.host : null;
    return { id: r.id, command: r.command, startedAt: r.startedAt, sources: r.sources, state, otherHost };
  });
  // One pass from the newest: a stopped run is resumed when a later run of its command went through.
  const resumedCommands = new Set<string>();
  const unfinished: RunStatus[] = [];
  for (const r of runs.toReversed()) {
    if (r.state === 'running' || (r.state === 'stopped' && !resumedCommands.has(r.command))) unfinished.push(r);
    if (r.state === 'done') resumedCommands.add(r.command);
  }
  return unfinished.reverse();
}

/** The end of a run's writer. A run that went through all its sources is done. One that stopped early stays
 * "running" until the next run, which reports it interrupted; its pid is cleared, since its process may go on
 * (and open the next run itself). */
export function endRun(db: Db, runId: number, completed: boolean): void {
  if (completed)
    db.prepare("UPDATE runs SET finished_at = ?, status = 'done' WHERE id = ?").run(new Date().toISOString(), runId);
  else db.prepare('UPDATE runs SET pid = NULL WHERE id = ?').run(runId);
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
