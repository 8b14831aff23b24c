// When: activities by month, as a month × category heatmap and a table.
import { html, type SafeHtml } from '../html.ts';
import { monthAnchor, monthCategoryHeatmap, monthLabel } from '../report-charts.ts';
import type { ReportData } from '../report-data.ts';
import { figure, table } from '../report-table.ts';

export async function renderMonths(data: ReportData): Promise<SafeHtml> {
  return html`<section id="heatmap"><h2>When: activities by month</h2>
    ${await figure(monthCategoryHeatmap(data), 'chart-heatmap', 'Click a cell to see the activities of that month and their documents.', 'No dated activities yet.')}
    ${table(
      [
        { title: 'month', cell: (r) => html`<a href="#${monthAnchor(r.month)}">${monthLabel(r.month)}</a>` },
        { title: 'activities', cell: (r) => r.activities, num: true },
        { title: 'documents', cell: (r) => r.documents, num: true },
      ],
      data.months,
    )}
    <p class="note">Near-duplicate and off-topic documents are not counted. A span such as 七、八月份 counts in its first month. Same figures: <code>gonghui query months</code>.</p>
  </section>`;
}
