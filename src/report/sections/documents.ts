// Documents: one card per document with its metadata, activities and labelled text.
import { FUNCTION_LABELS } from '../../model/items.ts';
import { anchorId, html, type SafeHtml } from '../html.ts';
import { translateName } from '../messages.ts';
import type { ReportData, ReportDocument } from '../report-data.ts';
import type { ReportLinks } from '../report-links.ts';

export function renderDocuments(data: ReportData, { docLink, docLabel, titleOf, orgLink }: ReportLinks): SafeHtml {
  const { t } = data;
  const month = (a: ReportDocument['activities'][number]) =>
    a.month === null
      ? t('docs.noMonth')
      : `${a.monthEnd ? `${t('month.n', { month: a.month })}–${t('month.n', { month: a.monthEnd })}` : t('month.n', { month: a.month })}${a.inferred ? t('docs.inferred') : ''}`;
  return html`<section id="documents"><h2>${t('docs.title')}</h2>
    ${data.documents.map(
      (d) => html`<article class="doc" id="${anchorId('doc', d.id)}">
      <h3>${docLabel(d)}</h3>
      <dl>
        <dt>${t('docs.id')}</dt><dd>${d.id}</dd>
        <dt>${t('docs.source')}</dt><dd>${d.source}${d.part > 1 || d.title ? ` · ${t('docs.part', { part: d.part })}` : ''}</dd>
        <dt>${t('docs.org')}</dt><dd>${d.org ? orgLink(d.orgAnonymised ? 'anonymised' : d.org) : t('unknown')}${d.orgAnonymised ? t('docs.anonymised', { org: d.org! }) : ''}</dd>
        <dt>${t('docs.year')}</dt><dd>${d.year ?? t('unknown')}${d.schoolYear ? t('docs.schoolYear', { schoolYear: d.schoolYear }) : ''}</dd>
        <dt>${t('docs.kind')}</dt><dd>${translateName(t, 'kind', d.kind)}${d.onTopic ? '' : html` <span class="flag">${t('docs.offTopic')}</span>`}</dd>
        ${d.duplicateOf ? html`<dt>${t('docs.duplicateOf')}</dt><dd class="flag">${docLink(d.duplicateOf, titleOf(d.duplicateOf))}</dd>` : ''}
        <dt>${t('docs.functions')}</dt><dd>${FUNCTION_LABELS.map((f) => html`<span class="label label-${f}">${f} ${d.labelCounts[f] ?? 0}</span>`)} <span class="note">${t('docs.paragraphsOf', { n: d.paragraphs.length })}</span></dd>
      </dl>
      ${d.activities.length ? html`<details><summary>${t('docs.activities', { n: d.activities.length })}</summary><ul class="plain">${d.activities.map((a) => html`<li>${month(a)} · ${a.category}: ${a.text}</li>`)}</ul></details>` : ''}
      ${d.paragraphs.some((p) => p.text) ? html`<details class="text"><summary>${t('docs.text', { n: d.chars })}</summary>${d.paragraphs.map((p) => html`<p>${p.labels.map((l) => html`<span class="label label-${l}">${l}</span>`)}${p.text}</p>`)}</details>` : ''}
    </article>`,
    )}
  </section>`;
}
