// The report page: one self-contained HTML file (inline CSS and SVG, no script, no request of any kind;
// a Content-Security-Policy says so to the browser). Every figure and table links down to the documents.
// Every word on it comes from the message table of the report's language (messages.ts).
import { GENERATOR_META } from './generator.ts';
import { html, type SafeHtml, trusted } from './html.ts';
import { readableTime } from './messages.ts';
import type { ReportData } from './report-data.ts';
import { reportLinks } from './report-links.ts';
import { renderActivityLists } from './sections/activity-lists.ts';
import { renderClusters } from './sections/clusters.ts';
import { renderComparison } from './sections/comparison.ts';
import { renderDocumentIndex } from './sections/document-index.ts';
import { renderDocuments } from './sections/documents.ts';
import { renderFunctions } from './sections/functions.ts';
import { renderMonths } from './sections/months.ts';
import { renderOverview } from './sections/overview.ts';
import { renderPlanVsSummary } from './sections/plan-vs-summary.ts';
import { REPORT_CSS } from './style.ts';

/** The links between the pages of the report: the overview (all years) and one page per year. */
function yearNav(data: ReportData): SafeHtml | string {
  const { t, pages, year } = data;
  if (!pages || pages.years.length === 0) return '';
  const link = (href: string, label: string, current: boolean) =>
    current ? html`<strong aria-current="page">${label}</strong>` : html`<a href="${href}">${label}</a>`;
  return html`<nav class="years" id="year-pages"><span>${t('years.pages')}</span>
${link(pages.all, t('years.all'), year === null)}${pages.years.map((p) => link(p.href, t('scope.year', { year: p.year }), p.year === year))}</nav>`;
}

/** The page: a header with the navigation, then the sections in this order (one renderer each, in sections/). */
export async function renderReport(data: ReportData): Promise<string> {
  const { t } = data;
  const links = reportLinks(data);
  const overview = renderOverview(data);
  const months = await renderMonths(data);
  const functions = await renderFunctions(data, links);
  const planVsSummary = await renderPlanVsSummary(data);
  const comparison = renderComparison(data, links);
  const clusters = renderClusters(data, links);
  const monthLists = renderActivityLists(data, links);
  const index = renderDocumentIndex(data, links);
  const documents = renderDocuments(data, links);

  const nav = [
    ['overview', t('nav.overview')],
    ['heatmap', t('nav.heatmap')],
    ['functions', t('nav.functions')],
    ['plan-vs-summary', t('nav.planVsSummary')],
    ['comparison', t('nav.comparison')],
    ['clusters', t('nav.clusters')],
    ['months', t('nav.months')],
    ['orgs', t('nav.orgs')],
    ['years', t('nav.years')],
    ['documents', t('nav.documents')],
  ];
  const scope = [
    ...(data.scope ? [t('scope.orgs', { orgs: data.scope.join('、') })] : []),
    ...(data.year !== null ? [t('scope.year', { year: data.year })] : []),
  ];
  // The intro's {generatedAt} becomes a <time> element: readable text, the ISO instant for machines.
  const [introBefore = '', introAfter = ''] = t('intro').split('{generatedAt}');
  const title = `${t('title')}${scope.length ? ` — ${scope.join(' · ')}` : ''}`;
  const page = html`<!doctype html>
<html lang="${data.lang}"><head><meta charset="utf-8">
${trusted(GENERATOR_META)}
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trusted(REPORT_CSS)}</style></head>
<body><header><h1>${title}</h1>
<p>${introBefore}<time datetime="${data.generatedAt}">${readableTime(t, data.lang, data.generatedAt)}</time>${introAfter}</p>
${yearNav(data)}
<nav>${nav.map(([id, label]) => html`<a href="#${id!}">${label!}</a>`)}</nav></header>
<main>${overview}${months}${functions}${planVsSummary}${comparison}${clusters}${monthLists}${index}${documents}</main></body></html>
`;
  return page.html;
}
