import { encodingNote, readCoderCsv } from './coder-csv.ts';
import { Command } from 'commander';
import { closeDatabase } from '../store/database.ts';
import { importHumanCodes, LabelImportError, readHumanCodesCsv } from '../store/human-labels.ts';
import { dbOption, type Io, openExistingDatabaseForWriting } from './common.ts';

export function labelCommand(io: Io): Command {
  const importCmd = new Command('import')
    .description(
      'Store human codes from a CSV (doc_id,paragraph,labels[,coder]); they override the model in exports and views',
    )
    .argument(
      '<file>',
      'CSV file, UTF-8 (a BOM is fine) or GBK as Excel saves it on Chinese Windows; labels like "维权;教育" or "none"',
    )
    .addOption(dbOption())
    .action((file: string, opts) => {
      const { text, encoding } = readCoderCsv(file);
      io.out(encodingNote(file, encoding));
      const db = openExistingDatabaseForWriting(opts.db);
      try {
        // Every problem of the file at once: its own and those only the database can tell.
        const { codes, problems, references } = readHumanCodesCsv(text, file);
        const r = importHumanCodes(db, codes, file, problems, references);
        io.out(
          `${r.imported} human code(s) imported from ${file}${r.replaced ? ` (${r.replaced} replaced earlier codes)` : ''}\n`,
        );
      } catch (e) {
        if (e instanceof LabelImportError) {
          io.err(`gonghui label import: ${e.message}\n`);
          io.exit(1);
          return;
        }
        throw e;
      } finally {
        // Back to rollback-journal mode, as ingest and migrate leave it, so the file stays readable read-only.
        closeDatabase(db);
      }
    });
  importCmd.configureOutput({ writeOut: io.out, writeErr: io.err }).exitOverride();
  return new Command('label')
    .description('Human coding of paragraphs: "gonghui label import FILE.csv" stores codes that override the model')
    .addCommand(importCmd);
}
