/**
 * Local HTTP servers and a made-up DNS for the fetcher's tests. Servers listen on loopback addresses only;
 * names such as news.example resolve, through the injected lookup, to the test server.
 */
import type { LookupAddress } from 'node:dns';
import http from 'node:http';
import { isIP, type LookupFunction } from 'node:net';
import type { FetchPolicy } from '../../src/fetch/index.js';

/** A running test server. */
export interface TestServer {
  host: string;
  port: number;
  /** http://HOST:PORT */
  origin: string;
  /** Requests received, by path, in order. */
  requests: http.IncomingMessage[];
  close(): Promise<void>;
}

/** Starts `handler` on `host` (default 127.0.0.2, so 127.0.0.1 stays a refused, different address). */
export async function startServer(handler: http.RequestListener, host = '127.0.0.2'): Promise<TestServer> {
  const requests: http.IncomingMessage[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    host,
    port: address.port,
    origin: `http://${host}:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on `host` where nothing listens. */
export async function closedPort(host = '127.0.0.2'): Promise<number> {
  const server = await startServer(() => {}, host);
  await server.close();
  return server.port;
}

/**
 * A dns.lookup-compatible resolver over a fixed table; unknown names fail with ENOTFOUND. A function entry
 * is asked on every call (for answers that change between lookups).
 */
export function fakeDns(table: Record<string, string | string[] | (() => string[])>): LookupFunction & { calls: string[] } {
  const calls: string[] = [];
  const lookup = (hostname: string, options: { all?: boolean }, callback: (...args: never[]) => void): void => {
    calls.push(hostname);
    const entry = table[hostname];
    const reply = callback as (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
    setImmediate(() => {
      if (entry === undefined) {
        const err: NodeJS.ErrnoException = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
        return reply(err, '');
      }
      const list = typeof entry === 'function' ? entry() : Array.isArray(entry) ? entry : [entry];
      const addresses = list.map((address) => ({ address, family: isIP(address) }));
      if (options.all) return reply(null, addresses);
      reply(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
  return Object.assign(lookup as LookupFunction, { calls });
}

/**
 * A strict policy for `server`: the address check on, with exactly the server's address and port let
 * through, and news.example resolving to it.
 */
export function policyFor(server: TestServer, overrides: Partial<FetchPolicy> = {}): FetchPolicy {
  return {
    allowPrivate: false,
    maxBytes: 1024 * 1024,
    timeoutMs: 2_000,
    lookup: fakeDns({ 'news.example': server.host }),
    allowAddress: (ip, port) => ip === server.host && port === server.port,
    ...overrides,
  };
}

/** A URL on news.example at the server's port. */
export function newsUrl(server: TestServer, path: string): string {
  return `http://news.example:${server.port}${path}`;
}
