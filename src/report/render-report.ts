// The report page: one self-contained HTML file (inline CSS and SVG, no script, no request of any kind;
// a Content-Security-Policy says so to the browser). Every figure and table links down to the documents.
import type { TopLevelSpec } from 'vega-lite';
import { FUNCTION_LABELS } from '../model/items.ts';
import { MONTH_KEYS } from '../store/activity-filter.ts';
import { orgId } from '../store/orgs.ts';
import type { FunctionRow } from '../store/query-functions.ts';
import { renderChart } from './charts.ts';
import { anchorId, html, type SafeHtml, trusted } from './html.ts';
import {
  functionsByKindChart, functionsByOrgChart, functionsByYearChart, kindAnchor, monthAnchor, monthCategoryHeatmap, monthLabel,
  monthsByKindChart, orgAnchor, yearAnchor,
} from './report-charts.ts';
import type { ReportData, ReportDocument } from './report-data.ts';
import { REPORT_CSS } from './style.ts';

type Cell = SafeHtml | string | number | null | undefined;

interface Column<R> {
  title: string;
  cell: (row: R) => Cell;
  num?: boolean;
  cls?: (row: R) => string;
}

function table<R>(columns: Column<R>[], rows: R[], empty = 'Nothing to show yet.'): SafeHtml {
  if (rows.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<div class="wide"><table><thead><tr>${columns.map((c) => html`<th>${c.title}</th>`)}</tr></thead><tbody>${rows.map(
    (r) => html`<tr>${columns.map((c) => html`<td class="${[c.num ? 'num' : '', c.cls?.(r) ?? ''].join(' ').trim()}">${c.cell(r) ?? ''}</td>`)}</tr>`,
  )}</tbody></table></div>`;
}

async function figure(spec: TopLevelSpec | null, id: string, caption: string, empty: string): Promise<SafeHtml> {
  if (!spec) return html`<p class="empty">${empty}</p>`;
  return html`<figure id="${id}">${trusted(await renderChart(spec, id))}<figcaption>${caption}</figcaption></figure>`;
}

const share = (v: unknown) => (typeof v === 'number' ? `${(v * 100).toFixed(1)} %` : '');

export async function renderReport(data: ReportData): Promise<string> {
  const docsById = new Map(data.documents.map((d) => [d.id, d]));
  const docLink = (id: string | null, label?: string | null): Cell => {
    if (!id) return '';
    const text = label || id;
    return docsById.has(id) ? html`<a href="#${anchorId('doc', id)}">${text}</a>` : text;
  };
  const docLabel = (d: ReportDocument) => `${d.title ?? d.source}${d.part > 1 ? ` (part ${d.part})` : ''}`;
  const titleOf = (id: string | null) => (id && docsById.has(id) ? docLabel(docsById.get(id)!) : id);
  const orgIdOf = (name: string) => (name === 'unknown' || name === 'anonymised' ? null : orgId(name));
  const orgLink = (name: string | null | undefined): Cell => {
    if (!name) return '';
    return html`<a href="#${orgAnchor({ orgId: orgIdOf(name) })}">${name}</a>`;
  };
  const stat = (metric: string) => data.stats.find((s) => s.metric === metric)?.value ?? 0;

  // ——— Overview
  const overview = html`<section id="overview"><h2>Corpus overview</h2>
    <p>${stat('sources')} sources (${stat('sources with errors')} with errors), ${stat('documents')} documents:
      <a href="#${kindAnchor('plan')}">${stat('documents: plan')} plans</a>, <a href="#${kindAnchor('summary')}">${stat('documents: summary')} summaries</a>,
      <a href="#${kindAnchor('other')}">${stat('documents: other')} other</a>; ${stat('documents duplicate')} near-duplicates,
      ${stat('documents off topic')} off topic; ${stat('paragraphs')} paragraphs, ${stat('activities')} activities.</p>
    ${table([{ title: 'metric', cell: (r) => r.metric }, { title: 'value', cell: (r) => r.value, num: true }], data.stats)}
    <h3>Documents per year</h3>
    ${table([
      { title: 'year', cell: (r) => html`<a href="#${yearAnchor(r.year)}">${r.year ?? 'unknown'}</a>` },
      { title: 'documents', cell: (r) => r.documents, num: true },
      { title: 'plans', cell: (r) => r.plans, num: true },
      { title: 'summaries', cell: (r) => r.summaries, num: true },
    ], data.years)}
    <h3>Errors</h3>
    ${table([{ title: 'source', cell: (r) => r.source }, { title: 'stage', cell: (r) => r.stage }, { title: 'message', cell: (r) => r.message }], data.errors, 'No source failed.')}
  </section>`;

  // ——— Months
  const months = html`<section id="heatmap"><h2>When: activities by month</h2>
    ${await figure(monthCategoryHeatmap(data), 'chart-heatmap', 'Click a cell to see the activities of that month and their documents.', 'No dated activities yet.')}
    ${table([
      { title: 'month', cell: (r) => html`<a href="#${monthAnchor(r.month)}">${monthLabel(r.month)}</a>` },
      { title: 'activities', cell: (r) => r.activities, num: true },
      { title: 'documents', cell: (r) => r.documents, num: true },
    ], data.months)}
    <p class="note">Near-duplicate and off-topic documents are not counted. A span such as 七、八月份 counts in its first month. Same figures: <code>gonghui query months</code>.</p>
  </section>`;

  // ——— Functions
  const shareColumns = (key: string, link: (r: FunctionRow) => Cell): Column<FunctionRow>[] => [
    { title: key, cell: link },
    { title: 'documents', cell: (r) => r.documents, num: true },
    { title: 'paragraphs', cell: (r) => r.paragraphs, num: true },
    ...FUNCTION_LABELS.map((f) => ({ title: f, cell: (r: FunctionRow) => share(r[f]), num: true })),
  ];
  const functions = html`<section id="functions"><h2>What: union functions</h2>
    <p class="note">Share of paragraphs labelled with each function (a paragraph may carry several). Click a bar to see the documents.</p>
    ${await figure(functionsByOrgChart(data, orgIdOf), 'chart-functions-org', 'Per org; “anonymised” gathers placeholder names such as xx小学.', 'No labelled paragraphs yet.')}
    ${table(shareColumns('org', (r) => orgLink(String(r.org))), data.functionsByOrg)}
    ${await figure(functionsByYearChart(data), 'chart-functions-year', 'Per year the document states.', 'No labelled paragraphs yet.')}
    ${table(shareColumns('year', (r) => html`<a href="#${yearAnchor(r.year as number | string)}">${r.year}</a>`), data.functionsByYear)}
  </section>`;

  // ——— Plans against summaries
  const planVsSummary = html`<section id="plan-vs-summary"><h2>Plans against summaries</h2>
    ${await figure(monthsByKindChart(data), 'chart-months-kind', 'What plans schedule against what summaries report, month by month.', 'No dated activities in plans or summaries yet.')}
    ${await figure(functionsByKindChart(data), 'chart-functions-kind', 'Function shares by kind of document.', 'No labelled paragraphs yet.')}
    ${table(shareColumns('kind', (r) => html`<a href="#${kindAnchor(String(r.kind))}">${r.kind}</a>`), data.functionsByKind)}
  </section>`;

  // ——— School comparison
  let comparison: SafeHtml;
  const c = data.comparison;
  if (!c) {
    comparison = html`<section id="comparison"><h2>Schools side by side</h2><p class="empty">No named organisations yet.</p></section>`;
  } else {
    const names = c.orgs.map((o) => o.org);
    const checklistRows = c.checklist;
    comparison = html`<section id="comparison"><h2>Schools side by side</h2>
      <p class="note">${data.scope ? 'The organisations chosen with --org.' : 'The organisations with most documents.'} Same tables: <code>gonghui compare</code>.</p>
      ${table([
        { title: 'org', cell: (o) => orgLink(o.org) }, { title: 'id', cell: (o) => o.id },
        { title: 'documents', cell: (o) => o.compared, num: true }, { title: 'activities', cell: (o) => o.activities, num: true }, { title: 'years', cell: (o) => o.years },
      ], c.orgs)}
      <h3>Checklist coverage</h3>
      <p class="note">Documents of each org that mention the item (* required). A tick links to the first such document.</p>
      ${table([
        { title: 'item', cell: (r) => `${r.label as string}${r.required ? ' *' : ''}` },
        ...c.orgs.map((o) => ({
          title: o.org,
          cell: (r: Record<string, unknown>) => {
            const ev = c.evidence[r.item as string]?.[o.id];
            return ev ? html`${docLink(ev.docId, `✓ ${r[o.org] as number}`)} <span class="note">${ev.term}</span>` : '✗';
          },
          cls: (r: Record<string, unknown>) => ((r[o.org] as number) > 0 ? 'yes' : 'no'),
        })),
      ], checklistRows)}
      <h3>Function profile</h3>
      ${table([{ title: 'function', cell: (r) => r.function as string }, ...names.map((n) => ({ title: n, cell: (r: Record<string, unknown>) => share(r[n]), num: true }))], c.functions)}
      <h3>Month by month</h3>
      ${table([{ title: 'month', cell: (r) => html`<a href="#${monthAnchor(r.month as number)}">${monthLabel(r.month as number)}</a>` }, ...names.map((n) => ({ title: n, cell: (r: Record<string, unknown>) => r[n] as string })),
      ], c.schedule.filter((r) => names.some((n) => r[n])), 'No dated activities for these organisations yet.')}
      <h3>Only one of them has</h3>
      ${table([{ title: 'org', cell: (r) => orgLink(r.org as string) }, { title: 'kind', cell: (r) => r.kind as string }, { title: 'item', cell: (r) => r.item as string }, { title: 'example', cell: (r) => r.example as string }],
        c.unique, c.orgs.length > 1 ? 'Nothing that only one of them has.' : 'Only one organisation to compare.')}
      <h3>Nearest other document</h3>
      ${table([
        { title: 'org', cell: (r) => r.org as string }, { title: 'document', cell: (r) => docLink(r.document as string, (r.title as string | null) ?? (r.document as string)) },
        { title: 'year', cell: (r) => r.year as number | null }, { title: 'nearest', cell: (r) => docLink(r.nearest as string | null, (r.nearest_title as string | null) ?? (r.nearest as string | null)) },
        { title: 'its org', cell: (r) => r.nearest_org as string | null }, { title: 'similarity', cell: (r) => share(r.similarity), num: true },
      ], c.nearest)}
    </section>`;
  }

  // ——— Template clusters
  const clusters = html`<section id="clusters"><h2>Template clusters</h2>
    <p class="note">Documents joined by near-duplicate pairs (similarity at or above the threshold) or marked duplicate_of: plans copied from one web template.</p>
    ${data.clusters.length === 0 ? html`<p class="empty">No near-duplicate documents found.</p>` : data.clusters.map((cl, i) => html`<h3 id="${anchorId('cluster', i + 1)}">Cluster ${i + 1}: ${cl.members.length} documents, ${cl.orgs} orgs${cl.maxSimilarity === null ? '' : cl.minSimilarity === cl.maxSimilarity ? `, similarity ${share(cl.maxSimilarity)}` : `, similarity ${share(cl.minSimilarity)}–${share(cl.maxSimilarity)}`}</h3>
      ${table([
        { title: 'document', cell: (m) => docLink(m.id, m.title ?? m.id) }, { title: 'org', cell: (m) => m.org }, { title: 'year', cell: (m) => m.year },
        { title: 'kind', cell: (m) => m.kind }, { title: 'duplicate of', cell: (m) => docLink(m.duplicate_of, titleOf(m.duplicate_of)) },
      ], cl.members)}`)}
  </section>`;

  // ——— Activities by month
  const monthLists = html`<section id="months"><h2>Activities by month</h2>
    ${MONTH_KEYS.map((m) => {
      const entry = data.monthActivities.get(m);
      return html`<h3 id="${monthAnchor(m)}">${monthLabel(m)} <span class="note">${entry?.total ?? 0} activities</span></h3>
        ${entry ? html`<ul class="plain">${entry.shown.map((a) => html`<li>${a.category}: ${a.text} — ${docLink(a.docId, docsById.get(a.docId) ? docLabel(docsById.get(a.docId)!) : a.docId)}${a.org ? ` (${a.org})` : ''}</li>`)}</ul>
          ${entry.total > entry.shown.length ? html`<p class="note">… and ${entry.total - entry.shown.length} more: <code>SELECT * FROM v_activities WHERE month = ${m === 'unknown' ? 'NULL' : m}</code></p>` : ''}` : html`<p class="empty">None.</p>`}`;
    })}
  </section>`;

  // ——— Index by org, year, kind
  const groups = <K extends string | number>(docs: ReportDocument[], key: (d: ReportDocument) => K) => {
    const out = new Map<K, ReportDocument[]>();
    for (const d of docs) out.set(key(d), [...(out.get(key(d)) ?? []), d]);
    return out;
  };
  const docList = (docs: ReportDocument[]) => html`<ul class="plain">${docs.map((d) => html`<li>${docLink(d.id, docLabel(d))} <span class="note">${d.org ?? ''} ${d.year ?? ''} ${d.kind}${d.duplicateOf ? ' · near-duplicate' : ''}</span></li>`)}</ul>`;
  const byOrg = groups(data.documents, (d) => d.orgId ?? 'unknown');
  const byYear = groups(data.documents, (d) => (d.year === null ? 'unknown' : d.year));
  const byKind = groups(data.documents, (d) => d.kind);
  const index = html`<section id="orgs"><h2>Organisations</h2>
    ${[...byOrg].map(([id, docs]) => html`<h3 id="${id === 'unknown' ? 'org-unknown' : anchorId('org', id)}">${id === 'unknown' ? 'Unknown or anonymised org' : docs[0]!.org} <span class="note">${id === 'unknown' ? '' : id}</span></h3>${docList(docs)}`)}
  </section>
  <section id="years"><h2>Years</h2>
    ${[...byYear].sort((a, b) => String(a[0]).localeCompare(String(b[0]))).map(([y, docs]) => html`<h3 id="${yearAnchor(y)}">${y}</h3>${docList(docs)}`)}
  </section>
  <section id="kinds"><h2>Kinds</h2>
    ${['plan', 'summary', 'other'].map((k) => html`<h3 id="${kindAnchor(k)}">${k}</h3>${byKind.get(k) ? docList(byKind.get(k)!) : html`<p class="empty">None.</p>`}`)}
  </section>`;

  // ——— Documents
  const documents = html`<section id="documents"><h2>Documents</h2>
    ${data.documents.map((d) => html`<article class="doc" id="${anchorId('doc', d.id)}">
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
    </article>`)}
  </section>`;

  const nav = [['overview', 'Overview'], ['heatmap', 'Months'], ['functions', 'Functions'], ['plan-vs-summary', 'Plans vs summaries'], ['comparison', 'Schools side by side'],
    ['clusters', 'Template clusters'], ['months', 'Activities'], ['orgs', 'Organisations'], ['years', 'Years'], ['documents', 'Documents']];
  const page = html`<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gonghui report${data.scope ? ` — ${data.scope.join(', ')}` : ''}</title>
<style>${trusted(REPORT_CSS)}</style></head>
<body><header><h1>gonghui report${data.scope ? `: ${data.scope.join(', ')}` : ''}</h1>
<p>School trade-union (工会) plans and summaries. Generated ${data.generatedAt}. Counts leave out near-duplicate and off-topic documents unless said otherwise.</p>
<nav>${nav.map(([id, label]) => html`<a href="#${id!}">${label!}</a>`)}</nav></header>
<main>${overview}${months}${functions}${planVsSummary}${comparison}${clusters}${monthLists}${index}${documents}</main></body></html>
`;
  return page.html;
}
