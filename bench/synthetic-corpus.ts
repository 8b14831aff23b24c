// A synthetic corpus made by varying the bundled samples: distinct texts of realistic size (≈5 KB), some
// traditional, some GBK-encoded, some as ≈40 KB GBK HTML pages. Deterministic for a given seed, so bench runs
// and the resume test compare like with like.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { seededRandom as prng } from '../src/eval/seeded-random.ts';

export interface CorpusOptions {
  dir: string;
  docs: number;
  seed?: number;
  /** Share of documents written in traditional characters (UTF-8). */
  traditionalShare?: number;
  /** Share of plain-text documents encoded as GBK. */
  gbkShare?: number;
  /** Documents per file subdirectory (keeps directories small). */
  perDirectory?: number;
  /** Write ≈40 KB GBK HTML pages instead of text files. */
  html?: boolean;
  /** Target characters per document (≈3 bytes each in UTF-8). */
  targetChars?: number;
}

export interface CorpusStats {
  files: number;
  bytes: number;
  /** A sample of the simplified text (for the reference-tool comparisons). */
  simplifiedSample: string;
  /** A sample of traditional text. */
  traditionalSample: string;
}

const PLACES = [
  '青山',
  '东湖',
  '白沙',
  '红星',
  '金桥',
  '柳塘',
  '南港',
  '北苑',
  '石门',
  '桃源',
  '松林',
  '新城',
  '梅园',
  '清河',
  '双桥',
  '凤鸣',
  '长乐',
  '永安',
  '临江',
  '西岭',
];
const KINDS = ['小学', '中学', '实验小学', '中心小学', '初级中学', '实验学校', '幼儿园', '完全小学'];
const TOPICS = ['工作计划', '工作总结', '年度工作计划', '学期工作总结'];

function loadSampleParagraphs(): string[][] {
  const dir = new URL('../corpus/samples/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) =>
      readFileSync(new URL(f, dir), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length > 4),
    );
}

export function generateCorpus(options: CorpusOptions): CorpusStats {
  const rand = prng(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const samples = loadSampleParagraphs();
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const perDir = options.perDirectory ?? 1000;
  const target = options.targetChars ?? 1700;
  let bytes = 0;
  let simplifiedSample = '';
  let traditionalSample = '';
  for (let i = 0; i < options.docs; i++) {
    const org = `${pick(PLACES)}${pick(PLACES)}${pick(KINDS)}`;
    const year = 2008 + Math.floor(rand() * 17);
    const title = `${org}工会${year}年${pick(TOPICS)}`;
    const source = pick(samples);
    // A contiguous run of paragraphs from a random start, with a few shuffled in, until the size is reached.
    const lines = [title];
    let chars = title.length;
    let at = Math.floor(rand() * source.length);
    while (chars < target) {
      // Mostly a contiguous run of one sample, with some of its paragraphs swapped in from elsewhere in it.
      const line = rand() < 0.15 ? pick(source) : source[at++ % source.length]!;
      const varied = line.replace(/20\d\d/g, String(year)).replace(/[_Xx]{1,4}(小学|中学|学校)/g, org);
      lines.push(varied);
      chars += varied.length;
    }
    lines.push(`${org}工会委员会 ${year}年${1 + Math.floor(rand() * 12)}月`);
    let text = lines.join('\n');
    const traditional = rand() < (options.traditionalShare ?? 0.15);
    if (traditional) text = toTraditional(text);
    if (traditional && traditionalSample.length < 2_000_000) traditionalSample += `${text}\n`;
    if (!traditional && simplifiedSample.length < 2_000_000) simplifiedSample += `${text}\n`;
    const sub = join(options.dir, String(Math.floor(i / perDir)).padStart(3, '0'));
    if (i % perDir === 0) mkdirSync(sub, { recursive: true });
    let data: Buffer;
    let name: string;
    if (options.html) {
      // A real 范文/文库 page is mostly chrome: ≈40 KB of scripts, styles, menus and link lists around ≈5 KB of text.
      const body = text
        .split('\n')
        .map((l) => `<p>${l}</p>`)
        .join('\n');
      const links = (n: number, cls: string) =>
        `<ul class="${cls}">${Array.from({ length: n }, (_, k) => `<li><a href="/article/${Math.floor(rand() * 1e6)}.html" title="${pick(PLACES)}${pick(KINDS)}${pick(TOPICS)}">${pick(PLACES)}${pick(KINDS)}工会${pick(TOPICS)}范文${k}</a><span>2023-0${1 + (k % 9)}-1${k % 10}</span></li>`).join('')}</ul>`;
      const script = `<script>(function(){var s=document.createElement("script");s.src="//stat.example.invalid/s.js?${i}";${'var a=[1,2,3].map(function(x){return x*2});'.repeat(140)}})();</script>`;
      const style = `<style>${'.nav li{float:left;margin:0 8px}.side a{color:#333;text-decoration:none}'.repeat(100)}</style>`;
      const chrome = `<div class="nav"><a href="/">首页</a> &gt; <a href="/gh/">工会工作</a> &gt; 正文</div>${links(60, 'menu')}`;
      const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${traditional ? 'big5' : 'gb2312'}"><title>${title}</title>${style}${script}</head><body>${chrome}<div class="content"><h1>${title}</h1>${body}</div><div class="side"><h3>相关文章</h3>${links(60, 'related')}</div><div class="footer">版权所有 ICP备12345678号</div>${script}</body></html>`;
      data = iconv.encode(html, traditional ? 'big5' : 'gbk');
      name = `${String(i).padStart(6, '0')}.html`;
    } else {
      const gbk = !traditional && rand() < (options.gbkShare ?? 0.2);
      data = gbk ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8');
      name = `${String(i).padStart(6, '0')}.txt`;
    }
    writeFileSync(join(sub, name), data);
    bytes += data.length;
  }
  return { files: options.docs, bytes, simplifiedSample, traditionalSample };
}
