// bin/gonghui.mjs runs the compiled dist/ only while it is current (issue 18), else the TypeScript through
// tsx: checked on a throwaway package holding a copy of the launcher, a one-line src/cli.ts and a dist/cli.js
// that each say which one ran.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('bin/gonghui.mjs: compiled JavaScript when current, TypeScript otherwise', () => {
  let pkg = '';
  const run = (env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(pkg, 'bin/gonghui.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, GONGHUI_SOURCE: '', ...env },
    }).stdout.trim();
  const stamp = (sources: number) => writeFileSync(join(pkg, 'dist/build.json'), `${JSON.stringify({ sources })}\n`);

  beforeEach(() => {
    pkg = mkdtempSync(join(tmpdir(), 'gonghui-bin-'));
    for (const dir of ['bin', 'src/commands', 'dist']) mkdirSync(join(pkg, dir), { recursive: true });
    copyFileSync(join(ROOT, 'bin/gonghui.mjs'), join(pkg, 'bin/gonghui.mjs'));
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
    writeFileSync(join(pkg, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      join(pkg, 'src/cli.ts'),
      "export async function main(_argv: string[]): Promise<number> {\n  console.log('source');\n  return 0;\n}\n",
    );
    writeFileSync(join(pkg, 'src/commands/some.ts'), 'export const some = 1;\n');
    writeFileSync(
      join(pkg, 'dist/cli.js'),
      "export async function main() {\n  console.log('compiled');\n  return 0;\n}\n",
    );
    const past = new Date(Date.now() - 60_000);
    for (const file of ['src/cli.ts', 'src/commands/some.ts']) utimesSync(join(pkg, file), past, past);
  });
  afterEach(() => rmSync(pkg, { recursive: true, force: true }));

  it('runs dist/ when its stamp is as new as every file under src/', () => {
    stamp(Date.now());
    expect(run()).toBe('compiled');
  });

  it('runs the TypeScript when a file under src/ changed after the build, at any depth', () => {
    stamp(Date.now() - 120_000);
    expect(run()).toBe('source');
  });

  it('runs the TypeScript when there is no build, or when GONGHUI_SOURCE=1 asks for it', () => {
    expect(run()).toBe('source');
    stamp(Date.now());
    expect(run({ GONGHUI_SOURCE: '1' })).toBe('source');
  });
});

describe('worker-thread entries: the compiled sibling when the build put one there, else the TypeScript', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gonghui-sibling-'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    copyFileSync(join(ROOT, 'src/pipeline/load-sibling.mjs'), join(dir, 'load-sibling.mjs'));
    writeFileSync(
      join(dir, 'entry.mjs'),
      "import { loadSibling } from './load-sibling.mjs';\nconsole.log((await loadSibling(import.meta.url, 'task')).kind);\n",
    );
    writeFileSync(join(dir, 'task.ts'), "export const kind: string = 'source';\n");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const run = () => spawnSync(process.execPath, [join(dir, 'entry.mjs')], { encoding: 'utf8' }).stdout.trim();

  it('loads task.ts through tsx when there is no task.js', () => {
    expect(run()).toBe('source');
  });

  it('loads task.js when it is there (dist/)', () => {
    writeFileSync(join(dir, 'task.js'), "export const kind = 'compiled';\n");
    expect(run()).toBe('compiled');
  });
});
