// The generic extractor for sites without a profile: text density over block elements (Readability's idea,
// tuned for Chinese, where sentence punctuation ，。；：、 is the strongest sign of prose). One pass over the
// DOM counts characters, link characters and punctuation per element; text-holding blocks give their score
// to their parent and grandparent; the best container (discounted by link density and class/id hints) wins,
// with sibling blocks that read like more of the same. Inside it, link lists, teaser lists and elements
// named like chrome are dropped.
import type { AnyNode, Element } from 'domhandler';
import { z } from 'zod';
import { loadRuleFile, ruleList, RuleId, rulePattern, Why } from '../../lexicon/rule-file.ts';
import { INVISIBLE } from './html-to-text.ts';

/** Class/id words and link labels are matched case-insensitively; date labels are Chinese text. */
const hintList = (flags: string) =>
  ruleList(z.strictObject({ id: RuleId, pattern: rulePattern({ flags }), why: Why })).min(1);
const HintsFile = z.strictObject({
  why: z.string(),
  contentClassId: hintList('i'),
  chromeClassId: hintList('i'),
  nextPageLabels: hintList('i'),
  dateLabels: hintList('u'),
  copyrightText: hintList('i'),
});
type HintEntry = z.output<typeof HintsFile>['contentClassId'][number];

export interface GenericHints {
  content: RegExp;
  chrome: Array<{ id: string; re: RegExp }>;
  nextPage: RegExp;
  dateLabel: RegExp;
  copyright: RegExp;
}

let hints: GenericHints | null = null;

/** data/generic-hints.json, read once; an empty or match-everything pattern is refused. */
export function genericHints(): GenericHints {
  if (hints) return hints;
  const file = loadRuleFile(new URL('./data/generic-hints.json', import.meta.url), HintsFile);
  const compile = (e: HintEntry, flags = 'i') => new RegExp(e.pattern, flags);
  const join = (entries: HintEntry[]) => new RegExp(entries.map((e) => `(?:${compile(e).source})`).join('|'), 'i');
  hints = {
    content: join(file.contentClassId),
    chrome: file.chromeClassId.map((e) => ({ id: e.id, re: compile(e) })),
    nextPage: join(file.nextPageLabels),
    dateLabel: new RegExp(file.dateLabels.map((e) => `(?:${compile(e, 'u').source})`).join('|'), 'u'),
    copyright: join(file.copyrightText),
  };
  return hints;
}

/** Elements never holding main text, dropped before scoring (besides the invisible ones). */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'menu']);
/** Elements whose content is never visible text (nodeText skips them too), and media and image maps. */
const INVISIBLE_TAGS = new Set([...INVISIBLE, 'map', 'audio', 'video']);
/** Where text is held: their own inline text is a "paragraph". */
const TEXT_BLOCKS = new Set([
  'p',
  'div',
  'td',
  'th',
  'li',
  'dd',
  'dt',
  'pre',
  'blockquote',
  'section',
  'article',
  'main',
  'body',
  'center',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'form',
  'table',
  'tr',
  'tbody',
  'ul',
  'ol',
  'dl',
  'address',
  'figure',
  'figcaption',
  'header',
  'fieldset',
  'font',
  'span',
]);
/** Containers that may be chosen as the main text. */
const CANDIDATES = new Set([
  'div',
  'td',
  'article',
  'section',
  'main',
  'body',
  'blockquote',
  'center',
  'form',
  'dd',
  'font',
  'span',
]);
/** Inline-ish tags whose text belongs to the nearest block. */
const INLINE_PASS = new Set(['span', 'font']);

const PUNCT = /[，。；：！？、,;!?]/g;

export interface BlockStats {
  parent: Element | null;
  chars: number;
  linkChars: number;
  punct: number;
  ownChars: number;
  ownPunct: number;
  score: number;
}

export interface PageAnalysis {
  stats: Map<Element, BlockStats>;
  /** Dropped before scoring: chrome tags and hidden elements. */
  preDropped: Set<Element>;
  body: Element;
}

export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (!a) return false;
  if ('hidden' in a) return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 12 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

function classId(el: Element): string {
  const a = el.attribs ?? {};
  return `${a.class ?? ''} ${a.id ?? ''}`.toLowerCase();
}

/** The chrome hint that names the element ("related", "navigation"…), unless it is also named as content. */
export function chromeHint(el: Element, h: GenericHints = genericHints()): string | null {
  const names = classId(el);
  if (names.trim() === '') return null;
  for (const c of h.chrome) if (c.re.test(names)) return h.content.test(names) ? null : c.id;
  return null;
}

