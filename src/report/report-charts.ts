// The report's charts as vega-lite specs. Every mark links (href) down to the section listing the documents
// behind it: a month, an org, a year, a kind.
import type { TopLevelSpec } from 'vega-lite';
import { FUNCTION_LABELS } from '../model/items.ts';
import type { MonthKey } from '../store/activity-filter.ts';
import { MONTH_KEYS } from '../store/activity-filter.ts';
import type { FunctionRow } from '../store/query-functions.ts';
import { anchorId } from './html.ts';
import type { ReportData } from './report-data.ts';

export const monthLabel = (m: MonthKey): string => (m === 'unknown' ? 'unknown' : `${m}月`);
export const monthAnchor = (m: MonthKey): string => anchorId('month', m);
export const orgAnchor = (org: { orgId: string | null }): string =>
  org.orgId ? anchorId('org', org.orgId) : 'org-unknown';
export const yearAnchor = (year: number | string | null): string => anchorId('year', year === null ? 'unknown' : year);
export const kindAnchor = (kind: string): string => anchorId('kind', kind);

const MONTH_ORDER = MONTH_KEYS.map(monthLabel);
const FUNCTION_COLORS = { domain: [...FUNCTION_LABELS], range: ['#c0392b', '#2471a3', '#229954', '#b7950b'] };
const KIND_COLORS = { domain: ['plan', 'summary'], range: ['#5b6abf', '#e08e45'] };

export function monthCategoryHeatmap(data: ReportData): TopLevelSpec | null {
  if (data.monthCategories.length === 0) return null;
  const values = data.monthCategories.map((r) => ({
    month: monthLabel(r.month),
    category: r.category,
    activities: r.activities,
    href: `#${monthAnchor(r.month)}`,
  }));
  const encoding = {
    // Every month on the axis, so an empty month shows as a gap rather than vanishing.
    x: {
      field: 'month',
      type: 'ordinal',
      sort: MONTH_ORDER,
      scale: { domain: MONTH_ORDER },
      title: 'month',
      axis: { labelAngle: 0 },
    },
    y: {
      field: 'category',
      type: 'nominal',
      sort: { op: 'sum', field: 'activities', order: 'descending' },
      title: null,
    },
  } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: 'Activities per month and category (stated months; inferred ones under "unknown")',
    data: { values },
    width: { step: 44 },
    height: { step: 24 },
    layer: [
      {
        mark: { type: 'rect', cursor: 'pointer' },
        encoding: {
          ...encoding,
          color: { field: 'activities', type: 'quantitative', scale: { scheme: 'blues' }, title: 'activities' },
          href: { field: 'href', type: 'nominal' },
          tooltip: [{ field: 'month' }, { field: 'category' }, { field: 'activities', type: 'quantitative' }],
        },
      },
      // The count sits on top of the cell, so it carries the link too.
      {
        mark: { type: 'text', fontSize: 10, cursor: 'pointer' },
        encoding: {
          ...encoding,
          text: { field: 'activities', type: 'quantitative' },
          href: { field: 'href', type: 'nominal' },
        },
      },
    ],
  } as TopLevelSpec;
}

export function monthsByKindChart(data: ReportData): TopLevelSpec | null {
  const values = data.monthsByKind
    .filter((r) => r.activities > 0)
    .map((r) => ({
      month: monthLabel(r.month),
      kind: r.kind,
      activities: r.activities,
      documents: r.documents,
      href: `#${monthAnchor(r.month)}`,
    }));
  if (values.length === 0) return null;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: 'Activities per month: plans against summaries',
    data: { values },
    width: { step: 40 },
    height: 180,
    mark: { type: 'bar', cursor: 'pointer' },
    encoding: {
      x: { field: 'month', type: 'ordinal', sort: MONTH_ORDER, title: 'month', axis: { labelAngle: 0 } },
      xOffset: { field: 'kind', type: 'nominal', sort: ['plan', 'summary'] },
      y: { field: 'activities', type: 'quantitative', title: 'activities' },
      color: { field: 'kind', type: 'nominal', scale: KIND_COLORS, title: 'kind' },
      href: { field: 'href', type: 'nominal' },
      tooltip: [
        { field: 'kind' },
        { field: 'month' },
        { field: 'activities', type: 'quantitative' },
        { field: 'documents', type: 'quantitative' },
      ],
    },
  } as TopLevelSpec;
}

/** Rows with at least one labelled paragraph: before the classifier has run, a chart would be empty bars. */
const labelled = (rows: FunctionRow[]) =>
  rows.filter((r) => r.paragraphs > 0 && FUNCTION_LABELS.some((f) => (r[f] as number) > 0));

function shareValues(rows: FunctionRow[], key: string, href: (row: FunctionRow) => string) {
  return rows.flatMap((r) =>
    FUNCTION_LABELS.map((f) => ({
      group: String(r[key]),
      function: f,
      share: r[f] as number,
      paragraphs: r.paragraphs,
      href: href(r),
    })),
  );
}

/** Horizontal grouped bars: Chinese names stay readable on the y axis. */
function sharesChart(
  title: string,
  values: ReturnType<typeof shareValues>,
  groupTitle: string,
  sort: string[] | null,
): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    data: { values },
    width: 420,
    height: { step: 9 },
    mark: { type: 'bar', cursor: 'pointer' },
    encoding: {
      y: { field: 'group', type: 'nominal', sort, title: groupTitle },
      yOffset: { field: 'function', type: 'nominal', sort: [...FUNCTION_LABELS] },
      x: {
        field: 'share',
        type: 'quantitative',
        title: 'share of paragraphs',
        axis: { format: '%' },
        scale: { domain: [0, 1] },
      },
      color: { field: 'function', type: 'nominal', scale: FUNCTION_COLORS, title: 'function' },
      href: { field: 'href', type: 'nominal' },
      tooltip: [
        { field: 'group', title: groupTitle },
        { field: 'function' },
        { field: 'share', type: 'quantitative', format: '.1%' },
        { field: 'paragraphs', type: 'quantitative' },
      ],
    },
  } as TopLevelSpec;
}

export function functionsByOrgChart(
  data: ReportData,
  orgIdOf: (name: string) => string | null,
  limit = 15,
): TopLevelSpec | null {
  const rows = labelled(data.functionsByOrg).slice(0, limit);
  if (rows.length === 0) return null;
  const values = shareValues(rows, 'org', (r) => `#${orgAnchor({ orgId: orgIdOf(String(r.org)) })}`);
  return sharesChart(
    `Function shares per org${data.functionsByOrg.length > limit ? ` (the ${limit} with most paragraphs)` : ''}`,
    values,
    'org',
    rows.map((r) => String(r.org)),
  );
}

export function functionsByYearChart(data: ReportData): TopLevelSpec | null {
  const rows = labelled(data.functionsByYear);
  if (rows.length === 0) return null;
  const values = shareValues(rows, 'year', (r) => `#${yearAnchor(r.year as number | string)}`);
  return sharesChart(
    'Function shares per year',
    values,
    'year',
    rows.map((r) => String(r.year)),
  );
}

export function functionsByKindChart(data: ReportData): TopLevelSpec | null {
  const rows = labelled(data.functionsByKind);
  if (rows.length === 0) return null;
  const values = shareValues(rows, 'kind', (r) => `#${kindAnchor(String(r.kind))}`);
  return sharesChart(
    'Function shares: plans, summaries, other',
    values,
    'kind',
    rows.map((r) => String(r.kind)),
  );
}
