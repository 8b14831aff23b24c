// `gonghui report`: self-contained HTML pages (work offline, no CDN) with the corpus overview, charts,
// school comparison, template clusters and every document: the overview of all years and a page per year,
// or one year's page with --year. Chinese by default, English with --lang en.
import { Command, Option } from 'commander';
import { REPORT_LANGS, type ReportLang } from '../report/messages.ts';
import { checklistFileOption, checklistOption } from './checklist-option.ts';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { partialRunNote } from './partial-run-note.ts';
import { dbOption, fileWriteError, type Io, openExistingDatabase, UsageError } from './common.ts';
import { orgNames, orgOption, parseYear } from './query-options.ts';
import { decimalNumber, wholeNumber } from './numeric-option.ts';
import { terminalText } from './terminal-text.ts';

const DEFAULT_OUT = 'output/report.html';

export function reportCommand(io: Io): Command {
  return new Command('report')
    .description(
      'Write the HTML report (charts, school comparison, template clusters, documents): an overview and a page per year',
    )
    .option('--out <file>', 'where to write the overview (year pages go beside it: report-2023.html …)', DEFAULT_OUT)
    .addOption(dbOption())
    .addOption(orgOption())
    .addOption(new Option('--year <Y>', 'only documents that state this year: one page, at --out').argParser(parseYear))
    .addOption(new Option('--lang <lang>', 'language of the page').choices([...REPORT_LANGS]).default('zh-CN'))
    .option('--include-inferred', 'count activities with an inferred month in that month, not under "unknown"', false)
    .addOption(checklistFileOption('checklist of required items for the comparison (JSON)'))
    .addOption(
      new Option('--similarity <s>', 'near-duplicate pairs at or above this join a template cluster')
        .default(0.8)
        .argParser(decimalNumber(0, 1, { above: true })),
    )
    .addOption(
      new Option(
        '--compare-top <n>',
        'without --org, compare the n orgs with most activities (near-duplicates not counted)',
      )
        .default(6)
        .argParser(wholeNumber(1, 1000)),
    )
    .addOption(
      new Option('--activities-per-month <n>', 'activities listed under each month')
        .default(50)
        .argParser(wholeNumber(1, 100_000)),
    )
    .option('--no-text', 'leave the document texts out of the page')
    .action(
      async (opts: {
        out: string;
        db: string;
        org?: string[];
        year?: number;
        lang: ReportLang;
        includeInferred: boolean;
        checklist: string;
        similarity: number;
        compareTop: number;
        activitiesPerMonth: number;
        text: boolean;
      }) => {
        if (existsSync(opts.out) && statSync(opts.out).isDirectory()) {
          throw new UsageError(
            `--out ${opts.out} is a folder; --out takes the HTML file to write, e.g. ${join(opts.out, 'report.html')}`,
          );
        }
        const checklist = checklistOption(opts.checklist);
        const db = openExistingDatabase(opts.db);
        try {
          const orgs = orgNames(db, opts.org);
          // The chart renderer (vega) is loaded only by this command, so other commands start fast.
          const { writeReport } = await import('../report/write-report.ts');
          const written = await writeReport(db, opts.out, {
            orgs,
            checklist,
            similarity: opts.similarity,
            compareTop: opts.compareTop,
            activitiesPerMonth: opts.activitiesPerMonth,
            includeText: opts.text,
            year: opts.year,
            lang: opts.lang,
            includeInferred: opts.includeInferred,
          }).catch((e: unknown) => {
            throw fileWriteError('the report', opts.out, e, '--out takes the HTML file to write');
          });
          io.err(
            `report: ${written.documents} documents, ${written.paths.length} page(s), ${(written.bytes / 1024).toFixed(0)} KB\n`,
          );
          io.out(terminalText(written.paths.map((p) => `${p}\n`).join('')));
          const note = partialRunNote(db, 'report');
          if (note) io.err(note);
        } finally {
          db.close();
        }
      },
    );
}
