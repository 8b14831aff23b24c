// Plans against summaries: what plans schedule against what summaries report.
import { html, type SafeHtml } from '../html.ts';
import { translateName } from '../messages.ts';
import { functionsByKindChart, kindAnchor, monthsByKindChart } from '../report-charts.ts';
import type { ReportData } from '../report-data.ts';
import { figure, table } from '../report-table.ts';
import { shareColumns } from './functions.ts';

export async function renderPlanVsSummary(data: ReportData): Promise<SafeHtml> {
  const { t } = data;
  return html`<section id="plan-vs-summary"><h2>${t('pvs.title')}</h2>
    ${await figure(monthsByKindChart(data), 'chart-months-kind', t('pvs.caption'), t('pvs.empty'))}
    ${await figure(functionsByKindChart(data), 'chart-functions-kind', t('pvs.byKindCaption'), t('functions.empty'))}
    ${table(
      shareColumns(
        t,
        t('col.kind'),
        (r) => html`<a href="#${kindAnchor(String(r.kind))}">${translateName(t, 'kind', String(r.kind))}</a>`,
      ),
      data.functionsByKind,
      t('empty.default'),
    )}
  </section>`;
}
