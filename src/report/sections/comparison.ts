// Schools side by side: the chosen orgs' checklist coverage, function profiles, schedules, what only one
// of them has, and each document's nearest document elsewhere (same tables as `gonghui compare`).
import { html, type SafeHtml } from '../html.ts';
import { monthAnchor, monthLabel } from '../report-charts.ts';
import { translateName } from '../messages.ts';
import type { ReportData } from '../report-data.ts';
import type { ReportLinks } from '../report-links.ts';
import { oneLine, share, table } from '../report-table.ts';

export function renderComparison(data: ReportData, { docLink, orgLink }: ReportLinks): SafeHtml {
  const { t } = data;
  let comparison: SafeHtml;
  const c = data.comparison;
  if (!c) {
    comparison = html`<section id="comparison"><h2>${t('cmp.title')}</h2><p class="empty">${t('cmp.empty')}</p></section>`;
  } else {
    const names = c.orgs.map((o) => o.org);
    const checklistRows = c.checklist;
    // An org with no document in scope is n/a in the tables below, not 0 or missing (compareOrgs gives null).
    const noDocuments = data.year === null ? t('cmp.noDocuments') : t('cmp.noDocumentsYear', { year: data.year });
    const without = new Set(c.orgs.filter((o) => o.note !== null).map((o) => o.org));
    const notCompared = html`<span class="note" title="${noDocuments}">${t('cmp.notCompared')}</span>`;
    comparison = html`<section id="comparison"><h2>${t('cmp.title')}</h2>
      <p class="note">${data.scope ? t('cmp.chosenByOrg') : t('cmp.chosenByActivities', { n: c.orgs.length })} ${t('cmp.same')} <code>gonghui compare</code></p>
      ${table(
        [
          { title: t('col.org'), cell: (o) => orgLink(o.org) },
          { title: t('col.id'), cell: (o) => o.id, nowrap: true },
          {
            title: t('col.documents'),
            cell: (o) => (o.note === null ? o.compared : html`0 (${noDocuments})`),
            num: true,
          },
          { title: t('col.activities'), cell: (o) => o.activities, num: true },
          { title: t('col.years'), cell: (o) => o.years, nowrap: true },
        ],
        c.orgs,
        t('empty.default'),
      )}
      <h3>${t('cmp.checklist')}</h3>
      <p class="note">${t('cmp.checklistNote')}</p>
      ${table(
        [
          { title: t('col.item'), cell: (r) => `${r.label as string}${r.required ? ' *' : ''}` },
          ...c.orgs.map((o) => ({
            title: o.org,
            cell: (r: Record<string, unknown>) => {
              if (without.has(o.org)) return notCompared;
              const ev = c.evidence[r.item as string]?.[o.id];
              return ev
                ? html`${oneLine(docLink(ev.docId, `✓ ${r[o.org] as number}`))} <span class="note">${ev.term}</span>`
                : oneLine(`✗ ${t('cmp.missing')}`);
            },
            cls: (r: Record<string, unknown>) => (without.has(o.org) ? '' : (r[o.org] as number) > 0 ? 'yes' : 'no'),
          })),
        ],
        checklistRows,
        t('empty.default'),
      )}
      <h3>${t('cmp.functions')}</h3>
      ${table([{ title: t('col.function'), cell: (r) => r.function as string }, ...names.map((n) => ({ title: n, cell: (r: Record<string, unknown>) => (without.has(n) ? notCompared : share(r[n])), num: true }))], c.functions, t('empty.default'))}
      <h3>${t('cmp.schedule')}</h3>
      ${table(
        [
          {
            title: t('col.month'),
            cell: (r) => html`<a href="#${monthAnchor(r.month as number)}">${monthLabel(t, r.month as number)}</a>`,
            nowrap: true,
          },
          ...names.map((n) => ({ title: n, cell: (r: Record<string, unknown>) => r[n] as string })),
        ],
        c.schedule.filter((r) => names.some((n) => r[n])),
        t('cmp.scheduleEmpty'),
      )}
      <h3>${t('cmp.unique')}</h3>
      <p class="note">${t('cmp.uniqueNote')}</p>
      ${table(
        [
          { title: t('col.org'), cell: (r) => orgLink(r.org as string) },
          { title: t('col.kind'), cell: (r) => translateName(t, 'cmp.uniqueKind', r.kind as string), nowrap: true },
          { title: t('col.item'), cell: (r) => r.item as string },
          { title: t('col.example'), cell: (r) => r.example as string },
        ],
        c.unique,
        c.orgs.length > 1 ? t('cmp.uniqueNone') : t('cmp.uniqueOne'),
      )}
      <h3>${t('cmp.nearest')}</h3>
      <p class="note">${t('cmp.nearestNote')}</p>
      ${table(
        [
          { title: t('col.org'), cell: (r) => r.org as string },
          {
            title: t('col.document'),
            cell: (r) => docLink(r.document as string, (r.title as string | null) ?? (r.document as string)),
          },
          { title: t('col.year'), cell: (r) => r.year as number | null, nowrap: true },
          {
            title: t('col.nearest'),
            cell: (r) =>
              docLink(r.nearest as string | null, (r.nearest_title as string | null) ?? (r.nearest as string | null)),
          },
          { title: t('col.nearestOrg'), cell: (r) => r.nearest_org as string | null },
          { title: t('col.similarity'), cell: (r) => share(r.similarity), num: true },
        ],
        c.nearest,
        t('empty.default'),
      )}
    </section>`;
  }
  return comparison;
}
