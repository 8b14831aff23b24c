// A URL source → its pages: served from the raw archive when already there (unless refresh), else fetched
// politely, following the document's own pagination links (same site, bounded), every page archived with
// its manifest row. Failures throw AcquireError with a message a person understands.
//
// This is the I/O end; to find pagination links it uses the pure charset choice (decode/) and link finder
// (extract/) on page 1, the same code the pipeline stages run later.
import iconv from 'iconv-lite';
import type { PageDraft, SourceRef } from '../model/items.ts';
import { chooseCharset } from '../stages/decode/choose-charset.ts';
import { headerCharset } from '../stages/decode/charset.ts';
import { loadHtml } from '../stages/extract/html-to-text.ts';
import { findPaginationLinks } from '../stages/extract/pagination.ts';
import { loadSiteProfiles, matchSiteProfile, type SiteProfile } from '../stages/extract/site-profiles.ts';
import type { FetchedResponse, Fetcher, FetchNote } from './polite-fetcher.ts';
import { replayPages } from './archive-replay.ts';
import type { RawArchive } from './raw-archive.ts';
import { AcquireError, guessFormat } from './read-file.ts';

/** 'html' or 'text' from the Content-Type; by content when the type says nothing useful. */
export function formatFromResponse(contentType: string | undefined, url: string, bytes: Uint8Array): 'html' | 'text' {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain')
    return guessFormat('x.txt', bytes) === 'html' &&
      /<(html|body|div|p)\b/i.test(Buffer.from(bytes.subarray(0, 2048)).toString('latin1'))
      ? 'html'
      : 'text';
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* keep the raw string */
  }
  return guessFormat(path, bytes);
}

function pageFromResponse(r: FetchedResponse, notes: FetchNote[]): PageDraft {
  return {
    url: r.finalUrl,
    bytes: r.bytes,
    declaredCharset: headerCharset(r.headers['content-type']),
    format: formatFromResponse(r.headers['content-type'], r.finalUrl, r.bytes),
    charset: null,
    text: '',
    fetchNotes: notes.length ? notes : undefined,
  };
}

function decodeForLinks(page: PageDraft): string {
  const choice = chooseCharset(page.bytes, page.declaredCharset, 'html');
  return iconv.decode(
    Buffer.from(page.bytes.buffer, page.bytes.byteOffset + choice.bomLength, page.bytes.length - choice.bomLength),
    choice.charset,
  );
}

export interface UrlAcquirerOptions {
  refresh: boolean;
  maxPages: number;
  profiles?: SiteProfile[];
}

/** Acquires URL sources for one run. `prefetch` starts fetching ahead (bounded) so that sources on
 * different hosts download in parallel while the pipeline takes them one by one, in order. */
export class UrlAcquirer {
  private readonly profiles: SiteProfile[];
  private readonly ahead = new Map<string, Promise<PageDraft[]>>();
  private queue: SourceRef[] = [];

  constructor(
    private readonly fetcher: Fetcher,
    private readonly archive: RawArchive,
    private readonly options: UrlAcquirerOptions,
  ) {
    this.profiles = options.profiles ?? loadSiteProfiles();
  }

  /** Starts downloading these sources in the background, at most `window` ahead of what was taken. */
  prefetch(refs: SourceRef[], window = Math.max(16, this.fetcher.settings.globalConcurrency * 4)): void {
    this.queue.push(...refs);
    this.window = window;
    this.pump();
  }

  private window = 0;

  private pump(): void {
    while (this.ahead.size < this.window && this.queue.length > 0) {
      const ref = this.queue.shift()!;
      if (this.ahead.has(ref.key)) continue;
      const p = this.acquireNow(ref);
      p.catch(() => {}); // observed when taken; never an unhandled rejection meanwhile
      this.ahead.set(ref.key, p);
    }
  }

  /** The pages of a URL source (prefetched, archived or fetched now). */
  async acquire(ref: SourceRef): Promise<PageDraft[]> {
    const pending = this.ahead.get(ref.key);
    if (pending) {
      this.ahead.delete(ref.key);
      this.queue = this.queue.filter((r) => r.key !== ref.key);
      this.pump();
      return pending;
    }
    this.queue = this.queue.filter((r) => r.key !== ref.key);
    return this.acquireNow(ref);
  }

