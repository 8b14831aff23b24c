// What `gonghui eval real` prints for people: one row per figure with a column per split ("18/22 0.818", so
// thin figures show), and with --show-failures, page by page, what went wrong. Page text appears only here,
// on the terminal, in short snippets.
import { FUNCTION_LABELS } from '../../model/items.ts';
import { DECLINABLE_FIELDS, type RealFigures, type Share } from './figures.ts';
import type { Interval } from './site-bootstrap.ts';
import { CV_VARIANTS, type LabelsCvResult } from './labels-cv.ts';
import type { RealEvalResult, SplitChoice } from './real-eval.ts';
import { METADATA_FIELDS, type PageScore } from './score-page.ts';

const fixed = (x: number | null) => (x === null ? '–' : x.toFixed(3));
/** A site-bootstrap interval, short: "0.78–0.89". */
const span = (i: Interval | null) => (i === null ? '' : `${i.low.toFixed(2)}–${i.high.toFixed(2)}`);
/** "18/22  0.818  (0.64–0.95)": the count, the share and, where it was counted by site, its 95% interval over sites. */
const shareCell = (s: Share) =>
  s.of === 0 ? '–' : `${s.n}/${s.of}  ${fixed(s.value)}${s.interval ? `  (${span(s.interval)})` : ''}`;

type RowSpec = [component: string, metric: string, cell: (f: RealFigures) => string];

const ROWS: RowSpec[] = [
  ['pages', 'gold pages', (f) => String(f.pages.gold)],
  ['', 'evaluated', (f) => String(f.pages.evaluated)],
  ['', 'missing page file', (f) => String(f.pages.missing)],
  ['', 'pipeline error', (f) => String(f.pages.failed)],
  ['', 'sites', (f) => String(f.pages.sites)],
  ['documents', 'found whole (recall)', (f) => shareCell(f.documents.recall)],
  ['', 'precision', (f) => shareCell(f.documents.precision)],
  ['', 'F1', (f) => fixed(f.documents.f1)],
  ['chrome', 'removed', (f) => shareCell(f.chrome_removed)],
  ['body', 'kept', (f) => shareCell(f.body_kept)],
  ...METADATA_FIELDS.map((m, i): RowSpec => [i === 0 ? 'metadata' : '', m, (f) => shareCell(f.metadata[m])]),
  ...DECLINABLE_FIELDS.flatMap((m): RowSpec[] => [
    ['', `${m}: right when given`, (f) => shareCell(f.metadata_given[m].right_when_given)],
    ['', `${m}: declined (gold names one)`, (f) => shareCell(f.metadata_given[m].declined)],
  ]),
  ['activities', 'precision (complete lists)', (f) => shareCell(f.activities.precision)],
  ['', 'recall', (f) => shareCell(f.activities.recall)],
  ['', 'F1', (f) => fixed(f.activities.f1)],
  ['', 'month accuracy', (f) => shareCell(f.activities.month_accuracy)],
  ['', 'year accuracy', (f) => shareCell(f.activities.year_accuracy)],
  ['', 'basis accuracy', (f) => shareCell(f.activities.basis_accuracy)],
  ['paragraphs', 'found', (f) => shareCell(f.paragraphs.found)],
  [
    '',
    'macro-F1 (95% over sites)',
    (f) =>
      f.paragraphs.macro_f1_interval
        ? `${fixed(f.paragraphs.macro_f1)}  (${span(f.paragraphs.macro_f1_interval)})`
        : fixed(f.paragraphs.macro_f1),
  ],
  ['', 'κ (mean of functions)', (f) => fixed(f.paragraphs.kappa)],
  ['', 'exact match', (f) => fixed(f.paragraphs.exact_match)],
  ...FUNCTION_LABELS.map((l): RowSpec => [
    '',
    `F1 ${l}`,
    (f) => {
      const m = f.paragraphs.per_function?.[l];
      return m
        ? `${fixed(m.f1)}  (${span(m.f1_interval)}; P ${fixed(m.precision)} R ${fixed(m.recall)} κ ${fixed(m.kappa)}, ${m.support} gold)`
        : '–';
    },
  ]),
];

/** Rows for a table: component, metric, then one column per split evaluated. */
export function figureRows(result: RealEvalResult): { columns: string[]; rows: Array<Record<string, string>> } {
  const splits = Object.keys(result.figures) as SplitChoice[];
  const rows = ROWS.map(([component, metric, cell]) => ({
    component,
    metric,
    ...Object.fromEntries(splits.map((s) => [s, cell(result.figures[s]!)])),
  }));
  return { columns: ['component', 'metric', ...splits], rows };
}

