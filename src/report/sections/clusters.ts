// Template clusters: documents joined by near-duplicate pairs, plans copied from one web template.
import { anchorId, html, type SafeHtml } from '../html.ts';
import { translateName } from '../messages.ts';
import type { Translate } from '../messages.ts';
import type { ReportData } from '../report-data.ts';
import type { SimilarityCluster } from '../../store/similarity-clusters.ts';
import type { ReportLinks } from '../report-links.ts';
import { share, table } from '../report-table.ts';

/** "Cluster 2: 4 documents, 2 orgs, 2 more with an unknown or anonymised org": a document naming no org is
 * not one more unit. */
export function clusterHeading(
  t: Translate,
  n: number,
  cl: Pick<SimilarityCluster, 'members' | 'orgs' | 'unnamed'>,
): string {
  const documents = cl.members.length;
  if (cl.orgs === 0) return t('clusters.headingUnnamed', { n, documents });
  return `${t('clusters.heading', { n, documents, orgs: cl.orgs })}${cl.unnamed ? t('clusters.unnamed', { n: cl.unnamed }) : ''}`;
}

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
            ) => html`<h3 id="${anchorId('cluster', i + 1)}">${clusterHeading(t, i + 1, cl)}${similarity(cl.minSimilarity, cl.maxSimilarity)}</h3>
      ${table(
        [
          { title: t('col.document'), cell: (m) => docLink(m.id, m.title ?? m.id) },
          { title: t('col.org'), cell: (m) => m.org },
          { title: t('col.year'), cell: (m) => m.year, nowrap: true },
          { title: t('col.kind'), cell: (m) => translateName(t, 'kind', m.kind), nowrap: true },
          { title: t('col.duplicateOf'), cell: (m) => docLink(m.duplicate_of, titleOf(m.duplicate_of)) },
        ],
        cl.members,
        t('empty.default'),
      )}`,
          )
    }
  </section>`;
}
