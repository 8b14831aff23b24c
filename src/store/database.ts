// Opening the database: WAL, foreign keys, and the numbered migrations in src/store/migrations, each
// applied in the same transaction as its record in schema_migrations.
import {
  accessSync,
  closeSync,
  constants,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { documentId } from './document-id.ts';
import { searchPairs } from './search-pairs.ts';

export type Db = Database.Database;

export const DEFAULT_DB_PATH = 'output/gonghui.db';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function listMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({
      version: Number(f.slice(0, 3)),
      name: f.slice(4, -4),
      sql: readFileSync(new URL(f, MIGRATIONS_DIR), 'utf8'),
    }));
}

/** The migrations a database has had applied, oldest first. */
export function appliedMigrations(db: Db): Array<{ version: number; name: string }> {
  return db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as Array<{
    version: number;
    name: string;
  }>;
}

/** The SQL functions the writer and the migrations call: search_pairs (what the search index holds, migration
 * 010) and document_id (migrations that re-key documents compute ids as the writer does). */
export function registerSqlFunctions(db: Db): void {
  db.function('search_pairs', { deterministic: true }, (text: unknown) => searchPairs(String(text ?? '')));
  db.function('document_id', { deterministic: true }, (key, part) => documentId(String(key), Number(part)));
}

export function migrate(db: Db): number[] {
  registerSqlFunctions(db);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const done: number[] = [];
  for (const m of listMigrations()) {
    if (applied.has(m.version)) continue;
    // Checked again under the write lock (BEGIN IMMEDIATE): another process opening the same new database at
    // the same moment (two ingests started together) may have applied it since the list above was read.
    const ran = db
      .transaction(() => {
        if (isApplied.get(m.version) !== undefined) return false;
        db.exec(m.sql);
        record.run(m.version, m.name, new Date().toISOString());
        return true;
      })
      .immediate();
    if (ran) done.push(m.version);
  }
  return done;
}

/** How long a connection waits for another's lock before "database is locked". */
const BUSY_TIMEOUT_MS = 10_000;

/** Blocks this thread for `ms` (a lock or a file being made by another process is waited for synchronously). */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Turns WAL on, waiting for a lock another process holds. SQLite answers the journal_mode change "database is
 * locked" at once, without its busy handler, while another connection holds a write lock in rollback mode (as a
 * run closing its database does to switch it back, see closeDatabase) — seen as one of two concurrent ingests
 * failing on CI. So the change is retried here until the busy timeout.
 */
export function turnOnWal(db: Db, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY') !== true || Date.now() >= deadline) throw e;
    }
    sleepSync(wait);
  }
}

export interface OpenOptions {
  readonly?: boolean;
}

/** Why a database file could not be opened, in words: the path and what is wrong with it. */
function openFailure(path: string, e: unknown, readonly: boolean): Error {
  const reason = (e as Error).message;
  const full = resolve(path);
  const folder = dirname(full);
  const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? 'unknown';
  let why = reason;
  try {
    if (statSync(full).isDirectory()) why = 'it is a folder, not a file';
    else if (!readonly) {
      accessSync(full, constants.W_OK);
      // The file may be writable while its folder is not: SQLite writes its journal (-wal, -shm) beside it.
      try {
        accessSync(folder, constants.W_OK);
      } catch (dirErr) {
        why = `its folder ${folder} is not writable (${code(dirErr)}): SQLite writes its journal beside the file`;
      }
    }
  } catch (err) {
    if (code(err) === 'ENOTDIR') why = 'part of its path is a file, not a folder';
    else if (code(err) === 'ENOENT') {
      try {
        if (!statSync(folder).isDirectory()) why = `its folder ${folder} is a file`;
        else if (!readonly) accessSync(folder, constants.W_OK);
      } catch (dirErr) {
        why =
          code(dirErr) === 'ENOENT'
            ? `its folder ${folder} does not exist`
            : code(dirErr) === 'ENOTDIR'
              ? 'part of its path is a file, not a folder'
              : `its folder ${folder} is not writable (${code(dirErr)})`;
      }
    } else why = `the file is not ${readonly ? 'readable' : 'writable'} (${code(err)})`;
  }
  return new Error(`cannot open the database ${full}: ${why}${why === reason ? '' : ` (${reason})`}`);
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    if (!options.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw openFailure(path, e, options.readonly ?? false);
  }
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  registerSqlFunctions(db);
  db.pragma('foreign_keys = ON');
  if (!options.readonly) {
    try {
      turnOnWal(db, BUSY_TIMEOUT_MS);
      db.pragma('synchronous = NORMAL');
      // A larger page cache than the 2 MB default: index inserts land on random pages.
      db.pragma('cache_size = -32768');
      db.pragma('temp_store = MEMORY');
      migrate(db);
    } catch (e) {
      // SQLite opens a file it may not write read-only without a word; the first write then fails with
      // "attempt to write a readonly database", which names no file. Say which file and why.
      const sqliteCode = (e as { code?: string }).code ?? '';
      if (!/^SQLITE_(READONLY|CANTOPEN|PERM)/.test(sqliteCode)) throw e;
      db.close();
      throw openFailure(path, e, false);
    }
  }
  return db;
}

