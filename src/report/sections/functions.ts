// What: the share of paragraphs labelled with each union function, per org and per year.
import { FUNCTION_LABELS } from '../../model/items.ts';
import type { FunctionRow } from '../../store/query-functions.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../messages.ts';
import { functionsByOrgChart, functionsByYearChart, yearAnchor } from '../report-charts.ts';
import type { ReportData } from '../report-data.ts';
import type { ReportLinks } from '../report-links.ts';
import { type Cell, type Column, figure, share, table } from '../report-table.ts';

/** A row per org, year or kind: its counts and the share of each function (维权/参与/建设/教育 as they are). */
export function shareColumns(t: Translate, key: string, link: (r: FunctionRow) => Cell): Column<FunctionRow>[] {
  return [
    { title: key, cell: link },
    { title: t('col.documents'), cell: (r) => r.documents, num: true },
    { title: t('col.paragraphs'), cell: (r) => r.paragraphs, num: true },
    ...FUNCTION_LABELS.map((f) => ({ title: f, cell: (r: FunctionRow) => share(r[f]), num: true })),
  ];
}

export async function renderFunctions(data: ReportData, { orgIdOf, orgLink }: ReportLinks): Promise<SafeHtml> {
  const { t } = data;
  return html`<section id="functions"><h2>${t('functions.title')}</h2>
    <p class="note">${t('functions.note')}</p>
    ${await figure(functionsByOrgChart(data, orgIdOf), 'chart-functions-org', t('functions.byOrgCaption'), t('functions.empty'))}
    ${table(
      shareColumns(t, t('col.org'), (r) => orgLink(String(r.org))),
      data.functionsByOrg,
      t('empty.default'),
    )}
    ${await figure(functionsByYearChart(data), 'chart-functions-year', t('functions.byYearCaption'), t('functions.empty'))}
    ${table(
      shareColumns(
        t,
        t('col.year'),
        (r) =>
          html`<a href="#${yearAnchor(r.year as number | string)}">${r.year === 'unknown' ? t('unknown') : r.year}</a>`,
      ),
      data.functionsByYear,
      t('empty.default'),
    )}
  </section>`;
}
