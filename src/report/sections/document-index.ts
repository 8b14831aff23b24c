// The index of documents by organisation, year and kind.
import { anchorId, html, type SafeHtml } from '../html.ts';
import { kindAnchor, yearAnchor } from '../report-charts.ts';
import { translateName } from '../messages.ts';
import type { ReportData, ReportDocument } from '../report-data.ts';
import type { ReportLinks } from '../report-links.ts';

export function renderDocumentIndex(data: ReportData, { docLink, docLabel }: ReportLinks): SafeHtml {
  const { t } = data;
  const kindName = (k: string) => translateName(t, 'kind', k);
  const groups = <K extends string | number>(docs: ReportDocument[], key: (d: ReportDocument) => K) => {
    const out = new Map<K, ReportDocument[]>();
    for (const d of docs) out.set(key(d), [...(out.get(key(d)) ?? []), d]);
    return out;
  };
  const docList = (docs: ReportDocument[]) =>
    html`<ul class="plain">${docs.map((d) => html`<li>${docLink(d.id, docLabel(d))} <span class="note">${d.org ?? ''} ${d.year ?? ''} ${kindName(d.kind)}${d.duplicateOf ? ` · ${t('index.duplicate')}` : ''}</span></li>`)}</ul>`;
  const byOrg = groups(data.documents, (d) => d.orgId ?? 'unknown');
  const byYear = groups(data.documents, (d) => (d.year === null ? 'unknown' : d.year));
  const byKind = groups(data.documents, (d) => d.kind);
  return html`<section id="orgs"><h2>${t('index.orgs')}</h2>
    ${[...byOrg].map(([id, docs]) => html`<h3 id="${id === 'unknown' ? 'org-unknown' : anchorId('org', id)}">${id === 'unknown' ? t('index.unknownOrg') : docs[0]!.org} <span class="note">${id === 'unknown' ? '' : id}</span></h3>${docList(docs)}`)}
  </section>
  <section id="years"><h2>${t('index.years')}</h2>
    ${[...byYear].sort((a, b) => String(a[0]).localeCompare(String(b[0]))).map(([y, docs]) => html`<h3 id="${yearAnchor(y)}">${y === 'unknown' ? t('unknown') : y}</h3>${docList(docs)}`)}
  </section>
  <section id="kinds"><h2>${t('index.kinds')}</h2>
    ${['plan', 'summary', 'other'].map((k) => html`<h3 id="${kindAnchor(k)}">${kindName(k)}</h3>${byKind.get(k) ? docList(byKind.get(k)!) : html`<p class="empty">${t('empty.none')}</p>`}`)}
  </section>`;
}
