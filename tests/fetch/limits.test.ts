/**
 * Resource limits: the deadline (silent servers, slow-drip bodies), the byte limit on declared, streamed and
 * decompressed sizes, and compression bombs refused without inflating them into memory.
 */
import type http from 'node:http';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../src/fetch/index.js';
import { newsUrl, policyFor, startServer, type TestServer } from './server.js';

const MiB = 1024 * 1024;
const BOMB_INFLATED = 100 * MiB;
let gzipBomb: Buffer;
let brotliBomb: Buffer;
let rawDeflateBomb: Buffer;
let server: TestServer;

/** Compresses `size` zero bytes a megabyte at a time, so the test never holds them. */
async function compressZeros(size: number, compressor: zlib.Gzip | zlib.BrotliCompress): Promise<Buffer> {
  const zeros = Buffer.alloc(MiB);
  const source = Readable.from(
    (function* () {
      for (let sent = 0; sent < size; sent += MiB) yield zeros;
    })(),
  );
  const chunks: Buffer[] = [];
  for await (const chunk of source.pipe(compressor)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Writes `chunk` `times` times, waiting for the socket to drain, until done or the client goes away. */
async function stream(res: http.ServerResponse, chunk: Buffer, times: number): Promise<void> {
  for (let i = 0; i < times && !res.destroyed; i++) {
    if (res.write(chunk)) continue;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        res.off('drain', done).off('close', done);
        resolve();
      };
      res.on('drain', done).on('close', done);
    });
  }
  res.end();
}

function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  const html = { 'content-type': 'text/html' };
  switch (req.url) {
    case '/silent':
      return; // accepts the connection, never answers
    case '/drip': {
      res.writeHead(200, html);
      const timer = setInterval(() => res.write('x'), 200);
      res.on('close', () => clearInterval(timer));
      setTimeout(() => res.end(), 5_000);
      return;
    }
    case '/declared-2mib':
      res.writeHead(200, { ...html, 'content-length': String(2 * MiB) });
      res.write('<p>start');
      return; // the rest would follow; the client must not wait for it
    case '/streamed-3mib':
      res.writeHead(200, html);
      void stream(res, Buffer.alloc(64 * 1024, 'a'), 48);
      return;
    case '/exactly-1mib':
      res.writeHead(200, html).end(Buffer.alloc(MiB, 'a'));
      return;
    case '/gzip-bomb':
      res.writeHead(200, { ...html, 'content-encoding': 'gzip', 'content-length': String(gzipBomb.length) }).end(gzipBomb);
      return;
    case '/brotli-bomb':
      res.writeHead(200, { ...html, 'content-encoding': 'br' }).end(brotliBomb);
      return;
    case '/raw-deflate-bomb':
      res.writeHead(200, { ...html, 'content-encoding': 'deflate' }).end(rawDeflateBomb);
      return;
    default:
      res.writeHead(404).end();
  }
}

beforeAll(async () => {
  gzipBomb = await compressZeros(BOMB_INFLATED, zlib.createGzip({ level: 9 }));
  rawDeflateBomb = await compressZeros(BOMB_INFLATED, zlib.createDeflateRaw({ level: 9 }));
  brotliBomb = await compressZeros(BOMB_INFLATED, zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }));
  server = await startServer(handle);
});
afterAll(() => server.close());

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

describe('the deadline', () => {
  it('stops a server that never answers', async () => {
    const { result, ms } = await timed(() => fetchPage(newsUrl(server, '/silent'), policyFor(server, { timeoutMs: 300 })));
    expect(result).toMatchObject({ ok: false, code: 'timeout' });
    if (!result.ok) expect(result.message).toBe('news.example did not answer within 0.3 s, so the fetch was stopped.');
    expect(ms).toBeLessThan(2_500);
  });

  it('cuts off a slow-drip body (one byte per 200 ms) at the deadline', async () => {
    const { result, ms } = await timed(() => fetchPage(newsUrl(server, '/drip'), policyFor(server, { timeoutMs: 700 })));
    expect(result).toMatchObject({ ok: false, code: 'timeout' });
    if (!result.ok) expect(result.message).toMatch(/did not send the whole page within 0.7 s/);
    expect(ms).toBeGreaterThanOrEqual(650);
    expect(ms).toBeLessThan(3_000); // the drip would go on for 5 s
  });

  it('is cancelled by the caller signal', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const result = await fetchPage(newsUrl(server, '/drip'), policyFor(server), controller.signal);
    expect(result).toMatchObject({ ok: false, code: 'aborted' });
  });
});

describe('the byte limit', () => {
  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    const { result, ms } = await timed(() => fetchPage(newsUrl(server, '/declared-2mib'), policyFor(server)));
    expect(result).toMatchObject({ ok: false, code: 'too_large' });
    if (!result.ok) expect(result.message).toBe('The page is 2 MiB, over the limit of 1 MiB, so it was not read.');
    expect(ms).toBeLessThan(1_500); // the rest of the body never comes: waiting for it would hit the 2 s deadline
  });

  it('refuses a streamed body without Content-Length once it passes the limit', async () => {
    const result = await fetchPage(newsUrl(server, '/streamed-3mib'), policyFor(server));
    expect(result).toMatchObject({ ok: false, code: 'too_large' });
    if (!result.ok) expect(result.message).toMatch(/larger than 1 MiB/);
  });

  it('reads a body of exactly the limit', async () => {
    const result = await fetchPage(newsUrl(server, '/exactly-1mib'), policyFor(server));
    expect(result.ok && result.body.length).toBe(MiB);
  });

  it.each(['/gzip-bomb', '/brotli-bomb', '/raw-deflate-bomb'])(
    'refuses the compression bomb %s (100 MiB of zeros) without inflating it',
    async (path) => {
      const bomb = path === '/gzip-bomb' ? gzipBomb : path === '/brotli-bomb' ? brotliBomb : rawDeflateBomb;
      expect(bomb.length).toBeLessThan(MiB); // fits the limit on the wire
      const baseline = process.memoryUsage();
      let peakRss = baseline.rss;
      let peakBuffers = baseline.arrayBuffers;
      const sampler = setInterval(() => {
        const now = process.memoryUsage();
        peakRss = Math.max(peakRss, now.rss);
        peakBuffers = Math.max(peakBuffers, now.arrayBuffers);
      }, 1);
      const result = await fetchPage(newsUrl(server, path), policyFor(server));
      clearInterval(sampler);
      const after = process.memoryUsage();
      expect(result).toMatchObject({ ok: false, code: 'too_large' });
      if (!result.ok) expect(result.message).toMatch(/decompresses to more than 1 MiB/);
      // Inflating it all would take 100 MiB; the limit is 1 MiB.
      expect(Math.max(peakRss, after.rss) - baseline.rss).toBeLessThan(40 * MiB);
      expect(Math.max(peakBuffers, after.arrayBuffers) - baseline.arrayBuffers).toBeLessThan(16 * MiB);
    },
  );
});
