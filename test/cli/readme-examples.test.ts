// The README's example output is "real output on the five bundled samples": each query and search example whose
// output it shows in full is run here on a database of those samples and must print exactly that (a trial found
// function shares the README had not followed since the model changed).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

interface Example {
  command: string;
  output: string;
}

/** `$ gonghui …` lines of the README's console blocks with the output under them, for the commands checked here. */
function readmeExamples(): Example[] {
  const examples: Example[] = [];
  for (const block of readFileSync('README.md', 'utf8').matchAll(/```console\n([\s\S]*?)```/gu)) {
    const parts = block[1]!.split(/^\$ gonghui /mu).slice(1);
    for (const part of parts) {
      const [command, ...lines] = part.split('\n');
      const output = lines.join('\n').trimEnd();
      // Elided output ("…") is a sketch, not a transcript; only the analysis queries are checked.
      if (
        lines.some((l) => l.trim() === '…') ||
        !/^(?:query (?:categories|functions|months)|search) /u.test(`${command} `)
      )
        continue;
      examples.push({ command: command!.trim(), output });
    }
  }
  return examples;
}

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gonghui-readme-'));
  db = join(dir, 'g.db');
  const r = await runCli(['ingest', 'corpus', '--db', db, '--archive', join(dir, 'raw'), '--workers', '0']);
  expect(r.code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the README shows real output', () => {
  const examples = readmeExamples();
  it('finds the examples it checks (query months, categories, functions and search)', () => {
    expect(examples.map((e) => e.command.split(' ').slice(0, 2).join(' '))).toEqual(
      expect.arrayContaining(['query months', 'query categories', 'query functions', 'search 慰问']),
    );
  });

  it.each(examples.map((e) => [e.command, e]))('$ gonghui %s', async (_command, example) => {
    const { command, output } = example as Example;
    const r = await runCli([...command.split(' '), '--db', db]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.trimEnd()).toBe(output);
  });
});
