// What a reading command says when the database holds only part of a run's input: a researcher who stopped an
// ingest with Ctrl-C (or whose machine went down) should not publish counts of half a corpus unawares.
import type { Db } from '../store/database.ts';
import { type RunStatus, unfinishedRuns } from '../store/runs.ts';
import { terminalText } from './terminal-text.ts';

/** How many unfinished runs are named one by one; the rest are counted. */
const NAMED = 3;

function describe(run: RunStatus, command: string): string {
  const what = `gonghui ${command}: run ${run.id} (${terminalText(run.command)}, started ${run.startedAt})`;
  if (run.state === 'running' && run.otherHost !== null)
    return `${what} is marked as going on another machine (${terminalText(run.otherHost)}), ${run.sources} sources so far: these figures may change\n`;
  if (run.state === 'running')
    return `${what} is still going, ${run.sources} sources so far: these figures will change\n`;
  return (
    `${what} stopped after ${run.sources} sources, before its end: these figures cover only part ` +
    `of its input; run the same command again to finish it\n`
  );
}

/** Lines for standard error, one per run still going or stopped unfinished (the newest named), or null. */
export function partialRunNote(db: Db, command: string): string | null {
  const runs = unfinishedRuns(db);
  if (runs.length === 0) return null;
  const named = runs.slice(-NAMED);
  const more = runs.length - named.length;
  const earlier = more > 0 ? `gonghui ${command}: and ${more} earlier run(s) that did not finish\n` : '';
  return earlier + named.map((r) => describe(r, command)).join('');
}
