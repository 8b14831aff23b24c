// Symbolic links in an input folder: followed only to targets inside the folder unless --follow-symlinks; a
// link out is an error row naming link and target; a file reached twice is read once; a link named on the
// command line is the user's choice and is followed.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkSources, type WalkItem } from '../../src/acquire/walk-sources.ts';
import { openDatabase } from '../../src/store/database.ts';
import { runCli } from '../cli/run-cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir('gonghui-links-');
const PLAN = '北坡小学工会工作计划\n一、指导思想\n坚持以教职工为本，推进校务公开，落实教代会制度。\n';

async function walk(inputs: string[], followSymlinks = false): Promise<string[]> {
  const out: string[] = [];
  for await (const item of walkSources(inputs, { followSymlinks }) as AsyncGenerator<WalkItem>)
    out.push('ref' in item ? item.ref.key : `! ${item.problem.ref.key}: ${item.problem.message}`);
  return out;
}

/** root/in (the input folder) and root/outside (a file and a folder the links lead to). */
function layout(): { root: string; input: string; outside: string } {
  const root = tempDir();
  const input = join(root, 'in');
  const outside = join(root, 'outside');
  mkdirSync(input);
  mkdirSync(join(outside, 'folder'), { recursive: true });
  writeFileSync(join(input, 'plan.txt'), PLAN);
  writeFileSync(join(outside, 'secret.txt'), '账户清单\n');
  writeFileSync(join(outside, 'folder', 'other.txt'), PLAN.replace('北坡', '南坡'));
  return { root, input, outside };
}

describe('symbolic links in an input folder', () => {
  it('does not follow a link to a file or folder outside the folder, and names link and target', async () => {
    const { input, outside } = layout();
    symlinkSync(join(outside, 'secret.txt'), join(input, 'passwd.txt'));
    symlinkSync(join(outside, 'folder'), join(input, 'elsewhere'));
    expect(await walk([input])).toEqual([
      `! ${join(input, 'elsewhere')}: symbolic link to a folder outside the input folder, not followed: ${join(input, 'elsewhere')} → ${join(outside, 'folder')} (--follow-symlinks follows it)`,
      `! ${join(input, 'passwd.txt')}: symbolic link to a file outside the input folder, not followed: ${join(input, 'passwd.txt')} → ${join(outside, 'secret.txt')} (--follow-symlinks follows it)`,
      join(input, 'plan.txt'),
    ]);
    expect(await walk([input], true)).toEqual([
      join(input, 'elsewhere', 'other.txt'),
      join(input, 'passwd.txt'),
      join(input, 'plan.txt'),
    ]);
  });

  it('reads a file reached twice through links inside the folder once', async () => {
    const { input } = layout();
    mkdirSync(join(input, 'sub'));
    writeFileSync(join(input, 'sub', 'report.txt'), PLAN);
    mkdirSync(join(input, '.kept'));
    writeFileSync(join(input, '.kept', 'hidden.txt'), PLAN);
    symlinkSync(join(input, 'plan.txt'), join(input, 'a-link.txt'));
    symlinkSync('plan.txt', join(input, 'b-link.txt'));
    symlinkSync('sub', join(input, 'a-sub'));
    // Only reachable through links: the first link read names it, the second is the same file.
    symlinkSync(join('.kept', 'hidden.txt'), join(input, 'h1.txt'));
    symlinkSync(join('.kept', 'hidden.txt'), join(input, 'h2.txt'));
    symlinkSync('..', join(input, 'sub', 'up')); // a loop: walked once, as before
    expect(await walk([input])).toEqual([
      join(input, 'h1.txt'),
      join(input, 'plan.txt'),
      join(input, 'sub', 'report.txt'),
    ]);
  });

  it('follows a link named on the command line, and a link to the input folder given', async () => {
    const { root, input, outside } = layout();
    symlinkSync(join(outside, 'secret.txt'), join(root, 'given.txt'));
    symlinkSync(input, join(root, 'in-link'));
    expect(await walk([join(root, 'given.txt'), join(root, 'in-link')])).toEqual([
      join(root, 'given.txt'),
      join(root, 'in-link', 'plan.txt'),
    ]);
  });

  it('ingest: an outside link is an error row and not stored; with --follow-symlinks it is a source', async () => {
    const { root, input, outside } = layout();
    symlinkSync(join(outside, 'secret.txt'), join(input, 'passwd.txt'));
    symlinkSync(join(input, 'plan.txt'), join(input, 'same-plan.txt'));
    const db = join(root, 'g.db');
    const args = ['ingest', input, '--db', db, '--archive', join(root, 'raw'), '--workers', '0', '--format', 'json'];
    const first = await runCli(args);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ sources: 2, errors: 1 });
    const conn = openDatabase(db);
    const errors = () => conn.prepare('SELECT source, stage, message FROM errors').all();
    const given = () => conn.prepare('SELECT given FROM sources WHERE status = ? ORDER BY given').pluck().all('ok');
    const link = join(input, 'passwd.txt');
    expect(errors()).toEqual([
      {
        source: link,
        stage: 'acquire',
        message: `symbolic link to a file outside the input folder, not followed: ${link} → ${join(outside, 'secret.txt')} (--follow-symlinks follows it)`,
      },
    ]);
    expect(given()).toEqual([join(input, 'plan.txt')]);
    expect(conn.prepare("SELECT count(*) FROM paragraphs WHERE text LIKE '%账户%'").pluck().get()).toBe(0);

    const followed = await runCli([...args, '--follow-symlinks']);
    expect(followed.code).toBe(0);
    expect(errors()).toEqual([]);
    expect(given()).toEqual([link, join(input, 'plan.txt')]);
    conn.close();
  });
});
