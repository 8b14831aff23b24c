// The raw archive: every page's bytes stored once under their SHA-256, with a manifest line per
// acquisition, so the whole pipeline can be re-run offline after a rule changes. Runs sharing an archive
// append to its manifest in turn, under manifest.lock (file-lock.ts).
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { DocumentFormat } from './read-document.ts';
import { withFileLock } from './file-lock.ts';

export const DEFAULT_ARCHIVE_DIR = 'output/raw';

/** Whether a folder is a raw archive with at least one source in its manifest: read only, nothing created (a replay
 * of a mistyped or default --archive must not leave an empty archive behind). */
export function archiveHoldsSources(dir: string): boolean {
  const manifest = join(dir, 'manifest.jsonl');
  if (!existsSync(manifest)) return false;
  const fd = openSync(manifest, 'r');
  try {
    // The first lines are enough: a manifest is only ever appended to.
    const head = Buffer.alloc(65_536);
    return /\S/.test(head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0)));
  } finally {
    closeSync(fd);
  }
}

export interface ManifestEntry {
  /** Identity of the source (absolute path or URL) and how it was given. */
  source: string;
  given: string;
  kind: 'file' | 'url';
  /** 1-based page number within the source. */
  page: number;
  /** Path read or URL fetched, and the URL after redirects. */
  location: string;
  finalUrl: string | null;
  status: number | null;
  headers: Record<string, string> | null;
  /** How the bytes are read: decoded as HTML or text, or a Word or PDF file read through its library. */
  format: 'html' | 'text' | DocumentFormat;
  sha256: string;
  bytes: number;
  fetchedAt: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A source's pages as compared by putPages: content and address of each, in order (a file's address is
 * usually its own key, so it is left out then). */
function pagesKey(source: string, entries: ReadonlyArray<ManifestEntry | undefined>): string {
  return entries.map((e) => (e ? `${e.sha256} ${e.location === source ? '' : e.location}` : '-')).join('\n');
}

