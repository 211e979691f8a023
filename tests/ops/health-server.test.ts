/**
 * The health endpoint over real HTTP on a free port: /healthz states and codes, /metrics scraped and read
 * back, 404/405, requests it cannot read, failing sources, a port in use, and close.
 */
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { type HealthServer, healthEnvSchema, startHealthServer } from '../../src/ops/health-server.js';
import { BotMetrics, type MetricsSource } from '../../src/ops/metrics.js';
import { parseExposition, sampleValue } from './prometheus-text.js';

const CORPUS = { version: 'c0ffee', loadedAt: '2024-05-01T10:00:00.000Z', documents: 12, quotations: 340 };

const servers: HealthServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

function captureLogs(): { logs: string[]; logger: ReturnType<typeof createLogger> } {
  const logs: string[] = [];
  return { logs, logger: createLogger('debug', { write: (line: string) => logs.push(line) }) };
}

async function start(metrics: MetricsSource & Partial<Pick<BotMetrics, 'health'>>, health?: () => ReturnType<BotMetrics['health']>) {
  const { logs, logger } = captureLogs();
  const server = await startHealthServer({
    port: 0,
    host: '127.0.0.1',
    metrics,
    health: health ?? (() => (metrics as BotMetrics).health([0, 1])),
    logger,
  });
  servers.push(server);
  return { server, logs, url: (path: string) => `http://127.0.0.1:${server.port}${path}` };
}

/** Sends raw bytes and returns the status line of the answer. */
function rawRequest(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let text = '';
    socket.on('data', (b) => {
      text += b.toString();
      if (!text.includes('\r\n')) return;
      resolve(text.slice(0, text.indexOf('\r\n')));
      socket.destroy();
    });
    socket.on('close', () => reject(new Error(`closed without a status line: ${JSON.stringify(text)}`)));
    socket.on('error', reject);
    socket.setTimeout(3000, () => socket.destroy(new Error('no answer')));
  });
}

describe('startHealthServer', () => {
  it('serves the metrics in the Prometheus text format, with the interactions recorded', async () => {
    const metrics = new BotMetrics();
    const { url } = await start(metrics);
    metrics.interaction('who-said', 'ok', 0.012);
    metrics.interaction('who-said', 'ok', 0.7);
    metrics.interaction('reload', 'error', 2);
    metrics.shard(0, true);
    const response = await fetch(url('/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const scraped = parseExposition(await response.text());
    expect(sampleValue(scraped, 'quotetrail_interactions_total', { command: 'who-said', outcome: 'ok' })).toBe(2);
    expect(sampleValue(scraped, 'quotetrail_interactions_total', { command: 'reload', outcome: 'error' })).toBe(1);
    expect(sampleValue(scraped, 'quotetrail_interaction_seconds_bucket', { command: 'who-said', le: '0.025' })).toBe(1);
    expect(sampleValue(scraped, 'quotetrail_interaction_seconds_bucket', { command: 'who-said', le: '1' })).toBe(2);
    expect(sampleValue(scraped, 'quotetrail_interaction_seconds_bucket', { command: 'reload', le: '1' })).toBe(0);
    expect(sampleValue(scraped, 'quotetrail_interaction_seconds_bucket', { command: 'reload', le: '2.5' })).toBe(1);
    expect(sampleValue(scraped, 'quotetrail_gateway_shard_status', { shard: '0' })).toBe(1);
    expect(scraped.types.get('process_resident_memory_bytes')).toBe('gauge');
  });

  it('answers /healthz with 503 while starting or degraded and 200 when ok', async () => {
    const metrics = new BotMetrics({ defaultMetrics: false });
    const { url } = await start(metrics);
    const health = async () => {
      const response = await fetch(url('/healthz'));
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      return { code: response.status, body: (await response.json()) as { status: string; corpus: unknown; shards: unknown } };
    };
    expect(await health()).toMatchObject({ code: 503, body: { status: 'starting', corpus: null } });
    metrics.corpus(CORPUS);
    metrics.shard(0, true);
    metrics.shard(1, true);
    const ok = await health();
    expect(ok.code).toBe(200);
    expect(ok.body).toMatchObject({
      status: 'ok',
      corpus: CORPUS,
      shards: [
        { id: 0, ready: true },
        { id: 1, ready: true },
      ],
    });
    expect(typeof (ok.body as { uptimeSeconds?: unknown }).uptimeSeconds).toBe('number');
    metrics.shard(0, false);
    expect(await health()).toMatchObject({ code: 503, body: { status: 'degraded' } });
    const head = await fetch(url('/healthz?probe=1'), { method: 'HEAD' });
    expect(head.status).toBe(503);
    expect(await head.text()).toBe('');
  });

  it('answers 404 for other paths, 405 for other methods, 400 for what it cannot read, and keeps serving', async () => {
    const metrics = new BotMetrics({ defaultMetrics: false });
    const { server, url } = await start(metrics);
    for (const path of ['/', '/healthz/', '/metrics.txt', '/HEALTHZ', '/..%2fhealthz']) {
      expect((await fetch(url(path))).status, path).toBe(404);
    }
    const post = await fetch(url('/metrics'), { method: 'POST', body: 'x'.repeat(100_000) });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect(await rawRequest(server.port, 'GET http://[::1 HTTP/1.1\r\nHost: x\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(await rawRequest(server.port, 'NOT HTTP AT ALL\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(await rawRequest(server.port, `GET /healthz HTTP/1.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 4\d\d/);
    expect((await fetch(url('/metrics'))).status).toBe(200);
  });

  it('turns a failing health or metrics source into a 500 and a log line, never a crash', async () => {
    const failing: MetricsSource = { contentType: 'text/plain', text: () => Promise.reject(new Error('registry broke')) };
    const { url, logs } = await start(failing, () => {
      throw new Error('health broke');
    });
    const health = await fetch(url('/healthz'));
    expect(health.status).toBe(500);
    expect(await health.json()).toEqual({ error: 'internal error' });
    expect((await fetch(url('/metrics'))).status).toBe(500);
    expect(logs.filter((l) => l.includes('health endpoint failed'))).toHaveLength(2);
    expect(logs.join('\n')).toContain('registry broke');
  });

  it('listens on every interface by default, refuses a port in use clearly, and closes', async () => {
    const { logger } = captureLogs();
    const metrics = new BotMetrics({ defaultMetrics: false });
    const first = await startHealthServer({ port: 0, metrics, health: () => metrics.health(), logger });
    expect(first.host).toBe('0.0.0.0');
    expect((await fetch(`http://127.0.0.1:${first.port}/metrics`)).status).toBe(200);
    await expect(startHealthServer({ port: first.port, metrics, health: () => metrics.health(), logger })).rejects.toThrow(
      new RegExp(`cannot listen on 0\\.0\\.0\\.0:${first.port}: .*EADDRINUSE`),
    );
    await first.close();
    await first.close();
    await expect(fetch(`http://127.0.0.1:${first.port}/metrics`)).rejects.toThrow();
  });
});

describe('healthEnvSchema', () => {
  it('reads HEALTH_PORT and HEALTH_HOST, and refuses ports that are not ports', () => {
    expect(healthEnvSchema.parse({})).toEqual({});
    expect(healthEnvSchema.parse({ HEALTH_PORT: '9100', HEALTH_HOST: '127.0.0.1' })).toEqual({
      HEALTH_PORT: 9100,
      HEALTH_HOST: '127.0.0.1',
    });
    for (const bad of ['abc', '70000', '-1', '80.5']) expect(healthEnvSchema.safeParse({ HEALTH_PORT: bad }).success, bad).toBe(false);
  });
});
