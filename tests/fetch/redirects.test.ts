/**
 * Redirects: followed up to the limit, each target checked again (scheme, credentials, address), loops
 * refused.
 */
import type http from 'node:http';
import type { LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../src/fetch/index.js';
import { newsUrl, policyFor, startServer, type TestServer } from './server.js';

let server: TestServer;

function redirect(res: http.ServerResponse, location: string, status = 302): void {
  res.writeHead(status, { location, 'content-type': 'text/html' });
  res.end('moved');
}

/** Where each path redirects: /hops/N to /hops/N-1 (/hops/0 is the page), /loop-a and /loop-b to each other. */
function locationFor(url: URL): string | null {
  const hops = /^\/hops\/(\d+)$/.exec(url.pathname);
  if (hops) return Number(hops[1]) === 0 ? null : `/hops/${Number(hops[1]) - 1}`;
  if (url.pathname === '/redirect') return url.searchParams.get('to');
  if (url.pathname === '/loop-a') return '/loop-b';
  if (url.pathname === '/loop-b') return `http://news.example:${server.port}/loop-a`;
  if (url.pathname === '/self') return '/self';
  return null;
}

const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://news.example');
  const location = locationFor(url);
  if (location !== null) {
    // every redirect status in turn along a chain
    redirect(res, location, REDIRECT_STATUSES[server.requests.length % REDIRECT_STATUSES.length]);
  } else if (url.pathname === '/hops/0') {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>arrived</p>');
  } else if (url.pathname === '/refresh') {
    // a shortener's or a moved article's stub: the redirect is written in the page
    const to = (url.searchParams.get('to') ?? '').replace(/&/g, '&amp;');
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<html><head><meta http-equiv="refresh" content="0; url=${to}"></head><body>Moved.</body></html>`);
  } else if (url.pathname === '/reloads') {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<html><head><meta http-equiv="refresh" content="600; url=/reloads"></head><body><p>A live page.</p></body></html>');
  } else if (url.pathname === '/no-location') {
    res.writeHead(302, { 'content-type': 'text/html' }).end();
  } else {
    res.writeHead(404).end();
  }
}

beforeAll(async () => {
  server = await startServer(handle);
});
afterAll(() => server.close());

const via = (to: string): string => newsUrl(server, `/redirect?to=${encodeURIComponent(to)}`);

describe('fetchPage follows a meta refresh stub like a redirect', () => {
  const refresh = (to: string): string => newsUrl(server, `/refresh?to=${encodeURIComponent(to)}`);

  it('to the page it names, reporting the hop', async () => {
    const result = await fetchPage(refresh(newsUrl(server, '/hops/1')), policyFor(server));
    expect(result).toMatchObject({ ok: true, url: newsUrl(server, '/hops/0') });
    if (result.ok) expect(result.redirects).toEqual([newsUrl(server, '/hops/1'), newsUrl(server, '/hops/0')]);
  });

  it('with every check of a redirect: private addresses, schemes, loops', async () => {
    expect(await fetchPage(refresh('http://169.254.169.254/latest/meta-data/'), policyFor(server))).toMatchObject({
      ok: false,
      code: 'private_address',
    });
    expect(await fetchPage(refresh('http://127.0.0.1/'), policyFor(server))).toMatchObject({ ok: false, code: 'private_address' });
    expect(await fetchPage(refresh('file:///etc/passwd'), policyFor(server))).toMatchObject({ ok: false, code: 'scheme' });
    expect(await fetchPage(refresh('/refresh?to=%2Fself'), policyFor(server))).toMatchObject({ ok: false, code: 'redirect_loop' });
  });

  it('but not a page that reloads itself every few minutes', async () => {
    expect(await fetchPage(newsUrl(server, '/reloads'), policyFor(server))).toMatchObject({ ok: true, redirects: [] });
  });
});

describe('fetchPage follows redirects', () => {
  it('through a chain of 3 hops, reporting each', async () => {
    const result = await fetchPage(newsUrl(server, '/hops/3'), policyFor(server));
    expect(result).toMatchObject({ ok: true, status: 200 });
    if (!result.ok) return;
    expect(result.redirects).toEqual([2, 1, 0].map((n) => newsUrl(server, `/hops/${n}`)));
    expect(result.url).toBe(newsUrl(server, '/hops/0'));
    expect(result.requestedUrl).toBe(newsUrl(server, '/hops/3'));
  });

  it('up to exactly 5 redirects', async () => {
    const result = await fetchPage(newsUrl(server, '/hops/5'), policyFor(server));
    expect(result.ok && result.redirects.length).toBe(5);
  });

  it('and refuses the 6th', async () => {
    const before = server.requests.length;
    const result = await fetchPage(newsUrl(server, '/hops/6'), policyFor(server));
    expect(result).toMatchObject({ ok: false, code: 'too_many_redirects', url: newsUrl(server, '/hops/0') });
    // the 6th target is refused without a request
    expect(server.requests.slice(before).map((req) => req.url)).toEqual([6, 5, 4, 3, 2, 1].map((n) => `/hops/${n}`));
  });

  it('with maxRedirects: 0, none', async () => {
    const result = await fetchPage(newsUrl(server, '/hops/1'), policyFor(server, { maxRedirects: 0 }));
    expect(result).toMatchObject({ ok: false, code: 'too_many_redirects' });
  });
});

describe('fetchPage refuses redirects', () => {
  it('in an endless loop between two pages', async () => {
    const result = await fetchPage(newsUrl(server, '/loop-a'), policyFor(server));
    expect(result).toMatchObject({ ok: false, code: 'redirect_loop' });
    if (!result.ok) expect(result.message).toMatch(/in a circle/);
  });

  it('to itself', async () => {
    expect(await fetchPage(newsUrl(server, '/self'), policyFor(server))).toMatchObject({ ok: false, code: 'redirect_loop' });
  });

  it.each([
    ['http://127.0.0.1:PORT/', /loopback/],
    ['http://169.254.169.254/latest/meta-data/', /link-local/],
    ['http://[::1]:PORT/', /loopback/],
    ['http://[::ffff:127.0.0.1]:PORT/', /IPv4-mapped form of a loopback/],
    ['http://2130706433:PORT/', /loopback/],
    ['http://10.0.0.5/', /private/],
  ])('to the refused address %s', async (target, reason) => {
    const location = target.replace('PORT', String(server.port));
    const result = await fetchPage(via(location), policyFor(server));
    expect(result).toMatchObject({ ok: false, code: 'private_address' });
    if (!result.ok) {
      expect(result.message).toMatch(reason);
      expect(result.url).toBe(new URL(location).href);
    }
  });

  it('to a name that resolves to a refused address', async () => {
    const policy = policyFor(server);
    const lookup: LookupFunction = (host, options, callback) =>
      host === 'metadata.internal' ? callback(null, '169.254.169.254', 4) : policy.lookup!(host, options, callback);
    const result = await fetchPage(via('http://metadata.internal/computeMetadata/v1/'), { ...policy, lookup });
    expect(result).toMatchObject({ ok: false, code: 'private_address' });
    if (!result.ok) expect(result.message).not.toContain('169.254');
  });

  it.each([
    ['file:///etc/passwd', 'scheme'],
    ['gopher://news.example/', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['http://user:secret@news.example/', 'bad_url'],
    ['http://[bad', 'bad_url'],
  ])('to %s', async (location, code) => {
    const result = await fetchPage(via(location), policyFor(server));
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(`${result.message} ${result.url}`).not.toContain('secret');
  });

  it('without a Location header', async () => {
    expect(await fetchPage(newsUrl(server, '/no-location'), policyFor(server))).toMatchObject({ ok: false, code: 'http_status' });
  });
});
