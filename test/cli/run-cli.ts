import { main } from '../../src/cli.ts';
import type { Io } from '../../src/commands/common.ts';

/** Runs the CLI in-process with captured stdout/stderr and returns its exit code. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    isTTY: false,
    exit: () => {},
  };
  const code = await main(['node', 'gonghui', ...args], io);
  return { code, out, err };
}
