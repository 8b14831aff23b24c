// Template clusters: documents joined by near-duplicate pairs, plans copied from one web template.
import { anchorId, html, type SafeHtml } from '../html.ts';
import { translateName } from '../messages.ts';
import type { ReportData } from '../report-data.ts';
import type { ReportLinks } from '../report-links.ts';
import { share, table } from '../report-table.ts';

export function renderClusters(data: ReportData, { docLink, titleOf }: ReportLinks): SafeHtml {
  const { t } = data;
  const similarity = (min: number | null, max: number | null) =>
    max === null
      ? ''
      : t('clusters.similarity', { similarity: min === max ? share(max) : `${share(min)}–${share(max)}` });
  return html`<section id="clusters"><h2>${t('clusters.title')}</h2>
    <p class="note">${t('clusters.note')}</p>
    ${
      data.clusters.length === 0
        ? html`<p class="empty">${t('clusters.empty')}</p>`
        : data.clusters.map(
            (
              cl,
              i,
            ) => html`<h3 id="${anchorId('cluster', i + 1)}">${t('clusters.heading', { n: i + 1, documents: cl.members.length, orgs: cl.orgs })}${similarity(cl.minSimilarity, cl.maxSimilarity)}</h3>
      ${table(
        [
          { title: t('col.document'), cell: (m) => docLink(m.id, m.title ?? m.id) },
          { title: t('col.org'), cell: (m) => m.org },
          { title: t('col.year'), cell: (m) => m.year },
          { title: t('col.kind'), cell: (m) => translateName(t, 'kind', m.kind) },
          { title: t('col.duplicateOf'), cell: (m) => docLink(m.duplicate_of, titleOf(m.duplicate_of)) },
        ],
        cl.members,
        t('empty.default'),
      )}`,
          )
    }
  </section>`;
}
