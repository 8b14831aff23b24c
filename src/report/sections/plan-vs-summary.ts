// Plans against summaries: what plans schedule against what summaries report.
import { html, type SafeHtml } from '../html.ts';
import { functionsByKindChart, kindAnchor, monthsByKindChart } from '../report-charts.ts';
import type { ReportData } from '../report-data.ts';
import { figure, table } from '../report-table.ts';
import { shareColumns } from './functions.ts';

export async function renderPlanVsSummary(data: ReportData): Promise<SafeHtml> {
  return html`<section id="plan-vs-summary"><h2>Plans against summaries</h2>
    ${await figure(monthsByKindChart(data), 'chart-months-kind', 'What plans schedule against what summaries report, month by month.', 'No dated activities in plans or summaries yet.')}
    ${await figure(functionsByKindChart(data), 'chart-functions-kind', 'Function shares by kind of document.', 'No labelled paragraphs yet.')}
    ${table(
      shareColumns('kind', (r) => html`<a href="#${kindAnchor(String(r.kind))}">${r.kind}</a>`),
      data.functionsByKind,
    )}
  </section>`;
}
