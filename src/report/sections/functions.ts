// What: the share of paragraphs labelled with each union function, per org and per year.
import { FUNCTION_LABELS } from '../../model/items.ts';
import type { FunctionRow } from '../../store/query-functions.ts';
import { html, type SafeHtml } from '../html.ts';
import { functionsByOrgChart, functionsByYearChart, yearAnchor } from '../report-charts.ts';
import type { ReportData } from '../report-data.ts';
import type { ReportLinks } from '../report-links.ts';
import { type Cell, type Column, figure, share, table } from '../report-table.ts';

/** A row per org, year or kind: its counts and the share of each function. */
export function shareColumns(key: string, link: (r: FunctionRow) => Cell): Column<FunctionRow>[] {
  return [
    { title: key, cell: link },
    { title: 'documents', cell: (r) => r.documents, num: true },
    { title: 'paragraphs', cell: (r) => r.paragraphs, num: true },
    ...FUNCTION_LABELS.map((f) => ({ title: f, cell: (r: FunctionRow) => share(r[f]), num: true })),
  ];
}

export async function renderFunctions(data: ReportData, { orgIdOf, orgLink }: ReportLinks): Promise<SafeHtml> {
  return html`<section id="functions"><h2>What: union functions</h2>
    <p class="note">Share of paragraphs labelled with each function (a paragraph may carry several). Click a bar to see the documents.</p>
    ${await figure(functionsByOrgChart(data, orgIdOf), 'chart-functions-org', 'Per org; “anonymised” gathers placeholder names such as xx小学.', 'No labelled paragraphs yet.')}
    ${table(
      shareColumns('org', (r) => orgLink(String(r.org))),
      data.functionsByOrg,
    )}
    ${await figure(functionsByYearChart(data), 'chart-functions-year', 'Per year the document states.', 'No labelled paragraphs yet.')}
    ${table(
      shareColumns('year', (r) => html`<a href="#${yearAnchor(r.year as number | string)}">${r.year}</a>`),
      data.functionsByYear,
    )}
  </section>`;
}
