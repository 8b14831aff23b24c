// The raw archive: every page's bytes stored once under their SHA-256, with a manifest line per
// acquisition, so the whole pipeline can be re-run offline after a rule changes.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_ARCHIVE_DIR = 'output/raw';

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
  format: 'html' | 'text';
  sha256: string;
  bytes: number;
  fetchedAt: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class RawArchive {
  readonly manifestPath: string;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.manifestPath = join(dir, 'manifest.jsonl');
  }

  pathFor(sha256: string): string {
    return join(this.dir, sha256);
  }

  private latest: Map<string, ManifestEntry[]> | null = null;
  private manifestFd: number | null = null;

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
   * that lost or gained pages never mixes old and new pages. */
  putPages(pages: Array<{ bytes: Uint8Array; entry: Omit<ManifestEntry, 'sha256' | 'bytes' | 'page'> }>): ManifestEntry[] {
    const first = pages[0];
    if (!first) return [];
    this.latest ??= this.latestSources();
    const previous = this.latest.get(first.entry.source) ?? [];
    const shas = pages.map((p) => sha256Hex(p.bytes));
    const unchanged =
      previous.length === pages.length &&
      previous.every((e, i) => e && e.sha256 === shas[i] && e.location === pages[i]!.entry.location && this.has(e.sha256));
    if (unchanged) return previous;
    const written: ManifestEntry[] = [];
    pages.forEach((p, i) => {
      const path = this.pathFor(shas[i]!);
      if (!existsSync(path)) {
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, p.bytes);
        renameSync(tmp, path);
      }
      written.push({ ...p.entry, page: i + 1, sha256: shas[i]!, bytes: p.bytes.length });
    });
    // One open descriptor for the run: reopening the manifest for every line costs more than the write.
    this.manifestFd ??= openSync(this.manifestPath, 'a');
    writeSync(this.manifestFd, written.map((e) => `${JSON.stringify(e)}\n`).join(''));
    this.latest.set(first.entry.source, written);
    return written;
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
    const bySource = new Map<string, ManifestEntry[]>();
    if (!existsSync(this.manifestPath)) return bySource;
    for (const line of readFileSync(this.manifestPath, 'utf8').split('\n')) {
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
}