/** Counts text, link text and punctuation for every element under `body` (one iterative pass). */
export function analysePage(body: Element, extraSkip: (el: Element) => boolean = () => false): PageAnalysis {
  const stats = new Map<Element, BlockStats>();
  const preDropped = new Set<Element>();
  const dataTables = new Set<Element>();
  const order: Element[] = [];
  type Frame = { node: AnyNode; parent: Element | null; block: Element | null; inLink: boolean };
  const stack: Frame[] = [{ node: body, parent: null, block: null, inLink: false }];
  while (stack.length) {
    const { node, parent, block, inLink } = stack.pop()!;
    if (node.type === 'text') {
      if (!parent) continue;
      const data = (node as unknown as { data: string }).data;
      const n = nonSpaceLength(data);
      if (n === 0) continue;
      const s = stats.get(parent)!;
      s.chars += n;
      if (inLink) s.linkChars += n;
      else {
        const p = data.match(PUNCT)?.length ?? 0;
        s.punct += p;
        if (block) {
          const b = stats.get(block)!;
          b.ownChars += n;
          b.ownPunct += p;
        }
      }
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    const name = el.name?.toLowerCase() ?? '';
    if (el !== body) {
      if (INVISIBLE_TAGS.has(name)) continue;
      if (CHROME_TAGS.has(name) || isHidden(el) || extraSkip(el)) {
        preDropped.add(el);
        continue;
      }
    }
    stats.set(el, { parent, chars: 0, linkChars: 0, punct: 0, ownChars: 0, ownPunct: 0, score: 0 });
    order.push(el);
    // A data table (a schedule: 月份 | 工作内容) is one block of its container's text, not a container.
    const inTable = block !== null && block.name === 'table' && stats.has(block) && dataTables.has(block);
    if (name === 'table' && isDataTable(el)) dataTables.add(el);
    const ownBlock = inTable ? block : TEXT_BLOCKS.has(name) && !(INLINE_PASS.has(name) && block) ? el : block;
    const link = inLink || name === 'a';
    const children = el.children ?? [];
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i]!, parent: el, block: ownBlock, inLink: link });
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const s = stats.get(el)!;
    if (s.parent) {
      const p = stats.get(s.parent)!;
      p.chars += s.chars;
      p.linkChars += s.linkChars;
      p.punct += s.punct;
    }
  }
  // Text-holding blocks score their container, parent and grandparent.
  for (const el of order) {
    const s = stats.get(el)!;
    if (s.ownChars < 10) continue;
    const gain = 1 + s.ownPunct + Math.min(s.ownChars / 100, 3);
    if (CANDIDATES.has(el.name)) s.score += gain;
    const parent = s.parent ? stats.get(s.parent) : undefined;
    if (parent) {
      parent.score += gain;
      const grand = parent.parent ? stats.get(parent.parent) : undefined;
      if (grand) grand.score += gain / 2;
    }
  }
  return { stats, preDropped, body };
}

/** A table of data rather than layout: no nested tables, at least two rows, short cells. */
function isDataTable(table: Element): boolean {
  let rows = 0;
  let cells = 0;
  let chars = 0;
  const stack: AnyNode[] = [...table.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      chars += nonSpaceLength((n as unknown as { data: string }).data);
      continue;
    }
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (el.name === 'table') return false;
    if (el.name === 'tr') rows++;
    else if (el.name === 'td' || el.name === 'th') cells++;
    for (const c of el.children) stack.push(c);
  }
  return rows >= 2 && cells >= rows && chars / cells <= 80;
}

export function linkDensity(s: BlockStats): number {
  return s.chars === 0 ? 0 : s.linkChars / s.chars;
}

function candidateScore(el: Element, s: BlockStats, h: GenericHints): number {
  let w = 1 - linkDensity(s);
  const names = classId(el);
  if (names.trim()) {
    if (h.content.test(names)) w *= 1.3;
    else if (h.chrome.some((c) => c.re.test(names))) w *= 0.4;
  }
  if (el.name === 'article' || el.name === 'main') w *= 1.15;
  return s.score * w;
}

export interface GenericChoice {
  roots: Element[];
  score: number;
  /** Share of the page's sentence punctuation inside the chosen roots (how much of the prose it holds). */
  proseShare: number;
  chars: number;
  linkDensity: number;
}

