// Options shared by query, compare, search and report: which documents to count, and how to print rows.
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { FUNCTION_LABELS } from '../model/items.ts';
import type { Db } from '../store/database.ts';
import type { DocumentFilter } from '../store/document-filter.ts';
import { ANONYMISED_GROUP, resolveOrgs, UnknownOrgError } from '../store/orgs.ts';
import { commandOutput, dbOption, formatOption, type Io, UsageError } from './common.ts';

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('expected a four-digit year, e.g. 2022');
  return Number(value);
}

export function parseMonth(value: string): number | 'unknown' {
  if (value === 'unknown') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 12)
    throw new InvalidArgumentError('expected a month from 1 to 12 or "unknown"');
  return n;
}

/** The activity categories (the activities stage's taxonomy, docs/activities.md), read only when asked for. */
function activityCategories(): Array<{ id: string; label: string }> {
  const file = JSON.parse(
    readFileSync(new URL('../stages/activities/data/categories.json', import.meta.url), 'utf8'),
  ) as {
    fallback: { id: string; label: string };
    categories: Array<{ id: string; label: string }>;
  };
  return [...file.categories, file.fallback];
}

/** A category by its label (文体活动) or id (sports); anything else is a usage error listing them. */
export function parseCategory(value: string): string {
  const categories = activityCategories();
  const found = categories.find((c) => c.label === value.trim() || c.id === value.trim().toLowerCase());
  if (!found)
    throw new InvalidArgumentError(
      `no such activity category; the categories are: ${categories.map((c) => c.label).join(', ')}`,
    );
  return found.label;
}

export const categoryOption = () =>
  new Option('--category <C>', 'only activities of this category (gonghui query categories lists them)').argParser(
    parseCategory,
  );

const collect = (value: string, previous: string[] = []) => [...previous, value];

export const functionOption = (what: string) =>
  new Option('--function <F>', `only ${what} labelled with this union function`).choices([...FUNCTION_LABELS]);
export const orgOption = () =>
  new Option(
    '--org <org>',
    'only this org: name, part of a name, or id from "gonghui query orgs" (repeatable)',
  ).argParser(collect);

/** --year, --kind, --org, --include-duplicates, --include-off-topic. */
export function addDocumentFilterOptions(cmd: Command, defaults: { duplicates?: boolean } = {}): Command {
  return cmd
    .addOption(
      new Option('--year <Y>', 'only documents of this year (the year the document states)').argParser(parseYear),
    )
    .addOption(new Option('--kind <kind>', 'only plans or summaries').choices(['plan', 'summary', 'other']))
    .addOption(orgOption())
    .option(
      '--include-duplicates',
      'also count near-duplicate documents (duplicate_of set)',
      defaults.duplicates ?? false,
    )
    .option('--include-off-topic', 'also count documents that are not union plans or summaries', false);
}

export function addOutputOptions(cmd: Command): Command {
  // CSV starts with a UTF-8 byte-order mark by default, so that Excel reads the Chinese; --no-bom drops it for
  // tools that mind it. --bom (the old switch) is still accepted and changes nothing. --no-bom comes first:
  // it makes true the default.
  return cmd
    .addOption(dbOption())
    .addOption(formatOption())
    .addOption(
      new Option('--no-bom', 'CSV without the UTF-8 byte-order mark (by default CSV starts with one, for Excel)'),
    )
    .addOption(new Option('--bom', 'CSV with the byte-order mark (the default; kept for old scripts)').hideHelp());
}

/** Resolves --org values (an unknown org is a usage error listing close matches). "anonymised" is the group
 * `query functions --by org` shows: every document whose org name is a placeholder (xx小学, _中学). */
export function orgFilter(db: Db, queries: string[] | undefined): Pick<DocumentFilter, 'orgs' | 'anonymisedOrgs'> {
  if (!queries) return {};
  const named = queries.filter((q) => q.trim() !== ANONYMISED_GROUP);
  try {
    return {
      orgs: named.length ? resolveOrgs(db, named).map((o) => o.org) : undefined,
      anonymisedOrgs: named.length < queries.length || undefined,
    };
  } catch (e) {
    if (e instanceof UnknownOrgError) throw new UsageError(e.message);
    throw e;
  }
}

/** Resolves --org values to org names (for commands that take named orgs only). */
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
    ...orgFilter(db, opts.org as string[] | undefined),
    includeDuplicates: Boolean(opts.includeDuplicates),
    includeOffTopic: Boolean(opts.includeOffTopic),
  };
}

/** Nested commands are built standalone, so they need the program's output and exit handling themselves. */
export function asSubcommand(cmd: Command, io: Io): Command {
  return cmd.configureOutput(commandOutput(io)).showHelpAfterError('(run with --help for usage)').exitOverride();
}
