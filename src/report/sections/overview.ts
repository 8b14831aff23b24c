// Corpus overview: what the report covers, documents per year, the whole database's counts, and the sources
// that failed.
import { html, type SafeHtml } from '../html.ts';
import { translateName } from '../messages.ts';
import { kindAnchor, yearAnchor } from '../report-charts.ts';
import type { ReportData } from '../report-data.ts';
import { table } from '../report-table.ts';

/** The per-year table counts what the report counts, not every document the summary names: it says so when
 * the two differ, so "8 documents" above and 7 rows below do not read as a document lost. */
export function perYearNote({ t, counts, years }: Pick<ReportData, 't' | 'counts' | 'years'>): SafeHtml | string {
  const counted = years.reduce((n, r) => n + r.documents, 0);
  if (counted === counts.documents) return '';
  return html`<p class="note">${t('overview.perYearCounted', { counted, duplicates: counts.duplicates, offTopic: counts.offTopic })}</p>`;
}

export function renderOverview(data: ReportData): SafeHtml {
  const { t, counts } = data;
  const link = (kind: string, n: number) => html`<a href="#${kindAnchor(kind)}">${n}</a>`;
  // The summary sentence is one message; its counts link down to the kinds.
  const summary = t('overview.summary', {
    documents: '@@documents@@',
    plans: '@@plan@@',
    summaries: '@@summary@@',
    other: '@@other@@',
    duplicates: counts.duplicates,
    offTopic: counts.offTopic,
    paragraphs: counts.paragraphs,
    activities: counts.activities,
  });
  const parts = summary.split(/@@(documents|plan|summary|other)@@/);
  const sentence = parts.map((p, i) =>
    i % 2 === 0
      ? p
      : p === 'documents'
        ? String(counts.documents)
        : link(p, p === 'plan' ? counts.plans : p === 'summary' ? counts.summaries : counts.other),
  );

  return html`<section id="overview"><h2>${t('overview.title')}</h2>
    <p>${sentence}</p>
    <h3>${t('overview.perYear')}</h3>
    ${perYearNote(data)}
    ${table(
      [
        {
          title: t('col.year'),
          cell: (r) => html`<a href="#${yearAnchor(r.year)}">${r.year ?? t('unknown')}</a>`,
          nowrap: true,
        },
        { title: t('col.documents'), cell: (r) => r.documents, num: true },
        { title: t('col.plans'), cell: (r) => r.plans, num: true },
        { title: t('col.summaries'), cell: (r) => r.summaries, num: true },
      ],
      data.years,
      t('empty.default'),
    )}
    <h3>${t('overview.database')}</h3>
    ${table(
      [
        { title: t('metric'), cell: (r) => translateName(t, 'metric', r.metric) },
        { title: t('value'), cell: (r) => r.value, num: true },
      ],
      data.stats,
      t('empty.default'),
    )}
    <h3>${t('overview.errors')}</h3>
    ${table(
      [
        { title: t('col.source'), cell: (r) => r.source },
        { title: t('col.stage'), cell: (r) => r.stage, nowrap: true },
        { title: t('col.message'), cell: (r) => r.message },
      ],
      data.errors,
      t('overview.noErrors'),
    )}
  </section>`;
}
