// Acquisition end to end: the sources of a run (files, directories, URLs, the documents of listing pages, or
// the whole raw archive replayed) → their pages, one source at a time in input order, every byte archived.
// It owns the raw archive and the polite fetcher (with its request log) for the run, so listings and
// documents share one politeness state, and closes them when the iteration ends.
import { createHash } from 'node:crypto';
import type { PageDraft, SourceRef } from '../model/items.ts';
import { UrlAcquirer } from './acquire-url.ts';
import { replayPages } from './archive-replay.ts';
import { type FetchSettings, fetchSettings } from './fetch-settings.ts';
import { expandListing } from './listing.ts';
import { type Fetcher, PoliteFetcher } from './polite-fetcher.ts';
import { RawArchive, sha256Hex } from './raw-archive.ts';
import { AcquireError, readSourceFile } from './read-file.ts';
import { type DocumentFormat, documentFormat, readDocumentText } from './read-document.ts';
import { RequestLog } from './request-log.ts';
import { isUrl, type LeftOutReason, type OwnFiles, urlRef, walkSources, type WalkOptions } from './walk-sources.ts';

/** A real plan or 文库 page is well under 1 MB; anything past 20 MB is a dump or an accident, refused up front. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Acquired pages of one source, ready for the pure stages. */
export interface Acquired {
  ref: SourceRef;
  pages: PageDraft[];
  /** The source's content hash: its page's for one page, else the hash of its pages' hashes. */
  sha256: string;
  bytes: number;
}

/** A source that could not be acquired; it becomes a row in `errors` and the batch goes on. */
export interface AcquireFailure {
  ref: SourceRef;
  stage: string;
  message: string;
  /** A short reason shared by files failing the same way (unsupported type, scanned PDF): the ingest summary
   * counts skipped files by it. */
  reason?: string;
}

/** A file's identity is its content: the same bytes are the same source in any folder, on any machine. */
export function contentKey(sha256: string): string {
  return `sha256:${sha256}`;
}

/** The file read, as identified by its bytes, remembering where it was seen. */
function identified(ref: SourceRef, sha256: string): SourceRef {
  return { key: contentKey(sha256), given: ref.given, kind: 'file', location: ref.location ?? ref.key };
}

/** A Word or PDF file's bytes → a page of its text (UTF-8, one line per paragraph), for the text pipeline. */
async function documentPage(format: DocumentFormat, bytes: Uint8Array): Promise<PageDraft> {
  const text = await readDocumentText(format, bytes);
  return {
    url: null,
    bytes: Buffer.from(text, 'utf8'),
    declaredCharset: 'utf-8',
    format: 'text',
    charset: null,
    text: '',
  };
}

export interface AcquireOptions {
  /** Files, directories (walked for documents) and http(s) URLs. */
  inputs: string[];
  /** Listing pages whose document links are acquired after the inputs (scrape --listing). */
  listings?: string[];
  /** With listings: document links are the URLs matching this (default: the largest group of similar links). */
  linkPattern?: RegExp | null;
  archiveDir: string;
  /** Replay every source in the raw archive instead of reading inputs. */
  fromArchive?: boolean;
  /** Largest file read, in bytes. */
  maxBytes?: number;
  /** Follow symbolic links in input folders to targets outside them (by default such a link is an error row). */
  followSymlinks?: boolean;
  /** gonghui's own files (its database, archive, reports), left out of folders walked. */
  own?: OwnFiles;
  /** Told of each file or folder a walk left out, and why. */
  onLeftOut?: (path: string, reason: LeftOutReason) => void;
  /** Politeness and limits for URL sources (defaults: fetch-settings.ts). */
  fetch?: Partial<FetchSettings>;
  /** A fetcher to use instead (tests, evaluations). */
  fetcher?: Fetcher;
  onLog?: (line: string) => void;
}

/** The run has nothing to acquire (listing pages that link to no document): raised before the first source. */
export class NoSourcesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoSourcesError';
  }
}

export function sourceHash(pages: PageDraft[]): string {
  if (pages.length === 1) return sha256Hex(pages[0]!.bytes);
  const h = createHash('sha256');
  for (const p of pages) h.update(sha256Hex(p.bytes));
  return h.digest('hex');
}

const byteCount = (pages: PageDraft[]) => pages.reduce((n, p) => n + p.bytes.length, 0);
const messageOf = (e: unknown) => (e instanceof AcquireError ? e.message : (e as Error).message);
/** The summary's reason for a failed source: the error's own short reason, else what kind of source failed. */
const reasonOf = (e: unknown, fallback: string) => (e instanceof AcquireError && e.reason ? e.reason : fallback);

