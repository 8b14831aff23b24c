// Experiment (s28): does a small learned chrome-line scorer over structural line features generalise to unseen
// sites better than the rules? Leave-one-split-out over every unsealed split of eval/real/pages.json.
//
// Training examples are committed gold strings only: a page's `chrome` strings are chrome; its `body` strings,
// document keys and titles, paragraph keys and activity keys are body. No page text enters the weights. The held-out
// split's page lines (PAGES/<id>.txt) and its pipeline output are only scored.
//
// The model is a logistic regression written here (not natural's LogisticRegressionClassifier: that one takes word
// tokens only, no real-valued structural features, and trains by slow full-batch passes; ours is ~40 lines, sparse,
// hashed, deterministic). Features are structural (length, sentence-final punctuation, digit / ASCII / bracket share,
// date, time and counter shapes, separators, a heading marker) plus hashed character bigrams.
//
// Run: npx tsx scripts/chrome-model-experiment.ts --pages /work/real-pages/text [--outputs /tmp/cache.json]
// It reports per held-out split: (a) the model alone on the page's lines: chrome strings removed, body strings
// lost; (b) after HEAD's rules: of the chrome strings the rules leave, how many the model catches, and the body /
// key strings it would delete from the rules' output.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_PIPELINE } from '../src/commands/ingest.ts';
import { comparable } from '../src/eval/real-pages/comparable-text.ts';
import { DEFAULT_REAL_GOLD, type GoldPage, loadRealGold, SPLITS, type Split } from '../src/eval/real-pages/gold.ts';
import { findPageFile, runPagesThroughPipeline } from '../src/eval/real-pages/run-pages.ts';
import { loadSplitLedger, sealedSplits } from '../src/eval/real-pages/split-ledger.ts';

const args = process.argv.slice(2);
const argOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const PAGES = argOf('--pages') ?? '/work/real-pages/text';
const CACHE = argOf('--outputs');

// ---------- features ----------
const HASH_BITS = 16;
const DIM = 1 << HASH_BITS;
const STRUCT = 64; // the first 64 slots are structural features; bigrams hash into the rest

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return STRUCT + ((h >>> 0) % (DIM - STRUCT));
}

function bucket(x: number, edges: number[]): number {
  let i = 0;
  while (i < edges.length && x >= edges[i]!) i++;
  return i;
}

export type Features = Map<number, number>;

/** A line's place: its index among the page's non-empty lines, their count, and its neighbours. */
export interface Place {
  index: number;
  count: number;
  prev: string;
  next: string;
}

const sentenceLike = (s: string) => [...s].length >= 20 && /[。!?;,]/u.test(s.normalize('NFKC'));

