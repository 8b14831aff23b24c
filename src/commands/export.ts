import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { exportJsonl } from '../store/export-jsonl.ts';
import { exportCsv, exportXlsx } from '../store/export-tables.ts';
import { dbOption, fileWriteError, type Io, openExistingDatabase } from './common.ts';
import { terminalText } from './terminal-text.ts';

export function exportCommand(io: Io): Command {
  return new Command('export')
    .description('Write documents, paragraphs and activities as JSON Lines, CSV or an Excel workbook')
    .requiredOption('--out <dir>', 'directory to write the files into')
    .addOption(
      new Option(
        '--format <format>',
        'jsonl: the export contract; csv: a UTF-8 CSV (with BOM) per table, notes too; xlsx: one workbook, a sheet per table',
      )
        .choices(['jsonl', 'csv', 'xlsx'])
        .default('jsonl'),
    )
    .addOption(dbOption())
    .action(async (opts: { out: string; format: 'jsonl' | 'csv' | 'xlsx'; db: string }) => {
      const db = openExistingDatabase(opts.db);
      try {
        const expected = '--out takes a folder to write the export files into';
        if (opts.format === 'jsonl') {
          let counts;
          try {
            counts = await exportJsonl(db, opts.out);
          } catch (e) {
            throw fileWriteError('the export', opts.out, e, expected);
          }
          io.out(
            terminalText(
              `${counts.documents} documents, ${counts.paragraphs} paragraphs, ${counts.activities} activities → ${resolve(opts.out)}\n`,
            ),
          );
          return;
        }
        let written;
        try {
          written = await (opts.format === 'csv' ? exportCsv : exportXlsx)(db, opts.out);
        } catch (e) {
          throw fileWriteError('the export', opts.out, e, expected);
        }
        const { counts, files } = written;
        io.out(
          terminalText(
            `${counts.documents} documents, ${counts.paragraphs} paragraphs, ${counts.activities} activities, ${counts.notes} notes → ${files.map((f) => resolve(f)).join(', ')}\n`,
          ),
        );
      } finally {
        db.close();
      }
    });
}
