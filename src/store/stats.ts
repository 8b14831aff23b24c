// Corpus counts for `gonghui stats`.
import { MONTH_BASES, type MonthBasisGroup, monthBasisSql } from './activity-filter.ts';
import type { Db } from './database.ts';

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
    ...activityMonthBasis(db),
    { metric: 'notes', value: one('SELECT count(*) FROM notes') },
    { metric: 'errors', value: one('SELECT count(*) FROM errors') },
  );
  return rows;
}

// The words `query months` uses: stated and festival months count in their month; inferred ones (a term's
// week, a blanked schedule's order) count under "unknown" unless --include-inferred; undated ones always.
const BASIS_METRIC: Record<MonthBasisGroup, string> = {
  stated: 'activities: month stated',
  festival: 'activities: month from a festival',
  inferred: 'activities: month inferred (week, order)',
  undated: 'activities: undated',
};

function activityMonthBasis(db: Db): StatRow[] {
  const counts = new Map(
    (
      db.prepare(`SELECT ${monthBasisSql('a')} AS grp, count(*) AS n FROM activities a GROUP BY grp`).all() as Array<{
        grp: MonthBasisGroup;
        n: number;
      }>
    ).map((r) => [r.grp, r.n]),
  );
  return MONTH_BASES.map((b) => ({ metric: BASIS_METRIC[b], value: counts.get(b) ?? 0 }));
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
