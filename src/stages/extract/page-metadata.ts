// A page's title and visible publish date. The title prefers the document's own heading (profile selector,
// or an <h1>–<h3> that the <title> repeats) over the <title> tag, whose site-name suffixes are cut off.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { genericHints } from './generic-extractor.ts';
import type { SiteProfile } from './site-profiles.ts';

export interface TitleChoice {
  title: string | null;
  /** The heading element's text when the title came from one (it belongs at the top of the text). */
  heading: string | null;
  /** The element holding the visible title, when there is one (a byline with the date often follows it). */
  element: Element | null;
  from: string;
}

const DOC_EXTENSION = /\.(docx?|pdf|wps|pptx?|xlsx?|txt|rtf)$/i;
/** Separators between a document title and the site's name or section in <title>. */
const TITLE_SEPARATORS = /\s*(?:_|\||｜|--|——|—|–|\s-\s|-{2,}|(?<=[^\d\s-])-(?=[^\d\s-]))\s*/u;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function withoutExtension(title: string): string {
  return title.replace(DOC_EXTENSION, '').trim();
}

function compact(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** The longest part of a <title> split at its separators: the document's name rather than the site's. */
export function titleFromTitleTag(raw: string): string | null {
  const parts = clean(raw)
    .split(TITLE_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  // A Chinese document's title has Chinese in it: "Powered by Discuz!" never wins over one.
  const chinese = parts.filter((p) => /\p{Script=Han}/u.test(p));
  return (chinese.length ? chinese : parts).reduce((a, b) => ([...b].length > [...a].length ? b : a));
}

function allLinkText(el: Element, $: CheerioAPI): boolean {
  const whole = compact($(el).text());
  const links = compact($(el).find('a').text());
  return whole.length > 0 && links.length >= whole.length;
}

export function chooseTitle($: CheerioAPI, profile: SiteProfile | null, skip: (el: Element) => boolean): TitleChoice {
  const tag = clean($('title').first().text());
  if (profile) {
    for (const sel of profile.title) {
      const el = $(sel)
        .toArray()
        .find((e) => clean($(e).text()).length > 0);
      if (el) {
        const t = clean($(el).text());
        if (t.length <= 200)
          return {
            title: withoutExtension(t),
            heading: t,
            element: el as Element,
            from: `profile ${profile.id} selector ${sel}`,
          };
      }
    }
  }
  const headings = ($('h1, h2, h3').toArray() as Element[]).filter((h) => !skip(h) && !allLinkText(h, $));
  const tagCompact = compact(tag);
  for (const h of headings) {
    const t = clean($(h).text());
    if (t.length >= 2 && t.length <= 120 && tagCompact.includes(compact(t))) {
      return { title: withoutExtension(t), heading: t, element: h, from: `<${h.name}> repeated in <title>` };
    }
  }
  const h1 = headings.find(
    (h) => h.name === 'h1' && clean($(h).text()).length >= 4 && clean($(h).text()).length <= 120,
  );
  if (h1) {
    const t = clean($(h1).text());
    return { title: withoutExtension(t), heading: t, element: h1, from: '<h1>' };
  }
  const fromTag = titleFromTitleTag(tag);
  if (!fromTag) return { title: null, heading: null, element: null, from: 'none' };
  // Old layouts show the title as bold or large text rather than a heading: a text node that says exactly
  // what <title> says is the visible heading.
  const shown = visibleTextNode($, compact(fromTag), skip);
  if (shown)
    return {
      title: withoutExtension(fromTag),
      heading: fromTag,
      element: shown,
      from: '<title>, shown on the page as text',
    };
  return { title: withoutExtension(fromTag), heading: null, element: null, from: '<title> without its site suffix' };
}

/** Depth-first, in document order: the first visible text node of <body> for which `test` gives a value,
 * with the element holding it. `skipNames` are elements whose text is never the page's own. */
function firstTextNode<T>(
  $: CheerioAPI,
  skip: (el: Element) => boolean,
  skipNames: RegExp,
  test: (data: string) => T | null,
): { value: T; parent: Element } | null {
  const body = $('body')[0] as Element | undefined;
  if (!body) return null;
  const stack: AnyNode[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const value = n.parent ? test((n as unknown as { data: string }).data) : null;
      if (value !== null) return { value, parent: n.parent as Element };
      continue;
    }
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (skip(el) || skipNames.test(el.name)) continue;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return null;
}

function visibleTextNode($: CheerioAPI, wanted: string, skip: (el: Element) => boolean): Element | null {
  if (wanted.length < 4) return null;
  return (
    firstTextNode($, skip, /^(script|style|title|head|a|option|textarea)$/, (data) =>
      compact(data) === wanted ? true : null,
    )?.parent ?? null
  );
}

const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u;

/** "2021年3月5日", "2021-03-05 10:00", "2021/3/5" → "2021-03-05"; null when it is not a real date. */
export function parseVisibleDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface DateChoice {
  date: string | null;
  from: string;
  /** The text it was read from. */
  evidence: string | null;
  /** The element showing it, when known (a byline: metadata, not text). */
  element?: Element | null;
}

/** Elements whose text runs on into their parent's line (a date in a <span> belongs to the byline). */
const INLINE = new Set(['span', 'font', 'b', 'strong', 'em', 'i', 'small', 'time', 'label', 'a', 'u']);

function blockOf(el: Element): Element {
  let b = el;
  while (INLINE.has(b.name) && b.parent && b.parent.type === 'tag') b = b.parent as Element;
  return b;
}

/** The first text node with a labelled date (发布时间：2021-03-05), and the block that shows it. */
function labelledDateElement(
  $: CheerioAPI,
  labelled: RegExp,
  skip: (el: Element) => boolean,
): { text: string; element: Element } | null {
  const found = firstTextNode(
    $,
    skip,
    /^(script|style|title|head|option|textarea)$/,
    (data) => labelled.exec(data)?.[0] ?? null,
  );
  return found ? { text: found.value, element: blockOf(found.parent) } : null;
}

const DATE_META = [
  'meta[name="PubDate" i]',
  'meta[name="publishdate" i]',
  'meta[name="pubdate" i]',
  'meta[property="article:published_time"]',
  'meta[name="date" i]',
];

/** The visible publish date: the profile's date element, a labelled date (发布时间：…), a date element
 * named so in class/id, then the page's publish-date <meta>. */
/** A short line right after the title (a byline: "2021-04-18 21:05 | 分类：…") that holds a date. */
function bylineDate($: CheerioAPI, heading: Element | null): DateChoice | null {
  if (!heading) return null;
  let el: Element | null = heading;
  // Climb out of wrappers such as <td><font><b>title</b></font></td> to the block that has siblings.
  for (let up = 0; up < 4 && el && !el.nextSibling; up++) el = el.parent as Element | null;
  let sib = el?.nextSibling ?? null;
  for (let seen = 0; sib && seen < 3; sib = sib.nextSibling) {
    if (sib.type !== 'tag') continue;
    seen++;
    const t = clean($(sib).text());
    if (t.length === 0) continue;
    if (t.length > 100) break;
    const d = parseVisibleDate(t);
    if (d) return { date: d, from: 'the line after the title', evidence: t, element: sib as Element };
  }
  return null;
}

export function choosePublishDate(
  $: CheerioAPI,
  profile: SiteProfile | null,
  visibleText: () => string,
  heading: Element | null = null,
  skip: (el: Element) => boolean = () => false,
): DateChoice {
  if (profile) {
    for (const sel of profile.date) {
      for (const el of $(sel).toArray()) {
        const t = clean($(el).text());
        const d = parseVisibleDate(t);
        if (d) return { date: d, from: `profile ${profile.id} selector ${sel}`, evidence: t.slice(0, 80) };
      }
    }
  }
  const label = genericHints().dateLabel;
  const labelledRe = new RegExp(`(?:${label.source})${DATE.source}`, 'u');
  const inNode = labelledDateElement($, labelledRe, skip);
  if (inNode) {
    const d = parseVisibleDate(inNode.text);
    if (d) return { date: d, from: 'labelled date on the page', evidence: inNode.text, element: inNode.element };
  }
  const labelled = labelledRe.exec(visibleText());
  if (labelled) {
    const d = parseVisibleDate(labelled[0]);
    if (d) return { date: d, from: 'labelled date on the page', evidence: labelled[0] };
  }
  const byline = bylineDate($, heading);
  if (byline) return byline;
  for (const el of $('[class*="date" i], [class*="time" i], [id*="date" i], [id*="time" i]').toArray()) {
    const t = clean($(el).text());
    if (t.length > 60) continue;
    const d = parseVisibleDate(t);
    if (d) return { date: d, from: 'date element (class/id)', evidence: t, element: el as Element };
  }
  for (const sel of DATE_META) {
    const v = $(sel).attr('content');
    const d = v ? parseVisibleDate(v) : null;
    if (d) return { date: d, from: `<${sel.replace(/ i\]$/, ']')}>`, evidence: v ?? null };
  }
  return { date: null, from: 'none', evidence: null };
}
