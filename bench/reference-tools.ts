// The reference tools a researcher would otherwise script: Python jieba (segmentation) and the OpenCC
// command line (t2s). Each is timed on exactly the text our stage is timed on, in the same bench run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's python3-jieba is importable by the system python3, not necessarily by another python3 on PATH. */
const SYSTEM_PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

function hasPythonJieba(): boolean {
  return spawnSync(SYSTEM_PYTHON, ['-c', 'import jieba'], { stdio: 'ignore' }).status === 0;
}

function hasOpenccCli(): boolean {
  return spawnSync('opencc', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Installs the reference tools with apt-get when missing (as the issue asks); failures leave them absent. */
export function ensureReferenceTools(log: (line: string) => void): void {
  const missing: string[] = [];
  if (!hasPythonJieba()) missing.push('python3-jieba');
  if (!hasOpenccCli()) missing.push('opencc');
  if (missing.length === 0) return;
  log(`installing reference tools: ${missing.join(', ')}`);
  const r = spawnSync(
    'sh',
    ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) log('could not install the reference tools; their ratios will be null');
}

/** Wall and CPU seconds of one measured run. On a shared machine only CPU compares: wall time also counts the
 * time a process waits for a core (2 cores shared by several people measured wall 2.3 s for 0.25 s of CPU). */
export interface Timed {
  wall: number;
  cpu: number;
}

/** Seconds Python jieba (HMM on, dictionary already loaded) takes to segment the text, or null. */
export function pythonJiebaSeconds(text: string, workDir: string): Timed | null {
  if (!hasPythonJieba()) return null;
  const file = join(workDir, 'segment-input.txt');
  writeFileSync(file, text);
  const script = [
    'import sys, time, jieba',
    'jieba.setLogLevel(60)',
    'jieba.initialize()',
    "text = open(sys.argv[1], encoding='utf-8').read()",
    'jieba.lcut(text[:2000], HMM=True)',
    't = time.perf_counter()',
    'c = time.process_time()',
    'jieba.lcut(text, HMM=True)',
    'print(time.perf_counter() - t, time.process_time() - c)',
  ].join('\n');
  const out = execFileSync(SYSTEM_PYTHON, ['-c', script, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const [wall, cpu] = out.trim().split(' ').map(Number);
  return { wall: wall!, cpu: cpu! };
}

/** Seconds of `opencc -c t2s.json` converting the text file (the way a script would call it, start-up included), or null. */
export function openccCliSeconds(text: string, workDir: string): Timed | null {
  if (!hasOpenccCli()) return null;
  const input = join(workDir, 't2s-input.txt');
  const output = join(workDir, 't2s-output.txt');
  writeFileSync(input, text);
  const started = performance.now();
  // GNU time gives the process's CPU (user + system); without it CPU is taken to be the wall time.
  if (!existsSync('/usr/bin/time')) {
    execFileSync('opencc', ['-c', 't2s.json', '-i', input, '-o', output]);
    const wall = (performance.now() - started) / 1000;
    return { wall, cpu: wall };
  }
  const run = spawnSync('/usr/bin/time', ['-f', 'cpu=%U+%S', 'opencc', '-c', 't2s.json', '-i', input, '-o', output], {
    encoding: 'utf8',
  });
  const wall = (performance.now() - started) / 1000;
  const m = /cpu=([\d.]+)\+([\d.]+)/.exec(run.stderr ?? '');
  if (run.status !== 0 || !m) throw new Error(`opencc failed: ${run.stderr}`);
  return { wall, cpu: Number(m[1]) + Number(m[2]) };
}

/** Python jieba (HMM on) over every file of a corpus folder, the way a researcher's script would run it: each
 * file read and decoded (UTF-8, else GB18030) outside the clock, then only jieba.lcut timed, summed; the
 * dictionary is loaded before. Wall and CPU seconds and bytes of the files, or null. */
export function pythonJiebaCorpus(dir: string): (Timed & { bytes: number }) | null {
  if (!hasPythonJieba()) return null;
  const script = [
    'import os, sys, time, jieba',
    'jieba.setLogLevel(60)',
    'jieba.initialize()',
    'jieba.lcut("学校工会工作计划", HMM=True)',
    'total = 0.0',
    'cpu = 0.0',
    'size = 0',
    'for root, _, files in os.walk(sys.argv[1]):',
    '    for name in sorted(files):',
    '        data = open(os.path.join(root, name), "rb").read()',
    '        size += len(data)',
    '        try:',
    '            text = data.decode("utf-8")',
    '        except UnicodeDecodeError:',
    '            text = data.decode("gb18030", errors="replace")',
    '        t = time.perf_counter()',
    '        c = time.process_time()',
    '        jieba.lcut(text, HMM=True)',
    '        total += time.perf_counter() - t',
    '        cpu += time.process_time() - c',
    'print(total, cpu, size)',
  ].join('\n');
  const out = execFileSync(SYSTEM_PYTHON, ['-c', script, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const [wall, cpu, bytes] = out.trim().split(' ').map(Number);
  return { wall: wall!, cpu: cpu!, bytes: bytes! };
}
