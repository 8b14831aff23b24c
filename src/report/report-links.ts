// Links within the report page: to a document's card, to an organisation's list, and the labels they show.
import { orgId } from '../store/orgs.ts';
import { anchorId, html } from './html.ts';
import { translateName } from './messages.ts';
import { orgAnchor } from './report-charts.ts';
import type { ReportData, ReportDocument } from './report-data.ts';
import type { Cell } from './report-table.ts';

export interface ReportLinks {
  docsById: Map<string, ReportDocument>;
  docLink: (id: string | null, label?: string | null) => Cell;
  docLabel: (d: ReportDocument) => string;
  titleOf: (id: string | null) => string | null;
  orgIdOf: (name: string) => string | null;
  /** A link to an org's documents; the groups 'anonymised' and 'unknown' show in the report's language. */
  orgLink: (name: string | null | undefined) => Cell;
  orgName: (name: string) => string;
}

export function reportLinks(data: ReportData): ReportLinks {
  const docsById = new Map(data.documents.map((d) => [d.id, d]));
  const docLink = (id: string | null, label?: string | null): Cell => {
    if (!id) return '';
    const text = label || id;
    return docsById.has(id) ? html`<a href="#${anchorId('doc', id)}">${text}</a>` : text;
  };
  const docLabel = (d: ReportDocument) =>
    `${d.title ?? d.source}${d.part > 1 ? data.t('docs.partLabel', { part: d.part }) : ''}`;
  const titleOf = (id: string | null) => (id && docsById.has(id) ? docLabel(docsById.get(id)!) : id);
  const orgName = (name: string) => translateName(data.t, 'group', name);
  const orgIdOf = (name: string) => (name === 'unknown' || name === 'anonymised' ? null : orgId(name));
  const orgLink = (name: string | null | undefined): Cell => {
    if (!name) return '';
    return html`<a href="#${orgAnchor({ orgId: orgIdOf(name) })}">${orgName(name)}</a>`;
  };
  return { docsById, docLink, docLabel, titleOf, orgIdOf, orgLink, orgName };
}
