// The fetch options shared by `gonghui scrape` and `gonghui ingest <url>`: every politeness default of
// src/acquire/fetch-settings.ts can be overridden per run, and --help shows each default.
import { type Command, Option } from 'commander';
import { decimalNumber, wholeNumber } from './numeric-option.ts';
import { DEFAULT_FETCH_SETTINGS as D, type FetchSettings } from '../acquire/fetch-settings.ts';

const seconds = decimalNumber(0, 86_400, { unit: 'seconds' });

/** Adds the fetch options; `bodyFlag` names the body-size limit (scrape: --max-bytes; ingest, whose
 * --max-bytes is the file limit: --max-page-bytes). */
export function addFetchOptions(cmd: Command, bodyFlag: '--max-bytes' | '--max-page-bytes'): Command {
  return cmd
    .option('--refresh', 'fetch URLs again even when they are in the raw archive', false)
    .addOption(
      new Option('--delay <seconds>', 'pause between two requests to the same host')
        .default(D.perHostDelayMs / 1000)
        .argParser(seconds),
    )
    .addOption(
      new Option('--per-host <n>', 'requests in flight to one host at once')
        .default(D.perHostConcurrency)
        .argParser(wholeNumber(1, 64)),
    )
    .addOption(
      new Option('--concurrency <n>', 'requests in flight over all hosts')
        .default(D.globalConcurrency)
        .argParser(wholeNumber(1, 1024)),
    )
    .addOption(
      new Option('--user-agent <text>', 'User-Agent header; its first word is matched against robots.txt').default(
        D.userAgent,
      ),
    )
    .addOption(
      new Option('--timeout <seconds>', 'give up on a response after this long without data')
        .default(D.readTimeoutMs / 1000)
        .argParser(seconds),
    )
    .addOption(
      new Option('--connect-timeout <seconds>', 'give up connecting after this long')
        .default(D.connectTimeoutMs / 1000)
        .argParser(seconds),
    )
    .addOption(
      new Option(`${bodyFlag} <n>`, 'largest page body to download, in bytes (aborted past it)')
        .default(D.maxBodyBytes)
        .argParser(wholeNumber(1, 2 ** 40)),
    )
    .addOption(
      new Option('--max-redirects <n>', 'redirects followed per request')
        .default(D.maxRedirects)
        .argParser(wholeNumber(0, 100)),
    )
    .addOption(
      new Option(
        '--retries <n>',
        'extra attempts on network errors, timeouts, 408, 429 and 5xx (exponential backoff with jitter; Retry-After honoured)',
      )
        .default(D.retries)
        .argParser(wholeNumber(0, 100)),
    )
    .addOption(
      new Option('--max-pages <n>', 'pages of one document followed through its pagination links')
        .default(D.maxPages)
        .argParser(wholeNumber(1, 10_000)),
    )
    .addOption(new Option('--no-robots', 'ignore robots.txt (default: obey it)'))
    .addOption(
      new Option(
        '--robots-unreachable <policy>',
        'when robots.txt cannot be fetched: allow (noted) or disallow (RFC 9309)',
      )
        .choices(['allow', 'disallow'])
        .default(D.robotsUnreachable),
    );
}

export function fetchOverrides(
  opts: Record<string, unknown>,
  bodyKey: 'maxBytes' | 'maxPageBytes',
): Partial<FetchSettings> {
  return {
    refresh: Boolean(opts.refresh),
    perHostDelayMs: Math.round((opts.delay as number) * 1000),
    perHostConcurrency: opts.perHost as number,
    globalConcurrency: opts.concurrency as number,
    userAgent: opts.userAgent as string,
    readTimeoutMs: Math.round((opts.timeout as number) * 1000),
    connectTimeoutMs: Math.round((opts.connectTimeout as number) * 1000),
    maxBodyBytes: opts[bodyKey] as number,
    maxRedirects: opts.maxRedirects as number,
    retries: opts.retries as number,
    maxPages: opts.maxPages as number,
    obeyRobots: opts.robots !== false,
    robotsUnreachable: opts.robotsUnreachable as 'allow' | 'disallow',
  };
}
