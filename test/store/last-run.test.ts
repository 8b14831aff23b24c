// How the latest run ended, as `stats` and `report` tell it: a run stopped before its end (Ctrl-C, a kill, a
// failure) leaves a database holding part of its input, and whoever reads figures from it is told so.
import { describe, expect, it } from 'vitest';
import { partialRunNote } from '../../src/commands/partial-run-note.ts';
import { openDatabase } from '../../src/store/database.ts';
import { endRun, lastRun, openRun, RunJournal } from '../../src/store/runs.ts';

const start = { command: 'ingest 教职工计划', pipelineFile: 'p.json', pipelineHash: 'h' };

function withRun(sources: number, end: (db: ReturnType<typeof openDatabase>, runId: number) => void) {
  const db = openDatabase(':memory:');
  const { runId } = openRun(db, start);
  const journal = new RunJournal(db, runId);
  for (let i = 0; i < sources; i++) journal.record(`/c/${i}.txt`, 'abc', 'ok');
  end(db, runId);
  return db;
}

describe('the last run and the note readers see', () => {
  it('says nothing before the first run or after a run that went through', () => {
    const empty = openDatabase(':memory:');
    expect(lastRun(empty)).toBeNull();
    expect(partialRunNote(empty, 'stats')).toBeNull();
    const db = withRun(3, (d, id) => endRun(d, id, true));
    expect(lastRun(db)).toMatchObject({ id: 1, command: 'ingest 教职工计划', sources: 3, state: 'done' });
    expect(partialRunNote(db, 'stats')).toBeNull();
  });

  it('a run stopped early (its pid cleared) is stopped, and the note names it, its sources and what to do', () => {
    const db = withRun(2, (d, id) => endRun(d, id, false));
    expect(lastRun(db)).toMatchObject({ state: 'stopped', sources: 2 });
    expect(partialRunNote(db, 'report')).toMatch(
      /^gonghui report: run 1 \(ingest 教职工计划, started \S+\) stopped after 2 sources, before its end: these figures cover only part of its input; run the same command again to finish it\n$/,
    );
  });

  it('a run marked failed by a later open, or killed (its process gone), is stopped; one whose process lives is running', () => {
    const failed = withRun(1, (d, id) => d.prepare("UPDATE runs SET status = 'failed' WHERE id = ?").run(id));
    expect(lastRun(failed)?.state).toBe('stopped');
    // A pid no process has (beyond the kernel's pid range): the run was killed.
    const killed = withRun(1, (d, id) => d.prepare('UPDATE runs SET pid = 2147483646 WHERE id = ?').run(id));
    expect(lastRun(killed)?.state).toBe('stopped');
    const live = withRun(4, () => {}); // opened by this very process, not ended
    expect(lastRun(live)?.state).toBe('running');
    expect(partialRunNote(live, 'stats')).toMatch(/is still going, 4 sources so far: these figures will change\n$/);
  });

  it('escapes a command that holds a control character before it reaches the terminal', () => {
    const db = openDatabase(':memory:');
    const { runId } = openRun(db, { ...start, command: 'ingest evil\u001b[2Jname' });
    endRun(db, runId, false);
    expect(partialRunNote(db, 'stats')).not.toContain('\u001b');
  });
});
