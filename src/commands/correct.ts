import { writeFileSync } from 'node:fs';
import { encodingOption, importCoderFile } from './coder-csv.ts';
import { Command, Option } from 'commander';
import { CORRECTION_FIELDS, type CorrectionField } from '../model/items.ts';
import { docIdIn } from '../store/coder-csv-frame.ts';
import { closeDatabase } from '../store/database.ts';
import { latestArchiveDir } from '../store/runs.ts';
import {
  correctionCell,
  correctionTemplate,
  csvCell,
  importCorrections,
  listCorrections,
  removeCorrections,
  readCorrectionsCsv,
  TEMPLATE_COLUMNS,
} from '../store/document-corrections.ts';
import {
  commandOutput,
  dbOption,
  fileWriteError,
  type Io,
  openExistingDatabase,
  openExistingDatabaseForWriting,
  UsageError,
} from './common.ts';
import { formatTable } from './output-format.ts';
import { terminalText } from './terminal-text.ts';

/** How stored corrections reach the documents: their sources are re-run, from the raw archive or the inputs. The
 * archive the database's runs recorded is named, since the default one is empty when the first run had its own. */
export function howCorrectionsTakeEffect(dbPath: string, archive: string | null): string {
  // Quoted as the archive is: a path with a space must still be a command that can be copied and run.
  const db = shellWord(dbPath);
  const replay = archive
    ? `\`gonghui ingest --from-archive --archive ${shellWord(archive)} --db ${db}\` re-runs exactly the corrected ` +
      'sources from the raw archive their runs read them into (give the --pipeline of the first run if it was not ' +
      'the default)'
    : `\`gonghui ingest --from-archive --db ${db}\` re-runs exactly the corrected sources from the raw archive ` +
      '(files are archived as read, pages as fetched; give the --archive and --pipeline of the first run if they ' +
      'were not the defaults)';
  return (
    `They take effect when their sources are re-run: ${replay} and skips the others as unchanged; ingesting the ` +
    `same inputs again does the same. \`gonghui correct list --db ${db}\` shows which are applied.\n`
  );
}

