// Fetching one URL politely and robustly: robots.txt, per-host and global concurrency with a delay,
// redirects (limit and loop detection), retries with exponential backoff and jitter on network errors,
// timeouts and retryable statuses (429 and 5xx), honouring Retry-After. Failures become AcquireErrors with
// messages a person understands ("HTTP 404 Not Found", "robots.txt disallows …", "timed out after 30 s").
import http from 'node:http';
import https from 'node:https';
import { type FetchSettings, formatSeconds, robotsProductToken } from './fetch-settings.ts';
import { type Clock, HostScheduler, realClock } from './host-scheduler.ts';
import { HttpFailure, type HttpResponse, httpGet } from './http-request.ts';
import { AcquireError } from './read-file.ts';
import { RequestLog } from './request-log.ts';
import { describeCrawlDelay, RobotsCache } from './robots.ts';

/** A note about how a page was fetched; the pipeline records it under the stage "acquire". */
export interface FetchNote {
  rule: string;
  reason: string;
  level?: 'info' | 'warn';
}

export interface FetchedResponse {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  bytes: Buffer;
  fetchedAt: string;
  notes: FetchNote[];
}

/** What acquireUrl needs from a fetcher; tests and the extract evaluation plug in fixture-backed ones. */
export interface Fetcher {
  readonly settings: FetchSettings;
  get(url: string): Promise<FetchedResponse>;
}

