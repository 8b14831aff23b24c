// Corpus counts for `gonghui stats`.
import type { Db } from './database.ts';
import { DATED_MONTH_SQL } from './month-basis.ts';

export interface StatRow {
  metric: string;
  value: number;
}

export function corpusStats(db: Db): StatRow[] {
  const one = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
  const rows: StatRow[] = [
    { metric: 'sources', value: one('SELECT count(*) FROM sources') },
    { metric: 'sources ok', value: one("SELECT count(*) FROM sources WHERE status = 'ok'") },
    { metric: 'sources with errors', value: one("SELECT count(*) FROM sources WHERE status = 'error'") },
    { metric: 'documents', value: one('SELECT count(*) FROM documents') },
  ];
  for (const kind of ['plan', 'summary', 'other']) {
    rows.push({ metric: `documents: ${kind}`, value: one(`SELECT count(*) FROM documents WHERE kind = '${kind}'`) });
  }
  rows.push(
    { metric: 'documents off topic', value: one('SELECT count(*) FROM documents WHERE on_topic = 0') },
    { metric: 'documents duplicate', value: one('SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL') },
    { metric: 'paragraphs', value: one('SELECT count(*) FROM paragraphs') },
    { metric: 'paragraphs labelled', value: one("SELECT count(*) FROM paragraphs WHERE labels <> '[]'") },
    { metric: 'activities', value: one('SELECT count(*) FROM activities') },
    { metric: 'activities with month', value: one('SELECT count(*) FROM activities WHERE month IS NOT NULL') },
    // The same "dated" as `query months` without --include-inferred: stated or festival months.
    { metric: 'activities dated', value: one(`SELECT count(*) FROM activities a WHERE ${DATED_MONTH_SQL}`) },
    { metric: 'notes', value: one('SELECT count(*) FROM notes') },
    { metric: 'errors', value: one('SELECT count(*) FROM errors') },
  );
  return rows;
}

export interface ErrorRow {
  source: string;
  stage: string;
  message: string;
  at: string;
}

export function listErrors(db: Db): ErrorRow[] {
  return db.prepare('SELECT source, stage, message, at FROM errors ORDER BY id').all() as ErrorRow[];
}
