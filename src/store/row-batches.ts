// Many rows in few statements: INSERT … VALUES (?, …), (?, …) … with every value bound (never text put into the
// SQL). Each statement run has a fixed cost in SQLite and better-sqlite3 (bind, step, reset, the statement
// journal); on the single writer thread, which bounds how far more cores help (issue 18), a document's ≈20
// paragraph rows, ≈15 provenance notes and ≈20 near-duplicate pairs cost several times that fixed cost one by one.
import type Database from 'better-sqlite3';
import type { Db } from './database.ts';

/** Rows per statement at most: well under SQLite's limit of bound parameters for any table here. */
const ROWS_PER_STATEMENT = 32;

export class RowBatcher {
  private readonly statements = new Map<number, Database.Statement>();
  private pending: unknown[] = [];
  private rows = 0;
  private firstWritten: number | null = null;

  /**
   * @param head `INSERT INTO t (a, b, c)`; @param columns the number of values per row; @param tail what follows
   * the VALUES list (an upsert clause), the same for every row.
   */
  constructor(
    private readonly db: Db,
    private readonly head: string,
    private readonly columns: number,
    private readonly tail = '',
  ) {}

  private statement(rows: number): Database.Statement {
    let st = this.statements.get(rows);
    if (!st) {
      const row = `(${Array.from({ length: this.columns }, () => '?').join(', ')})`;
      st = this.db.prepare(`${this.head} VALUES ${Array.from({ length: rows }, () => row).join(', ')} ${this.tail}`);
      this.statements.set(rows, st);
    }
    return st;
  }

  /** Queues one row (its values in column order); a full statement's worth is written at once. */
  add(...values: unknown[]): void {
    this.pending.push(...values);
    if (++this.rows === ROWS_PER_STATEMENT) this.flush();
  }

  /** Writes the queued rows. */
  flush(): void {
    if (this.rows === 0) return;
    const values = this.pending;
    const rows = this.rows;
    // Cleared first: a failed statement leaves nothing queued for the next transaction.
    this.pending = [];
    this.rows = 0;
    const info = this.statement(rows).run(values);
    // One statement's rows get consecutive rowids (each the largest so far plus one).
    this.firstWritten ??= Number(info.lastInsertRowid) - rows + 1;
  }

  /** The rowid of the first row written since the last call (rowid tables only), or null. */
  takeFirstWritten(): number | null {
    const first = this.firstWritten;
    this.firstWritten = null;
    return first;
  }
}
