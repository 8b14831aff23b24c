// Who may import whom (src/README.md), as a test: dependency-cruiser checks src/ against
// .dependency-cruiser.cjs, and a small tree that breaks each rule once shows the rules catch what they claim.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEPCRUISE = fileURLToPath(
  new URL('../node_modules/dependency-cruiser/bin/dependency-cruise.mjs', import.meta.url),
);
const CONFIG = fileURLToPath(new URL('../.dependency-cruiser.cjs', import.meta.url));

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  cycle?: Array<{ name: string }>;
}

function cruise(cwd: string): Violation[] {
  const r = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!r.stdout) throw new Error(`dependency-cruiser failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const describeViolation = (v: Violation) =>
  `${v.rule.name}: ${v.from} → ${v.cycle?.length ? v.cycle.map((c) => c.name).join(' → ') : v.to}`;

describe('import rules', () => {
  it('src/ keeps them all', () => {
    expect(cruise(ROOT).map(describeViolation)).toEqual([]);
  });

  it('each rule catches the import it forbids', () => {
    const caught = new Set(
      cruise(fileURLToPath(new URL('../fixtures/architecture/', import.meta.url))).map((v) => v.rule.name),
    );
    expect([...caught].sort()).toEqual([
      'acquire-is-an-end',
      'acquire-uses-only-decode-and-extract-stages',
      'model-imports-nothing-of-ours',
      'no-folder-cycles',
      'no-module-cycles',
      'no-unresolvable',
      'only-the-cli-imports-commands',
      'stages-are-pure',
      'store-and-report-know-no-running',
    ]);
  });
});
