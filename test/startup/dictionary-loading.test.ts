// Dictionaries are loaded only where they are used (issue 18): the writer thread and the CLI's own start
// (`--version`, `--help`) reach neither nodejieba nor opencc-js nor the word model, by their static imports
// (commands are imported only when they run). A static walk of the import graph, type-only imports left out.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
// Static value imports, and require() calls (nodejieba is a native addon, loaded through createRequire).
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'|\brequire\('([^']+)'\)/gm;
const HEAVY = ['nodejieba', 'opencc-js', 'lexicon/word-model.ts', 'stages/segment/jieba.ts'];

/** Every module and package the file reaches through static, value imports. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      if (!spec.startsWith('.')) seen.add(spec);
      else if (existsSync(resolve(dirname(file), spec))) walk(resolve(dirname(file), spec));
    }
  };
  walk(resolve(SRC, entry));
  return [...seen].map((f) => f.replace(SRC, ''));
}

const heavyIn = (modules: string[]) => modules.filter((m) => HEAVY.some((h) => m === h || m.endsWith(h)));

describe('dictionaries load only where they are used', () => {
  it('the walk finds the segmenter from the stages (so an empty answer below means something)', () => {
    expect(heavyIn(reachable('pipeline/pool-task.ts'))).toEqual(
      expect.arrayContaining(['nodejieba', 'opencc-js', 'lexicon/word-model.ts']),
    );
  });

  it('the writer thread imports no dictionary', () => {
    expect(heavyIn(reachable('pipeline/writer-loop.ts'))).toEqual([]);
  });

  it('the CLI entry (what --version and --help run) imports no dictionary', () => {
    expect(heavyIn(reachable('cli.ts'))).toEqual([]);
  });
});
