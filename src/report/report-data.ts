// Everything the report shows, read from the database through the store's queries.
import type { ChecklistItem } from '../store/checklist.ts';
import { type Comparison, compareOrgs } from '../store/compare.ts';
import type { Db } from '../store/database.ts';
import type { DocumentFilter } from '../store/document-filter.ts';
import { listOrgs } from '../store/orgs.ts';
import { type MonthCategoryRow, monthCategoryCounts } from '../store/query-categories.ts';
import { type FunctionRow, functionShares } from '../store/query-functions.ts';
import { type MonthRow, monthCounts } from '../store/query-months.ts';
import {
  documentsByYear,
  type MonthActivities,
  readMonthActivities,
  readReportDocuments,
  type ReportDocument,
  type YearRow,
} from '../store/report-queries.ts';
import { type SimilarityCluster, similarityClusters } from '../store/similarity-clusters.ts';
import { corpusStats, type ErrorRow, listErrors, type StatRow } from '../store/stats.ts';

export interface ReportOptions {
  /** Exact org names (resolved); the report covers only their documents. */
  orgs?: string[];
  checklist: ChecklistItem[];
  /** Pairs at or above this similarity join a template cluster. */
  similarity: number;
  /** Orgs compared side by side when --org is not given: the ones with most documents. */
  compareTop: number;
  /** Activities listed under each month before "… and N more". */
  activitiesPerMonth: number;
  includeText: boolean;
}

export type { MonthActivity, ReportDocument } from '../store/report-queries.ts';

export interface ReportData {
  generatedAt: string;
  scope: string[] | null;
  stats: StatRow[];
  errors: ErrorRow[];
  years: YearRow[];
  months: MonthRow[];
  monthCategories: MonthCategoryRow[];
  monthsByKind: Array<MonthRow & { kind: string }>;
  functionsByOrg: FunctionRow[];
  functionsByYear: FunctionRow[];
  functionsByKind: FunctionRow[];
  comparison: Comparison | null;
  clusters: SimilarityCluster[];
  documents: ReportDocument[];
  monthActivities: MonthActivities;
}

export function gatherReport(db: Db, options: ReportOptions): ReportData {
  const counted: DocumentFilter = { orgs: options.orgs };
  const compared =
    options.orgs ??
    listOrgs(db)
      .slice(0, options.compareTop)
      .map((o) => o.org);
  return {
    generatedAt: new Date().toISOString(),
    scope: options.orgs ?? null,
    stats: corpusStats(db),
    errors: listErrors(db),
    years: documentsByYear(db, counted),
    months: monthCounts(db, counted),
    monthCategories: monthCategoryCounts(db, counted),
    monthsByKind: (['plan', 'summary'] as const).flatMap((kind) =>
      monthCounts(db, { ...counted, kind }).map((r) => ({ ...r, kind })),
    ),
    functionsByOrg: functionShares(db, { ...counted, by: 'org' }),
    functionsByYear: functionShares(db, { ...counted, by: 'year' }),
    functionsByKind: functionShares(db, { ...counted, by: 'kind' }),
    comparison: compared.length ? compareOrgs(db, compared, { checklist: options.checklist }) : null,
    clusters: similarityClusters(db, options.similarity),
    // Every document in scope is listed, duplicates too, so every link in the report has a target.
    documents: readReportDocuments(
      db,
      { orgs: options.orgs, includeDuplicates: true, includeOffTopic: true },
      options.includeText,
    ),
    monthActivities: readMonthActivities(db, counted, options.activitiesPerMonth),
  };
}
