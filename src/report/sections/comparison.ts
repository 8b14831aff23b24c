// Schools side by side: the chosen orgs' checklist coverage, function profiles, schedules, what only one
// of them has, and each document's nearest document elsewhere (same tables as `gonghui compare`).
import { html, type SafeHtml } from '../html.ts';
import { monthAnchor, monthLabel } from '../report-charts.ts';
import type { ReportData } from '../report-data.ts';
import type { ReportLinks } from '../report-links.ts';
import { share, table } from '../report-table.ts';

export function renderComparison(data: ReportData, { docLink, orgLink }: ReportLinks): SafeHtml {
  let comparison: SafeHtml;
  const c = data.comparison;
  if (!c) {
    comparison = html`<section id="comparison"><h2>Schools side by side</h2><p class="empty">No named organisations yet.</p></section>`;
  } else {
    const names = c.orgs.map((o) => o.org);
    const checklistRows = c.checklist;
    comparison = html`<section id="comparison"><h2>Schools side by side</h2>
      <p class="note">${data.scope ? 'The organisations chosen with --org.' : 'The organisations with most documents.'} Same tables: <code>gonghui compare</code>.</p>
      ${table(
        [
          { title: 'org', cell: (o) => orgLink(o.org) },
          { title: 'id', cell: (o) => o.id },
          { title: 'documents', cell: (o) => o.compared, num: true },
          { title: 'activities', cell: (o) => o.activities, num: true },
          { title: 'years', cell: (o) => o.years },
        ],
        c.orgs,
      )}
      <h3>Checklist coverage</h3>
      <p class="note">Documents of each org that mention the item (* required). A tick links to the first such document.</p>
      ${table(
        [
          { title: 'item', cell: (r) => `${r.label as string}${r.required ? ' *' : ''}` },
          ...c.orgs.map((o) => ({
            title: o.org,
            cell: (r: Record<string, unknown>) => {
              const ev = c.evidence[r.item as string]?.[o.id];
              return ev
                ? html`${docLink(ev.docId, `✓ ${r[o.org] as number}`)} <span class="note">${ev.term}</span>`
                : '✗';
            },
            cls: (r: Record<string, unknown>) => ((r[o.org] as number) > 0 ? 'yes' : 'no'),
          })),
        ],
        checklistRows,
      )}
      <h3>Function profile</h3>
      ${table([{ title: 'function', cell: (r) => r.function as string }, ...names.map((n) => ({ title: n, cell: (r: Record<string, unknown>) => share(r[n]), num: true }))], c.functions)}
      <h3>Month by month</h3>
      ${table(
        [
          {
            title: 'month',
            cell: (r) => html`<a href="#${monthAnchor(r.month as number)}">${monthLabel(r.month as number)}</a>`,
          },
          ...names.map((n) => ({ title: n, cell: (r: Record<string, unknown>) => r[n] as string })),
        ],
        c.schedule.filter((r) => names.some((n) => r[n])),
        'No dated activities for these organisations yet.',
      )}
      <h3>Only one of them has</h3>
      ${table(
        [
          { title: 'org', cell: (r) => orgLink(r.org as string) },
          { title: 'kind', cell: (r) => r.kind as string },
          { title: 'item', cell: (r) => r.item as string },
          { title: 'example', cell: (r) => r.example as string },
        ],
        c.unique,
        c.orgs.length > 1 ? 'Nothing that only one of them has.' : 'Only one organisation to compare.',
      )}
      <h3>Nearest other document</h3>
      ${table(
        [
          { title: 'org', cell: (r) => r.org as string },
          {
            title: 'document',
            cell: (r) => docLink(r.document as string, (r.title as string | null) ?? (r.document as string)),
          },
          { title: 'year', cell: (r) => r.year as number | null },
          {
            title: 'nearest',
            cell: (r) =>
              docLink(r.nearest as string | null, (r.nearest_title as string | null) ?? (r.nearest as string | null)),
          },
          { title: 'its org', cell: (r) => r.nearest_org as string | null },
          { title: 'similarity', cell: (r) => share(r.similarity), num: true },
        ],
        c.nearest,
      )}
    </section>`;
  }
  return comparison;
}
