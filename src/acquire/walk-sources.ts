// Sources from the command line: files, directories walked lazily (so a huge collection costs no memory
// up front), and URLs. Symbolic links inside an input folder are followed only to targets inside it (unless
// --follow-symlinks), a file reached twice through links is read once, and loops are followed once, never forever.
import { open, opendir, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
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
  /** Short reason for the summary's count of files not read. */
  reason: string;
}

/** Why a walk left a file or folder out without an error row (the ingest summary counts them by it). */
export const LEFT_OUT = {
  own: 'gonghui outputs (its database, raw archive, reports, exports)',
  noDocuments: 'folders that hold no documents (node_modules, .git, dot-folders)',
} as const;
export type LeftOutReason = (typeof LEFT_OUT)[keyof typeof LEFT_OUT];

/** What gonghui itself uses or wrote, which a folder walk must never take for a source (reading its own database
 * or report back in would add them as documents). A file named on the command line is read all the same. */
export interface OwnFiles {
  /** Real paths of the files and folders this run uses: the database and its journals, the raw archive. */
  paths: ReadonlySet<string>;
  /** Extensions (lower case, with the dot) of the files gonghui writes: only these have their start (a workbook: its
   * end) read. */
  extensions: ReadonlySet<string>;
  /** Of those, the ones whose maker is named at their end (a zip's comment closes an .xlsx workbook). */
  readAtEnd: ReadonlySet<string>;
  /** Whether a file's first bytes (as UTF-8; a workbook's last) are gonghui's own writing: a report's generator tag,
   * an export's header, a workbook's zip comment. */
  wroteIt: (head: string, extension: string) => boolean;
}

/** Folders that are never a collection of documents: a dependency tree, version control, any dot-folder. */
export function holdsNoDocuments(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Bytes read from the start of a file to tell whether gonghui wrote it (its tag or header comes first). */
const HEAD_BYTES = 2048;

export type WalkItem = { ref: SourceRef } | { problem: WalkProblem };

function fileRef(path: string, given: string): SourceRef {
  return { key: resolve(path), given, kind: 'file' };
}

export interface WalkOptions {
  /** Follow symbolic links whose real target lies outside the input folder they were found in. */
  followSymlinks?: boolean;
  /** Left out of every folder walked (see OwnFiles). */
  own?: OwnFiles;
  /** Told of each file or folder left out of a walk, and why. */
  onLeftOut?: (path: string, reason: LeftOutReason) => void;
}

/** One walk of one input folder: where it really is, and the links already followed. */
interface FolderWalk {
  /** The input folder's real path: links are followed by default only to targets inside it. */
  root: string;
  follow: boolean;
  own: OwnFiles | null;
  leftOut: (path: string, reason: LeftOutReason) => void;
  /** Real paths of directories walked, over all inputs: a link back into one is not walked again. */
  seenDirs: Set<string>;
  /** Real paths of files read through a link (or inside a linked folder), so that a file reached twice is
   * read once. Files reached without a link are not kept: the plain walk reaches each of them once. */
  seenLinkedFiles: Set<string>;
}

export async function* walkSources(inputs: string[], options: WalkOptions = {}): AsyncGenerator<WalkItem> {
  const seenDirs = new Set<string>();
  const seenLinkedFiles = new Set<string>();
  for (const input of inputs) {
    if (isUrl(input)) {
      yield { ref: urlRef(input) };
      continue;
    }
    // An input named on the command line is followed whatever it is: a link given explicitly is the user's choice.
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
      yield { problem: { ref: fileRef(input, input), message, reason: message } };
      continue;
    }
    if (!info.isDirectory()) {
      yield { ref: fileRef(input, input) };
      continue;
    }
    let root: string;
    try {
      root = await realpath(input);
    } catch (e) {
      yield {
        problem: {
          ref: fileRef(input, input),
          message: `cannot resolve directory (${(e as NodeJS.ErrnoException).code})`,
          reason: 'folder that cannot be resolved',
        },
      };
      continue;
    }
    const walk: FolderWalk = {
      root,
      follow: options.followSymlinks ?? false,
      own: options.own ?? null,
      leftOut: options.onLeftOut ?? (() => {}),
      seenDirs,
      seenLinkedFiles,
    };
    yield* walkDirectory(input, walk, false);
  }
}

const isDocumentName = (name: string) => DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase());

/** Where a real path lies relative to the input folder: outside it, or inside and reached by the plain walk
 * (no hidden component; a file with a document extension), or inside but only reachable through a link. */
function placeInFolder(root: string, target: string, isDir: boolean): 'outside' | 'walked' | 'hidden' {
  const rel = relative(root, target);
  if (rel === '') return 'walked';
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return 'outside';
  const parts = rel.split(sep);
  if (parts.some((p) => p.startsWith('.'))) return 'hidden';
  return isDir || isDocumentName(parts[parts.length - 1]!) ? 'walked' : 'hidden';
}