export function features(raw: string, place?: Place): Features {
  const s = raw.normalize('NFKC').trim();
  const f: Features = new Map();
  const on = (i: number, v = 1) => f.set(i, (f.get(i) ?? 0) + v);
  on(0); // bias
  if (place) {
    const top = place.index / Math.max(1, place.count);
    on(48 + bucket(top, [0.1, 0.25, 0.75, 0.9])); // 48..52 position share
    if (place.index < 3) on(53);
    if (place.count - 1 - place.index < 3) on(54);
    if (sentenceLike(place.prev)) on(55);
    if (sentenceLike(place.next)) on(56);
    if (sentenceLike(place.prev) && sentenceLike(place.next)) on(57); // inside the dense block
  }
  const n = [...s].length || 1;
  on(1 + bucket(n, [5, 9, 16, 31, 61, 121])); // 1..7
  const count = (re: RegExp) => (s.match(re) ?? []).length;
  const digits = count(/\d/gu) / n;
  const ascii = count(/[A-Za-z]/gu) / n;
  const cjk = count(/\p{Script=Han}/gu) / n;
  const brackets = count(/[【】[\]()《》<>「」{}]/gu);
  on(8 + bucket(digits, [0.0001, 0.1, 0.3])); // 8..11
  on(12 + bucket(ascii, [0.0001, 0.1, 0.3])); // 12..15
  on(16 + bucket(cjk, [0.3, 0.6, 0.85])); // 16..19
  on(20 + Math.min(brackets, 2)); // 20..22
  if (/[。!?;…]["”’)]?$/u.test(s)) on(23); // ends like a sentence
  if (/[,:、]$/u.test(s)) on(24); // ends mid-sentence
  if (/。./u.test(s)) on(25); // a sentence stop inside
  on(26 + Math.min(count(/[,、]/gu), 3)); // 26..29 commas
  if (/(19|20)\d{2}\s*[-/.年]\s*\d{1,2}/u.test(s)) on(30); // a date
  if (/\d{1,2}:\d{2}/u.test(s)) on(31); // a time
  if (/[::]\s*\d+\s*$/u.test(s) || /\d+\s*(次|人)?\s*$/u.test(s)) on(32); // ends in a counter / number
  const seps = count(/[>|»·•/\\—–]/gu);
  on(33 + Math.min(seps, 3)); // 33..36
  const fields = s.split(/\s+/u).filter(Boolean).length;
  on(37 + Math.min(fields - 1, 4)); // 37..41 space-separated fields
  if (/^([一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十\d]+[))]|\d+[、.](?!\d))/u.test(s)) on(42); // heading
  if (/[::]/u.test(s)) on(43);
  if (/[::]/u.test(s) && !/[。,]/u.test(s)) on(44); // field: value, no prose
  if (!/[。!?;,、:]/u.test(s)) on(45); // no punctuation at all
  if (/^第?[\d一二三四五六七八九十]+[篇页章]|篇\s*\d+$/u.test(s)) on(46);
  if (/\.(com|cn|net|org)|www\.|https?:/iu.test(s)) on(47);
  // character bigrams, boundary-marked, with digits and Latin folded to one class each
  const chars = ['^', ...[...s].map((c) => (/\d/u.test(c) ? '0' : /[A-Za-z]/u.test(c) ? 'a' : c)), '$'];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  if (NO_GRAMS) return f;
  const w = 1 / Math.sqrt(grams.size || 1);
  for (const g of grams) on(hash(g), w);
  return f;
}

// ---------- logistic regression (AdaGrad SGD, L2, balanced classes) ----------
export function train(xs: Features[], ys: number[], epochs = 8, lr = 0.3, l2 = 1e-5): Float64Array {
  const w = new Float64Array(DIM);
  const g2 = new Float64Array(DIM).fill(1e-8);
  const pos = ys.filter((y) => y === 1).length;
  const neg = ys.length - pos;
  const cw = [ys.length / (2 * neg), ys.length / (2 * pos)];
  const order = xs.map((_, i) => i);
  let seed = 12345;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = xs[i]!;
      const y = ys[i]!;
      const p = sigmoid(dot(w, x));
      const g = (p - y) * cw[y]!;
      for (const [k, v] of x) {
        const grad = g * v + l2 * w[k]!;
        g2[k]! += grad * grad;
        w[k]! -= (lr * grad) / Math.sqrt(g2[k]!);
      }
    }
  }
  return w;
}
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
function dot(w: Float64Array, x: Features): number {
  let z = 0;
  for (const [k, v] of x) z += w[k]! * v;
  return z;
}
export const score = (w: Float64Array, s: string, place?: Place) => sigmoid(dot(w, features(s, place)));

function places(lines: string[]): (Place | undefined)[] {
  const idx = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  const out: (Place | undefined)[] = lines.map(() => undefined);
  idx.forEach((li, j) => {
    out[li] = { index: j, count: idx.length, prev: lines[idx[j - 1] ?? -1] ?? '', next: lines[idx[j + 1] ?? -1] ?? '' };
  });
  return out;
}

