// One HTTP GET with node:http/https: connect and read timeouts, a whole-request deadline, a streamed body
// aborted past a size limit, and gzip/deflate/br decoding. No redirects, retries or politeness here
// (see polite-fetcher.ts): this is the one place that touches the network.
import http from 'node:http';
import https from 'node:https';
import { createBrotliDecompress, createUnzip } from 'node:zlib';
import type { Transform } from 'node:stream';
import { formatBytes, formatSeconds } from './fetch-settings.ts';

export interface HttpResponse {
  url: string;
  status: number;
  statusText: string;
  /** Lower-case header names; repeated headers joined with ", ". Set-Cookie is not kept. */
  headers: Record<string, string>;
  bytes: Buffer;
}

export type FailureKind =
  'connect-timeout' | 'read-timeout' | 'deadline' | 'too-large' | 'network' | 'decompress' | 'bad-url';

/** A request that produced no usable response; `message` is written for people. */
export class HttpFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'HttpFailure';
  }

  /** Worth another try later: the network or the server may recover; a too-large body will not. */
  get retryable(): boolean {
    return (
      this.kind === 'connect-timeout' ||
      this.kind === 'read-timeout' ||
      this.kind === 'deadline' ||
      (this.kind === 'network' && this.code !== 'ENOTFOUND')
    );
  }
}

export interface RequestOptions {
  headers: Record<string, string>;
  connectTimeoutMs: number;
  readTimeoutMs: number;
  deadlineMs: number;
  maxBodyBytes: number;
  agents?: { http: http.Agent; https: https.Agent };
}

const NETWORK_MESSAGES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host not found (DNS)',
  EAI_AGAIN: 'DNS lookup failed temporarily',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed while sending',
  CERT_HAS_EXPIRED: 'the site’s TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the site uses a self-signed TLS certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the site’s TLS certificate cannot be verified',
};

function networkFailure(e: NodeJS.ErrnoException): HttpFailure {
  const code = e.code ?? null;
  const what =
    (code && NETWORK_MESSAGES[code]) ??
    (e.message === 'socket hang up' ? 'the server closed the connection without answering' : e.message);
  return new HttpFailure('network', `${what}${code && !NETWORK_MESSAGES[code] ? ` (${code})` : ''}`, code);
}

function flattenHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined || k === 'set-cookie') continue;
    out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function decoderFor(encoding: string | undefined): Transform | null {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === 'gzip' || e === 'x-gzip' || e === 'deflate') return createUnzip();
  if (e === 'br') return createBrotliDecompress();
  return null;
}

export function httpGet(url: URL, options: RequestOptions): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null;
    if (!client) {
      reject(new HttpFailure('bad-url', `cannot fetch ${url.protocol} URLs (only http and https)`));
      return;
    }
    let failure: HttpFailure | null = null;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (error: HttpFailure | null, response?: HttpResponse) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      if (error) reject(error);
      else resolve(response!);
    };
    const abort = (f: HttpFailure) => {
      failure ??= f;
      req.destroy(f);
      finish(failure);
    };

    const agent = options.agents ? (url.protocol === 'https:' ? options.agents.https : options.agents.http) : undefined;
    const req = client.get(url, { headers: options.headers, agent }, (res) => {
      const headers = flattenHeaders(res.headers);
      const declared = Number(headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBodyBytes && !headers['content-encoding']) {
        abort(
          new HttpFailure(
            'too-large',
            `body over ${formatBytes(options.maxBodyBytes)} (the server announced ${formatBytes(declared)})`,
          ),
        );
        return;
      }
      const decoder = decoderFor(headers['content-encoding']);
      const body = decoder ? res.pipe(decoder) : res;
      const chunks: Buffer[] = [];
      let size = 0;
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBodyBytes) {
          decoder?.destroy();
          abort(new HttpFailure('too-large', `body over ${formatBytes(options.maxBodyBytes)}`));
          return;
        }
        chunks.push(chunk);
      });
      body.on('end', () => {
        finish(null, {
          url: url.href,
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          headers,
          bytes: Buffer.concat(chunks, size),
        });
      });
      body.on('error', (e: NodeJS.ErrnoException) => {
        if (!failure && decoder && String(e.code ?? '').startsWith('Z_')) {
          abort(
            new HttpFailure(
              'decompress',
              `the ${headers['content-encoding']} body could not be decompressed (${e.message})`,
            ),
          );
        } else abort(failure ?? networkFailure(e));
      });
      res.on('aborted', () =>
        abort(failure ?? new HttpFailure('network', 'the server closed the connection mid-body', 'ECONNRESET')),
      );
    });

    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      const t = setTimeout(
        () =>
          abort(
            new HttpFailure('connect-timeout', `could not connect within ${formatSeconds(options.connectTimeoutMs)}`),
          ),
        options.connectTimeoutMs,
      );
      timers.push(t);
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(t));
    });
    req.setTimeout(options.readTimeoutMs, () =>
      abort(
        new HttpFailure(
          'read-timeout',
          `timed out after ${formatSeconds(options.readTimeoutMs)} without data from the server`,
        ),
      ),
    );
    timers.push(
      setTimeout(
        () =>
          abort(
            new HttpFailure('deadline', `timed out: the whole request took over ${formatSeconds(options.deadlineMs)}`),
          ),
        options.deadlineMs,
      ),
    );
    req.on('error', (e: NodeJS.ErrnoException) => finish(failure ?? networkFailure(e)));
  });
}
