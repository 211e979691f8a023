/**
 * The address check on names: every resolved address is judged, the socket connects only to an address that
 * passed, a changed DNS answer between hops is caught, and the connected socket is checked again.
 */
import type { LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedAgent, guardedLookup } from '../../src/fetch/connect.js';
import { fetchPage } from '../../src/fetch/index.js';
import { closedPort, fakeDns, newsUrl, policyFor, startServer, type TestServer } from './server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.url === '/next') return void res.writeHead(302, { location: '/page' }).end();
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>page</p>');
  });
});
afterAll(() => server.close());

describe('fetchPage refuses a name that resolves to', () => {
  it.each([
    ['10.0.0.5', /private network/],
    ['192.168.1.1', /private network/],
    ['::ffff:127.0.0.1', /IPv4-mapped form of a loopback/],
    ['127.0.0.1', /loopback/],
    ['::1', /loopback/],
    ['169.254.169.254', /link-local/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['fd00::1', /unique local/],
  ])('%s', async (address, reason) => {
    const lookup = fakeDns({ 'news.example': address });
    const result = await fetchPage(newsUrl(server, '/page'), policyFor(server, { lookup }));
    expect(result).toMatchObject({ ok: false, code: 'private_address' });
    if (!result.ok) {
      expect(result.message).toMatch(reason);
      expect(result.message).toContain('news.example resolves to');
      expect(result.message).not.toContain(address); // what internal DNS says stays out of replies
    }
    expect(lookup.calls).toEqual(['news.example']);
  });
});

describe('fetchPage connects only to checked addresses', () => {
  it('drops the refused addresses of a mixed answer and connects to the allowed one', async () => {
    const lookup = fakeDns({ 'news.example': ['127.0.0.1', server.host] });
    const result = await fetchPage(newsUrl(server, '/page'), policyFor(server, { lookup }));
    expect(result.ok).toBe(true);
  });

  it('resolves once per hop, and refuses a hop whose name changed its answer (DNS rebinding)', async () => {
    let answers = 0;
    const lookup = fakeDns({ 'news.example': () => (answers++ === 0 ? [server.host] : ['127.0.0.1']) });
    const before = server.requests.length;
    const result = await fetchPage(newsUrl(server, '/next'), policyFor(server, { lookup }));
    expect(result).toMatchObject({ ok: false, code: 'private_address', url: newsUrl(server, '/page') });
    expect(lookup.calls).toEqual(['news.example', 'news.example']);
    expect(server.requests.slice(before).map((req) => req.url)).toEqual(['/next']);
  });

  it('reads a loopback server directly when allowPrivate is true', async () => {
    const local = await startServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('local'), '127.0.0.1');
    try {
      const strict = await fetchPage(`${local.origin}/`, { allowPrivate: false, maxBytes: 1024, timeoutMs: 1_000 });
      expect(strict).toMatchObject({ ok: false, code: 'private_address' });
      const open = await fetchPage(`${local.origin}/`, { allowPrivate: true, maxBytes: 1024, timeoutMs: 1_000 });
      expect(open.ok && open.body.toString()).toBe('local');
      const byName = await fetchPage(`http://intranet.example:${local.port}/`, {
        allowPrivate: true,
        maxBytes: 1024,
        lookup: fakeDns({ 'intranet.example': '127.0.0.1' }),
      });
      expect(byName.ok).toBe(true);
    } finally {
      await local.close();
    }
  });

  it('answers dns for a name that does not resolve, and connect for a closed port', async () => {
    const unknown = await fetchPage(`http://nowhere.example:${server.port}/`, policyFor(server));
    expect(unknown).toMatchObject({ ok: false, code: 'dns' });
    if (!unknown.ok) expect(unknown.message).toBe('The site name nowhere.example could not be found.');
    const port = await closedPort(server.host);
    const closed = await fetchPage(`http://${server.host}:${port}/`, policyFor(server, { allowAddress: (ip) => ip === server.host }));
    expect(closed).toMatchObject({ ok: false, code: 'connect' });
  });
});

describe('guardedLookup', () => {
  const lookup = fakeDns({ mixed: ['10.0.0.5', '93.184.216.34', '::1', '2606:4700::1111'], private: ['10.0.0.5', 'fc00::1'] });
  const ask = (name: string, all: boolean) =>
    new Promise<{ err: NodeJS.ErrnoException | null; address: string | LookupAddress[] }>((resolve) =>
      guardedLookup(lookup, 80, () => false)(name, { all }, (err, address) => resolve({ err, address })),
    );

  it('answers net with all the allowed addresses, or the first one', async () => {
    expect((await ask('mixed', true)).address).toEqual([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:4700::1111', family: 6 },
    ]);
    expect((await ask('mixed', false)).address).toBe('93.184.216.34');
  });

  it('fails with a private_address refusal when nothing is left, and passes DNS errors on', async () => {
    expect((await ask('private', false)).err).toMatchObject({ code: 'private_address' });
    expect((await ask('unknown', true)).err).toMatchObject({ code: 'ENOTFOUND' });
  });
});

describe('guardedAgent', () => {
  it('checks the address a socket actually connected to, before the request is written', async () => {
    const before = server.requests.length;
    const error = await new Promise<Error>((resolve) => {
      // No guarded lookup here: the agent's own connect check is what stops it.
      const request = http.get(`${server.origin}/page`, { agent: guardedAgent('http:', () => false) }, () =>
        resolve(new Error('answered')),
      );
      request.on('error', resolve);
    });
    expect(error).toMatchObject({ code: 'private_address' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests.length).toBe(before);
  });
});

describe('https links', () => {
  it('are checked on the connected address by the TLS agent too, before the handshake', async () => {
    const error = await new Promise<Error>((resolve) => {
      const request = https.get(`https://${server.host}:${server.port}/`, { agent: guardedAgent('https:', () => false) }, () =>
        resolve(new Error('answered')),
      );
      request.on('error', resolve);
    });
    expect(error).toMatchObject({ code: 'private_address' });
  });

  it('go through the guarded lookup, and a failed handshake is a failure to connect', async () => {
    // The test server speaks plain HTTP, so the TLS handshake fails once the address check has passed.
    const allowed = await fetchPage(`https://news.example:${server.port}/`, policyFor(server));
    expect(allowed).toMatchObject({ ok: false, code: 'connect' });
    if (!allowed.ok) expect(allowed.message).toBe('Could not connect to news.example: a secure connection could not be set up.');
    const refused = await fetchPage(
      `https://news.example:${server.port}/`,
      policyFor(server, { lookup: fakeDns({ 'news.example': '10.0.0.5' }) }),
    );
    expect(refused).toMatchObject({ ok: false, code: 'private_address' });
  });
});
