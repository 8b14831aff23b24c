// What every command shares: the --db default, --format, usage errors (exit 2) and opening the database.
import { existsSync } from 'node:fs';
import { Option } from 'commander';
import { DEFAULT_DB_PATH, type Db, openDatabase } from '../store/database.ts';
import { OUTPUT_FORMATS } from './output-format.ts';

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const dbOption = () => new Option('--db <path>', 'SQLite database file').default(DEFAULT_DB_PATH);
export const formatOption = () =>
  new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table');

/** Opens a database that must already exist (query commands must not create an empty one by accident). */
export function openExistingDatabase(path: string): Db {
  if (path !== ':memory:' && !existsSync(path)) {
    throw new UsageError(`no database at ${path}: run "gonghui ingest <files>" first, or pass --db`);
  }
  return openDatabase(path);
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
  /** Sets the process exit code (0 ok, 1 failure, 2 usage). */
  exit: (code: number) => void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  exit: (code) => {
    process.exitCode = code;
  },
};
