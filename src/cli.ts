// The gonghui command line: a thin shell. Each command parses its flags, calls one library function and
// prints. Exit codes: 0 ok, 1 failure, 2 usage.
import { Command, CommanderError, Option } from 'commander';
import { commandOutput, type Io, processIo, UsageError } from './commands/common.ts';
import { terminalText } from './commands/terminal-text.ts';

type MakeCommand = (io: Io) => Command;

// One entry per command; each lives in src/commands/<name>.ts and is imported only when it runs (or for
// --help), so `gonghui --version` or `gonghui search` never load the pipeline, vega or jieba. The summary
// and arguments here are what `gonghui --help` lists; a test checks they equal the command's own.
export const COMMANDS: Array<{
  name: string;
  args: string[];
  options: boolean;
  summary: string;
  load: () => Promise<MakeCommand>;
}> = [
  {
    name: 'ingest',
    args: ['[inputs...]'],
    options: true,
    summary: 'Read files, directories or URLs through the pipeline into the database',
    load: async () => (await import('./commands/ingest.ts')).ingestCommand,
  },
  {
    name: 'scrape',
    args: ['[urls...]'],
    options: true,
    summary:
      'Fetch web pages politely (robots.txt, per-host delay, retries) into the raw archive and through the pipeline',
    load: async () => (await import('./commands/scrape.ts')).scrapeCommand,
  },
  {
    name: 'stats',
    args: [],
    options: true,
    summary: 'Counts of sources, documents, paragraphs, activities and errors (or list the errors)',
    load: async () => (await import('./commands/stats.ts')).statsCommand,
  },
  {
    name: 'export',
    args: [],
    options: true,
    summary: 'Write documents, paragraphs and activities as JSON Lines, CSV or an Excel workbook',
    load: async () => (await import('./commands/export.ts')).exportCommand,
  },
  {
    name: 'query',
    args: [],
    options: false,
    summary: 'Counts for analysis: activities per month or category, function shares, orgs',
    load: async () => (await import('./commands/query.ts')).queryCommand,
  },
  {
    name: 'compare',
    args: ['<org...>'],
    options: true,
    summary: 'Put schools side by side: functions, schedule, checklist coverage, unique items, nearest documents',
    load: async () => (await import('./commands/compare.ts')).compareCommand,
  },
  {
    name: 'search',
    args: ['<text...>'],
    options: true,
    summary:
      'Full-text search of paragraphs (every word occurs as written, also inside compounds; ranked by bm25), with highlighted snippets',
    load: async () => (await import('./commands/search.ts')).searchCommand,
  },
  {
    name: 'report',
    args: [],
    options: true,
    summary:
      'Write the HTML report (charts, school comparison, template clusters, documents): an overview and a page per year',
    load: async () => (await import('./commands/report.ts')).reportCommand,
  },
  {
    name: 'eval',
    args: ['[name]'],
    options: true,
    summary: 'Measure accuracy on the labelled sets and check eval/floors.json (exit 1 below a floor)',
    load: async () => (await import('./commands/eval.ts')).evalCommand,
  },
  {
    name: 'train',
    args: [],
    options: true,
    summary:
      'Retrain the union-function classifier from fixtures/labels and the human codes in the database (deterministic)',
    load: async () => (await import('./commands/train.ts')).trainCommand,
  },
  {
    name: 'label',
    args: [],
    options: false,
    summary: 'Human coding of paragraphs: "gonghui label import FILE.csv" stores codes that override the model',
    load: async () => (await import('./commands/label.ts')).labelCommand,
  },
  {
    name: 'correct',
    args: [],
    options: false,
    summary:
      'Human corrections of document metadata: "gonghui correct template|import|list|remove" — a reviewer\'s org, year, kind, title or on_topic, applied in the pipeline',
    load: async () => (await import('./commands/correct.ts')).correctCommand,
  },
  {
    name: 'explain',
    args: ['<doc_id>', '[paragraph_index]'],
    options: true,
    summary:
      'Show why a document has its title, org, year, kind and topic (and what cleaning removed from its page), or why a paragraph has its labels',
    load: async () => (await import('./commands/explain.ts')).explainCommand,
  },
  {
    name: 'migrate',
    args: [],
    options: true,
    summary:
      'Apply the schema migrations a database made by an older gonghui lacks (read-only commands never change it)',
    load: async () => (await import('./commands/migrate.ts')).migrateCommand,
  },
];

function standIn(entry: (typeof COMMANDS)[number]): Command {
  const cmd = entry.args.reduce((c, a) => c.argument(a), new Command(entry.name).description(entry.summary));
  // Only so that the list shows "[options]" as for the real command.
  return entry.options ? cmd.addOption(new Option('--options').hideHelp()) : cmd;
}

/** The command a command line runs (`gonghui help X` asks for X's help), or null. */
export function commandNamed(args: string[]): string | null {
  const words = args.filter((a) => !a.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  return COMMANDS.some((c) => c.name === name) ? name! : null;
}

/** The program with the named command loaded (all of them when `load` is 'all'); the others are stand-ins
 * that carry only their name, arguments and summary for `gonghui --help`. */
export async function buildProgram(io: Io, load: string | null | 'all' = 'all'): Promise<Command> {
  const program = new Command('gonghui')
    .description('Scraped Chinese school trade-union (工会) plans and summaries → a queryable research database')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .option('--verbose', "on a failure, also print where it happened (the stack, the writer thread's included)")
    .configureOutput(commandOutput(io));
  for (const entry of COMMANDS) {
    const cmd = load === 'all' || load === entry.name ? (await entry.load())(io) : standIn(entry);
    cmd.configureOutput(commandOutput(io)).showHelpAfterError('(run with --help for usage)');
    program.addCommand(cmd);
  }
  program.exitOverride();
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const tracked: Io = {
    ...io,
    exit: (c) => {
      code = Math.max(code, c);
    },
  };
  try {
    const program = await buildProgram(tracked, commandNamed(argv.slice(2)));
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      // Asked for (--help, `help query`) exits 0; a group called without its subcommand (`gonghui query`) had
      // its help, listing them, shown as an error (commander.help with exit code 1): that is a usage error.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.err(`gonghui: ${terminalText(e.message)}\n`);
      return 2;
    }
    io.err(`gonghui: ${terminalText((e as Error).message)}\n`);
    if (argv.includes('--verbose') || process.env.GONGHUI_DEBUG)
      io.err(`${terminalText(String((e as Error).stack))}\n`);
    return 1;
  }
}
