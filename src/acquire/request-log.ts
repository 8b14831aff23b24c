// The request record: per URL, how many attempts were made, what went wrong last and when the next attempt
// may start. Kept as append-only JSON Lines beside the raw archive (requests.jsonl; the last line per URL
// wins), so a run that is interrupted in the middle of its retries is continued by the next run: it resumes
// at the same attempt number and waits until the recorded time. A request that ended (done or given up)
// starts afresh when it is asked for again.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RequestRecord {
  url: string;
  state: 'retrying' | 'done' | 'failed';
  /** Attempts made so far (1 after the first request). */
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  /** ISO time before which the next attempt must not start (Retry-After or backoff). */
  nextAttemptAt: string | null;
  updatedAt: string;
}

export class RequestLog {
  private readonly records = new Map<string, RequestRecord>();
  readonly path: string | null;

  /** With no directory the log lives in memory only (evaluations, dry runs). */
  constructor(dir: string | null) {
    this.path = dir ? join(dir, 'requests.jsonl') : null;
    if (!this.path || !existsSync(this.path)) return;
    for (const line of readFileSync(this.path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const r = JSON.parse(line) as RequestRecord;
        if (typeof r.url === 'string') this.records.set(r.url, r);
      } catch {
        // a line cut short by a crash: the one before it stands
      }
    }
  }

  get(url: string): RequestRecord | undefined {
    return this.records.get(url);
  }

  /** The attempt to resume from: a request left "retrying" by an earlier run continues where it stopped. */
  resumable(url: string): RequestRecord | null {
    const r = this.records.get(url);
    return r?.state === 'retrying' ? r : null;
  }

  record(r: Omit<RequestRecord, 'updatedAt'>): void {
    const full: RequestRecord = { ...r, updatedAt: new Date().toISOString() };
    this.records.set(r.url, full);
    if (this.path) appendFileSync(this.path, `${JSON.stringify(full)}\n`);
  }
}
