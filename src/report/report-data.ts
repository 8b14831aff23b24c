// Everything the report shows, read from the database through the store's queries.
import type { ChecklistItem } from '../store/checklist.ts';
import { type Comparison, compareOrgs } from '../store/compare.ts';
import type { Db } from '../store/database.ts';
import type { DocumentFilter } from '../store/document-filter.ts';
import { type MonthCategoryRow, monthCategoryCounts } from '../store/query-categories.ts';
import { type FunctionRow, functionShares } from '../store/query-functions.ts';
import { type MonthRow, monthCounts } from '../store/query-months.ts';
import {
  documentsByYear,
  type MonthActivities,
  orgsByActivities,
  readMonthActivities,
  readReportDocuments,
  type ReportDocument,
  type ScopeCounts,
  scopeCounts,
  type YearRow,
} from '../store/report-queries.ts';
import { type SimilarityCluster, similarityClusters } from '../store/similarity-clusters.ts';
import { corpusStats, type ErrorRow, listErrors, type StatRow } from '../store/stats.ts';
import { messagesFor, type ReportLang, type Translate } from './messages.ts';

export interface ReportOptions {
  /** Exact org names (resolved); the report covers only their documents. */
  orgs?: string[];
  checklist: ChecklistItem[];
  /** Pairs at or above this similarity join a template cluster. */
  similarity: number;
  /** Orgs compared side by side when --org is not given: the ones with most activities (orgsByActivities). */
  compareTop: number;
  /** Activities listed under each month before "… and N more". */
  activitiesPerMonth: number;
  includeText: boolean;
  /** Only the documents that state this year (documents.year). */
  year?: number;
  /** Inferred months count in their month rather than under "unknown" (the month rule of query months). */
  includeInferred?: boolean;
  lang?: ReportLang;
  /** The set of pages the report is written as: the overview (all years) and one page per year. */
  pages?: ReportPages;
}

export interface ReportPages {
  all: string;
  years: Array<{ year: number; href: string }>;
}

export type { MonthActivity, ReportDocument } from '../store/report-queries.ts';

export interface ReportData {
  generatedAt: string;
  lang: ReportLang;
  t: Translate;
  scope: string[] | null;
  year: number | null;
  includeInferred: boolean;
  pages: ReportPages | null;
  counts: ScopeCounts;
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
  const counted: DocumentFilter = { orgs: options.orgs, year: options.year };
  const includeInferred = options.includeInferred ?? false;
  const lang = options.lang ?? 'zh-CN';
  const compared = options.orgs ?? orgsByActivities(db, counted, options.compareTop);
  // The report's schools' documents, off-topic ones left out as everywhere else; near-duplicates are what
  // clusters are made of. A year's page filters the clusters below, so a copy of last year's plan shows.
  const clusters = similarityClusters(db, options.similarity, { orgs: options.orgs, includeDuplicates: true });
  return {
    generatedAt: new Date().toISOString(),
    lang,
    t: messagesFor(lang),
    scope: options.orgs ?? null,
    year: options.year ?? null,
    includeInferred,
    pages: options.pages ?? null,
    counts: scopeCounts(db, counted),
    stats: corpusStats(db),
    errors: listErrors(db),
    years: documentsByYear(db, counted),
    months: monthCounts(db, { ...counted, includeInferred }),
    monthCategories: monthCategoryCounts(db, { ...counted, includeInferred }),
    monthsByKind: (['plan', 'summary'] as const).flatMap((kind) =>
      monthCounts(db, { ...counted, kind, includeInferred }).map((r) => ({ ...r, kind })),
    ),
    functionsByOrg: functionShares(db, { ...counted, by: 'org' }),
    functionsByYear: functionShares(db, { ...counted, by: 'year' }),
    functionsByKind: functionShares(db, { ...counted, by: 'kind' }),
    comparison: compared.length
      ? compareOrgs(db, compared, { checklist: options.checklist, year: options.year, includeInferred })
      : null,
    // A year's page shows the clusters that hold a document of that year.
    clusters:
      options.year === undefined ? clusters : clusters.filter((c) => c.members.some((m) => m.year === options.year)),
    // Every document in scope is listed, duplicates too, so every link in the report has a target.
    documents: readReportDocuments(
      db,
      { ...counted, includeDuplicates: true, includeOffTopic: true },
      options.includeText,
    ),
    monthActivities: readMonthActivities(db, counted, options.activitiesPerMonth, includeInferred),
  };
}
