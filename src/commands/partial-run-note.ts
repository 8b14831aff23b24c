// What a reading command says when the database holds only part of its last run's input: a researcher who
// stopped an ingest with Ctrl-C (or whose machine went down) should not publish counts of half a corpus unawares.
import type { Db } from '../store/database.ts';
import { lastRun } from '../store/runs.ts';
import { terminalText } from './terminal-text.ts';

/** One line for standard error when the latest run stopped before its end or is still going, else null. */
export function partialRunNote(db: Db, command: string): string | null {
  const run = lastRun(db);
  if (!run || run.state === 'done') return null;
  const what = `run ${run.id} (${terminalText(run.command)}, started ${run.startedAt})`;
  if (run.state === 'running')
    return `gonghui ${command}: ${what} is still going, ${run.sources} sources so far: these figures will change\n`;
  return (
    `gonghui ${command}: ${what} stopped after ${run.sources} sources, before its end: these figures cover only part ` +
    `of its input; run the same command again to finish it\n`
  );
}
