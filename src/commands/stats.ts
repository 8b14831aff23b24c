import { Command } from 'commander';
import { corpusStats, listErrors } from '../store/stats.ts';
import { type Io, openExistingDatabase } from './common.ts';
import { formatRows } from './output-format.ts';
import { partialRunNote } from './partial-run-note.ts';
import { addOutputOptions } from './query-options.ts';

export function statsCommand(io: Io): Command {
  // --db, --format and --no-bom as the query commands take them: CSV starts with a byte-order mark so that
  // Excel on a Chinese Windows reads the same file the same way, whichever command wrote it.
  return addOutputOptions(
    new Command('stats').description(
      'Counts of sources, documents, paragraphs, activities and errors (or list the errors)',
    ),
  )
    .option('--errors', 'list the sources that failed, with stage and message', false)
    .action((opts) => {
      const db = openExistingDatabase(opts.db);
      try {
        const rows = opts.errors ? listErrors(db) : corpusStats(db);
        io.out(
          formatRows(rows as unknown as Record<string, unknown>[], opts.format, {
            columns: opts.errors ? ['source', 'stage', 'message', 'at'] : ['metric', 'value'],
            bom: opts.bom,
          }),
        );
        const note = partialRunNote(db, 'stats');
        if (note) io.err(note);
      } finally {
        db.close();
      }
    });
}
