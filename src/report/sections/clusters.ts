// Template clusters: documents joined by near-duplicate pairs, plans copied from one web template.
import { anchorId, html, type SafeHtml } from '../html.ts';
import type { ReportData } from '../report-data.ts';
import type { ReportLinks } from '../report-links.ts';
import { share, table } from '../report-table.ts';

export function renderClusters(data: ReportData, { docLink, titleOf }: ReportLinks): SafeHtml {
  return html`<section id="clusters"><h2>Template clusters</h2>
    <p class="note">Documents joined by near-duplicate pairs (similarity at or above the threshold) or marked duplicate_of: plans copied from one web template.</p>
    ${
      data.clusters.length === 0
        ? html`<p class="empty">No near-duplicate documents found.</p>`
        : data.clusters.map(
            (
              cl,
              i,
            ) => html`<h3 id="${anchorId('cluster', i + 1)}">Cluster ${i + 1}: ${cl.members.length} documents, ${cl.orgs} orgs${cl.maxSimilarity === null ? '' : cl.minSimilarity === cl.maxSimilarity ? `, similarity ${share(cl.maxSimilarity)}` : `, similarity ${share(cl.minSimilarity)}–${share(cl.maxSimilarity)}`}</h3>
      ${table(
        [
          { title: 'document', cell: (m) => docLink(m.id, m.title ?? m.id) },
          { title: 'org', cell: (m) => m.org },
          { title: 'year', cell: (m) => m.year },
          { title: 'kind', cell: (m) => m.kind },
          { title: 'duplicate of', cell: (m) => docLink(m.duplicate_of, titleOf(m.duplicate_of)) },
        ],
        cl.members,
      )}`,
          )
    }
  </section>`;
}
