// Which documents a query counts. By default near-duplicates (documents.duplicate_of set) and off-topic
// documents are left out: a web template copied into ten schools' plans must not count ten times.
// The SQL is assembled from fixed fragments only; every value is a bound parameter.
import type { DocumentKind } from '../model/items.ts';

export interface DocumentFilter {
  /** The year the document states (documents.year), not the year of each activity. */
  year?: number;
  kind?: DocumentKind;
  /** Exact org names (resolve user input with resolveOrgs first). */
  orgs?: string[];
  /** Also (with orgs) or only (without) the documents whose org name is an anonymised placeholder. */
  anonymisedOrgs?: boolean;
  includeDuplicates?: boolean;
  includeOffTopic?: boolean;
}

export interface SqlCondition {
  /** A boolean SQL expression over the documents table aliased `d`. */
  sql: string;
  params: Record<string, unknown>;
}

export function documentCondition(filter: DocumentFilter): SqlCondition {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (!filter.includeDuplicates) parts.push('d.duplicate_of IS NULL');
  if (!filter.includeOffTopic) parts.push('d.on_topic = 1');
  if (filter.year !== undefined) {
    parts.push('d.year = @docYear');
    params.docYear = filter.year;
  }
  if (filter.kind !== undefined) {
    parts.push('d.kind = @docKind');
    params.docKind = filter.kind;
  }
  if (filter.orgs !== undefined || filter.anonymisedOrgs) {
    parts.push(
      `d.org IN (SELECT value FROM json_each(@docOrgs))${filter.anonymisedOrgs ? ' OR d.org_anonymised = 1' : ''}`,
    );
    params.docOrgs = JSON.stringify(filter.orgs ?? []);
  }
  return { sql: parts.length ? parts.map((p) => `(${p})`).join(' AND ') : '1', params };
}

/** True when the filter keeps every document (then no document condition needs checking at all). */
export function keepsEveryDocument(filter: DocumentFilter): boolean {
  return (
    Boolean(filter.includeDuplicates && filter.includeOffTopic) &&
    filter.year === undefined &&
    filter.kind === undefined &&
    filter.orgs === undefined &&
    !filter.anonymisedOrgs
  );
}
