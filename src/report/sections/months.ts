// When: activities by month, as a month × category heatmap and a table, and what "unknown" means.
import { html, type SafeHtml } from '../html.ts';
import { monthAnchor, monthCategoryHeatmap, monthLabel } from '../report-charts.ts';
import type { ReportData } from '../report-data.ts';
import { figure, table } from '../report-table.ts';

export async function renderMonths(data: ReportData): Promise<SafeHtml> {
  const { t } = data;
  return html`<section id="heatmap"><h2>${t('months.title')}</h2>
    ${await figure(monthCategoryHeatmap(data), 'chart-heatmap', t('months.caption'), t('months.empty'))}
    ${table(
      [
        {
          title: t('col.month'),
          cell: (r) => html`<a href="#${monthAnchor(r.month)}">${monthLabel(t, r.month)}</a>`,
          nowrap: true,
        },
        { title: t('col.activities'), cell: (r) => r.activities, num: true },
        { title: t('col.documents'), cell: (r) => r.documents, num: true },
      ],
      data.months,
      t('empty.default'),
    )}
    <p class="note" id="unknown-month">${t('months.unknownNote')} ${data.includeInferred ? t('months.inferredIncluded') : t('months.inferredDefault')}</p>
    <p class="note">${t('months.rules')} <code>gonghui query months${data.year !== null ? ` --year ${data.year}` : ''}${data.includeInferred ? ' --include-inferred' : ''}</code></p>
  </section>`;
}
