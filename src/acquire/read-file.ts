// Reading a source file into a page. The only file I/O of the pipeline besides the archive and the store.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { PageDraft, SourceRef } from '../model/items.ts';

export class AcquireError extends Error {
  /** A short reason shared by every file failing the same way (the ingest summary counts skipped files by it). */
  readonly reason: string | null;
  constructor(message: string, reason: string | null = null) {
    super(message);
    this.reason = reason;
    this.name = 'AcquireError';
  }
}

const MB = 1024 * 1024;

const HTML_EXTENSIONS = new Set(['.htm', '.html', '.shtml', '.xhtml']);

/** HTML by extension, or by content for files without a telling name. */
export function guessFormat(path: string, bytes: Uint8Array): 'html' | 'text' {
  const ext = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (ext === '.txt' || ext === '.text' || ext === '.md' || ext === '.markdown') return 'text';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|meta|div|p)\b/.test(head)
    ? 'html'
    : 'text';
}

/** Synchronous on purpose: a promise round trip through libuv's pool cost ~0.3 ms per small file on the
 * main thread, several times the read itself, and the main thread has nothing else to do meanwhile. */
export function readSourceFile(ref: SourceRef, maxBytes: number): PageDraft {
  let bytes: Buffer;
  try {
    const info = statSync(ref.key);
    if (info.isDirectory()) throw new AcquireError('is a directory');
    if (info.size > maxBytes)
      throw new AcquireError(
        `file is ${(info.size / MB).toFixed(1)} MB, over the ${(maxBytes / MB).toFixed(0)} MB limit (--max-bytes)`,
        'file over the --max-bytes limit',
      );
    bytes = readFileSync(ref.key);
  } catch (e) {
    if (e instanceof AcquireError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why: Record<string, string> = {
      EACCES: 'permission denied (the file is not readable)',
      EPERM: 'permission denied',
      ENOENT: 'no such file',
      ELOOP: 'symbolic link loop',
      EISDIR: 'is a directory',
    };
    throw new AcquireError(why[code ?? ''] ?? `cannot read the file (${code ?? (e as Error).message})`);
  }
  return { url: null, bytes, declaredCharset: null, format: guessFormat(ref.key, bytes), charset: null, text: '' };
}
