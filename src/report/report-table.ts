// The building blocks every section of the report is made of: a table of typed columns, a figure with its
// caption (or a line saying there is nothing to show), and a share as a percentage.
import type { TopLevelSpec } from 'vega-lite';
import { renderChart } from './charts.ts';
import { html, type SafeHtml, trusted } from './html.ts';

export type Cell = SafeHtml | string | number | null | undefined;

export interface Column<R> {
  title: string;
  cell: (row: R) => Cell;
  /** A number: right-aligned and on one line. */
  num?: boolean;
  /** Short tokens (a year, a stage, a kind, a month): kept on one line, never broken inside ("20/24"). */
  nowrap?: boolean;
  cls?: (row: R) => string;
}

/** A table, or `empty` (in the report's language) when there are no rows. */
export function table<R>(columns: Column<R>[], rows: R[], empty: string): SafeHtml {
  if (rows.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<div class="wide"><table><thead><tr>${columns.map((c) => html`<th>${c.title}</th>`)}</tr></thead><tbody>${rows.map(
    (r) =>
      html`<tr>${columns.map((c) => html`<td class="${[c.num ? 'num' : '', c.nowrap ? 'nowrap' : '', c.cls?.(r) ?? ''].join(' ').trim()}">${c.cell(r) ?? ''}</td>`)}</tr>`,
  )}</tbody></table></div>`;
}

export async function figure(spec: TopLevelSpec | null, id: string, caption: string, empty: string): Promise<SafeHtml> {
  if (!spec) return html`<p class="empty">${empty}</p>`;
  return html`<figure id="${id}">${trusted(await renderChart(spec, id))}<figcaption>${caption}</figcaption></figure>`;
}

/** A short token inside a longer cell kept on one line (a checklist mark "✓ 1", "✗ missing"). */
export const oneLine = (content: Cell) => html`<span class="nowrap">${content ?? ''}</span>`;

export const share = (v: unknown) => (typeof v === 'number' ? `${(v * 100).toFixed(1)} %` : '');
