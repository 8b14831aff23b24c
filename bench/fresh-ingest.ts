// One `gonghui ingest --format json` in a fresh process, so each bench run pays its own start-up and its peak RSS
// is its own; the summary it prints is returned parsed.
import { execFileSync } from 'node:child_process';

export interface IngestSummary {
  seconds: number;
  peakRssMb: number;
  documents: number;
  errors: number;
  stageSeconds: Record<string, number>;
}

export function ingestInFreshProcess(inputs: string, db: string, archive: string, extra: string[] = []): IngestSummary {
  const out = execFileSync(
    process.execPath,
    ['bin/gonghui.mjs', 'ingest', inputs, '--db', db, '--archive', archive, '--format', 'json', ...extra],
    { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out) as IngestSummary;
}