// Variant "lines" (an upper bound, NOT committable: its weights would derive from page text): the training splits'
// page lines, labelled by the gold strings they hold, with their place.
function lineExamples(pages: GoldPage[]): { xs: Features[]; ys: number[] } {
  const xs: Features[] = [];
  const ys: number[] = [];
  for (const p of pages) {
    const lines = readFileSync(findPageFile(PAGES, p.id)!, 'utf8').split(/\r?\n/u);
    const pl = places(lines);
    const cs = p.chrome.map(comparable);
    const bs = bodyStrings(p).map(comparable);
    lines.forEach((l, i) => {
      if (!l.trim()) return;
      const c = comparable(l);
      const isC = cs.some((x) => x && c.includes(x));
      const isB = bs.some((x) => x && c.includes(x));
      if (isC === isB) return;
      xs.push(features(l, pl[i]));
      ys.push(isC ? 1 : 0);
    });
  }
  return { xs, ys };
}
const MODE = argOf('--train-on') ?? 'gold';
const NO_GRAMS = args.includes('--no-grams');

// ---------- gold strings ----------
function bodyStrings(p: GoldPage): string[] {
  const out = [...p.body];
  for (const d of p.documents) {
    out.push(...d.keys);
    if (d.title) out.push(d.title);
  }
  for (const q of p.paragraphs) out.push(q.key);
  for (const a of p.activities.items) out.push(a.key);
  return out.filter((s) => s.trim().length > 0);
}

function examples(pages: GoldPage[]): { xs: Features[]; ys: number[]; texts?: string[] } {
  const xs: Features[] = [];
  const ys: number[] = [];
  const texts: string[] = [];
  for (const p of pages) {
    for (const c of p.chrome) {
      xs.push(features(c));
      ys.push(1);
      texts.push(c);
    }
    for (const b of bodyStrings(p)) {
      xs.push(features(b));
      ys.push(0);
      texts.push(b);
    }
  }
  return { xs, ys, texts };
}

// Threshold from gold only: out-of-fold scores of the training strings (folds = training splits), the lowest
// threshold at which at most `bodyShare` of the body strings score above it.
function chooseThreshold(pages: GoldPage[], bodyShare: number): number {
  const splits = [...new Set(pages.map((p) => p.split))];
  const bodyScores: number[] = [];
  const folds = 4;
  const build = (ps: GoldPage[]) => (MODE === 'lines' ? lineExamples(ps) : examples(ps));
  for (let f = 0; f < folds; f++) {
    const held = new Set(splits.filter((_, i) => i % folds === f));
    const tr = build(pages.filter((p) => !held.has(p.split)));
    const w = train(tr.xs, tr.ys);
    const te = build(pages.filter((q) => held.has(q.split)));
    te.xs.forEach((x, i) => {
      if (te.ys[i] === 0) bodyScores.push(sigmoid(dot(w, x)));
    });
  }
  bodyScores.sort((a, b) => b - a);
  const k = Math.floor(bodyScores.length * bodyShare);
  return Math.min(0.999, bodyScores[k]! + 1e-9);
}

// ---------- evaluation ----------
function survives(lines: string[], keep: boolean[], s: string): boolean {
  const text = comparable(lines.filter((_, i) => keep[i]).join('\n'));
  return text.includes(comparable(s));
}

interface Tally {
  chrome: number;
  chromeGone: number;
  body: number;
  bodyLost: number;
  resid: number;
  residCaught: number;
  bodyOut: number;
  bodyOutLost: number;
  lostExamples: string[];
}

const emptyTally = (): Tally => ({
  chrome: 0,
  chromeGone: 0,
  body: 0,
  bodyLost: 0,
  resid: 0,
  residCaught: 0,
  bodyOut: 0,
  bodyOutLost: 0,
  lostExamples: [],
});

