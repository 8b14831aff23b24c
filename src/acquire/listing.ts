// A listing page → the URLs of the documents it lists, following the listing's own pages (列表 1 2 3 下一页)
// up to maxPages. Listing pages are navigation, not documents: they are fetched politely but not archived.
import iconv from 'iconv-lite';
import { chooseCharset } from '../stages/decode/choose-charset.ts';
import { headerCharset } from '../stages/decode/charset.ts';
import { loadHtml } from '../stages/extract/html-to-text.ts';
import { findDocumentLinks } from '../stages/extract/listing-links.ts';
import { findPaginationLinks } from '../stages/extract/pagination.ts';
import type { Fetcher } from './polite-fetcher.ts';
import { AcquireError } from './read-file.ts';

export interface ListingResult {
  documents: string[];
  /** One line per listing page read, for the log. */
  log: string[];
}

export async function expandListing(
  url: string,
  fetcher: Fetcher,
  options: { maxPages: number; pattern: RegExp | null },
): Promise<ListingResult> {
  const documents: string[] = [];
  const log: string[] = [];
  const visited = new Set<string>();
  let next: string | null = url;
  let pageNumber = 1;
  let shape: string | null = null;
  while (next && visited.size < options.maxPages) {
    visited.add(next);
    let response;
    try {
      response = await fetcher.get(next);
    } catch (e) {
      if (!(e instanceof AcquireError) || visited.size === 1) throw e;
      log.push(`${next}: ${e.message}; stopped following the listing`);
      break;
    }
    const choice = chooseCharset(response.bytes, headerCharset(response.headers['content-type']), 'html');
    const $ = loadHtml(iconv.decode(response.bytes.subarray(choice.bomLength), choice.charset));
    const found = findDocumentLinks($, response.finalUrl, options.pattern, shape);
    shape ??= found.shape;
    const fresh = found.documents.filter((d) => !documents.includes(d));
    documents.push(...fresh);
    log.push(`${response.finalUrl}: ${fresh.length} document links (${found.how})`);
    const pages = findPaginationLinks($, response.finalUrl, null);
    const following = pages.pages.find((p) => p.page > pageNumber && !visited.has(p.url)) ?? null;
    next = following?.url ?? (pages.next && !visited.has(pages.next) ? pages.next : null);
    pageNumber = following?.page ?? pageNumber + 1;
  }
  return { documents, log };
}