/** The best main-text container(s), or null when the page has no scored text. */
export function chooseMainContent(analysis: PageAnalysis, h: GenericHints = genericHints()): GenericChoice | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of analysis.stats) {
    if (!CANDIDATES.has(el.name) || s.score <= 0) continue;
    const score = candidateScore(el, s, h);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return null;
  const bestStats = analysis.stats.get(best)!;
  // Siblings that read like more of the same text (a document split over sibling blocks).
  const roots: Element[] = [];
  const parent = bestStats.parent;
  const siblings = parent ? (parent.children.filter((c) => c.type === 'tag') as Element[]) : [best];
  for (const sib of siblings) {
    if (sib === best) {
      roots.push(sib);
      continue;
    }
    const s = analysis.stats.get(sib);
    if (!s || s.chars === 0) continue;
    const ld = linkDensity(s);
    const sibScore = candidateScore(sib, s, h);
    const readsLikeProse =
      ld < 0.25 &&
      chromeHint(sib, h) === null &&
      (sibScore >= Math.max(10, bestScore * 0.2) || (s.ownChars >= 80 && s.ownPunct >= 2));
    if (readsLikeProse) roots.push(sib);
  }
  const bodyPunct = analysis.stats.get(analysis.body)?.punct ?? 0;
  let punct = 0;
  let chars = 0;
  let links = 0;
  for (const r of roots) {
    const s = analysis.stats.get(r)!;
    punct += s.punct;
    chars += s.chars;
    links += s.linkChars;
  }
  return {
    roots,
    score: bestScore,
    proseShare: bodyPunct === 0 ? 1 : punct / bodyPunct,
    chars,
    linkDensity: chars ? links / chars : 0,
  };
}

const ELLIPSIS_END = /(\.{3,}|…+|。。。)\s*$/;

/** A list of teasers: several sibling items, each a link followed by a snippet cut off with "……". */
function isTeaserList(el: Element): boolean {
  const items = el.children.filter((c) => c.type === 'tag') as Element[];
  if (items.length < 3) return false;
  let teasers = 0;
  for (const item of items) {
    const text = plainText(item);
    if (ELLIPSIS_END.test(text) && hasLink(item)) teasers++;
  }
  return teasers >= 3 && teasers >= items.length * 0.6;
}

function hasLink(el: Element): boolean {
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'tag' && (n as Element).name === 'a') return true;
    for (const c of (n as Element).children ?? []) stack.push(c);
  }
  return false;
}

function plainText(el: Element): string {
  let out = '';
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out += (n as unknown as { data: string }).data;
    const children = (n as Element).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out.trim();
}

export interface PruneResult {
  dropped: Set<Element>;
  /** Reason → count, for the note. */
  reasons: Map<string, number>;
}

/** Chrome inside a chosen container: link lists, teaser lists, forms and blocks named like chrome that hold
 * little of the container's prose. The container itself is never dropped. */
export function pruneChrome(
  roots: Element[],
  analysis: PageAnalysis,
  h: GenericHints = genericHints(),
  into: PruneResult = { dropped: new Set(), reasons: new Map() },
): PruneResult {
  const count = (why: string) => into.reasons.set(why, (into.reasons.get(why) ?? 0) + 1);
  for (const root of roots) {
    const rootPunct = analysis.stats.get(root)?.punct ?? 0;
    const stack: Element[] = (root.children.filter((c) => c.type === 'tag') as Element[]).reverse();
    while (stack.length) {
      const el = stack.pop()!;
      if (into.dropped.has(el)) continue;
      const s = analysis.stats.get(el);
      if (!s) continue;
      let why: string | null = null;
      if (
        s.chars > 0 &&
        el.name !== 'a' &&
        linkDensity(s) >= 0.5 &&
        s.punct <= 2 &&
        !/^(h\d|strong|b|em|span|font)$/.test(el.name)
      )
        why = 'link list';
      else if (el.name === 'form' && s.punct < rootPunct * 0.3) why = 'form';
      else if (s.chars > 0 && s.punct < Math.max(3, rootPunct * 0.3)) {
        const hint = chromeHint(el, h);
        if (hint) why = hint;
      }
      if (
        !why &&
        s.chars > 0 &&
        /^(ul|ol|dl|div|section|table|tbody)$/.test(el.name) &&
        s.punct < rootPunct * 0.5 &&
        isTeaserList(el)
      )
        why = 'teaser list';
      if (!why && s.chars > 0 && s.chars <= 160) {
        const text = plainText(el);
        if ((text.match(/[，。；！？]/g)?.length ?? 0) <= 1 && h.copyright.test(text)) why = 'copyright block';
      }
      if (why) {
        into.dropped.add(el);
        count(why);
        continue;
      }
      const children = el.children.filter((c) => c.type === 'tag') as Element[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return into;
}
