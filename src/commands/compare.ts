// `gonghui compare ORG…`: schools side by side (function profile, month-by-month schedule, checklist
// coverage, what only one has, nearest other document).
import { Command, Option } from 'commander';
import type { DocumentKind } from '../model/items.ts';
import { checklistFileOption, checklistOption } from './checklist-option.ts';
import { COMPARISON_SECTIONS, type ComparisonSection, compareOrgs } from '../store/compare.ts';
import { UnknownOrgError } from '../store/orgs.ts';
import { type Io, openExistingDatabase, UsageError } from './common.ts';
import { formatRows, type OutputFormat, type Row } from './output-format.ts';
import { addOutputOptions, parseYear } from './query-options.ts';

const TITLES: Record<ComparisonSection, string> = {
  orgs: 'Organisations compared',
  functions: 'Function profile (share of paragraphs)',
  schedule: 'Month by month (activity categories)',
  checklist: 'Checklist coverage (documents mentioning each item)',
  unique:
    'Only one of them has (category: an activity category, among orgs with activities; checklist: a checklist term in the text, among orgs with documents)',
  nearest:
    "Each document's nearest other document, either way (template copying; similarity: the larger share of one's text found in the other; blank: under 0.5)",
};

/** Table cells of an org with no compared document read "n/a" (JSON keeps null): an empty cell or 0 would
 * read as "has none". */
export function markNotApplicable(rows: Row[], orgsWithout: string[]): Row[] {
  if (orgsWithout.length === 0) return rows;
  return rows.map((r) => ({
    ...r,
    ...Object.fromEntries(orgsWithout.filter((o) => o in r).map((o) => [o, r[o] ?? 'n/a'])),
  }));
}

export function compareCommand(io: Io): Command {
  return addOutputOptions(new Command('compare'))
    .description('Put schools side by side: functions, schedule, checklist coverage, unique items, nearest documents')
    .argument('<org...>', 'org names, parts of names or ids (gonghui query orgs lists them)')
    .addOption(checklistFileOption('checklist of required items (JSON; copy the default to edit it)'))
    .addOption(
      new Option('--section <name>', 'print only this section (CSV holds one table, so CSV needs it)').choices([
        ...COMPARISON_SECTIONS,
      ]),
    )
    .addOption(new Option('--kind <kind>', 'only plans or summaries').choices(['plan', 'summary', 'other']))
    .addOption(new Option('--year <Y>', 'only documents of this year').argParser(parseYear))
    .option('--include-inferred', 'place activities in inferred months (by default they are "unknown")', false)
    .action(
      (
        orgQueries: string[],
        opts: {
          db: string;
          format: OutputFormat;
          bom: boolean;
          checklist: string;
          section?: ComparisonSection;
          kind?: DocumentKind;
          year?: number;
          includeInferred: boolean;
        },
      ) => {
        if (opts.format === 'csv' && !opts.section)
          throw new UsageError(`CSV holds one table: choose one with --section (${COMPARISON_SECTIONS.join(', ')})`);
        const checklist = checklistOption(opts.checklist);
        const db = openExistingDatabase(opts.db);
        try {
          let result;
          try {
            result = compareOrgs(db, orgQueries, {
              checklist,
              kind: opts.kind,
              year: opts.year,
              includeInferred: opts.includeInferred,
            });
          } catch (e) {
            if (e instanceof UnknownOrgError) throw new UsageError(e.message);
            throw e;
          }
          const sections = opts.section
            ? [opts.section]
            : COMPARISON_SECTIONS.filter((s) => s !== 'unique' || result.orgs.length > 1);
          const rowsOf = (s: ComparisonSection) => result[s] as unknown as Row[];
          if (opts.format === 'json') {
            io.out(
              `${JSON.stringify(opts.section ? rowsOf(opts.section) : Object.fromEntries(sections.map((s) => [s, rowsOf(s)])), null, 2)}\n`,
            );
          } else if (opts.format === 'csv') {
            io.out(formatRows(rowsOf(opts.section!), 'csv', { bom: opts.bom }));
          } else {
            const without = result.orgs.filter((o) => o.note !== null).map((o) => o.org);
            const tableOf = (s: ComparisonSection) => formatRows(markNotApplicable(rowsOf(s), without), 'table');
            io.out(sections.map((s) => `== ${TITLES[s]}\n${tableOf(s)}`).join('\n'));
          }
        } finally {
          db.close();
        }
      },
    );
}
