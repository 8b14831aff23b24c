// The report's stylesheet, inlined: the page makes no request of any kind.

/** Installed fonts only (the CSP forbids downloading one): the system UI font, then the Simplified Chinese
 * fonts under the names macOS, Windows and Linux distributions install them, so 汉字 never fall to a font
 * without them while one of these exists. Charts inherit it (their SVG is inline). */
export const REPORT_FONTS = [
  'system-ui',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  '"WenQuanYi Zen Hei"',
  '"Droid Sans Fallback"',
  'sans-serif',
].join(', ');

export const REPORT_CSS = `
:root { --ink: #1d2329; --muted: #5f6b76; --line: #d9dee3; --bg: #fbfbfa; --accent: #2c5d8f; --warn: #a33c2b; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 ${REPORT_FONTS}; color: var(--ink); background: var(--bg); }
header { padding: 1.2rem 2rem .6rem; border-bottom: 1px solid var(--line); background: #fff; }
header h1 { margin: 0 0 .3rem; font-size: 1.5rem; }
header p { margin: 0; color: var(--muted); }
nav { display: flex; flex-wrap: wrap; gap: .3rem 1rem; margin-top: .6rem; }
nav a { color: var(--accent); text-decoration: none; }
nav.years { padding: .3rem 0; border-bottom: 1px dashed var(--line); }
nav.years strong { color: var(--ink); }
code, dd, td, li { overflow-wrap: anywhere; }
/* Long text (a URL, a title) may break anywhere; a number, year, stage or kind never: "20/24" reads as two. */
td.num, .nowrap { white-space: nowrap; }
/* On a phone a wide table scrolls sideways rather than squeezing a name to one character a line. */
td { min-width: 4em; }
@media (max-width: 600px) { header { padding: .8rem 1rem .5rem; } main { padding: 0 1rem 3rem; } }
main { padding: 0 2rem 4rem; max-width: 1200px; }
section { margin-top: 2.2rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
.note { color: var(--muted); font-size: .9rem; }
.empty { color: var(--muted); font-style: italic; }
figure { margin: 1rem 0; overflow-x: auto; background: #fff; border: 1px solid var(--line); padding: .6rem; }
/* Charts scale down with their container (the SVG keeps its viewBox and aspect ratio), never wider than it. */
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .85rem; margin-top: .3rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; background: #fff; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .25rem .55rem; text-align: left; vertical-align: top; }
th { background: #f0f2f4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.yes { background: #e6f4ea; }
td.no { background: #fbe9e7; color: var(--warn); }
.wide { overflow-x: auto; }
a { color: var(--accent); }
.doc { border: 1px solid var(--line); background: #fff; padding: .6rem .9rem; margin: .8rem 0; }
.doc h3 { margin: 0 0 .3rem; }
.doc dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .3rem 0; font-size: .9rem; }
.doc dt { color: var(--muted); }
.doc dd { margin: 0; }
.doc .text p { margin: .3rem 0; white-space: pre-wrap; }
.label { display: inline-block; font-size: .75rem; padding: 0 .3rem; margin-right: .2rem; border-radius: 3px; color: #fff; }
.label-维权 { background: #c0392b; } .label-参与 { background: #2471a3; } .label-建设 { background: #229954; } .label-教育 { background: #b7950b; }
.flag { color: var(--warn); font-weight: 600; }
details summary { cursor: pointer; color: var(--accent); }
ul.plain { padding-left: 1.1rem; }
`;
