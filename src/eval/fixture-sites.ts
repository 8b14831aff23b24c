// The fixture sites (fixtures/sites/sites.json): pages written in the style of the sites documents come
// from, each served in a given encoding with a given Content-Type. The tests serve them from a real HTTP
// server on 127.0.0.1; the extract evaluation reads them through a fetcher that needs no network.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { fetchSettings } from '../acquire/fetch-settings.ts';
import type { FetchedResponse, Fetcher } from '../acquire/polite-fetcher.ts';
import { AcquireError } from '../acquire/read-file.ts';

export const FIXTURE_SITES_DIR = new URL('../../fixtures/sites/', import.meta.url);

export interface FixtureRoute {
  path: string;
  file: string;
  encoding: string;
  /** The Content-Type header served; null for none. */
  contentType: string | null;
}

export interface FixtureDocument {
  id: string;
  why: string;
  url: string;
  pages: number;
  charset: string;
  title: string | null;
  publishedAt: string | null;
  /** Snippets that must survive extraction, and boilerplate that must go. */
  with: string[];
  without: string[];
  /** Snippets that must appear in this order (pages stitched in order). */
  order?: string[];
}

export interface FixtureSites {
  routes: FixtureRoute[];
  documents: FixtureDocument[];
}

export function loadFixtureSites(dir: URL = FIXTURE_SITES_DIR): FixtureSites {
  return JSON.parse(readFileSync(new URL('sites.json', dir), 'utf8')) as FixtureSites;
}

/** The bytes a route serves: its UTF-8 source encoded as the route says. */
export function routeBytes(route: FixtureRoute, dir: URL = FIXTURE_SITES_DIR): Buffer {
  const source = readFileSync(new URL(route.file, dir), 'utf8');
  return route.encoding.toLowerCase() === 'utf-8' ? Buffer.from(source, 'utf8') : iconv.encode(source, route.encoding);
}

/** Serves the fixture routes as if fetched from `origin`, without a network. */
export class FixtureFetcher implements Fetcher {
  readonly settings = fetchSettings({ perHostDelayMs: 0, retries: 0 });
  private readonly byPath: Map<string, FixtureRoute>;

  constructor(
    sites: FixtureSites,
    private readonly origin = 'http://127.0.0.1:8080',
    private readonly dir: URL = FIXTURE_SITES_DIR,
  ) {
    this.byPath = new Map(sites.routes.map((r) => [r.path, r]));
  }

  async get(url: string): Promise<FetchedResponse> {
    const u = new URL(url);
    const route = this.byPath.get(`${u.pathname}${u.search}`);
    if (!route || u.origin !== new URL(this.origin).origin) throw new AcquireError('HTTP 404 Not Found');
    const headers: Record<string, string> = route.contentType ? { 'content-type': route.contentType } : {};
    return {
      requestedUrl: url,
      finalUrl: u.href,
      status: 200,
      headers,
      bytes: routeBytes(route, this.dir),
      fetchedAt: new Date().toISOString(),
      notes: [],
    };
  }
}
