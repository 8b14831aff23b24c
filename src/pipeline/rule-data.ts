// The data the stages read — site profiles, lexicons, the classifier model, dictionaries (src/**/data) and
// any file a stage option names — is part of a pipeline's identity. Editing a dictionary or retraining the
// model must redo the sources processed under the old one, exactly as bumping a stage's version does.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the bundled rule data lives: each stage group's data/ directory and the shared lexicon's. */
export const BUNDLED_DATA_ROOTS = [
  fileURLToPath(new URL('../stages/', import.meta.url)),
  fileURLToPath(new URL('../lexicon/', import.meta.url)),
];

/** Files under every `data` directory below the roots, sorted so the digest does not depend on listing order. */
function bundledDataFiles(roots: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string, inData: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, inData || entry.name === 'data');
      else if (entry.isFile() && inData) files.push(path);
    }
  };
  for (const root of roots) walk(root, false);
  return files.sort();
}

/** Strings anywhere in a stage's options that name an existing file (a user dictionary, a custom lexicon). */
function filesNamedIn(options: unknown, found: Set<string>): Set<string> {
  if (typeof options === 'string') {
    const path = isAbsolute(options) ? options : resolve(options);
    try {
      if (options.length > 0 && statSync(path).isFile()) found.add(path);
    } catch {
      // not a path to a file: an ordinary option value
    }
  } else if (Array.isArray(options)) {
    for (const v of options) filesNamedIn(v, found);
  } else if (options && typeof options === 'object') {
    for (const v of Object.values(options)) filesNamedIn(v, found);
  }
  return found;
}

function digestFiles(files: Iterable<string>, base: string): string {
  const h = createHash('sha256');
  for (const file of files) {
    h.update(relative(base, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return h.digest('hex');
}

let bundledDigest: { roots: readonly string[]; digest: string } | null = null;

/** One digest of the bundled rule data (read once per process) and of the files the options name. */
export function ruleDataDigest(
  stageOptions: readonly unknown[],
  roots: readonly string[] = BUNDLED_DATA_ROOTS,
): string {
  if (bundledDigest?.roots !== roots)
    bundledDigest = { roots, digest: digestFiles(bundledDataFiles(roots), resolve(roots[0] ?? '.', '..')) };
  const named = [...filesNamedIn(stageOptions, new Set())].sort();
  return createHash('sha256').update(bundledDigest.digest).update(digestFiles(named, '/')).digest('hex');
}
