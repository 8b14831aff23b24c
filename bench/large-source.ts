// The large-source scenario of `npm run bench` (issue 19): one 19 MB file of schedule lines, then two, each
// ingested by a fresh process with the default workers; peak RSS (the child's own maxRSS) and seconds.
// Target: ≤ 1.5 GB for one file and for two. Before issue 19: 3.9 GB for one file of this generator
// (5.1 GB and 8.75 GB for the files).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ingestInFreshProcess } from './fresh-ingest.ts';
import { writeLargeScheduleFile } from './large-schedule.ts';

export interface LargeSourceRun {
  files: number;
  mb: number;
  seconds: number;
  peak_rss_mb: number;
  documents: number;
  errors: number;
}

export function largeSourceBench(root: string, log: (line: string) => void): LargeSourceRun[] {
  const dir = join(root, 'large-source');
  rmSync(dir, { recursive: true, force: true });
  const inputs = join(dir, 'in');
  mkdirSync(inputs, { recursive: true });
  const runs: LargeSourceRun[] = [];
  try {
    let bytes = 0;
    for (const files of [1, 2]) {
      bytes += writeLargeScheduleFile(join(inputs, `schedules-${files}.txt`), 19_000_000, 18 + files);
      log(`large source: ingest ${files} file(s) of 19 MB`);
      const s = ingestInFreshProcess(inputs, join(dir, `g${files}.db`), join(dir, `raw${files}`));
      runs.push({
        files,
        mb: Math.round(bytes / 1e5) / 10,
        seconds: Math.round(s.seconds * 10) / 10,
        peak_rss_mb: s.peakRssMb,
        documents: s.documents,
        errors: s.errors,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return runs;
}
