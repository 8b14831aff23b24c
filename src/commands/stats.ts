import { Command } from 'commander';
import { corpusStats, listErrors } from '../store/stats.ts';
import { dbOption, formatOption, type Io, openExistingDatabase } from './common.ts';
import { formatRows } from './output-format.ts';

export function statsCommand(io: Io): Command {
  return new Command('stats')
    .description('Counts of sources, documents, paragraphs, activities and errors (or list the errors)')
    .addOption(dbOption())
    .addOption(formatOption())
    .option('--errors', 'list the sources that failed, with stage and message', false)
    .action((opts) => {
      const db = openExistingDatabase(opts.db);
      try {
        const rows = opts.errors ? listErrors(db) : corpusStats(db);
        io.out(
          formatRows(rows as unknown as Record<string, unknown>[], opts.format, {
            columns: opts.errors ? ['source', 'stage', 'message', 'at'] : ['metric', 'value'],
          }),
        );
      } finally {
        db.close();
      }
    });
}
