// What every command shares: the --db default, --format, usage errors (exit 2) and opening the database.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option } from 'commander';
import {
  DatabaseRefused,
  DEFAULT_DB_PATH,
  type Db,
  openDatabase,
  openReadOnlyDatabase,
  sleepSync,
} from '../store/database.ts';
import { OUTPUT_FORMATS } from './output-format.ts';
import { terminalText } from './terminal-text.ts';

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

/** Opens an existing database read-only: query commands never create, migrate or write one (issue 19). */
export function openExistingDatabase(path: string): Db {
  try {
    return openReadOnlyDatabase(path);
  } catch (e) {
    if (e instanceof DatabaseRefused && e.missing) throw new UsageError(e.message);
    throw e;
  }
}

/** Opens an existing database to write to it (label import): it must exist, and is migrated. */
export function openExistingDatabaseForWriting(path: string): Db {
  if (path !== ':memory:' && !existsSync(path)) {
    throw new UsageError(`no database at ${path}: run "gonghui ingest <files>" first, or pass --db`);
  }
  refuseForeignFile(path, 0);
  return openDatabase(path);
}

/** How long a writing command waits for a database file another gonghui is creating this moment to get its tables. */
const CREATING_MS = 3000;

/**
 * Opens the database a run writes (ingest, scrape): a new path is created and migrated; an existing file must be a
 * gonghui database — an empty or foreign file is refused and left untouched, with the read-only commands' words.
 */
export function openDatabaseForRun(path: string): Db {
  if (path !== ':memory:' && existsSync(path)) refuseForeignFile(path, CREATING_MS);
  return openDatabase(path);
}

/** Refuses an empty or foreign file as the read-only commands do; an older schema is fine (writers migrate). A file
 * made in the last `waitMs` may be another gonghui's database being created (two runs started together): empty or
 * without its tables for a moment, so it is looked at again until it is that old. */
function refuseForeignFile(path: string, waitMs: number): void {
  for (;;) {
    try {
      openReadOnlyDatabase(path).close();
      return;
    } catch (e) {
      if (!(e instanceof DatabaseRefused)) throw e;
      if (/made by an older gonghui/.test(e.message) || e.missing) return;
      if (!madeWithin(path, waitMs)) throw e;
    }
    sleepSync(50);
  }
}

function madeWithin(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < ms;
  } catch {
    return false;
  }
}

const FILE_PROBLEMS: Record<string, string> = {
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  ENOENT: 'its folder does not exist',
  EEXIST: 'a file of that name is in the way',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
};

/** An error writing `path`, in words that name the path and the reason ("what was expected" added by the caller). */
export function fileWriteError(what: string, path: string, e: unknown, expected = ''): Error {
  const code = (e as NodeJS.ErrnoException).code;
  if (!code || !(code in FILE_PROBLEMS)) return e as Error;
  return new Error(
    `cannot write ${what} to ${resolve(path)}: ${FILE_PROBLEMS[code]} (${code})${expected ? `; ${expected}` : ''}`,
  );
}

/** Where a command's help and commander's own errors go; an error quotes what was typed (a pasted file name with
 * escape codes), so it is escaped like every other line for people. */
export function commandOutput(io: Io) {
  return {
    writeOut: io.out,
    writeErr: io.err,
    outputError: (text: string, write: (text: string) => void) => write(terminalText(text)),
  };
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
  /** Sets the process exit code (0 ok, 1 failure, 2 usage). */
  exit: (code: number) => void;
}

/** Set once the reader of stdout has gone (`gonghui correct list | head`): the rest of the output is dropped and the
 * command runs to its end (an ingest piped into head still finishes), instead of dying on the write with a stack. */
let stdoutGone = false;
let watchingStdout = false;

/** Any other failure to write stdout (a full disk, `> /dev/full`): the output is incomplete, so the command stops
 * with exit 1 and says why in one line. A file or terminal fails as the write is made, a pipe later (an event). */
function stdoutFailed(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') {
    stdoutGone = true;
    return;
  }
  if (stdoutGone) return;
  stdoutGone = true;
  const reason = e.code && e.code in FILE_PROBLEMS ? `${FILE_PROBLEMS[e.code]} (${e.code})` : e.message;
  process.stderr.write(`gonghui: cannot write the output to standard output: ${reason}\n`);
  process.exit(1);
}

function writeOut(text: string): void {
  if (!watchingStdout) {
    watchingStdout = true;
    process.stdout.on('error', stdoutFailed);
  }
  if (stdoutGone) return;
  try {
    process.stdout.write(text);
  } catch (e) {
    stdoutFailed(e as NodeJS.ErrnoException);
  }
}

export const processIo: Io = {
  out: writeOut,
  err: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  exit: (code) => {
    process.exitCode = code;
  },
};
