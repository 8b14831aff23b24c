// A page's title and visible publish date. The title prefers the document's own heading (profile selector,
// or an <h1>–<h3> that the <title> repeats) over the <title> tag, whose site-name suffixes are cut off.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { genericHints } from './generic-extractor.ts';
import type { SiteProfile } from './site-profiles.ts';

export interface TitleChoice {
  title: string | null;
  /** The heading element's text when the title came from one (it belongs at the top of the text). */
  heading: string | null;
  from: string;
}

const DOC_EXTENSION = /\.(docx?|pdf|wps|pptx?|xlsx?|txt|rtf)$/i;
/** Separators between a document title and the site's name or section in <title>. */
const TITLE_SEPARATORS = /\s*(?:_|\||｜|--|——|—|–|\s-\s|-{2,})\s*/;

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
  const parts = clean(raw).split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  return parts.reduce((a, b) => ([...b].length > [...a].length ? b : a));
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
      const el = $(sel).toArray().find((e) => clean($(e).text()).length > 0);
      if (el) {
        const t = clean($(el).text());
        if (t.length <= 200) return { title: withoutExtension(t), heading: t, from: `profile ${profile.id} selector ${sel}` };
      }
    }
  }
  const headings = ($('h1, h2, h3').toArray() as Element[]).filter((h) => !skip(h) && !allLinkText(h, $));
  const tagCompact = compact(tag);
  for (const h of headings) {
    const t = clean($(h).text());
    if (t.length >= 2 && t.length <= 120 && tagCompact.includes(compact(t))) {
      return { title: withoutExtension(t), heading: t, from: `<${h.name}> repeated in <title>` };
    }
  }
  const h1 = headings.find((h) => h.name === 'h1' && clean($(h).text()).length >= 4 && clean($(h).text()).length <= 120);
  if (h1) {
    const t = clean($(h1).text());
    return { title: withoutExtension(t), heading: t, from: '<h1>' };
  }
  const fromTag = titleFromTitleTag(tag);
  return fromTag ? { title: withoutExtension(fromTag), heading: null, from: '<title> without its site suffix' } : { title: null, heading: null, from: 'none' };
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
}

const DATE_META = ['meta[name="PubDate" i]', 'meta[name="publishdate" i]', 'meta[name="pubdate" i]', 'meta[property="article:published_time"]', 'meta[name="date" i]'];

/** The visible publish date: the profile's date element, a labelled date (发布时间：…), a date element
 * named so in class/id, then the page's publish-date <meta>. */
export function choosePublishDate($: CheerioAPI, profile: SiteProfile | null, visibleText: () => string): DateChoice {
  if (profile) {
    for (const sel of profile.date) {
      for (const el of $(sel).toArray()) {
        const t = clean($(el).text());
        const d = parseVisibleDate(t);
        if (d) return { date: d, from: `profile ${profile.id} selector ${sel}`, evidence: t.slice(0, 80) };
      }
    }
  }
  const text = visibleText();
  const label = genericHints().dateLabel;
  const labelled = new RegExp(`(?:${label.source})${DATE.source}`, 'u').exec(text);
  if (labelled) {
    const d = parseVisibleDate(labelled[0]);
    if (d) return { date: d, from: 'labelled date on the page', evidence: labelled[0] };
  }
  for (const el of $('[class*="date" i], [class*="time" i], [id*="date" i], [id*="time" i]').toArray()) {
    const t = clean($(el).text());
    if (t.length > 60) continue;
    const d = parseVisibleDate(t);
    if (d) return { date: d, from: 'date element (class/id)', evidence: t };
  }
  for (const sel of DATE_META) {
    const v = $(sel).attr('content');
    const d = v ? parseVisibleDate(v) : null;
    if (d) return { date: d, from: `<${sel.replace(/ i\]$/, ']')}>`, evidence: v ?? null };
  }
  return { date: null, from: 'none', evidence: null };
}
