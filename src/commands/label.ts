import { encodingOption, importCoderFile } from './coder-csv.ts';
import { Command } from 'commander';
import { importHumanCodes, readHumanCodesCsv } from '../store/human-labels.ts';
import { commandOutput, dbOption, type Io } from './common.ts';

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
    .addOption(encodingOption())
    .action((file: string, opts) =>
      importCoderFile(io, 'label import', file, opts, (text, db) => {
        // Every problem of the file at once: its own and those only the database can tell.
        const { codes, problems, references } = readHumanCodesCsv(text, file);
        const r = importHumanCodes(db, codes, file, problems, references);
        return `${r.imported} human code(s) imported from ${file}${r.replaced ? ` (${r.replaced} replaced earlier codes)` : ''}\n`;
      }),
    );
  importCmd.configureOutput(commandOutput(io)).exitOverride();
  return new Command('label')
    .description('Human coding of paragraphs: "gonghui label import FILE.csv" stores codes that override the model')
    .addCommand(importCmd);
}
