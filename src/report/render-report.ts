// The report page: one self-contained HTML file (inline CSS and SVG, no script, no request of any kind;
// a Content-Security-Policy says so to the browser). Every figure and table links down to the documents.
import { html, trusted } from './html.ts';
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

/** The page: a header with the navigation, then the sections in this order (one renderer each, in sections/). */
export async function renderReport(data: ReportData): Promise<string> {
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
    ['overview', 'Overview'],
    ['heatmap', 'Months'],
    ['functions', 'Functions'],
    ['plan-vs-summary', 'Plans vs summaries'],
    ['comparison', 'Schools side by side'],
    ['clusters', 'Template clusters'],
    ['months', 'Activities'],
    ['orgs', 'Organisations'],
    ['years', 'Years'],
    ['documents', 'Documents'],
  ];
  const page = html`<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gonghui report${data.scope ? ` — ${data.scope.join(', ')}` : ''}</title>
<style>${trusted(REPORT_CSS)}</style></head>
<body><header><h1>gonghui report${data.scope ? `: ${data.scope.join(', ')}` : ''}</h1>
<p>School trade-union (工会) plans and summaries. Generated ${data.generatedAt}. Counts leave out near-duplicate and off-topic documents unless said otherwise.</p>
<nav>${nav.map(([id, label]) => html`<a href="#${id!}">${label!}</a>`)}</nav></header>
<main>${overview}${months}${functions}${planVsSummary}${comparison}${clusters}${monthLists}${index}${documents}</main></body></html>
`;
  return page.html;
}
