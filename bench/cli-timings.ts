// Start-up and search times of the CLI as a user meets them (a fresh process each time, median of runs):
// `gonghui --version`, `gonghui --help`, and `gonghui search` on the five samples. Part of `npm run bench`;
// alone: npx tsx bench/cli-timings.ts [--runs N]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface CliTiming {
  name: string;
  seconds: number;
  peakRssMb: number | null;
  target: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall seconds of one run, and its peak memory when GNU time is there. */
function timeRun(args: string[]): { seconds: number; rssMb: number | null } {
  const started = performance.now();
  if (!existsSync('/usr/bin/time')) {
    execFileSync(process.execPath, ['bin/gonghui.mjs', ...args], { stdio: 'ignore' });
    return { seconds: (performance.now() - started) / 1000, rssMb: null };
  }
  const run = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, 'bin/gonghui.mjs', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`gonghui ${args.join(' ')} failed: ${run.stderr}`);
  return { seconds, rssMb: Number(/maxrss=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024 || null };
}

export function cliTimings(runs = 5, log: (line: string) => void = () => {}): CliTiming[] {
  const dir = resolve('output/bench/cli');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    const db = join(dir, 'g.db');
    log('cli: ingesting the samples');
    execFileSync(process.execPath, ['bin/gonghui.mjs', 'ingest', 'corpus', '--db', db, '--archive', join(dir, 'raw')], {
      stdio: 'ignore',
    });
    const cases: Array<[string, string[], number]> = [
      ['gonghui --version', ['--version'], 0.3],
      ['gonghui --help', ['--help'], 0.3],
      ['gonghui search 教職工 (samples)', ['search', '教職工', '--db', db], 1],
      ['gonghui search 体检 (samples)', ['search', '体检', '--db', db], 1],
      // Start-up as a cost (issue 18): one small source, every worker and the writer started, dictionaries loaded.
      [
        'gonghui ingest one sample --force (start-up)',
        [
          'ingest',
          join('corpus/samples', readdirSync('corpus/samples').sort()[0]!),
          '--force',
          '--db',
          join(dir, 'one.db'),
          '--archive',
          join(dir, 'raw1'),
        ],
        3,
      ],
    ];
    return cases.map(([name, args, target]) => {
      timeRun(args); // warm the transpile cache and the file cache
      const measured = Array.from({ length: runs }, () => timeRun(args));
      const rss = measured.map((m) => m.rssMb).filter((v): v is number => v !== null);
      const timing = {
        name,
        seconds: Math.round(median(measured.map((m) => m.seconds)) * 1000) / 1000,
        peakRssMb: rss.length ? Math.round(Math.max(...rss)) : null,
        target,
      };
      log(`cli: ${name}: ${timing.seconds} s`);
      return timing;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const rows = cliTimings(Number(values.runs), (l) => process.stderr.write(`bench: ${l}\n`));
  const table = [
    '| command | median s | peak RSS MB | target s | ok |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.seconds} | ${r.peakRssMb ?? 'n/a'} | < ${r.target} | ${r.seconds < r.target ? 'yes' : 'NO'} |`,
    ),
  ];
  process.stdout.write(`${table.join('\n')}\n`);
}
