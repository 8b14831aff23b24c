// A real HTTP server on 127.0.0.1 (ephemeral port) serving the fixture sites (fixtures/sites/sites.json) in
// their encodings and headers, plus per-test handlers for the failure scenarios. It counts every request.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { loadFixtureSites, routeBytes } from '../../src/eval/fixture-sites.ts';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void;

export interface FixtureServer {
  origin: string;
  /** Request paths (with query) in arrival order. */
  hits: string[];
  hitsOf(path: string): number;
  close(): Promise<void>;
}

const servers: FixtureServer[] = [];

/** Closes every server a test started. */
export function useFixtureServers(): void {
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
  });
}

/** Starts a server; `handlers` (by path, with query) come before the fixture routes; unknown paths are 404
 * (robots.txt included, which means "no rules"). */
export async function startFixtureServer(handlers: Record<string, Handler> = {}): Promise<FixtureServer> {
  const sites = loadFixtureSites();
  const routes = new Map(sites.routes.map((r) => [r.path, r]));
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    const hit = hits.filter((h) => h === path).length;
    const handler = handlers[path];
    if (handler) {
      handler(req, res, hit);
      return;
    }
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404 页面不存在</h1>');
      return;
    }
    res.writeHead(200, route.contentType ? { 'content-type': route.contentType } : {});
    res.end(routeBytes(route));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fixture: FixtureServer = {
    origin: `http://127.0.0.1:${port}`,
    hits,
    hitsOf: (p) => hits.filter((h) => h === p).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(fixture);
  return fixture;
}
