// Which runs the database holds only part of, as `stats` and `report` tell it: a run stopped before its end (Ctrl-C,
// a kill, a failure) and not resumed, or one still going, and whoever reads figures from it is told so.
import { describe, expect, it } from 'vitest';
import { partialRunNote } from '../../src/commands/partial-run-note.ts';
import { type Db, openDatabase } from '../../src/store/database.ts';
import { endRun, openRun, RunJournal, unfinishedRuns } from '../../src/store/runs.ts';

const start = { command: 'ingest 教职工计划', pipelineFile: 'p.json', pipelineHash: 'h' };
/** A pid no process has (beyond the kernel's pid range): the run's process is gone. */
const GONE = 2147483646;

/** Opens a run with `sources` journalled, then ends it as `end` says. */
function run(db: Db, sources: number, end: 'done' | 'stopped' | 'killed' | 'failed' | 'open', command = start.command) {
  // openRun marks runs of dead processes failed, as a real next run does; tests open runs one after another.
  const { runId } = openRun(db, { ...start, command });
  const journal = new RunJournal(db, runId);
  for (let i = 0; i < sources; i++) journal.record(`/c/${runId}-${i}.txt`, 'abc', 'ok');
  if (end === 'done') endRun(db, runId, true);
  if (end === 'stopped') endRun(db, runId, false);
  if (end === 'killed') db.prepare('UPDATE runs SET pid = ? WHERE id = ?').run(GONE, runId);
  if (end === 'failed') db.prepare("UPDATE runs SET status = 'failed' WHERE id = ?").run(runId);
  return runId;
}

describe('unfinished runs and the note readers see', () => {
  it('says nothing before the first run or after runs that went through', () => {
    const db = openDatabase(':memory:');
    expect(partialRunNote(db, 'stats')).toBeNull();
    run(db, 3, 'done');
    expect(unfinishedRuns(db)).toEqual([]);
    expect(partialRunNote(db, 'stats')).toBeNull();
  });

  it('a run stopped early is named, with its sources and what to do', () => {
    const db = openDatabase(':memory:');
    run(db, 2, 'stopped');
    expect(unfinishedRuns(db)).toMatchObject([{ id: 1, state: 'stopped', sources: 2 }]);
    expect(partialRunNote(db, 'report')).toMatch(
      /^gonghui report: run 1 \(ingest 教职工计划, started \S+\) stopped after 2 sources, before its end: these figures cover only part of its input; run the same command again to finish it\n$/,
    );
  });

  it('a stopped run is resumed by a later run of the same command that went through, not by another command', () => {
    const db = openDatabase(':memory:');
    run(db, 2, 'stopped');
    run(db, 5, 'done', 'ingest other-folder');
    // Another ingest finishing does not finish this one's input.
    expect(unfinishedRuns(db).map((r) => r.id)).toEqual([1]);
    run(db, 4, 'done');
    expect(unfinishedRuns(db)).toEqual([]);
    expect(partialRunNote(db, 'stats')).toBeNull();
  });

  it('a killed or failed run is stopped; a run whose process lives is still going, also beside one that finished', () => {
    const db = openDatabase(':memory:');
    run(db, 1, 'killed', 'ingest a');
    run(db, 1, 'failed', 'ingest b');
    run(db, 4, 'open', 'ingest c'); // opened by this very process and not ended: still going
    run(db, 2, 'done', 'ingest d'); // a concurrent run that finished
    expect(unfinishedRuns(db).map((r) => [r.id, r.state])).toEqual([
      [1, 'stopped'],
      [2, 'stopped'],
      [3, 'running'],
    ]);
    const note = partialRunNote(db, 'stats')!;
    expect(note.split('\n').filter(Boolean)).toHaveLength(3);
    expect(note).toMatch(
      /run 3 \(ingest c, started \S+\) is still going, 4 sources so far: these figures will change\n$/,
    );
  });

  it('names the newest three and counts the rest', () => {
    const db = openDatabase(':memory:');
    for (const c of ['a', 'b', 'c', 'd', 'e']) run(db, 1, 'stopped', `ingest ${c}`);
    const lines = partialRunNote(db, 'stats')!.split('\n').filter(Boolean);
    expect(lines[0]).toBe('gonghui stats: and 2 earlier run(s) that did not finish');
    expect(lines.slice(1).map((l) => /run (\d+)/.exec(l)![1])).toEqual(['3', '4', '5']);
  });

  it('a run marked going on another machine says so', () => {
    const db = openDatabase(':memory:');
    const id = run(db, 6, 'open');
    db.prepare("UPDATE runs SET host = 'lab-server-2' WHERE id = ?").run(id);
    expect(partialRunNote(db, 'stats')).toMatch(
      /is marked as going on another machine \(lab-server-2\), 6 sources so far/,
    );
  });

  it('escapes a command that holds a control character before it reaches the terminal', () => {
    const db = openDatabase(':memory:');
    run(db, 0, 'stopped', 'ingest evil\u001b[2Jname');
    expect(partialRunNote(db, 'stats')).not.toContain('\u001b');
  });
});