export async function* acquireSources(options: AcquireOptions): AsyncGenerator<Acquired | AcquireFailure> {
  const archive = new RawArchive(options.archiveDir);
  const ownFetcher = options.fetcher
    ? null
    : new PoliteFetcher(fetchSettings(options.fetch), new RequestLog(options.archiveDir));
  const fetcher: Fetcher = options.fetcher ?? ownFetcher!;
  try {
    if (options.fromArchive) {
      yield* replayArchive(archive);
      return;
    }
    const listed = await readListings(options, fetcher);
    const inputs = options.listings?.length ? [...new Set([...options.inputs, ...listed.documents])] : options.inputs;
    if (options.listings?.length && inputs.length === 0)
      throw new NoSourcesError('the listing pages gave no document links');
    yield* listed.failures;
    // URL sources: fetched politely, or taken from the archive unless refresh; fetched ahead so that
    // different hosts download in parallel while sources are taken in order.
    const urls = new UrlAcquirer(fetcher, archive, {
      refresh: fetcher.settings.refresh,
      maxPages: fetcher.settings.maxPages,
    });
    urls.prefetch(inputs.filter(isUrl).map(urlRef));
    yield* readInputs(inputs, archive, options.maxBytes ?? DEFAULT_MAX_BYTES, urls, {
      followSymlinks: options.followSymlinks ?? false,
      own: options.own,
      onLeftOut: options.onLeftOut,
    });
  } finally {
    archive.close();
    // Idle keep-alive sockets are unref'd, so an early end cannot hold the process open; this frees them now.
    ownFetcher?.close();
  }
}

/** Listing pages → the documents they link to. Listing pages are navigation: fetched politely, not archived. */
async function readListings(
  options: AcquireOptions,
  fetcher: Fetcher,
): Promise<{ documents: string[]; failures: AcquireFailure[] }> {
  const documents: string[] = [];
  const failures: AcquireFailure[] = [];
  for (const listing of options.listings ?? []) {
    try {
      const found = await expandListing(listing, fetcher, {
        maxPages: fetcher.settings.maxPages,
        pattern: options.linkPattern ?? null,
      });
      for (const line of found.log) options.onLog?.(`listing ${line}`);
      documents.push(...found.documents);
    } catch (e) {
      if (!(e instanceof AcquireError)) throw e;
      options.onLog?.(`listing ${listing} could not be read: ${e.message}`);
      failures.push({
        ref: urlRef(listing),
        stage: 'acquire',
        message: `listing page could not be read: ${e.message}`,
        reason: 'listing page that could not be read',
      });
    }
  }
  return { documents, failures };
}

async function* readInputs(
  inputs: string[],
  archive: RawArchive,
  maxBytes: number,
  urls: UrlAcquirer,
  walkOptions: WalkOptions,
): AsyncGenerator<Acquired | AcquireFailure> {
  for await (const item of walkSources(inputs, walkOptions)) {
    if ('problem' in item) {
      const { ref, message, reason } = item.problem;
      yield { ref, stage: 'acquire', message, reason };
      continue;
    }
    const { ref } = item;
    if (ref.kind === 'url') {
      try {
        const pages = await urls.acquire(ref);
        yield { ref, pages, sha256: sourceHash(pages), bytes: byteCount(pages) };
      } catch (e) {
        yield { ref, stage: 'acquire', message: messageOf(e), reason: reasonOf(e, 'page that could not be fetched') };
      }
      continue;
    }
    let page: PageDraft;
    try {
      page = readSourceFile(ref, maxBytes);
    } catch (e) {
      yield { ref, stage: 'acquire', message: messageOf(e), reason: reasonOf(e, 'file that could not be read') };
      continue;
    }
    const format = documentFormat(ref.key);
    // The archive hashes the bytes as read (a Word or PDF file's own bytes); a one-page source's hash is its page's.
    const { sha256 } = archive.put(page.bytes, {
      source: ref.key,
      given: ref.given,
      kind: ref.kind,
      location: ref.key,
      finalUrl: null,
      status: null,
      headers: null,
      format: format ?? page.format,
      fetchedAt: new Date().toISOString(),
    });
    const bytes = page.bytes.length;
    if (format) {
      try {
        page = await documentPage(format, page.bytes);
      } catch (e) {
        yield { ref, stage: 'acquire', message: messageOf(e), reason: reasonOf(e, 'unreadable document') };
        continue;
      }
    }
    yield { ref: identified(ref, sha256), pages: [page], sha256, bytes };
  }
}

async function* replayArchive(archive: RawArchive): AsyncGenerator<Acquired | AcquireFailure> {
  for (const [key, entries] of archive.latestSources()) {
    const first = entries[0];
    if (!first) continue;
    const ref: SourceRef = { key, given: first.given, kind: first.kind };
    let pages: PageDraft[];
    try {
      pages = replayPages(entries, archive);
    } catch (e) {
      yield {
        ref,
        stage: 'acquire',
        message: `archived bytes are missing: ${(e as Error).message}`,
        reason: 'archived bytes missing',
      };
      continue;
    }
    const sha256 = sourceHash(pages);
    const bytes = byteCount(pages);
    if (first.kind === 'url') {
      yield { ref, pages, sha256, bytes };
      continue;
    }
    const format = first.format;
    if (format === 'docx' || format === 'doc' || format === 'pdf') {
      try {
        pages = [await documentPage(format, pages[0]!.bytes)];
      } catch (e) {
        yield { ref, stage: 'acquire', message: messageOf(e), reason: reasonOf(e, 'unreadable document') };
        continue;
      }
    }
    yield { ref: identified(ref, sha256), pages, sha256, bytes };
  }
}