export class RawArchive {
  readonly manifestPath: string;
  private readonly lockPath: string;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.manifestPath = join(dir, 'manifest.jsonl');
    this.lockPath = join(dir, 'manifest.lock');
  }

  pathFor(sha256: string): string {
    return join(this.dir, sha256);
  }

  /** What put() compares with: per source, its latest pages as one short string. Full manifest entries per
   * source cost ~1 KB each and the map lives for the whole run, so a 200,000-source run held ~200 MB. */
  private latestPages: Map<string, string> | null = null;
  /** Full latest entries, loaded only when a caller reads them (pagesOf). */
  private latest: Map<string, ManifestEntry[]> | null = null;
  private manifestFd: number | null = null;
  /** Bytes of the manifest folded into latestPages: the next catch-up reads from here. */
  private manifestRead = 0;

  close(): void {
    if (this.manifestFd !== null) closeSync(this.manifestFd);
    this.manifestFd = null;
  }

  /** Stores the bytes of a one-page source (see putPages). */
  put(bytes: Uint8Array, entry: Omit<ManifestEntry, 'sha256' | 'bytes' | 'page'>): ManifestEntry {
    return this.putPages([{ bytes, entry }])[0]!;
  }

  /** Stores every page of one acquisition. When the pages (count, content and addresses) equal the latest
   * ones archived for the source, no manifest line is added; otherwise all of them are, so a document
   * that lost or gained pages never mixes old and new pages. Other runs may share the archive (at the same
   * time, on other databases too): the check and the append are made under the manifest lock, after reading
   * what they appended since, so one acquisition is never written twice. */
  putPages(
    pages: Array<{ bytes: Uint8Array; entry: Omit<ManifestEntry, 'sha256' | 'bytes' | 'page'> }>,
  ): ManifestEntry[] {
    const first = pages[0];
    if (!first) return [];
    const source = first.entry.source;
    const written: ManifestEntry[] = pages.map((p, i) => ({
      ...p.entry,
      page: i + 1,
      sha256: sha256Hex(p.bytes),
      bytes: p.bytes.length,
    }));
    const key = pagesKey(source, written);
    // Already the latest as this run knows it: nothing to write, no lock taken.
    if (this.latestPages?.get(source) === key && written.every((e) => this.has(e.sha256))) return written;
    // Blobs first, so a manifest line never names a missing blob; content-addressed, so a race writes the same.
    written.forEach((e, i) => {
      const path = this.pathFor(e.sha256);
      if (!existsSync(path)) {
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, pages[i]!.bytes);
        renameSync(tmp, path);
      }
    });
    withFileLock(this.lockPath, () => {
      const latest = this.catchUp();
      if (latest.get(source) === key) return; // another run archived the same pages meanwhile
      const fd = this.manifestFd!; // opened by catchUp
      const size = fstatSync(fd).size;
      // Bytes past the last whole line are a line cut short by a crash: end it, so that ours stays whole.
      const text = `${size > this.manifestRead ? '\n' : ''}${written.map((e) => `${JSON.stringify(e)}\n`).join('')}`;
      writeSync(fd, text);
      this.manifestRead = size + Buffer.byteLength(text);
      latest.set(source, key);
      this.latest?.set(source, written);
    });
    return written;
  }

  /** Folds in the manifest lines appended since this archive last read it (all of it, the first time), and
   * returns the latest pages per source. Only whole lines are read; called under the manifest lock. */
  private catchUp(): Map<string, string> {
    // One descriptor for the run, read and append: reopening the manifest for every line costs more than the write.
    const fd = (this.manifestFd ??= openSync(this.manifestPath, 'a+'));
    const size = fstatSync(fd).size;
    // The first time, or the manifest was cut shorter: read it whole.
    if (this.latestPages === null || size < this.manifestRead) {
      this.latestPages = new Map();
      this.manifestRead = 0;
    }
    if (size === this.manifestRead) return this.latestPages;
    const tail = Buffer.alloc(size - this.manifestRead);
    readSync(fd, tail, 0, tail.length, this.manifestRead);
    const whole = tail.lastIndexOf(0x0a) + 1;
    if (whole === 0) return this.latestPages;
    this.manifestRead += whole;
    for (const [key, entries] of parseManifest(tail.subarray(0, whole).toString('utf8'))) {
      this.latestPages.set(key, pagesKey(key, entries));
      this.latest?.set(key, entries);
    }
    return this.latestPages;
  }

  /** The latest archived pages of a source, or null when it was never archived or a blob is missing. */
  pagesOf(source: string): ManifestEntry[] | null {
    this.latest ??= this.latestSources();
    const entries = this.latest.get(source);
    if (!entries || entries.length === 0) return null;
    for (let i = 0; i < entries.length; i++) if (!entries[i] || !this.has(entries[i]!.sha256)) return null;
    return entries;
  }

  get(sha256: string): Buffer {
    return readFileSync(this.pathFor(sha256));
  }

  has(sha256: string): boolean {
    return existsSync(this.pathFor(sha256));
  }

  /** The latest manifest entries of every source, pages in order. Lines cut short by a crash are skipped. */
  latestSources(): Map<string, ManifestEntry[]> {
    if (!existsSync(this.manifestPath)) return new Map();
    return parseManifest(readFileSync(this.manifestPath, 'utf8'));
  }
}

/** Manifest lines → the latest entries per source, pages in order (a page 1 starts a source's pages anew).
 * Lines cut short by a crash are skipped. */
function parseManifest(text: string): Map<string, ManifestEntry[]> {
  const bySource = new Map<string, ManifestEntry[]>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let entry: ManifestEntry;
    try {
      entry = JSON.parse(line) as ManifestEntry;
    } catch {
      continue;
    }
    const pages = entry.page === 1 ? [] : (bySource.get(entry.source) ?? []);
    pages[entry.page - 1] = entry;
    bySource.set(entry.source, pages);
  }
  return bySource;
}
