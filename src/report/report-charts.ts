// The report's charts as vega-lite specs. Every mark links (href) down to the section listing the documents
// behind it: a month, an org, a year, a kind.
import type { TopLevelSpec } from 'vega-lite';
import { FUNCTION_LABELS } from '../model/items.ts';
import type { MonthKey } from '../store/activity-filter.ts';
import { MONTH_KEYS } from '../store/activity-filter.ts';
import type { FunctionRow } from '../store/query-functions.ts';
import { anchorId } from './html.ts';
import { type Translate, translateName } from './messages.ts';
import type { ReportData } from './report-data.ts';

export const monthLabel = (t: Translate, m: MonthKey): string =>
  m === 'unknown' ? t('month.unknown') : t('month.n', { month: m });
export const monthAnchor = (m: MonthKey): string => anchorId('month', m);
export const orgAnchor = (org: { orgId: string | null }): string =>
  org.orgId ? anchorId('org', org.orgId) : 'org-unknown';
export const yearAnchor = (year: number | string | null): string => anchorId('year', year === null ? 'unknown' : year);
export const kindAnchor = (kind: string): string => anchorId('kind', kind);

const monthOrder = (t: Translate) => MONTH_KEYS.map((m) => monthLabel(t, m));
/** The month axis: every month in order ("unknown" last), so an empty month shows as a gap, not vanishing. */
const monthAxis = (t: Translate) => {
  const order = monthOrder(t);
  return {
    field: 'month',
    type: 'ordinal',
    sort: order,
    scale: { domain: order },
    title: t('chart.month'),
    axis: { labelAngle: 0 },
  } as const;
};
const FUNCTION_COLORS = { domain: [...FUNCTION_LABELS], range: ['#c0392b', '#2471a3', '#229954', '#b7950b'] };
const kindColors = (t: Translate) => ({ domain: [t('kind.plan'), t('kind.summary')], range: ['#5b6abf', '#e08e45'] });
// Legends below the plot: a legend on the right adds its width to a chart that must fit a phone's screen.
const LEGEND = { orient: 'bottom', direction: 'horizontal' } as const;

