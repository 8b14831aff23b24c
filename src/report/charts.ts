// Charts as inline SVG: a vega-lite spec compiled to vega and rendered to an SVG string in Node (no browser,
// no canvas: vega estimates text widths). vega escapes the text it writes into the SVG.
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

const BASE_CONFIG = {
  // Chart text takes the page's font stack (the SVG is inline): written once in the stylesheet, not on each of
  // a page's hundred-odd labels (the stack is 180 characters).
  font: 'inherit',
  axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 },
  legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 },
  view: { stroke: null },
};

// Without a canvas vega estimates a text's width as 0.8 em per character. A Chinese character is a full em
// wide, so long category names (教代会与民主管理) ran past the chart's left edge and were cut off. This
// estimate counts wide characters (CJK, full-width forms) as 1 em and keeps vega's 0.8 em for the others.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const c of text.trim()) ems += WIDE.test(c) ? 1 : 0.8;
  return Math.ceil(ems * fontSize);
}
// textMetrics is exported by vega (from vega-scenegraph) but missing from its typings; a width function of
// one's own is what vega documents for renderers without canvas (vl-convert does the same).
type TextMetrics = { width: (item: { fontSize?: number }, text: unknown) => number };
(vega as unknown as { textMetrics: TextMetrics }).textMetrics.width = (item, text) =>
  estimateTextWidth(text == null ? '' : String(text), item.fontSize != null ? +item.fontSize : 11);

/** Renders a chart; ids inside the SVG (gradients, clip paths) get the chart's prefix, so several charts
 * can share one page without one chart's fill pointing at another's gradient. */
export async function renderChart(spec: TopLevelSpec, idPrefix: string): Promise<string> {
  const compiled = compile({ ...spec, config: { ...BASE_CONFIG, ...(spec.config ?? {}) } } as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return prefixIds(svg, idPrefix);
  } finally {
    view.finalize();
  }
}

export function prefixIds(svg: string, prefix: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  let out = svg;
  for (const id of new Set(ids)) {
    const esc = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`\\sid="${esc}"`, 'g'), ` id="${prefix}-${id}"`)
      .replace(new RegExp(`url\\(#${esc}\\)`, 'g'), `url(#${prefix}-${id})`)
      .replace(new RegExp(`href="#${esc}"`, 'g'), `href="#${prefix}-${id}"`);
  }
  return out;
}
