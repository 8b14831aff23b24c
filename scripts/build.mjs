// Compiles src/ to JavaScript in dist/ (issue 18: compiling TypeScript through tsx cost ≈0.6 s of CPU at every
// start, in every worker thread again). Run by `npm install` / `npm ci` (the `prepare` script) and by
// `npm run build`. dist/ mirrors src/ at the same depth, so every `new URL('../../pipelines/…', import.meta.url)`
// still reaches the package root; the data files under src/ (JSON, dictionaries, migrations, the worker entry
// points) are copied beside the compiled modules. bin/gonghui.mjs uses dist/ only while its stamp is newer than
// every file under src/, and falls back to tsx otherwise, so a dev checkout or a failed build still runs.
// Plain JavaScript (not TypeScript): it must run before anything is compiled.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const say = (line) => process.stderr.write(`gonghui build: ${line}\n`);

/** Every file under a directory, recursively. */
function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

rmSync(dist, { recursive: true, force: true });
let tsc;
try {
  tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  // An install without devDependencies: the CLI runs the TypeScript through tsx instead.
  say('typescript is not installed; gonghui will run its TypeScript through tsx');
  process.exit(0);
}
const started = Date.now();
// Emit only: `npm run typecheck` (tsc --noEmit) is where types are checked.
const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (run.status !== 0) {
  rmSync(dist, { recursive: true, force: true });
  say('compiling failed; gonghui will run its TypeScript through tsx');
  process.exit(0);
}
let newest = 0;
for (const file of filesUnder(src)) {
  newest = Math.max(newest, statSync(file).mtimeMs);
  if (file.endsWith('.ts') || file.endsWith('.md')) continue;
  const target = join(dist, relative(src, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
}
if (!existsSync(join(dist, 'cli.js'))) {
  rmSync(dist, { recursive: true, force: true });
  say('dist/cli.js was not written; gonghui will run its TypeScript through tsx');
  process.exit(0);
}
// Written last: its presence says the build is whole. `sources` is the newest source file's time at build.
writeFileSync(join(dist, 'build.json'), `${JSON.stringify({ sources: newest })}\n`);
say(`compiled src/ to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