  private fromArchive(ref: SourceRef): PageDraft[] | null {
    const entries = this.archive.pagesOf(ref.key);
    if (!entries) return null;
    const pages = replayPages(entries, this.archive);
    pages[0]!.fetchNotes = [
      {
        rule: 'acquire.from-archive',
        reason: `served from the raw archive (fetched ${entries[0]!.fetchedAt}, ${entries.length} page${entries.length > 1 ? 's' : ''}); pass --refresh to fetch again`,
      },
    ];
    return pages;
  }

  private async acquireNow(ref: SourceRef): Promise<PageDraft[]> {
    if (!this.options.refresh) {
      const archived = this.fromArchive(ref);
      if (archived) return archived;
    }
    const first = await this.fetcher.get(ref.key);
    const responses: FetchedResponse[] = [first];
    const pages: PageDraft[] = [pageFromResponse(first, first.notes)];
    const extraNotes: FetchNote[] = [];
    if (pages[0]!.format === 'html' && this.options.maxPages > 1)
      await this.followPagination(pages, responses, extraNotes);
    if (extraNotes.length) pages[0]!.fetchNotes = [...(pages[0]!.fetchNotes ?? []), ...extraNotes];
    this.archive.putPages(
      responses.map((r, i) => ({
        bytes: r.bytes,
        entry: {
          source: ref.key,
          given: ref.given,
          kind: 'url',
          location: r.requestedUrl,
          finalUrl: r.finalUrl,
          status: r.status,
          headers: r.headers,
          format: pages[i]!.format,
          fetchedAt: r.fetchedAt,
        },
      })),
    );
    return pages;
  }

  /** Follows the document's own page links in page order, up to maxPages; a page that fails is noted and
   * skipped (the document may then be incomplete, and the note says so). */
  private async followPagination(pages: PageDraft[], responses: FetchedResponse[], notes: FetchNote[]): Promise<void> {
    const visited = new Set<string>([responses[0]!.requestedUrl, responses[0]!.finalUrl]);
    const known = new Map<string, number>();
    let current = pages[0]!;
    let currentNumber = 1;
    let failed = 0;
    for (;;) {
      const $ = loadHtml(decodeForLinks(current));
      const match = matchSiteProfile($, current.url, this.profiles, () => $('body').text());
      const links = findPaginationLinks($, current.url!, match?.profile ?? null);
      if (pages.length === 1) currentNumber = links.current;
      for (const p of links.pages) if (!known.has(p.url)) known.set(p.url, p.page);
      const candidates = [...known.entries()]
        .filter(([u, n]) => n > currentNumber && !visited.has(u))
        .sort((a, b) => a[1] - b[1]);
      let nextUrl: string | null = candidates[0]?.[0] ?? null;
      let nextNumber = candidates[0]?.[1] ?? currentNumber + 1;
      if (!nextUrl && links.next && !visited.has(links.next)) {
        nextUrl = links.next;
        nextNumber = currentNumber + 1;
      }
      if (!nextUrl) break;
      if (pages.length >= this.options.maxPages) {
        notes.push({
          rule: 'acquire.pagination-limit',
          level: 'warn',
          reason: `stopped after ${this.options.maxPages} pages (--max-pages); the document has more`,
        });
        break;
      }
      visited.add(nextUrl);
      let response: FetchedResponse;
      try {
        response = await this.fetcher.get(nextUrl);
      } catch (e) {
        if (!(e instanceof AcquireError)) throw e;
        failed++;
        notes.push({
          rule: 'acquire.page-missing',
          level: 'warn',
          reason: `page ${nextNumber} (${nextUrl}) could not be fetched: ${e.message}; the document may be incomplete`,
        });
        currentNumber = nextNumber;
        if (failed >= 3) break;
        continue;
      }
      visited.add(response.finalUrl);
      const page = pageFromResponse(response, response.notes);
      responses.push(response);
      pages.push(page);
      current = page;
      currentNumber = nextNumber;
    }
    if (pages.length > 1)
      notes.push({
        rule: 'acquire.pagination',
        reason: `followed the document's pagination: ${pages.length} pages (${responses.map((r) => r.finalUrl).join(', ')})`,
      });
  }
}
