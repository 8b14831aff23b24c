#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm install` through the `prepare` script) when it is there and no
// file under src/ is newer than it; otherwise the TypeScript itself through tsx, so a fresh clone without a
// build, a dev checkout with edits, and the tests all run the current code. Compiling through tsx cost ≈0.6 s
// of CPU at every start (issue 18). GONGHUI_SOURCE=1 forces the TypeScript.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);

/** The newest modification time of any file under a directory. */
function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestUnder(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function compiledIsCurrent() {
  if (process.env.GONGHUI_SOURCE === '1') return false;
  const stamp = new URL('dist/build.json', root);
  if (!existsSync(stamp)) return false;
  try {
    const { sources } = JSON.parse(readFileSync(stamp, 'utf8'));
    return newestUnder(fileURLToPath(new URL('src', root))) <= sources;
  } catch {
    return false;
  }
}

let cli;
if (compiledIsCurrent()) {
  cli = await import('../dist/cli.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli.ts');
}
process.exitCode = await cli.main(process.argv);
