// Politeness and robustness settings for fetching, as named defaults in one place (scrapy style). Every
// one can be overridden per run from the command line (see src/commands/fetch-options.ts).

export interface FetchSettings {
  /** Sent with every request; its product token ("gonghui") is what robots.txt groups are matched against. */
  userAgent: string;
  /** Requests in flight to one host at once. */
  perHostConcurrency: number;
  /** Pause between two requests to the same host, counted from the end of the previous one. */
  perHostDelayMs: number;
  /** Requests in flight over all hosts. */
  globalConcurrency: number;
  /** Time to open the TCP/TLS connection. */
  connectTimeoutMs: number;
  /** Time without receiving a byte (headers or body) before we give up. */
  readTimeoutMs: number;
  /** Whole-request deadline, so a server trickling a byte every few seconds cannot hold us forever. */
  requestDeadlineMs: number;
  /** Largest response body (after decompression); the download is aborted past it. */
  maxBodyBytes: number;
  /** Redirects followed for one request; a loop is reported as such before the limit. */
  maxRedirects: number;
  /** Extra attempts after the first, on network errors, timeouts and the statuses below. */
  retries: number;
  retryStatuses: number[];
  /** Exponential backoff: base × 2^(attempt−1), capped, with jitter (half fixed, half random). */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Longest Retry-After we wait for inside a run; a longer one ends the attempt with a clear message. */
  retryAfterMaxMs: number;
  /** Obey robots.txt (RFC 9309). */
  obeyRobots: boolean;
  /** What to do when robots.txt cannot be fetched (5xx or network error after retries). RFC 9309 says
   * "disallow"; most crawlers (scrapy) allow. Either way the source gets a note. */
  robotsUnreachable: 'allow' | 'disallow';
  /** A robots.txt Crawl-delay longer than our delay is honoured up to this cap. */
  maxCrawlDelayMs: number;
  /** Pages of one multi-page document followed through its own pagination links. */
  maxPages: number;
  /** Fetch again even when the URL is already in the raw archive. */
  refresh: boolean;
}

export const DEFAULT_USER_AGENT =
  'gonghui/0.1 (research crawler for school trade-union documents; polite: 1 request/s per host)';

export const DEFAULT_FETCH_SETTINGS: Readonly<FetchSettings> = Object.freeze({
  userAgent: DEFAULT_USER_AGENT,
  perHostConcurrency: 1,
  perHostDelayMs: 1000,
  globalConcurrency: 8,
  connectTimeoutMs: 15_000,
  readTimeoutMs: 30_000,
  requestDeadlineMs: 180_000,
  maxBodyBytes: 20 * 1024 * 1024,
  maxRedirects: 10,
  retries: 3,
  // 408 timeout, 429 too many requests, 5xx server trouble, 520–524 CDN origin errors.
  retryStatuses: [408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524],
  backoffBaseMs: 2000,
  backoffMaxMs: 60_000,
  retryAfterMaxMs: 300_000,
  obeyRobots: true,
  robotsUnreachable: 'allow',
  maxCrawlDelayMs: 30_000,
  maxPages: 30,
  refresh: false,
});

export function fetchSettings(overrides: Partial<FetchSettings> = {}): FetchSettings {
  const merged = { ...DEFAULT_FETCH_SETTINGS, ...dropUndefined(overrides) };
  for (const key of ['perHostConcurrency', 'globalConcurrency', 'maxPages'] as const) {
    if (!Number.isInteger(merged[key]) || merged[key] < 1) throw new RangeError(`${key} must be a whole number ≥ 1`);
  }
  for (const key of [
    'perHostDelayMs',
    'connectTimeoutMs',
    'readTimeoutMs',
    'requestDeadlineMs',
    'maxBodyBytes',
    'maxRedirects',
    'retries',
    'backoffBaseMs',
    'backoffMaxMs',
    'retryAfterMaxMs',
    'maxCrawlDelayMs',
  ] as const) {
    if (!Number.isFinite(merged[key]) || merged[key] < 0) throw new RangeError(`${key} must be a number ≥ 0`);
  }
  return merged;
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The robots.txt product token of a User-Agent: "gonghui/0.1 (…)" → "gonghui"; "Mozilla/5.0 (compatible;
 * FooBot/2.1)" → "foobot". */
export function robotsProductToken(userAgent: string): string {
  const compatible = /compatible;\s*([\w.-]+)/i.exec(userAgent);
  if (compatible) return compatible[1]!.toLowerCase();
  return (/^[\w.-]+/.exec(userAgent.trim())?.[0] ?? '*').toLowerCase();
}

/** "30 s", "0.2 s", "2 min": durations in messages people read. */
export function formatSeconds(ms: number): string {
  if (ms >= 120_000) return `${Math.round(ms / 60_000)} min`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : Number(s.toFixed(s < 1 ? 2 : 1))} s`;
}

/** "20 MB", "100 KB", "512 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Number((n / (1024 * 1024)).toFixed(1)).toString()} MB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1)).toString()} KB`;
  return `${n} bytes`;
}
