// The documents a listing page links to (a 范文 category page, a school's 工会动态 column). Without a
// pattern, the document links are the largest group of same-site links that share a URL shape (digits
// masked: /zongjie/gonghui/#.html) and carry title-like text; menus, tags and pagers have other shapes or
// short labels. A --link-pattern regular expression replaces the guess.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { pageKey } from './pagination.ts';

export interface ListingLinks {
  documents: string[];
  /** The URL shape of the document links, to look for on the listing's next pages. */
  shape: string | null;
  /** How they were chosen, for the log. */
  how: string;
}

/** Titles are at least this many characters; menu items and tags are shorter. */
const MIN_TITLE_CHARS = 5;

function urlShape(u: URL): string {
  const query = [...u.searchParams.keys()].sort().join('&');
  return `${u.host}${u.pathname.replace(/\d+/g, '#')}?${query}`;
}

export function findDocumentLinks(
  $: CheerioAPI,
  pageUrl: string,
  pattern: RegExp | null = null,
  knownShape: string | null = null,
): ListingLinks {
  let base: URL;
  try {
    base = new URL(pageUrl);
  } catch {
    return { documents: [], shape: null, how: 'not a valid URL' };
  }
  const listing = pageKey(base);
  const seen = new Set<string>();
  const candidates: Array<{ url: string; shape: string; text: string }> = [];
  for (const a of $('a[href]').toArray() as Element[]) {
    const href = ($(a).attr('href') ?? '').trim();
    if (!href || /^(javascript|mailto|tel):|^#/i.test(href)) continue;
    let u: URL;
    try {
      u = new URL(href, base);
    } catch {
      continue;
    }
    u.hash = '';
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.href === base.href || seen.has(u.href)) continue;
    if (pattern) {
      if (pattern.test(u.href)) {
        seen.add(u.href);
        candidates.push({ url: u.href, shape: '', text: '' });
      }
      continue;
    }
    if (u.host !== base.host || pageKey(u).stem === listing.stem) continue; // other sites; the listing's own pages
    const text = $(a).text().replace(/\s+/g, '') || ($(a).attr('title') ?? '').replace(/\s+/g, '');
    if ([...text].length < MIN_TITLE_CHARS) continue;
    seen.add(u.href);
    candidates.push({ url: u.href, shape: urlShape(u), text });
  }
  if (pattern) return { documents: candidates.map((c) => c.url), shape: null, how: `links matching ${pattern.source}` };
  if (knownShape) {
    const same = candidates.filter((c) => c.shape === knownShape);
    return {
      documents: same.map((c) => c.url),
      shape: knownShape,
      how: `${same.length} links shaped like the first listing page's`,
    };
  }
  const groups = new Map<string, typeof candidates>();
  for (const c of candidates) groups.set(c.shape, [...(groups.get(c.shape) ?? []), c]);
  let best: typeof candidates = [];
  let bestShape = '';
  for (const [shape, group] of groups) {
    if (group.length > best.length || (group.length === best.length && avgLength(group) > avgLength(best))) {
      best = group;
      bestShape = shape;
    }
  }
  if (best.length < 2)
    return { documents: [], shape: null, how: 'no group of similar document links found (give --link-pattern)' };
  return {
    documents: best.map((c) => c.url),
    shape: bestShape,
    how: `${best.length} links shaped like ${bestShape.replace(/\?$/, '')}`,
  };
}

function avgLength(group: Array<{ text: string }>): number {
  return group.length ? group.reduce((n, g) => n + g.text.length, 0) / group.length : 0;
}
