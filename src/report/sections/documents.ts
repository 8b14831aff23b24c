// Documents: one card per document with its metadata, activities and labelled text.
import { FUNCTION_LABELS } from '../../model/items.ts';
import { anchorId, html, type SafeHtml } from '../html.ts';
import type { ReportData } from '../report-data.ts';
import type { ReportLinks } from '../report-links.ts';

export function renderDocuments(data: ReportData, { docLink, docLabel, titleOf, orgLink }: ReportLinks): SafeHtml {
  return html`<section id="documents"><h2>Documents</h2>
    ${data.documents.map(
      (d) => html`<article class="doc" id="${anchorId('doc', d.id)}">
      <h3>${docLabel(d)}</h3>
      <dl>
        <dt>id</dt><dd>${d.id}</dd>
        <dt>source</dt><dd>${d.source}${d.part > 1 || d.title ? ` · part ${d.part}` : ''}</dd>
        <dt>org</dt><dd>${d.org ? orgLink(d.orgAnonymised ? 'anonymised' : d.org) : 'unknown'}${d.orgAnonymised ? ` (anonymised: ${d.org})` : ''}</dd>
        <dt>year</dt><dd>${d.year ?? 'unknown'}${d.schoolYear ? ` (school year ${d.schoolYear})` : ''}</dd>
        <dt>kind</dt><dd>${d.kind}${d.onTopic ? '' : html` <span class="flag">off topic</span>`}</dd>
        ${d.duplicateOf ? html`<dt>duplicate of</dt><dd class="flag">${docLink(d.duplicateOf, titleOf(d.duplicateOf))}</dd>` : ''}
        <dt>functions</dt><dd>${FUNCTION_LABELS.map((f) => html`<span class="label label-${f}">${f} ${d.labelCounts[f] ?? 0}</span>`)} <span class="note">paragraphs of ${d.paragraphs.length}</span></dd>
      </dl>
      ${d.activities.length ? html`<details><summary>${d.activities.length} activities</summary><ul class="plain">${d.activities.map((a) => html`<li>${a.month === null ? 'no month' : `${a.month}${a.monthEnd ? `–${a.monthEnd}` : ''}月${a.inferred ? ' (inferred)' : ''}`} · ${a.category}: ${a.text}</li>`)}</ul></details>` : ''}
      ${d.paragraphs.some((p) => p.text) ? html`<details class="text"><summary>text (${d.chars} characters)</summary>${d.paragraphs.map((p) => html`<p>${p.labels.map((l) => html`<span class="label label-${l}">${l}</span>`)}${p.text}</p>`)}</details>` : ''}
    </article>`,
    )}
  </section>`;
}
