// Activities by month: the activities listed under each month, linked to their documents.
import { MONTH_KEYS } from '../../store/activity-filter.ts';
import { html, type SafeHtml } from '../html.ts';
import { monthAnchor, monthLabel } from '../report-charts.ts';
import type { ReportData } from '../report-data.ts';
import type { ReportLinks } from '../report-links.ts';

export function renderActivityLists(data: ReportData, { docLink, docLabel, docsById }: ReportLinks): SafeHtml {
  return html`<section id="months"><h2>Activities by month</h2>
    ${MONTH_KEYS.map((m) => {
      const entry = data.monthActivities.get(m);
      return html`<h3 id="${monthAnchor(m)}">${monthLabel(m)} <span class="note">${entry?.total ?? 0} activities</span></h3>
        ${
          entry
            ? html`<ul class="plain">${entry.shown.map((a) => html`<li>${a.category}: ${a.text} — ${docLink(a.docId, docsById.get(a.docId) ? docLabel(docsById.get(a.docId)!) : a.docId)}${a.org ? ` (${a.org})` : ''}</li>`)}</ul>
          ${entry.total > entry.shown.length ? html`<p class="note">… and ${entry.total - entry.shown.length} more: <code>SELECT * FROM v_activities WHERE month = ${m === 'unknown' ? 'NULL' : m}</code></p>` : ''}`
            : html`<p class="empty">None.</p>`
        }`;
    })}
  </section>`;
}
