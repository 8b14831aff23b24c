import { Command } from 'commander';
import { appliedMigrations, closeDatabase, listMigrations } from '../store/database.ts';
import { dbOption, type Io, openExistingDatabaseForWriting } from './common.ts';
import { terminalText } from './terminal-text.ts';

/** Brings a database made by an older gonghui up to date (read-only commands never do, issue 19). */
export function migrateCommand(io: Io): Command {
  return new Command('migrate')
    .description(
      'Apply the schema migrations a database made by an older gonghui lacks (read-only commands never change it)',
    )
    .addOption(dbOption())
    .action((opts) => {
      const known = new Set(listMigrations().map((m) => m.version));
      const db = openExistingDatabaseForWriting(opts.db);
      try {
        const applied = appliedMigrations(db);
        const latest = applied.at(-1);
        io.out(
          terminalText(
            `${opts.db}: schema at migration ${latest ? `${String(latest.version).padStart(3, '0')}-${latest.name}` : 'none'} (${applied.length} of ${known.size} applied)\n`,
          ),
        );
      } finally {
        closeDatabase(db);
      }
    });
}