/** `linked`: the directory was reached through a symbolic link, so its files are kept by real path. */
async function* walkDirectory(dir: string, walk: FolderWalk, linked: boolean): AsyncGenerator<WalkItem> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (e) {
    yield {
      problem: {
        ref: fileRef(dir, dir),
        message: `cannot resolve directory (${(e as NodeJS.ErrnoException).code})`,
        reason: 'folder that cannot be resolved',
      },
    };
    return;
  }
  if (walk.seenDirs.has(real)) return; // a symlink back into a directory already walked
  if (walk.own?.paths.has(real)) {
    walk.leftOut(dir, LEFT_OUT.own); // the raw archive in use (or a link to it)
    return;
  }
  walk.seenDirs.add(real);
  let handle;
  try {
    handle = await opendir(dir);
  } catch (e) {
    yield {
      problem: {
        ref: fileRef(dir, dir),
        message: `cannot list directory (${(e as NodeJS.ErrnoException).code})`,
        reason: 'folder that cannot be listed',
      },
    };
    return;
  }
  // Sorted order makes runs reproducible; entries of one directory are few enough to hold.
  const entries: Array<{ name: string; dir: boolean; link: boolean }> = [];
  for await (const entry of handle) {
    if (entry.isDirectory() && holdsNoDocuments(entry.name)) {
      walk.leftOut(join(dir, entry.name), LEFT_OUT.noDocuments);
      continue;
    }
    if (entry.name.startsWith('.')) continue; // hidden files (.DS_Store) are no one's documents
    entries.push({ name: entry.name, dir: entry.isDirectory(), link: entry.isSymbolicLink() });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (!entry.link) {
      if (entry.dir) yield* walkDirectory(path, walk, linked);
      else if (await isOwnFile(walk, path, join(real, entry.name))) walk.leftOut(path, LEFT_OUT.own);
      else if (!isDocumentName(entry.name))
        yield { problem: { ref: fileRef(path, path), ...unsupportedType(entry.name) } };
      else if (!linked || firstReach(walk, join(real, entry.name))) yield { ref: fileRef(path, path) };
      continue;
    }
    // A symbolic link: where does it really lead?
    let target: string;
    let isDir: boolean;
    try {
      target = await realpath(path);
      isDir = (await stat(target)).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const message = code === 'ELOOP' ? 'symbolic link loop' : `broken symbolic link (${code})`;
      yield {
        problem: {
          ref: fileRef(path, path),
          message,
          reason: code === 'ELOOP' ? message : 'broken symbolic link',
        },
      };
      continue;
    }
    if (!isDir && (await isOwnFile(walk, path, target))) {
      walk.leftOut(path, LEFT_OUT.own);
      continue;
    }
    if (!isDir && !isDocumentName(entry.name)) {
      // not a document by its name: the same error row as for a plain file of that type
      yield { problem: { ref: fileRef(path, path), ...unsupportedType(entry.name) } };
      continue;
    }
    const place = placeInFolder(walk.root, target, isDir);
    if (place === 'walked') continue; // the plain walk reads it under its own name (or has: a loop back)
    if (place === 'outside' && !walk.follow) {
      yield {
        problem: {
          ref: fileRef(path, path),
          message: `symbolic link to a ${isDir ? 'folder' : 'file'} outside the input folder, not followed: ${path} → ${target} (--follow-symlinks follows it)`,
          reason: `symbolic link to a ${isDir ? 'folder' : 'file'} outside the input folder`,
        },
      };
      continue;
    }
    if (isDir) yield* walkDirectory(path, walk, true);
    else if (firstReach(walk, target)) yield { ref: fileRef(path, path) };
  }
}

/** Whether a file met in a walk is gonghui's own: one this run uses (by real path), or one whose first bytes say
 * gonghui wrote it (a report, an export) — by content, so a plan someone named report.html is still read. */
async function isOwnFile(walk: FolderWalk, path: string, realPath: string): Promise<boolean> {
  if (!walk.own) return false;
  if (walk.own.paths.has(realPath)) return true;
  const ext = extname(path).toLowerCase();
  if (!walk.own.extensions.has(ext)) return false;
  let handle;
  try {
    handle = await open(path, 'r');
    // A zip (a workbook) says who wrote it in its comment, at the file's end; text files say it at their start.
    const atEnd = walk.own.readAtEnd.has(ext);
    const size = atEnd ? (await handle.stat()).size : 0;
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, atEnd ? Math.max(0, size - HEAD_BYTES) : 0);
    return walk.own.wroteIt(head.subarray(0, bytesRead).toString('utf8'), ext);
  } catch {
    return false; // unreadable: reading it as a source says why
  } finally {
    await handle?.close();
  }
}

/** True the first time a file is reached through a link; it is read under the first name it was reached by. */
function firstReach(walk: FolderWalk, realPath: string): boolean {
  if (walk.seenLinkedFiles.has(realPath)) return false;
  walk.seenLinkedFiles.add(realPath);
  return true;
}
