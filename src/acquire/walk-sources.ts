// Sources from the command line: files, directories walked lazily (so a huge collection costs no memory
// up front), and URLs. Directory symlink loops are followed once, never forever.
import { opendir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { SourceRef } from '../model/items.ts';

/** Extensions read when walking a directory (Word and PDF files through read-document.ts); any other file met
 * there is an error row naming it, never skipped silently. A file named explicitly is read whatever its name. */
export const DOCUMENT_EXTENSIONS = new Set([
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.htm',
  '.html',
  '.shtml',
  '.xhtml',
  '.docx',
  '.doc',
  '.pdf',
]);

/** The error of a file of a type gonghui does not read; its reason is what the ingest summary counts. */
export function unsupportedType(name: string): { message: string; reason: string } {
  const ext = extname(name).toLowerCase();
  const reason = ext ? `unsupported file type ${ext}` : 'file without an extension';
  return { message: `${reason}: not read (gonghui reads ${[...DOCUMENT_EXTENSIONS].join(' ')})`, reason };
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** A URL source: its key is the URL without fragment, host lower-cased; `given` is as typed. */
export function urlRef(input: string): SourceRef {
  let key = input.trim();
  try {
    const u = new URL(key);
    u.hash = '';
    key = u.href;
  } catch {
    /* not parseable: fetching will say so */
  }
  return { key, given: input, kind: 'url' };
}

export interface WalkProblem {
  ref: SourceRef;
  message: string;
  /** Short reason for the summary's count of skipped files. */
  reason?: string;
}

export type WalkItem = { ref: SourceRef } | { problem: WalkProblem };

function fileRef(path: string, given: string): SourceRef {
  return { key: resolve(path), given, kind: 'file' };
}

export async function* walkSources(inputs: string[]): AsyncGenerator<WalkItem> {
  const seenDirs = new Set<string>();
  for (const input of inputs) {
    if (isUrl(input)) {
      yield { ref: urlRef(input) };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const message =
        code === 'ENOENT'
          ? 'no such file or directory'
          : code === 'ELOOP'
            ? 'symbolic link loop'
            : `cannot read (${code})`;
      yield { problem: { ref: fileRef(input, input), message } };
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(input, seenDirs);
    else yield { ref: fileRef(input, input) };
  }
}

async function* walkDirectory(dir: string, seenDirs: Set<string>): AsyncGenerator<WalkItem> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (e) {
    yield {
      problem: { ref: fileRef(dir, dir), message: `cannot resolve directory (${(e as NodeJS.ErrnoException).code})` },
    };
    return;
  }
  if (seenDirs.has(real)) return; // a symlink back into a directory already walked
  seenDirs.add(real);
  let handle;
  try {
    handle = await opendir(dir);
  } catch (e) {
    yield {
      problem: { ref: fileRef(dir, dir), message: `cannot list directory (${(e as NodeJS.ErrnoException).code})` },
    };
    return;
  }
  // Sorted order makes runs reproducible; entries of one directory are few enough to hold.
  const entries: Array<{ name: string; dir: boolean; link: boolean }> = [];
  for await (const entry of handle) {
    if (entry.name.startsWith('.')) continue;
    entries.push({ name: entry.name, dir: entry.isDirectory(), link: entry.isSymbolicLink() });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDir = entry.dir;
    if (entry.link) {
      try {
        isDir = (await stat(path)).isDirectory();
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        yield {
          problem: {
            ref: fileRef(path, path),
            message: code === 'ELOOP' ? 'symbolic link loop' : `broken symbolic link (${code})`,
          },
        };
        continue;
      }
    }
    if (isDir) yield* walkDirectory(path, seenDirs);
    else if (DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield { ref: fileRef(path, path) };
    else yield { problem: { ref: fileRef(path, path), ...unsupportedType(entry.name) } };
  }
}
