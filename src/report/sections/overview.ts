// Corpus overview: the counts, documents per year, and the sources that failed.
import { html, type SafeHtml } from '../html.ts';
import { kindAnchor, yearAnchor } from '../report-charts.ts';
import type { ReportData } from '../report-data.ts';
import { table } from '../report-table.ts';

export function renderOverview(data: ReportData): SafeHtml {
  const stat = (metric: string) => data.stats.find((s) => s.metric === metric)?.value ?? 0;

  return html`<section id="overview"><h2>Corpus overview</h2>
    <p>${stat('sources')} sources (${stat('sources with errors')} with errors), ${stat('documents')} documents:
      <a href="#${kindAnchor('plan')}">${stat('documents: plan')} plans</a>, <a href="#${kindAnchor('summary')}">${stat('documents: summary')} summaries</a>,
      <a href="#${kindAnchor('other')}">${stat('documents: other')} other</a>; ${stat('documents duplicate')} near-duplicates,
      ${stat('documents off topic')} off topic; ${stat('paragraphs')} paragraphs, ${stat('activities')} activities.</p>
    ${table(
      [
        { title: 'metric', cell: (r) => r.metric },
        { title: 'value', cell: (r) => r.value, num: true },
      ],
      data.stats,
    )}
    <h3>Documents per year</h3>
    ${table(
      [
        { title: 'year', cell: (r) => html`<a href="#${yearAnchor(r.year)}">${r.year ?? 'unknown'}</a>` },
        { title: 'documents', cell: (r) => r.documents, num: true },
        { title: 'plans', cell: (r) => r.plans, num: true },
        { title: 'summaries', cell: (r) => r.summaries, num: true },
      ],
      data.years,
    )}
    <h3>Errors</h3>
    ${table(
      [
        { title: 'source', cell: (r) => r.source },
        { title: 'stage', cell: (r) => r.stage },
        { title: 'message', cell: (r) => r.message },
      ],
      data.errors,
      'No source failed.',
    )}
  </section>`;
}
