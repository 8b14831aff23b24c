// Activities by month: the activities listed under each month, linked to their documents.
import { MONTH_KEYS } from '../../store/activity-filter.ts';
import { html, type SafeHtml } from '../html.ts';
import { monthAnchor, monthLabel } from '../report-charts.ts';
import type { ReportData } from '../report-data.ts';
import type { ReportLinks } from '../report-links.ts';

export function renderActivityLists(data: ReportData, { docLink, docLabel, docsById }: ReportLinks): SafeHtml {
  const { t } = data;
  // The SQL a reader can run for the rest of a month, under the same month rule as the lists.
  const rest = (m: number | 'unknown') =>
    m !== 'unknown'
      ? `SELECT * FROM v_activities WHERE month = ${m}${data.includeInferred ? '' : ' AND month_inferred = 0'}`
      : `SELECT * FROM v_activities WHERE month IS NULL${data.includeInferred ? '' : ' OR month_inferred = 1'}`;
  return html`<section id="months"><h2>${t('lists.title')}</h2>
    ${MONTH_KEYS.map((m) => {
      const entry = data.monthActivities.get(m);
      return html`<h3 id="${monthAnchor(m)}">${monthLabel(t, m)} <span class="note">${t('lists.count', { n: entry?.total ?? 0 })}</span></h3>
        ${m === 'unknown' ? html`<p class="note"><a href="#unknown-month">${t('month.unknown')}</a>: ${data.includeInferred ? t('months.inferredIncluded') : t('months.inferredDefault')}</p>` : ''}
        ${
          entry
            ? html`<ul class="plain">${entry.shown.map((a) => html`<li>${a.category}: ${a.text} — ${docLink(a.docId, docsById.get(a.docId) ? docLabel(docsById.get(a.docId)!) : a.docId)}${a.org ? ` (${a.org})` : ''}</li>`)}</ul>
          ${entry.total > entry.shown.length ? html`<p class="note">${t('lists.more', { n: entry.total - entry.shown.length })} <code>${rest(m)}</code></p>` : ''}`
            : html`<p class="empty">${t('empty.none')}</p>`
        }`;
    })}
  </section>`;
}
