// The raw archive keeps every page of a URL source with its manifest row; an unchanged re-fetch adds no
// lines, and a document that changed its number of pages never mixes old and new pages; runs sharing the
// archive never write one acquisition twice.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RawArchive } from '../../src/acquire/raw-archive.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir();

function pages(texts: string[]) {
  return texts.map((t, i) => ({
    bytes: Buffer.from(t),
    entry: {
      source: 'http://s.test/a/1.html',
      given: 'http://s.test/a/1.html',
      kind: 'url' as const,
      location: `http://s.test/a/1${i ? `_${i + 1}` : ''}.html`,
      finalUrl: `http://s.test/a/1${i ? `_${i + 1}` : ''}.html`,
      status: 200,
      headers: { 'content-type': 'text/html; charset=gbk' },
      format: 'html' as const,
      fetchedAt: new Date().toISOString(),
    },
  }));
}

describe('raw archive pages', () => {
  it('stores the pages in order, adds no line when nothing changed, and replaces all pages when the count changes', () => {
    const dir = tempDir();
    const archive = new RawArchive(dir);
    archive.putPages(pages(['<p>一</p>', '<p>二</p>', '<p>三</p>']));
    archive.putPages(pages(['<p>一</p>', '<p>二</p>', '<p>三</p>']));
    const lines = () => readFileSync(join(dir, 'manifest.jsonl'), 'utf8').trim().split('\n');
    expect(lines()).toHaveLength(3);
    archive.putPages(pages(['<p>一</p>', '<p>二（改）</p>']));
    expect(lines()).toHaveLength(5);
    const fresh = new RawArchive(dir).pagesOf('http://s.test/a/1.html')!;
    expect(fresh.map((e) => [e.page, new RawArchive(dir).get(e.sha256).toString()])).toEqual([
      [1, '<p>一</p>'],
      [2, '<p>二（改）</p>'],
    ]);
    expect(fresh[0]).toMatchObject({
      status: 200,
      finalUrl: 'http://s.test/a/1.html',
      headers: { 'content-type': 'text/html; charset=gbk' },
    });
  });

  it('does not serve a source whose bytes are missing', () => {
    const dir = tempDir();
    const archive = new RawArchive(dir);
    const [entry] = archive.putPages(pages(['<p>一</p>']));
    expect(archive.pagesOf('http://s.test/a/1.html')).not.toBeNull();
    rmSync(archive.pathFor(entry!.sha256));
    expect(new RawArchive(dir).pagesOf('http://s.test/a/1.html')).toBeNull();
  });

  it('compares with what an earlier run archived, for files and pages alike', () => {
    const dir = tempDir();
    const file = (text: string) => ({
      bytes: Buffer.from(text),
      entry: {
        source: '/corpus/计划.txt',
        given: '计划.txt',
        kind: 'file' as const,
        location: '/corpus/计划.txt',
        finalUrl: null,
        status: null,
        headers: null,
        format: 'text' as const,
        fetchedAt: new Date().toISOString(),
      },
    });
    const lines = () => readFileSync(join(dir, 'manifest.jsonl'), 'utf8').trim().split('\n');
    new RawArchive(dir).put(file('学校工会工作计划').bytes, file('学校工会工作计划').entry);
    new RawArchive(dir).putPages(pages(['<p>一</p>', '<p>二</p>']));
    expect(lines()).toHaveLength(3);
    // A later run, a fresh archive object: unchanged sources add nothing, a changed one adds its line.
    const later = new RawArchive(dir);
    later.put(file('学校工会工作计划').bytes, file('学校工会工作计划').entry);
    later.putPages(pages(['<p>一</p>', '<p>二</p>']));
    expect(lines()).toHaveLength(3);
    later.put(file('学校工会工作总结').bytes, file('学校工会工作总结').entry);
    expect(lines()).toHaveLength(4);
    // Same bytes at a new address is a change too.
    const moved = pages(['<p>一</p>', '<p>二</p>']);
    moved[1]!.entry.location = 'http://s.test/a/1-2.html';
    later.putPages(moved);
    expect(lines()).toHaveLength(6);
    expect(new RawArchive(dir).pagesOf('http://s.test/a/1.html')!.map((e) => e.location)).toEqual([
      'http://s.test/a/1.html',
      'http://s.test/a/1-2.html',
    ]);
  });

  it('two runs sharing the archive write one acquisition once, whichever comes second', () => {
    const dir = tempDir();
    const lines = () => readFileSync(join(dir, 'manifest.jsonl'), 'utf8').trim().split('\n');
    const a = new RawArchive(dir);
    const b = new RawArchive(dir);
    const file = (name: string) => ({ ...pages(['<p>文</p>'])[0]!.entry, source: name, location: name });
    a.put(Buffer.from('甲'), file('/corpus/a.txt')); // each has read the manifest; b has seen a's line
    b.put(Buffer.from('乙'), file('/corpus/b.txt'));
    expect(lines()).toHaveLength(2);
    a.putPages(pages(['<p>一</p>', '<p>二</p>']));
    b.putPages(pages(['<p>一</p>', '<p>二</p>'])); // b's view is behind: it reads a's lines before writing
    expect(lines()).toHaveLength(4);
    // A change after them is written once, and then known to a too.
    b.putPages(pages(['<p>一</p>']));
    a.putPages(pages(['<p>一</p>']));
    expect(lines()).toHaveLength(5);
    a.close();
    b.close();
    expect(existsSync(join(dir, 'manifest.lock'))).toBe(false);
  });

  it('ends a line cut short by a crash before appending, and takes over a lock whose holder is gone', () => {
    const dir = tempDir();
    const gone = spawnSync(process.execPath, ['-e', '']).pid!; // a process that has exited
    writeFileSync(join(dir, 'manifest.lock'), `${gone} ${hostname()}\n`);
    writeFileSync(join(dir, 'manifest.jsonl'), '{"source":"http://s.test/cut');
    const archive = new RawArchive(dir);
    archive.putPages(pages(['<p>一</p>']));
    archive.close();
    expect(readFileSync(join(dir, 'manifest.jsonl'), 'utf8').split('\n')[0]).toBe('{"source":"http://s.test/cut');
    expect(new RawArchive(dir).pagesOf('http://s.test/a/1.html')).toHaveLength(1);
    expect(existsSync(join(dir, 'manifest.lock'))).toBe(false);
    // An empty lock, left by a holder killed between creating it and writing its name, is taken over too.
    writeFileSync(join(dir, 'manifest.lock'), '');
    utimesSync(join(dir, 'manifest.lock'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    new RawArchive(dir).putPages(pages(['<p>二</p>']));
    expect(existsSync(join(dir, 'manifest.lock'))).toBe(false);
  });
});
