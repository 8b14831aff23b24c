import { resolve } from 'node:path';
import { Command } from 'commander';
import { exportJsonl } from '../store/export-jsonl.ts';
import { dbOption, type Io, openExistingDatabase } from './common.ts';

export function exportCommand(io: Io): Command {
  return new Command('export')
    .description('Write documents, paragraphs and activities as JSON Lines, CSV or an Excel workbook')
    .requiredOption('--out <dir>', 'directory to write the three files into')
    .addOption(dbOption())
    .action(async (opts) => {
      const db = openExistingDatabase(opts.db);
      try {
        const counts = await exportJsonl(db, opts.out);
        io.out(`${counts.documents} documents, ${counts.paragraphs} paragraphs, ${counts.activities} activities → ${resolve(opts.out)}\n`);
      } finally {
        db.close();
      }
    });
}
