// Options shared by query, compare, search and report: which documents to count, and how to print rows.
import { Command, InvalidArgumentError, Option } from 'commander';
import { FUNCTION_LABELS } from '../model/items.ts';
import type { Db } from '../store/database.ts';
import type { DocumentFilter } from '../store/document-filter.ts';
import { resolveOrgs, UnknownOrgError } from '../store/orgs.ts';
import { dbOption, formatOption, type Io, UsageError } from './common.ts';

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('a four-digit year, e.g. 2022');
  return Number(value);
}

export function parseMonth(value: string): number | 'unknown' {
  if (value === 'unknown') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 12) throw new InvalidArgumentError('a month 1–12 or "unknown"');
  return n;
}

export function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a positive whole number');
  return n;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export const functionOption = (what: string) => new Option('--function <F>', `only ${what} labelled with this union function`).choices([...FUNCTION_LABELS]);
export const orgOption = () => new Option('--org <org>', 'only this org: name, part of a name, or id from "gonghui query orgs" (repeatable)').argParser(collect);

/** --year, --kind, --org, --include-duplicates, --include-off-topic. */
export function addDocumentFilterOptions(cmd: Command, defaults: { duplicates?: boolean } = {}): Command {
  return cmd
    .addOption(new Option('--year <Y>', 'only documents of this year (the year the document states)').argParser(parseYear))
    .addOption(new Option('--kind <kind>', 'only plans or summaries').choices(['plan', 'summary', 'other']))
    .addOption(orgOption())
    .option('--include-duplicates', 'also count near-duplicate documents (duplicate_of set)', defaults.duplicates ?? false)
    .option('--include-off-topic', 'also count documents that are not union plans or summaries', false);
}

export function addOutputOptions(cmd: Command): Command {
  // CSV starts with a UTF-8 byte-order mark by default, so that Excel reads the Chinese; --no-bom drops it for
  // tools that mind it. --bom (the old switch) is still accepted and changes nothing. --no-bom comes first:
  // it makes true the default.
  return cmd
    .addOption(dbOption())
    .addOption(formatOption())
    .addOption(new Option('--no-bom', 'CSV without the UTF-8 byte-order mark (by default CSV starts with one, for Excel)'))
    .addOption(new Option('--bom', 'CSV with the byte-order mark (the default; kept for old scripts)').hideHelp());
}

/** Resolves --org values (an unknown org is a usage error listing close matches). */
export function orgNames(db: Db, queries: string[] | undefined): string[] | undefined {
  if (!queries) return undefined;
  try {
    return resolveOrgs(db, queries).map((o) => o.org);
  } catch (e) {
    if (e instanceof UnknownOrgError) throw new UsageError(e.message);
    throw e;
  }
}

export function documentFilterFrom(db: Db, opts: Record<string, unknown>): DocumentFilter {
  return {
    year: opts.year as number | undefined,
    kind: opts.kind as DocumentFilter['kind'],
    orgs: orgNames(db, opts.org as string[] | undefined),
    includeDuplicates: Boolean(opts.includeDuplicates),
    includeOffTopic: Boolean(opts.includeOffTopic),
  };
}

/** Nested commands are built standalone, so they need the program's output and exit handling themselves. */
export function asSubcommand(cmd: Command, io: Io): Command {
  return cmd.configureOutput({ writeOut: io.out, writeErr: io.err }).showHelpAfterError('(run with --help for usage)').exitOverride();
}
