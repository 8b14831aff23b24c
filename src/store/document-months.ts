// document_months (migration 006): each document's activity count per month slot, what `gonghui query
// months` reads. SourceWriter refreshes a document's rows after writing its activities; code that writes
// activities any other way must call refreshDocumentMonths too. If the totals ever disagree with the
// activities table, query months rebuilds the table (see monthCounts).
import type { Db } from './database.ts';

const SLOTS = `SELECT doc_id, coalesce(month, 0), month_inferred, count(*) FROM activities`;

export function documentMonthsRefresher(db: Db): (docId: string) => void {
  const remove = db.prepare('DELETE FROM document_months WHERE doc_id = ?');
  const insert = db.prepare(
    `INSERT INTO document_months (doc_id, month, month_inferred, activities) ${SLOTS} WHERE doc_id = ? GROUP BY 1, 2, 3`,
  );
  return (docId) => {
    remove.run(docId);
    insert.run(docId);
  };
}

export function rebuildDocumentMonths(db: Db): void {
  db.transaction(() => {
    db.exec('DELETE FROM document_months');
    db.exec(`INSERT INTO document_months (doc_id, month, month_inferred, activities) ${SLOTS} GROUP BY 1, 2, 3`);
  })();
}
