// A document's own pagination links: the other pages of the same document ("1 2 3 … 下一页",
// 8812_2.html, ?page=2), never other documents of the same site. A link counts when its URL is the page's
// own URL with a page number added or changed (…_N.html, …-N.html, a page= parameter), or when a
// profile's pager selector / pattern says so, or when it is labelled "下一页" and stays on the same site.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { genericHints } from './generic-extractor.ts';
import type { SiteProfile } from './site-profiles.ts';

export interface PaginationLinks {
  /** This page's number in its document (1 when the URL carries none). */
  current: number;
  /** Other pages of the document with their numbers, in page order. */
  pages: Array<{ url: string; page: number }>;
  /** The "next page" link, when the page has one. */
  next: string | null;
}

/** Page numbers above this are ids, not page numbers (p-558430934.html is document 558430934). */
const MAX_PAGE_NUMBER = 999;
const PAGE_PARAMS = /^(page|p|pn|pg|pageno|pagenum|pagenumber|pageindex|curpage|currentpage|cp|paged|ye)$/i;
const PAGE_SUFFIX = /^(.*?)[_-](\d{1,3})(\.[a-z0-9]+)?$/i;

interface PageKey {
  /** Path without the page suffix, plus the query without its page parameter. */
  stem: string;
  page: number;
}

function sameSite(a: URL, b: URL): boolean {
  const strip = (h: string) => h.toLowerCase().replace(/^www\./, '');
  return strip(a.hostname) === strip(b.hostname) && a.protocol.replace('s', '') === b.protocol.replace('s', '');
}

/** The URL's document stem and page number: /a/8812_2.html → (/a/8812.html, 2); ?id=5&page=3 → (?id=5, 3). */
export function pageKey(url: URL): PageKey {
  const params = [...url.searchParams.entries()];
  const pageParam = params.find(([k, v]) => PAGE_PARAMS.test(k) && /^\d{1,3}$/.test(v));
  if (pageParam) {
    const rest = params
      .filter((p) => p !== pageParam)
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join('&');
    return { stem: `${url.pathname}?${rest}`, page: Number(pageParam[1]) };
  }
  const query = params
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('&');
  const slash = url.pathname.lastIndexOf('/');
  const dir = url.pathname.slice(0, slash + 1);
  const last = url.pathname.slice(slash + 1);
  const m = PAGE_SUFFIX.exec(last);
  if (m && Number(m[2]) <= MAX_PAGE_NUMBER && m[1]) {
    return { stem: `${dir}${m[1]}${m[3] ?? ''}?${query}`, page: Number(m[2]) };
  }
  return { stem: `${url.pathname}?${query}`, page: 1 };
}

function resolve(href: string | undefined, base: URL): URL | null {
  if (!href || /^(javascript|mailto|tel):/i.test(href.trim()) || href.trim().startsWith('#')) return null;
  try {
    const u = new URL(href.trim(), base);
    u.hash = '';
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function linkText($: CheerioAPI, a: Element): string {
  return $(a).text().replace(/\s+/g, ' ').trim() || ($(a).attr('title') ?? '').trim();
}

export function findPaginationLinks($: CheerioAPI, pageUrl: string, profile: SiteProfile | null): PaginationLinks {
  let base: URL;
  try {
    base = new URL(pageUrl);
  } catch {
    return { current: 1, pages: [], next: null };
  }
  const here = pageKey(base);
  const nextLabel = genericHints().nextPage;
  const pager =
    profile && profile.pagination.links.length > 0 ? new Set($(profile.pagination.links.join(', ')).toArray()) : null;
  const byUrl = new Map<string, number>();
  let next: string | null = null;
  for (const a of $('a[href]').toArray() as Element[]) {
    const url = resolve($(a).attr('href'), base);
    if (!url || !sameSite(url, base) || url.href === base.href) continue;
    const label = linkText($, a);
    const isNext = nextLabel.test(label);
    let page: number | null = null;
    const fromPattern = profile?.pagination.hrefPattern?.exec(url.href);
    if (fromPattern && (pager === null || pager.has(a))) {
      const n = Number(fromPattern.groups?.page ?? fromPattern[1]);
      if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_NUMBER) page = n;
    }
    if (page === null) {
      const key = pageKey(url);
      if (key.stem === here.stem && key.page !== here.page) page = key.page;
    }
    if (page === null && pager?.has(a) && /^\d{1,3}$/.test(label)) page = Number(label);
    if (isNext && next === null) next = url.href;
    if (page !== null && page !== here.page && !byUrl.has(url.href)) byUrl.set(url.href, page);
  }
  // One URL per page number; the first link wins (pagers are repeated above and below the text).
  const seenPages = new Set<number>();
  const pages = [...byUrl.entries()]
    .map(([url, page]) => ({ url, page }))
    .sort((a, b) => a.page - b.page)
    .filter((p) => (seenPages.has(p.page) ? false : (seenPages.add(p.page), true)));
  return { current: here.page, pages, next };
}
