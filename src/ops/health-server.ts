/**
 * The operations endpoint on HEALTH_PORT: `GET /healthz` (JSON, 200 when ok, 503 otherwise) for container
 * and load-balancer checks, and `GET /metrics` (Prometheus text format) for scraping. Plain node:http; no
 * request can make it throw, and nothing secret is ever in its answers.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { Logger } from '../log.js';
import type { HealthStatus } from './health.js';
import type { MetricsSource } from './metrics.js';

/** HEALTH_PORT and HEALTH_HOST as read from the environment: no port, no server. */
export const healthEnvSchema = z.object({
  HEALTH_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HEALTH_HOST: z.string().min(1).optional(),
});

export interface HealthServerOptions {
  /** 0 picks a free port (tests read `port` back). */
  port: number;
  /**
   * Default `0.0.0.0`: a container's health check and a Prometheus scraper come from outside the container,
   * so loopback would hide the endpoint from them. Set `127.0.0.1` where only local checks should reach it.
   */
  host?: string;
  metrics: MetricsSource;
  health: () => HealthStatus;
  logger: Logger;
}

export interface HealthServer {
  /** The bound port (the real one when 0 was asked for). */
  readonly port: number;
  readonly host: string;
  /** Stops listening and ends idle connections; resolves when the server is closed. */
  close(): Promise<void>;
}

const ALLOWED = 'GET, HEAD';

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  head: boolean,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', ...extra });
  res.end(head ? undefined : body);
}

function sendJson(res: ServerResponse, status: number, value: unknown, head: boolean, extra: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), head, extra);
}

/** The path of a request target, or null when it cannot be read. */
function pathOf(req: IncomingMessage): string | null {
  try {
    return new URL(req.url ?? '/', 'http://health.invalid').pathname;
  } catch {
    return null;
  }
}

async function answer(req: IncomingMessage, res: ServerResponse, options: HealthServerOptions): Promise<void> {
  const path = pathOf(req);
  if (path === null) return sendJson(res, 400, { error: 'bad request target' }, false);
  if (path !== '/healthz' && path !== '/metrics') return sendJson(res, 404, { error: 'not found' }, req.method === 'HEAD');
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' }, false, { allow: ALLOWED });
  const head = req.method === 'HEAD';
  if (path === '/healthz') {
    const status = options.health();
    return sendJson(res, status.status === 'ok' ? 200 : 503, status, head);
  }
  send(res, 200, options.metrics.contentType, await options.metrics.text(), head);
}

/** Starts the endpoint; rejects when the port cannot be bound (in use, not permitted). */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const host = options.host ?? '0.0.0.0';
  const { logger } = options;
  const server = createServer((req, res) => {
    // the body of a request is never read: drain it so the connection can be reused
    req.resume();
    answer(req, res, options).catch((error: unknown) => {
      logger.error({ err: error instanceof Error ? error.message : String(error), path: pathOf(req) }, 'health endpoint failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' }, false);
      else res.destroy();
    });
  });
  // a client that trickles its request in must not hold a socket for long
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    const refused = (error: Error): void =>
      reject(new Error(`the health endpoint cannot listen on ${host}:${options.port}: ${error.message}`));
    server.once('error', refused);
    server.listen(options.port, host, () => {
      server.off('error', refused);
      resolve();
    });
  });
  server.on('error', (error) => logger.error({ err: error.message }, 'health endpoint error'));
  const port = (server.address() as AddressInfo).port;
  logger.info({ host, port }, 'health endpoint listening (/healthz, /metrics)');
  let closing: Promise<void> | null = null;
  return {
    port,
    host,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
