// Throughput of decode + extract on ~40 KB GBK pages in the style of the fixture sites (issue 9 targets
// ≥ 300 pages/s for the whole pipeline on 2 cores). Run: npx tsx scripts/bench-extract.ts [seconds]
import iconv from 'iconv-lite';
import { loadFixtureSites, routeBytes } from '../src/eval/fixture-sites.ts';
import type { SourceDraft } from '../src/model/items.ts';
import { type Note } from '../src/model/stage.ts';
import { collectingContext } from '../src/pipeline/collecting-context.ts';
import { decodeStage } from '../src/stages/decode/decode-stage.ts';
import { extractStage } from '../src/stages/extract/extract-stage.ts';

const seconds = Number(process.argv[2] ?? 5);
const sites = loadFixtureSites();
const paragraphs = sites.documents.flatMap((d) => d.with).map((t, i) => `<p>${i + 1}、${t}</p>`);

/** A fixture page grown to about 40 KB: more paragraphs in its text, a long script and a long link list. */
function grow(route: (typeof sites.routes)[number]): string {
  const html = iconv.decode(routeBytes(route), route.encoding);
  let body = '';
  while (Buffer.byteLength(body) < 26_000) body += paragraphs.join('\n');
  const links = Array.from(
    { length: 120 },
    (_, i) => `<li><a href="/d/${1000 + i}.html">相关文档标题${i}</a></li>`,
  ).join('');
  const script = `<script>${'var trackingData = {"k": "v"};\n'.repeat(300)}</script>`;
  return html
    .replace(/<\/head>/i, `${script}</head>`)
    .replace(
      /(<div[^>]*(?:doc-text|article-content|vsb_content|TRS_Editor|id="content"|class="c1")[^>]*>)/,
      `$1${body}`,
    )
    .replace(/<\/body>/i, `<ul class="more">${links}</ul></body>`);
}

const pages = sites.routes
  .filter((r) => /wenku|fanwen|school|generic/.test(r.file))
  .map((r) => {
    const html = grow(r);
    return {
      url: `http://127.0.0.1:8080${r.path}`,
      gbk: iconv.encode(html.replace(/charset=[\w-]+/gi, 'charset=gbk'), 'gbk'),
      undeclared: iconv.encode(html.replace(/<meta[^>]*charset[^>]*>/gi, ''), 'gbk'),
    };
  });
const decode = decodeStage.create({});
const extract = extractStage.create(extractStage.options.parse({}));

function run(label: string, pick: (p: (typeof pages)[number]) => Buffer, header: string | null): void {
  let n = 0;
  let bytes = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const p of pages) {
      const b = pick(p);
      const notes: Note[] = [];
      let draft: SourceDraft = {
        source: { key: p.url, given: p.url, kind: 'url' },
        pages: [{ url: p.url, bytes: b, declaredCharset: header, format: 'html', charset: null, text: '' }],
        text: '',
        title: null,
        publishedAt: null,
      };
      draft = decode(draft, collectingContext('decode', null, notes));
      extract(draft, collectingContext('extract', null, notes));
      n++;
      bytes += b.length;
    }
  }
  const ms = performance.now() - start;
  console.log(
    `${label.padEnd(34)} ${(n / (ms / 1000)).toFixed(0).padStart(5)} pages/s  ${(ms / n).toFixed(2)} ms/page  (${Math.round(bytes / n / 1024)} KB average, one core)`,
  );
}

run('(warm-up)', (p) => p.gbk, 'gbk');
run('GBK, charset in the header', (p) => p.gbk, 'gbk');
run('GBK, charset only in <meta>', (p) => p.gbk, null);
run('GBK, no charset anywhere (detector)', (p) => p.undeclared, null);