export function reportHeader(result: RealEvalResult): string {
  const missing = result.pages.filter((p) => p.missing).map((p) => p.id);
  const failed = result.pages.filter((p) => p.errors.length).map((p) => p.id);
  return [
    `real pages: gold ${result.gold}, pages ${result.pagesDir}, pipeline ${result.pipeline}, split ${result.split}`,
    ...(missing.length ? [`missing page files (not scored): ${missing.join(', ')}`] : []),
    ...(failed.length ? [`pages with pipeline errors: ${failed.join(', ')}`] : []),
    ...(result.sealedLeftOut.length
      ? [`sealed splits left out (not run): ${result.sealedLeftOut.join(', ')} — see the split ledger`]
      : []),
  ].join('\n');
}

const snippet = (text: string, max = 40) => {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
};
const months = (m: number | null, end: number | null | undefined) =>
  m === null ? '?月' : end ? `${m}–${end}月` : `${m}月`;
const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** Per page, what to fix: lost documents, surviving chrome, lost body, wrong metadata, activities, labels. */
export function failureLines(page: PageScore): string[] {
  if (page.missing) return [`${page.id} (${page.site}, ${page.split}): page file missing`];
  const lines: string[] = [];
  for (const e of page.errors) lines.push(`pipeline error: ${e}`);
  for (const d of page.documents)
    if (d.problem) lines.push(`document ${d.gold + 1}${d.title ? ` 「${d.title}」` : ''} not whole: ${d.problem}`);
  for (const c of page.chromeSurvived) lines.push(`chrome survived: "${c}"`);
  for (const b of page.bodyLost) lines.push(`body lost: "${b}"`);
  for (const f of page.fields)
    if (!f.right) lines.push(`document ${f.gold + 1} ${f.field}: gold ${show(f.want)}, got ${show(f.got)}`);
  for (const a of page.activities) {
    const want = `${months(a.item.month, a.item.month_end)} "${a.item.key}"`;
    if (!a.got) lines.push(`activity missed: ${want}`);
    else {
      if (!a.monthRight)
        lines.push(`activity month: ${want} got ${months(a.got.month, a.got.monthEnd)} ("${snippet(a.got.text)}")`);
      if (a.yearRight === false) lines.push(`activity year: "${a.item.key}" gold ${a.item.year}, got ${a.got.year}`);
      if (a.basisRight === false)
        lines.push(`activity basis: "${a.item.key}" gold ${a.item.basis}, got ${a.got.basis}`);
    }
  }
  for (const s of page.spurious) lines.push(`activity spurious: ${months(s.month, s.monthEnd)} "${snippet(s.text)}"`);
  for (const l of page.labels) {
    if (l.got === null) lines.push(`paragraph not found: "${l.key}"`);
    else if (l.want.length !== l.got.length || l.want.some((x) => !l.got!.includes(x))) {
      lines.push(`labels: "${l.key}" gold [${l.want.join(',')}], got [${l.got.join(',')}]`);
    }
  }
  if (lines.length === 0) return [];
  const whole = page.documents.filter((d) => d.part !== null).length;
  return [
    `${page.id} (${page.site}, ${page.split}): ${whole}/${page.documents.length} documents whole, ${page.outputDocuments} output`,
    ...lines.map((l) => `  ${l}`),
  ];
}

export function failuresReport(result: RealEvalResult): string {
  const blocks = result.pages.map(failureLines).filter((b) => b.length);
  return blocks.length
    ? `failures (${blocks.length} of ${result.pages.length} pages):\n${blocks.map((b) => b.join('\n')).join('\n')}`
    : 'failures: none';
}

/**
 * `eval real-labels-cv`: one row per training variant and split, macro-F1 and each function's F1, each with its 95%
 * interval over resampled sites (a function with 20 gold paragraphs in a split moves several points with one).
 */
export function labelsCvRows(result: LabelsCvResult): { columns: string[]; rows: Array<Record<string, string>> } {
  const withSpan = (x: number | null, i: Interval | null | undefined) => (i ? `${fixed(x)} (${span(i)})` : fixed(x));
  const rows = CV_VARIANTS.flatMap((variant) =>
    Object.entries(result.figures[variant] ?? {}).map(([split, p]) => ({
      training: variant,
      split,
      paragraphs: String(p!.found.n),
      'macro-F1 (95% over sites)': withSpan(p!.macro_f1, p!.macro_f1_interval),
      ...Object.fromEntries(
        FUNCTION_LABELS.map((l) => [
          `F1 ${l}`,
          withSpan(p!.per_function?.[l].f1 ?? null, p!.per_function?.[l].f1_interval),
        ]),
      ),
    })),
  );
  return {
    columns: ['training', 'split', 'paragraphs', 'macro-F1 (95% over sites)', ...FUNCTION_LABELS.map((l) => `F1 ${l}`)],
    rows,
  };
}