export function monthCategoryHeatmap(data: ReportData): TopLevelSpec | null {
  const { t } = data;
  if (data.monthCategories.length === 0) return null;
  const values = data.monthCategories.map((r) => ({
    month: monthLabel(t, r.month),
    category: r.category,
    activities: r.activities,
    href: `#${monthAnchor(r.month)}`,
  }));
  const encoding = {
    x: monthAxis(t),
    y: {
      field: 'category',
      type: 'nominal',
      sort: { op: 'sum', field: 'activities', order: 'descending' },
      title: null,
    },
  } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: t('months.chartTitle'),
    data: { values },
    width: { step: 36 },
    height: { step: 24 },
    layer: [
      {
        mark: { type: 'rect', cursor: 'pointer' },
        encoding: {
          ...encoding,
          color: {
            field: 'activities',
            type: 'quantitative',
            scale: { scheme: 'blues' },
            title: t('chart.activities'),
            legend: LEGEND,
          },
          href: { field: 'href', type: 'nominal' },
          tooltip: [
            { field: 'month', title: t('chart.month') },
            { field: 'category', title: t('chart.category') },
            { field: 'activities', type: 'quantitative', title: t('chart.activities') },
          ],
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
  const { t } = data;
  const kinds = [t('kind.plan'), t('kind.summary')];
  const values = data.monthsByKind
    .filter((r) => r.activities > 0)
    .map((r) => ({
      month: monthLabel(t, r.month),
      kind: translateName(t, 'kind', r.kind),
      activities: r.activities,
      documents: r.documents,
      href: `#${monthAnchor(r.month)}`,
    }));
  if (values.length === 0) return null;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: t('pvs.chartTitle'),
    data: { values },
    // A fixed width for the thirteen month slots (every month on the axis, "unknown" last), not a step per
    // bar: with two bars a month a step width made the chart wider than the page.
    width: 520,
    height: 180,
    mark: { type: 'bar', cursor: 'pointer' },
    encoding: {
      x: monthAxis(t),
      xOffset: { field: 'kind', type: 'nominal', sort: kinds },
      y: { field: 'activities', type: 'quantitative', title: t('chart.activities') },
      color: { field: 'kind', type: 'nominal', scale: kindColors(t), title: t('chart.kind'), legend: LEGEND },
      href: { field: 'href', type: 'nominal' },
      tooltip: [
        { field: 'kind', title: t('chart.kind') },
        { field: 'month', title: t('chart.month') },
        { field: 'activities', type: 'quantitative', title: t('chart.activities') },
        { field: 'documents', type: 'quantitative', title: t('chart.documents') },
      ],
    },
  } as TopLevelSpec;
}

/** Rows with at least one labelled paragraph: before the classifier has run, a chart would be empty bars. */
const labelled = (rows: FunctionRow[]) =>
  rows.filter((r) => r.paragraphs > 0 && FUNCTION_LABELS.some((f) => (r[f] as number) > 0));

function shareValues(
  rows: FunctionRow[],
  key: string,
  href: (row: FunctionRow) => string,
  name: (key: string) => string = String,
) {
  return rows.flatMap((r) =>
    FUNCTION_LABELS.map((f) => ({
      group: name(String(r[key])),
      function: f,
      share: r[f] as number,
      paragraphs: r.paragraphs,
      href: href(r),
    })),
  );
}

/** Horizontal grouped bars: Chinese names stay readable on the y axis. */
function sharesChart(
  t: Translate,
  title: string,
  values: ReturnType<typeof shareValues>,
  groupTitle: string,
  sort: string[] | null,
): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    data: { values },
    width: 360,
    height: { step: 9 },
    mark: { type: 'bar', cursor: 'pointer' },
    encoding: {
      y: { field: 'group', type: 'nominal', sort, title: groupTitle },
      yOffset: { field: 'function', type: 'nominal', sort: [...FUNCTION_LABELS] },
      x: {
        field: 'share',
        type: 'quantitative',
        title: t('chart.share'),
        axis: { format: '%' },
        scale: { domain: [0, 1] },
      },
      color: { field: 'function', type: 'nominal', scale: FUNCTION_COLORS, title: t('chart.function'), legend: LEGEND },
      href: { field: 'href', type: 'nominal' },
      tooltip: [
        { field: 'group', title: groupTitle },
        { field: 'function', title: t('chart.function') },
        { field: 'share', type: 'quantitative', format: '.1%', title: t('chart.share') },
        { field: 'paragraphs', type: 'quantitative', title: t('chart.paragraphs') },
      ],
    },
  } as TopLevelSpec;
}

export function functionsByOrgChart(
  data: ReportData,
  orgIdOf: (name: string) => string | null,
  limit = 15,
): TopLevelSpec | null {
  const { t } = data;
  const rows = labelled(data.functionsByOrg).slice(0, limit);
  if (rows.length === 0) return null;
  const name = (org: string) => translateName(t, 'group', org);
  const values = shareValues(rows, 'org', (r) => `#${orgAnchor({ orgId: orgIdOf(String(r.org)) })}`, name);
  return sharesChart(
    t,
    data.functionsByOrg.length > limit ? t('functions.byOrgTop', { limit }) : t('functions.byOrgTitle'),
    values,
    t('chart.org'),
    rows.map((r) => name(String(r.org))),
  );
}

export function functionsByYearChart(data: ReportData): TopLevelSpec | null {
  const rows = labelled(data.functionsByYear);
  if (rows.length === 0) return null;
  const { t } = data;
  const name = (y: string) => (y === 'unknown' ? t('unknown') : y);
  const values = shareValues(rows, 'year', (r) => `#${yearAnchor(r.year as number | string)}`, name);
  return sharesChart(
    t,
    t('functions.byYearTitle'),
    values,
    t('chart.year'),
    rows.map((r) => name(String(r.year))),
  );
}

export function functionsByKindChart(data: ReportData): TopLevelSpec | null {
  const rows = labelled(data.functionsByKind);
  if (rows.length === 0) return null;
  const { t } = data;
  const name = (k: string) => translateName(t, 'kind', k);
  const values = shareValues(rows, 'kind', (r) => `#${kindAnchor(String(r.kind))}`, name);
  return sharesChart(
    t,
    t('functions.byKindTitle'),
    values,
    t('chart.kind'),
    rows.map((r) => name(String(r.kind))),
  );
}