/**
 * Closes a database the writer used, leaving it in rollback-journal mode when no one else has it open: a WAL
 * database cannot be read where its -shm file cannot be made (a read-only folder, a colleague's copy), and
 * the next writer turns WAL on again. Another connection still open keeps WAL; that is fine.
 */
export function closeDatabase(db: Db): void {
  try {
    if (db.open && !db.readonly && db.name !== ':memory:') {
      db.pragma('busy_timeout = 0');
      db.pragma('journal_mode = DELETE');
    }
  } catch {
    // busy: another connection (a concurrent run, a reader) has it open; it stays in WAL mode
  }
  db.close();
}

/** A database that cannot be read as a gonghui database as it is: not there, not SQLite, or another schema. */
export class DatabaseRefused extends Error {
  constructor(
    message: string,
    /** The file is missing (a usage mistake) rather than wrong. */
    readonly missing = false,
  ) {
    super(message);
    this.name = 'DatabaseRefused';
  }
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

/**
 * Opens an existing gonghui database for reading only (issue 19): never created, never migrated, never
 * written, so it works on a file of mode 444 in a read-only folder, and an empty or foreign file is left
 * exactly as it was. A schema older than this gonghui's is refused with what to run.
 */
export function openReadOnlyDatabase(path: string): Db {
  if (path === ':memory:') return openDatabase(path);
  const full = resolve(path);
  let st;
  try {
    st = statSync(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new DatabaseRefused(`no database at ${path}: run "gonghui ingest <files>" first, or pass --db`, true);
    throw new DatabaseRefused(`cannot open the database ${full}: ${code ?? (e as Error).message}`);
  }
  if (st.isDirectory()) throw new DatabaseRefused(`cannot open the database ${full}: it is a folder, not a file`);
  if (st.size === 0)
    throw new DatabaseRefused(`${full} is empty, not a gonghui database (left untouched); pass the database with --db`);
  const head = Buffer.alloc(16);
  let fd: number | null = null;
  try {
    fd = openSync(full, 'r');
    readSync(fd, head, 0, 16, 0);
  } catch (e) {
    throw new DatabaseRefused(
      `cannot read the database ${full}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  } finally {
    if (fd !== null) closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_HEADER)
    throw new DatabaseRefused(`${full} is not a SQLite database (left untouched); pass a gonghui database with --db`);
  const db = openDatabase(full, { readonly: true });
  try {
    try {
      db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_READONLY' && (e as { code?: string }).code !== 'SQLITE_CANTOPEN')
        throw e;
      throw new DatabaseRefused(
        `cannot read the database ${full}: it is in WAL mode and SQLite cannot create ${full}-shm beside it (${(e as Error).message}); ` +
          `its owner can run "gonghui migrate --db ${path}" once to leave it readable from a read-only folder, or copy it to a writable folder`,
      );
    }
    const hasTable = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get();
    if (!hasTable)
      throw new DatabaseRefused(
        `${full} is a SQLite database but not a gonghui one (no schema_migrations table); left untouched`,
      );
    const applied = new Set(
      (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version),
    );
    const missing = listMigrations().filter((m) => !applied.has(m.version));
    if (missing.length > 0) {
      throw new DatabaseRefused(
        `${full} was made by an older gonghui: its schema lacks migration(s) ${missing.map((m) => `${String(m.version).padStart(3, '0')}-${m.name}`).join(', ')}. ` +
          `Run "gonghui migrate --db ${path}" (or "gonghui ingest" on it) to bring it up to date; read-only commands never change it`,
      );
    }
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}