async function main(): Promise<void> {
  const goldFile = argOf('--gold') ?? DEFAULT_REAL_GOLD;
  const gold = loadRealGold(goldFile);
  const sealed = new Set(sealedSplits(loadSplitLedger(goldFile)));
  const pages = gold.filter((p) => !sealed.has(p.split) && findPageFile(PAGES, p.id)?.endsWith('.txt'));
  const splits = SPLITS.filter((s) => !sealed.has(s) && pages.some((p) => p.split === s));

  // HEAD's rules: each page's output documents (title + text), cached between runs
  let outputs: Record<string, string[]>;
  if (CACHE && existsSync(CACHE)) outputs = JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, string[]>;
  else {
    const files = new Map(pages.map((p) => [p.id, findPageFile(PAGES, p.id)!]));
    const run = await runPagesThroughPipeline(files, { pipelineFile: DEFAULT_PIPELINE });
    outputs = {};
    for (const [id, out] of run) outputs[id] = out.documents.map((d) => `${d.title ?? ''}\n${d.text}`);
    if (CACHE) writeFileSync(CACHE, JSON.stringify(outputs));
  }

  const shares = (argOf('--body-share') ?? '0.002').split(',').map(Number);
  const fixed = (argOf('--thresholds') ?? '').split(',').filter(Boolean).map(Number);
  const rows: string[] = [];
  const totals = new Map<string, Tally>();
  for (const k of splits) {
    const trainPages = pages.filter((p) => p.split !== k);
    const tr = MODE === 'lines' ? lineExamples(trainPages) : examples(trainPages);
    const w = train(tr.xs, tr.ys);
    const usePlace = MODE === 'lines';
    const thresholds = [
      ...shares.map((s) => ({ name: `oof${s}`, t: chooseThreshold(trainPages, s) })),
      ...fixed.map((t) => ({ name: `t${t}`, t })),
    ];
    for (const { name, t } of thresholds) {
      const tally = emptyTally();
      // How many of a page's strings are present on some lines, and how many of those the model's cut would remove.
      const present = (lines: string[], strings: string[]): { seen: number; lost: number } => {
        const pl = places(lines);
        const keep = lines.map((l, i) => l.trim() === '' || score(w, l, usePlace ? pl[i] : undefined) < t);
        const all = lines.map(() => true);
        const seen = strings.filter((x) => survives(lines, all, x));
        return { seen: seen.length, lost: seen.filter((x) => !survives(lines, keep, x)).length };
      };
      for (const p of pages.filter((q) => q.split === k)) {
        const lines = readFileSync(findPageFile(PAGES, p.id)!, 'utf8').split(/\r?\n/u);
        const raw = { chrome: present(lines, p.chrome), body: present(lines, bodyStrings(p)) };
        tally.chrome += raw.chrome.seen;
        tally.chromeGone += raw.chrome.lost;
        tally.body += raw.body.seen;
        tally.bodyLost += raw.body.lost;
        // after the rules: the output documents' lines
        const outLines = (outputs[p.id] ?? []).flatMap((d) => d.split('\n'));
        const out = { chrome: present(outLines, p.chrome), body: present(outLines, bodyStrings(p)) };
        tally.resid += out.chrome.seen;
        tally.residCaught += out.chrome.lost;
        tally.bodyOut += out.body.seen;
        tally.bodyOutLost += out.body.lost;
        if (out.body.lost > 0) tally.lostExamples.push(...Array<string>(out.body.lost).fill(p.id));
      }
      const tot = totals.get(name) ?? emptyTally();
      for (const key of [
        'chrome',
        'chromeGone',
        'body',
        'bodyLost',
        'resid',
        'residCaught',
        'bodyOut',
        'bodyOutLost',
      ] as const)
        tot[key] += tally[key];
      totals.set(name, tot);
      rows.push(row(k, name, t, tally));
    }
  }
  console.log(
    'split\tthreshold\tt\talone: chrome removed\talone: body lost\tresidual chrome caught\tbody lost after rules\tpages losing body',
  );
  for (const r of rows) console.log(r);
  for (const [name, tally] of totals) console.log(row('ALL', name, NaN, tally));
}

function row(k: Split | 'ALL', name: string, t: number, x: Tally): string {
  const r = (a: number, b: number) => `${a}/${b} ${(b ? a / b : 0).toFixed(3)}`;
  return [
    k,
    name,
    t.toFixed(3),
    r(x.chromeGone, x.chrome),
    r(x.bodyLost, x.body),
    r(x.residCaught, x.resid),
    r(x.bodyOutLost, x.bodyOut),
    [...new Set(x.lostExamples)].join(' '),
  ].join('\t');
}

await main();
