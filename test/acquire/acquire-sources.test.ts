// acquireSources: one archive replay for a `--from-archive` run and for a URL served from the archive, so
// both hand the decoder the same declared charset; listing pages that link to nothing end the run before
// its first source.
import { describe, expect, it } from 'vitest';
import {
  type Acquired,
  type AcquireFailure,
  acquireSources,
  NoSourcesError,
} from '../../src/acquire/acquire-sources.ts';
import { fetchSettings } from '../../src/acquire/fetch-settings.ts';
import type { Fetcher } from '../../src/acquire/polite-fetcher.ts';
import { RawArchive } from '../../src/acquire/raw-archive.ts';
import { AcquireError } from '../../src/acquire/read-file.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir();
const URL_ = 'http://s.test/fangan/1.html';

/** A fetcher that must not be asked: everything comes from the archive. */
const offline: Fetcher = {
  settings: fetchSettings({ maxPages: 5 }),
  get: async (url) => {
    throw new AcquireError(`offline: ${url}`);
  },
};

function archiveGbkPage(dir: string): void {
  const archive = new RawArchive(dir);
  archive.put(Buffer.from('<html><body><p>工会工作计划</p></body></html>'), {
    source: URL_,
    given: URL_,
    kind: 'url',
    location: URL_,
    finalUrl: URL_,
    status: 200,
    headers: { 'content-type': 'text/html; charset=GBK' },
    format: 'html',
    fetchedAt: new Date().toISOString(),
  });
  archive.close();
}

async function all(sources: AsyncIterable<Acquired | AcquireFailure>): Promise<Array<Acquired | AcquireFailure>> {
  const out: Array<Acquired | AcquireFailure> = [];
  for await (const s of sources) out.push(s);
  return out;
}

describe('acquireSources', () => {
  it('replays archived URL pages with the Content-Type charset, the same in --from-archive runs and archive hits', async () => {
    const dir = tempDir();
    archiveGbkPage(dir);
    const [replayed] = (await all(
      acquireSources({ inputs: [], archiveDir: dir, fromArchive: true, fetcher: offline }),
    )) as Acquired[];
    const [served] = (await all(acquireSources({ inputs: [URL_], archiveDir: dir, fetcher: offline }))) as Acquired[];
    expect(replayed!.pages.map((p) => p.declaredCharset)).toEqual(['GBK']);
    expect(served!.pages.map((p) => p.declaredCharset)).toEqual(['GBK']);
    expect(served!.sha256).toBe(replayed!.sha256);
    expect(served!.pages[0]!.url).toBe(replayed!.pages[0]!.url);
  });

  it('acquires the documents a listing links to, and makes a listing that cannot be read an error, not a silence', async () => {
    const site: Record<string, string> = {
      'http://s.test/list.html':
        '<html><body><ul><li><a href="/doc/1.html">工会工作计划</a></li><li><a href="/doc/2.html">工会工作总结</a></li></ul></body></html>',
      'http://s.test/doc/1.html': '<html><body><p>一、加强教职工之家建设。</p></body></html>',
      'http://s.test/doc/2.html': '<html><body><p>二、组织教职工体检。</p></body></html>',
    };
    const fetcher: Fetcher = {
      settings: fetchSettings({ maxPages: 1 }),
      get: async (url) => {
        const body = site[url];
        if (!body) throw new AcquireError('HTTP 404 Not Found');
        return {
          requestedUrl: url,
          finalUrl: url,
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
          bytes: Buffer.from(body),
          fetchedAt: new Date().toISOString(),
          notes: [],
        };
      },
    };
    const log: string[] = [];
    const got = await all(
      acquireSources({
        inputs: [],
        listings: ['http://s.test/list.html', 'http://s.test/gone.html'],
        linkPattern: /\/doc\//,
        archiveDir: tempDir(),
        fetcher,
        onLog: (l) => log.push(l),
      }),
    );
    expect(got.map((s) => ('pages' in s ? `ok ${s.ref.key}` : `error ${s.ref.key}: ${s.message}`))).toEqual([
      'error http://s.test/gone.html: listing page could not be read: HTTP 404 Not Found',
      'ok http://s.test/doc/1.html',
      'ok http://s.test/doc/2.html',
    ]);
    expect(log).toEqual([
      expect.stringMatching(/^listing http:\/\/s.test\/list.html: 2 document links/),
      'listing http://s.test/gone.html could not be read: HTTP 404 Not Found',
    ]);
  });

  it('ends before the first source when the listing pages give no document links', async () => {
    const sources = acquireSources({
      inputs: [],
      listings: ['http://s.test/list.html'],
      archiveDir: tempDir(),
      fetcher: offline,
    });
    await expect(all(sources)).rejects.toBeInstanceOf(NoSourcesError);
  });
});
