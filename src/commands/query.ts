// `gonghui query months|categories|functions|orgs`: counts as rows for pasting or loading into R / pandas.
import { Command, Option } from 'commander';
import type { FunctionLabel } from '../model/items.ts';
import { categoryCounts } from '../store/query-categories.ts';
import { type FunctionGrouping, functionShares } from '../store/query-functions.ts';
import { monthCounts } from '../store/query-months.ts';
import { listOrgs } from '../store/orgs.ts';
import { type Io, openExistingDatabase } from './common.ts';
import { formatRows, type OutputFormat, type Row } from './output-format.ts';
import {
  addDocumentFilterOptions,
  addOutputOptions,
  asSubcommand,
  categoryOption,
  documentFilterFrom,
  functionOption,
  parseMonth,
} from './query-options.ts';
import type { Db } from '../store/database.ts';

type Opts = Record<string, unknown> & { db: string; format: OutputFormat; bom: boolean };

function run(io: Io, opts: Opts, query: (db: Db) => Row[], columns?: string[]): void {
  const db = openExistingDatabase(opts.db);
  try {
    io.out(formatRows(query(db), opts.format, { columns, bom: opts.bom }));
  } finally {
    db.close();
  }
}

const activityOptions = (cmd: Command) =>
  cmd
    .addOption(categoryOption())
    .addOption(functionOption('activities'))
    .option(
      '--include-inferred',
      'count months inferred from a blanked "_月份" or a schedule\'s week in that month (by default they count as unknown)',
      false,
    );

export function queryCommand(io: Io): Command {
  const months = asSubcommand(
    addOutputOptions(activityOptions(addDocumentFilterOptions(new Command('months'))))
      .description('Activities per month (1–12, then "unknown") and documents with at least one')
      .addOption(
        new Option('--spans <rule>', 'a span such as 七、八月份 counts in its first month, or in every month it covers')
          .choices(['first', 'every'])
          .default('first'),
      ),
    io,
  ).action((opts: Opts) =>
    run(
      io,
      opts,
      (db) =>
        monthCounts(db, {
          ...documentFilterFrom(db, opts),
          category: opts.category as string | undefined,
          function: opts.function as FunctionLabel | undefined,
          includeInferred: Boolean(opts.includeInferred),
          spans: opts.spans as 'first' | 'every',
        }) as unknown as Row[],
      ['month', 'activities', 'documents'],
    ),
  );

  const categories = asSubcommand(
    addOutputOptions(activityOptions(addDocumentFilterOptions(new Command('categories'))))
      .description('Activities and documents per activity category')
      .addOption(new Option('--month <M>', 'only activities in this month (1–12 or unknown)').argParser(parseMonth)),
    io,
  ).action((opts: Opts) =>
    run(
      io,
      opts,
      (db) =>
        categoryCounts(db, {
          ...documentFilterFrom(db, opts),
          category: opts.category as string | undefined,
          function: opts.function as FunctionLabel | undefined,
          includeInferred: Boolean(opts.includeInferred),
          month: opts.month as number | 'unknown' | undefined,
        }) as unknown as Row[],
      ['category', 'activities', 'documents'],
    ),
  );

  const functions = asSubcommand(
    addOutputOptions(addDocumentFilterOptions(new Command('functions')))
      .description('Share of paragraphs labelled with each union function (维权 / 参与 / 建设 / 教育)')
      .addOption(new Option('--by <grouping>', 'one row per org, year or kind').choices(['org', 'year', 'kind']))
      .option('--counts', 'paragraph counts instead of shares', false),
    io,
  ).action((opts: Opts) =>
    run(io, opts, (db) =>
      functionShares(db, {
        ...documentFilterFrom(db, opts),
        by: opts.by as FunctionGrouping | undefined,
        counts: Boolean(opts.counts),
      }),
    ),
  );

  const orgs = asSubcommand(
    addOutputOptions(new Command('orgs')).description(
      'Organisations named by the documents, with their ids (anonymised names left out)',
    ),
    io,
  ).action((opts: Opts) =>
    run(io, opts, (db) => listOrgs(db) as unknown as Row[], ['id', 'org', 'documents', 'plans', 'summaries', 'years']),
  );

  return new Command('query')
    .description('Counts for analysis: activities per month or category, function shares, orgs')
    .addCommand(months)
    .addCommand(categories)
    .addCommand(functions)
    .addCommand(orgs);
}