/** Seconds or an HTTP date → milliseconds from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function hostOf(url: URL): string {
  return url.host.toLowerCase();
}

export class PoliteFetcher implements Fetcher {
  private readonly scheduler: HostScheduler;
  private readonly robots: RobotsCache;
  private readonly agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: 64 }),
    https: new https.Agent({ keepAlive: true, maxSockets: 64 }),
  };
  private readonly crawlDelayNoted = new Set<string>();

  constructor(
    readonly settings: FetchSettings,
    private readonly requests: RequestLog = new RequestLog(null),
    private readonly clock: Clock = realClock,
  ) {
    this.scheduler = new HostScheduler(
      settings.perHostConcurrency,
      settings.perHostDelayMs,
      settings.globalConcurrency,
      clock,
    );
    this.robots = new RobotsCache(
      (u) => this.fetchRobots(u),
      robotsProductToken(settings.userAgent),
      settings.robotsUnreachable,
    );
  }

  /** Frees keep-alive sockets so the process can exit. */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private headers(): Record<string, string> {
    return {
      'user-agent': this.settings.userAgent,
      accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
      'accept-language': 'zh-CN,zh;q=0.9,zh-TW;q=0.8,en;q=0.5',
      'accept-encoding': 'gzip, deflate, br',
    };
  }

  private backoffMs(attempt: number): number {
    const capped = Math.min(this.settings.backoffMaxMs, this.settings.backoffBaseMs * 2 ** (attempt - 1));
    return capped / 2 + (this.clock.random() * capped) / 2; // "equal jitter": never less than half the step
  }

  /** One URL (no redirects) with retries; the request record lets a later run resume the retries. */
  private async withRetries(
    url: URL,
    limits: { maxBodyBytes: number; retries: number },
    notes: FetchNote[],
  ): Promise<HttpResponse> {
    const key = url.href;
    const host = hostOf(url);
    const resumed = this.requests.resumable(key);
    let attempt = resumed?.attempts ?? 0;
    if (resumed) {
      const at = resumed.nextAttemptAt ? Date.parse(resumed.nextAttemptAt) : 0;
      const wait = at - this.clock.now();
      if (wait > this.settings.retryAfterMaxMs) {
        throw new AcquireError(
          `${resumed.lastError ?? 'the server asked us to wait'}; it asked us not to come back before ${resumed.nextAttemptAt} (rerun after that)`,
        );
      }
      notes.push({
        rule: 'acquire.retry-resumed',
        reason: `continuing the retries of an earlier run at attempt ${attempt + 1} (last: ${resumed.lastError ?? 'unknown'})`,
      });
      if (wait > 0) this.scheduler.pauseHost(host, at);
    }
    const total = limits.retries + 1;
    for (;;) {
      attempt++;
      const release = await this.scheduler.enter(host);
      let response: HttpResponse | null = null;
      let failure: HttpFailure | null = null;
      try {
        response = await httpGet(url, {
          headers: this.headers(),
          connectTimeoutMs: this.settings.connectTimeoutMs,
          readTimeoutMs: this.settings.readTimeoutMs,
          deadlineMs: this.settings.requestDeadlineMs,
          maxBodyBytes: limits.maxBodyBytes,
          agents: this.agents,
        });
      } catch (e) {
        if (!(e instanceof HttpFailure)) throw e;
        failure = e;
      } finally {
        release();
      }
      const retryableStatus = response !== null && this.settings.retryStatuses.includes(response.status);
      const problem = failure
        ? failure.message
        : retryableStatus
          ? `HTTP ${response!.status}${response!.statusText ? ` ${response!.statusText}` : ''}`
          : null;
      if (problem === null) {
        if (attempt > 1 || resumed)
          this.requests.record({
            url: key,
            state: 'done',
            attempts: attempt,
            lastStatus: response!.status,
            lastError: null,
            nextAttemptAt: null,
          });
        if (attempt > 1)
          notes.push({ rule: 'acquire.retried', reason: `${url.href} answered on attempt ${attempt} of ${total}` });
        return response!;
      }
      const retryable = failure ? failure.retryable : true;
      const tries = attempt === 1 ? '' : ` (tried ${attempt} times)`;
      if (!retryable || attempt >= total) {
        this.requests.record({
          url: key,
          state: 'failed',
          attempts: attempt,
          lastStatus: response?.status ?? null,
          lastError: problem,
          nextAttemptAt: null,
        });
        throw new AcquireError(`${problem}${tries}`);
      }
      let wait = this.backoffMs(attempt);
      const retryAfter = response ? parseRetryAfter(response.headers['retry-after'], this.clock.now()) : null;
      if (retryAfter !== null) {
        if (retryAfter > this.settings.retryAfterMaxMs) {
          const at = new Date(this.clock.now() + retryAfter).toISOString();
          this.requests.record({
            url: key,
            state: 'retrying',
            attempts: attempt,
            lastStatus: response!.status,
            lastError: problem,
            nextAttemptAt: at,
          });
          throw new AcquireError(
            `${problem}: the server asks us to wait ${formatSeconds(retryAfter)} (Retry-After), longer than the ${formatSeconds(this.settings.retryAfterMaxMs)} we wait in a run; rerun after ${at}`,
          );
        }
        wait = Math.max(wait, retryAfter);
        // Retry-After speaks for the whole host: nothing else goes there before it.
        this.scheduler.pauseHost(host, this.clock.now() + retryAfter);
      }
      const nextAt = this.clock.now() + wait;
      this.requests.record({
        url: key,
        state: 'retrying',
        attempts: attempt,
        lastStatus: response?.status ?? null,
        lastError: problem,
        nextAttemptAt: new Date(nextAt).toISOString(),
      });
      notes.push({
        rule: 'acquire.retry',
        level: 'warn',
        reason: `${url.href}: ${problem} on attempt ${attempt} of ${total}; retrying after ${formatSeconds(Math.round(wait))}${retryAfter !== null ? ' (Retry-After honoured)' : ' (exponential backoff with jitter)'}`,
      });
      await this.clock.sleep(wait);
    }
  }

  private async fetchRobots(robotsUrl: string): Promise<{ status: number; text: string } | { failure: string }> {
    try {
      const r = await this.followRedirects(
        robotsUrl,
        { maxBodyBytes: 512 * 1024, retries: this.settings.retries, maxRedirects: 5, robots: false },
        [],
      );
      return { status: r.status, text: r.bytes.toString('utf8') };
    } catch (e) {
      if (e instanceof AcquireError) return { failure: e.message };
      throw e;
    }
  }

  private async robotsAllow(url: URL, notes: FetchNote[]): Promise<void> {
    const verdict = await this.robots.check(url);
    if (verdict.crawlDelayMs !== null) {
      const host = hostOf(url);
      const delay = Math.min(verdict.crawlDelayMs, this.settings.maxCrawlDelayMs);
      if (delay > this.scheduler.hostDelay(host)) this.scheduler.setHostDelay(host, delay);
      if (!this.crawlDelayNoted.has(host) && verdict.crawlDelayMs > this.settings.perHostDelayMs) {
        this.crawlDelayNoted.add(host);
        notes.push({
          rule: 'acquire.crawl-delay',
          reason: describeCrawlDelay(verdict.crawlDelayMs, this.settings.maxCrawlDelayMs),
        });
      }
    }
    if (!verdict.allowed) throw new AcquireError(verdict.note ?? 'robots.txt disallows this URL');
    if (verdict.unreachable && verdict.note)
      notes.push({ rule: 'acquire.robots-unreachable', level: 'warn', reason: verdict.note });
  }

  private async followRedirects(
    start: string,
    limits: { maxBodyBytes: number; retries: number; maxRedirects: number; robots: boolean },
    notes: FetchNote[],
  ): Promise<HttpResponse & { chain: string[] }> {
    let url: URL;
    try {
      url = new URL(start);
    } catch {
      throw new AcquireError(`not a valid URL: ${start}`);
    }
    const chain = [url.href];
    for (;;) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new AcquireError(`cannot fetch ${url.protocol} URLs (only http and https)`);
      if (limits.robots && this.settings.obeyRobots) await this.robotsAllow(url, notes);
      const response = await this.withRetries(url, limits, notes);
      const location = response.headers.location;
      if (response.status < 300 || response.status >= 400 || response.status === 304 || !location)
        return { ...response, chain };
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw new AcquireError(`HTTP ${response.status} redirect to an invalid address: ${location}`);
      }
      next.hash = '';
      if (chain.includes(next.href)) {
        throw new AcquireError(`redirect loop: ${[...chain.slice(chain.indexOf(next.href)), next.href].join(' → ')}`);
      }
      if (chain.length > limits.maxRedirects)
        throw new AcquireError(`too many redirects (more than ${limits.maxRedirects}, ending at ${url.href})`);
      chain.push(next.href);
      url = next;
    }
  }

  /** GET a page: the final response after redirects, or an AcquireError for anything but 2xx. */
  async get(start: string): Promise<FetchedResponse> {
    const notes: FetchNote[] = [];
    const r = await this.followRedirects(
      start,
      {
        maxBodyBytes: this.settings.maxBodyBytes,
        retries: this.settings.retries,
        maxRedirects: this.settings.maxRedirects,
        robots: true,
      },
      notes,
    );
    if (r.status < 200 || r.status >= 300) {
      throw new AcquireError(
        `HTTP ${r.status}${r.statusText ? ` ${r.statusText}` : ''}${r.chain.length > 1 ? ` (at ${r.url} after redirects)` : ''}`,
      );
    }
    if (r.chain.length > 1) notes.push({ rule: 'acquire.redirected', reason: `redirected: ${r.chain.join(' → ')}` });
    return {
      requestedUrl: start,
      finalUrl: r.url,
      status: r.status,
      headers: r.headers,
      bytes: r.bytes,
      fetchedAt: new Date().toISOString(),
      notes,
    };
  }
}
