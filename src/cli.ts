// The gonghui command line: a thin shell. Each command parses its flags, calls one library function and
// prints. Exit codes: 0 ok, 1 failure, 2 usage.
import { Command, CommanderError } from 'commander';
import { type Io, processIo, UsageError } from './commands/common.ts';
import { compareCommand } from './commands/compare.ts';
import { evalCommand } from './commands/eval.ts';
import { explainCommand } from './commands/explain.ts';
import { exportCommand } from './commands/export.ts';
import { ingestCommand } from './commands/ingest.ts';
import { labelCommand } from './commands/label.ts';
import { queryCommand } from './commands/query.ts';
import { reportCommand } from './commands/report.ts';
import { scrapeCommand } from './commands/scrape.ts';
import { searchCommand } from './commands/search.ts';
import { statsCommand } from './commands/stats.ts';
import { trainCommand } from './commands/train.ts';

export function buildProgram(io: Io): Command {
  const program = new Command('gonghui')
    .description('Scraped Chinese school trade-union (工会) plans and summaries → a queryable research database')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  // One entry per command; each lives in src/commands/<name>.ts.
  const commands = [
    ingestCommand,
    scrapeCommand,
    statsCommand,
    exportCommand,
    queryCommand,
    compareCommand,
    searchCommand,
    reportCommand,
    evalCommand,
    trainCommand,
    labelCommand,
    explainCommand,
  ];
  for (const make of commands) {
    const cmd = make(io);
    cmd.configureOutput({ writeOut: io.out, writeErr: io.err }).showHelpAfterError('(run with --help for usage)');
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
  const program = buildProgram(tracked);
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return 0;
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.err(`gonghui: ${e.message}\n`);
      return 2;
    }
    io.err(`gonghui: ${(e as Error).message}\n`);
    if (process.env.GONGHUI_DEBUG) io.err(`${(e as Error).stack}\n`);
    return 1;
  }
}
