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

  /** Stores the bytes (once per content) and appends a manifest line unless the source's page is unchanged. */
  put(bytes: Uint8Array, entry: Omit<ManifestEntry, 'sha256' | 'bytes'>): ManifestEntry {
    const sha256 = sha256Hex(bytes);
    this.latest ??= this.latestSources();
    const previous = this.latest.get(entry.source)?.[entry.page - 1];
    if (previous && previous.sha256 === sha256 && this.has(sha256) && previous.location === entry.location) return previous;
    const path = this.pathFor(sha256);
    if (!existsSync(path)) {
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, bytes);
      renameSync(tmp, path); // atomic: a crash never leaves a half-written blob under its hash
    }
    const full: ManifestEntry = { ...entry, sha256, bytes: bytes.length };
    // One open descriptor for the run: reopening the manifest for every line costs more than the write.
    this.manifestFd ??= openSync(this.manifestPath, 'a');
    writeSync(this.manifestFd, `${JSON.stringify(full)}\n`);
    const pages = entry.page === 1 ? [] : (this.latest.get(entry.source) ?? []);
    pages[entry.page - 1] = full;
    this.latest.set(entry.source, pages);
    return full;
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
