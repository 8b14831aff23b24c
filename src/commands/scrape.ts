import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { DEFAULT_ARCHIVE_DIR } from '../acquire/raw-archive.ts';
import { isUrl } from '../acquire/walk-sources.ts';
import { dbOption, type Io, UsageError } from './common.ts';
import { addFetchOptions, fetchOverrides } from './fetch-options.ts';
import { pipelineOption, runIngest } from './ingest.ts';
import { terminalText } from './terminal-text.ts';

/** URLs of a list file: one per line; blank lines and # comments (whole-line or after a space) ignored. */
export function readUrlList(text: string): { urls: string[]; rejected: Array<{ line: number; text: string }> } {
  const urls: string[] = [];
  const rejected: Array<{ line: number; text: string }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw
      .replace(/^\uFEFF/, '')
      .replace(/(^|\s)#.*$/, '')
      .trim();
    if (!line) return;
    if (isUrl(line)) urls.push(line);
    else rejected.push({ line: i + 1, text: line });
  });
  return { urls, rejected };
}

export function scrapeCommand(io: Io): Command {
  const cmd = new Command('scrape')
    .description(
      'Fetch web pages politely (robots.txt, per-host delay, retries) into the raw archive and through the pipeline',
    )
    .argument('[urls...]', 'http(s) URLs (besides those in --urls)')
    .option('--urls <file>', 'file with one URL per line (# comments and blank lines ignored)')
    .option(
      '--listing <url>',
      'a listing page: scrape the documents it links to, following its own pages (repeatable)',
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .option(
      '--link-pattern <regex>',
      'with --listing: document links are the URLs matching this (default: the largest group of similar links)',
    )
    .addOption(dbOption())
    .addOption(pipelineOption())
    .option(
      '--archive <dir>',
      'raw archive directory (content-addressed bytes + manifest.jsonl + requests.jsonl)',
      DEFAULT_ARCHIVE_DIR,
    )
    .option('--force', 'reprocess sources whose bytes and pipeline are unchanged', false)
    .option('--fail-on-error', 'exit with code 1 when any URL failed', false);
  return addFetchOptions(cmd, '--max-bytes').action(async (args: string[], opts) => {
    const urls: string[] = [];
    for (const a of args) {
      if (!isUrl(a)) throw new UsageError(`not an http(s) URL: ${a}`);
      urls.push(a);
    }
    if (opts.urls) {
      let text: string;
      try {
        text = readFileSync(opts.urls, 'utf8');
      } catch (e) {
        throw new UsageError(
          `cannot read the URL list ${opts.urls} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        );
      }
      const list = readUrlList(text);
      for (const r of list.rejected)
        io.err(terminalText(`gonghui scrape: ${opts.urls}:${r.line}: not an http(s) URL, skipped: ${r.text}\n`));
      urls.push(...list.urls);
    }
    const listings = opts.listing as string[];
    for (const l of listings) if (!isUrl(l)) throw new UsageError(`--listing: not an http(s) URL: ${l}`);
    let pattern: RegExp | null = null;
    if (opts.linkPattern) {
      try {
        pattern = new RegExp(opts.linkPattern);
      } catch (e) {
        throw new UsageError(`--link-pattern: ${(e as Error).message}`);
      }
    }
    if (urls.length === 0 && listings.length === 0)
      throw new UsageError('give URLs, a file of URLs with --urls FILE, or --listing URL');
    const what = opts.urls
      ? `--urls ${opts.urls}`
      : listings.length
        ? listings.map((l) => `--listing ${l}`).join(' ')
        : urls.join(' ');
    // The listings are read by the acquisition, with the same fetcher as the documents, so the per-host delay
    // and robots.txt carry over.
    await runIngest(io, [...new Set(urls)], {
      db: opts.db,
      pipeline: opts.pipeline,
      archive: opts.archive,
      force: opts.force,
      failOnError: opts.failOnError,
      fetch: fetchOverrides(opts, 'maxBytes'),
      listings,
      linkPattern: pattern,
      command: `scrape ${what}`,
    });
  });
}
