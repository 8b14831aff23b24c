// Every command explains itself (--help) and is documented in the README.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_EXTENSIONS } from '../../src/acquire/walk-sources.ts';
import { buildProgram, COMMANDS } from '../../src/cli.ts';
import { runCli } from './run-cli.ts';

const io = { out: () => {}, err: () => {}, isTTY: false, exit: () => {} };

describe('help', async () => {
  const program = await buildProgram(io);
  const names = program.commands.map((c) => c.name());

  it.each(names)('gonghui %s --help exits 0 with a description and options', async (name) => {
    const { code, out } = await runCli([name, '--help']);
    expect(code).toBe(0);
    expect(out).toContain(`Usage: gonghui ${name}`);
    expect(out).toContain('Options:');
  });

  it.each(names)('the README documents gonghui %s', (name) => {
    expect(readFileSync('README.md', 'utf8')).toContain(`gonghui ${name}`);
  });

  it('ingest --help and the README name every file type a folder walk reads', async () => {
    const { out } = await runCli(['ingest', '--help']);
    const help = out.replace(/\s+/g, ' ');
    const readme = readFileSync('README.md', 'utf8');
    for (const ext of DOCUMENT_EXTENSIONS) {
      expect(help).toContain(ext);
      expect(readme).toContain(`\`${ext}\``);
    }
  });

  it("the README's report section names every option of gonghui report (--db aside: every command takes it)", async () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('#### `gonghui report');
    const section = readme.slice(start, readme.indexOf('\n### ', start));
    const report = program.commands.find((c) => c.name() === 'report')!;
    const flags = report.options.filter((o) => !o.hidden && o.long !== '--db').map((o) => o.long!);
    expect(flags).toContain('--activities-per-month');
    expect(flags.filter((f) => !section.includes(f))).toEqual([]);
  });

  it.each(['compare', 'report'])(
    'gonghui %s --help names the default checklist by its file name, not a path under src/ or dist/',
    async (name) => {
      const { out } = await runCli([name, '--help']);
      const help = out.replace(/\s+/g, ' ');
      expect(help).toContain('(default: the bundled checklist.json)');
      expect(help).not.toMatch(/\/(src|dist)\/store\/data/);
    },
  );

  it('gonghui --help lists every command', async () => {
    const { code, out } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const n of names) expect(out).toContain(n);
  });

  it('gonghui --help lists each command as the command itself describes it (commands load lazily)', async () => {
    const lazy = await buildProgram(io, null);
    expect(lazy.helpInformation()).toBe(program.helpInformation());
    expect(COMMANDS.map((c) => c.name)).toEqual(names);
  });
});

describe('a command group called without its subcommand', () => {
  // The README's exit codes: a call that cannot run is a usage error (2), even when the help it shows is complete.
  it.each([
    [[], ['ingest', 'query', 'correct']],
    [['query'], ['months', 'categories', 'functions', 'orgs']],
    [['label'], ['import']],
    [['correct'], ['template', 'import', 'list', 'remove']],
  ])('gonghui %j is a usage error (exit 2) listing the subcommands on stderr', async (args, subcommands) => {
    const { code, out, err } = await runCli(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('Commands:');
    for (const s of subcommands) expect(err).toMatch(new RegExp(`^  ${s} `, 'm'));
  });

  it.each([[['query', '--help']], [['help', 'query']], [['query', 'help']], [['correct', 'list', '--help']]])(
    'gonghui %j asks for the help: exit 0, on stdout',
    async (args) => {
      const { code, out } = await runCli(args);
      expect(code).toBe(0);
      expect(out).toContain('Usage: gonghui');
    },
  );
});