/** A path as one word of a shell command to copy: quoted when it holds anything but plain path characters. */
export function shellWord(text: string): string {
  return /^[\w./:@%+=,-]+$/u.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

function importCommand(io: Io): Command {
  return new Command('import')
    .description(
      'Store metadata corrections from a CSV (doc_id,field,value[,coder,note]); the next ingest applies them in the pipeline',
    )
    .argument(
      '<file>',
      'CSV file, UTF-8 (a BOM is fine) or GBK as Excel saves it on Chinese Windows; field title, org, year, kind or on_topic; value "null" clears a title, org or year, a row with an empty value is skipped (not reviewed)',
    )
    .addOption(dbOption())
    .addOption(encodingOption())
    .action((file: string, opts) =>
      importCoderFile(io, 'correct import', file, opts, (text, db) => {
        // Every problem of the file at once: its own and those only the database can tell.
        const { rows, problems, references, skipped } = readCorrectionsCsv(text, file);
        const r = importCorrections(db, rows, file, problems, references);
        return (
          `${r.imported} correction(s) of ${r.sources} source(s) imported from ${file}` +
          `${r.replaced ? ` (${r.replaced} replaced earlier corrections)` : ''}; ` +
          `${r.changed} change the stored value` +
          `${r.imported > r.changed ? `, ${r.imported - r.changed} confirm it (empty the value of a row you did not check)` : ''}` +
          `${skipped ? `; ${skipped} row(s) left empty, skipped (not reviewed)` : ''}\n` +
          howCorrectionsTakeEffect(opts.db, latestArchiveDir(db))
        );
      }),
    );
}

function listCommand(io: Io): Command {
  return new Command('list')
    .description(
      'Every metadata correction with its status: applied (the stored document has it), pending (its source not re-run yet), stale (the document changed or is gone)',
    )
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'a table or JSON').choices(['table', 'json']).default('table'))
    .action((opts: { db: string; format: 'table' | 'json' }) => {
      const db = openExistingDatabase(opts.db);
      try {
        const list = listCorrections(db);
        if (opts.format === 'json') {
          io.out(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        if (list.length === 0) {
          io.out('no corrections (gonghui correct import FILE.csv stores them)\n');
          return;
        }
        const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
        const rows = list.map((c) => ({
          doc_id: c.docId,
          field: c.field,
          value: short(correctionCell(c.value)),
          status: c.status,
          now:
            c.status === 'stale'
              ? (c.why ?? '')
              : c.status === 'pending'
                ? `stored: ${short(correctionCell(c.current))}`
                : '',
          coder: c.coder ?? '',
          file: c.sourceFile,
        }));
        io.out(formatTable(rows));
        const by = (s: string) => list.filter((c) => c.status === s).length;
        io.out(
          `${list.length} correction(s): ${by('applied')} applied, ${by('pending')} pending, ${by('stale')} stale\n`,
        );
        if (by('pending') > 0) io.out(terminalText(howCorrectionsTakeEffect(opts.db, latestArchiveDir(db))));
      } finally {
        db.close();
      }
    });
}

function removeCommand(io: Io): Command {
  return new Command('remove')
    .description(
      "Delete a document's corrections (the fields named, or all of them); the next ingest re-runs its source and the readers' values return",
    )
    .argument('<doc_id>', 'the corrected document (see gonghui correct list)')
    .argument('[fields...]', `fields whose correction goes (${CORRECTION_FIELDS.join(', ')}); all when none is named`)
    .addOption(dbOption())
    .action((docId: string, fields: string[], opts: { db: string }) => {
      const unknown = fields.filter((f) => !(CORRECTION_FIELDS as readonly string[]).includes(f));
      if (unknown.length)
        throw new UsageError(`unknown field(s) ${unknown.join(', ')} (use ${CORRECTION_FIELDS.join(', ')})`);
      const db = openExistingDatabaseForWriting(opts.db);
      let removed: number;
      let archive: string | null;
      try {
        removed = removeCorrections(db, docIdIn(docId), fields as CorrectionField[]);
        archive = latestArchiveDir(db);
      } finally {
        closeDatabase(db);
      }
      if (removed === 0) {
        io.err(
          terminalText(
            `gonghui correct remove: no correction of ${docId}${fields.length ? ` (${fields.join(', ')})` : ''}\n`,
          ),
        );
        io.exit(1);
        return;
      }
      io.out(
        terminalText(`${removed} correction(s) of ${docId} removed\n${howCorrectionsTakeEffect(opts.db, archive)}`),
      );
    });
}

function templateCommand(io: Io): Command {
  return new Command('template')
    .description(
      'Write a CSV for a reviewer: one field of every on-topic, non-duplicate document, with its current value, title, source and the evidence gonghui had; importable as is once the values are checked',
    )
    .addOption(
      new Option('--field <field>', 'the field to review').choices([...CORRECTION_FIELDS]).makeOptionMandatory(),
    )
    .option(
      '--missing',
      'only the documents where the field is empty (null), their values left empty to fill in',
      false,
    )
    .addOption(dbOption())
    .option('--out <file>', 'write the CSV here (UTF-8 with a BOM, for Excel) instead of to standard output')
    .action((opts: { field: CorrectionField; missing: boolean; db: string; out?: string }) => {
      if (opts.missing && (opts.field === 'kind' || opts.field === 'on_topic'))
        throw new UsageError(`--missing: every document has a ${opts.field} (only title, org and year can be empty)`);
      const db = openExistingDatabase(opts.db);
      let rows;
      try {
        rows = correctionTemplate(db, opts.field, opts.missing);
      } finally {
        db.close();
      }
      const csv = [TEMPLATE_COLUMNS.join(','), ...rows.map((r) => TEMPLATE_COLUMNS.map((c) => csvCell(r[c])).join(','))]
        .map((l) => `${l}\r\n`)
        .join('');
      if (!opts.out) {
        io.out(csv);
        return;
      }
      try {
        writeFileSync(opts.out, `\ufeff${csv}`);
      } catch (e) {
        throw fileWriteError('the template', opts.out, e);
      }
      const how = opts.missing
        ? 'fill in the value of each document you check (null: checked, there is none); rows left empty are skipped'
        : 'check each value (null clears it); every row left in is stored, an unchanged value as confirmed: empty the value of (or delete) each row you did not check';
      io.err(
        terminalText(
          `${rows.length} document(s) written to ${opts.out}: ${how}; then gonghui correct import ${opts.out} --db ${opts.db}\n`,
        ),
      );
    });
}

export function correctCommand(io: Io): Command {
  const cmd = new Command('correct')
    .description(
      'Human corrections of document metadata: "gonghui correct template|import|list|remove" — a reviewer\'s org, year, kind, title or on_topic, applied in the pipeline',
    )
    .addCommand(importCommand(io))
    .addCommand(listCommand(io))
    .addCommand(templateCommand(io))
    .addCommand(removeCommand(io));
  for (const sub of cmd.commands) sub.configureOutput(commandOutput(io)).exitOverride();
  return cmd;
}
