/**
 * Pages that are read, and answers that are refused by their status or content type.
 */
import type http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../src/fetch/index.js';
import { pastedLink } from '../../src/fetch/target.js';
import { fakeDns, newsUrl, policyFor, startServer, type TestServer } from './server.js';

const ARTICLE = '<html><head><title>Harbour talks</title></head><body><p>“We will keep the port open,” the mayor said.</p></body></html>';
/** "Привет" in windows-1251. */
const CP1251_BODY = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);

function send(res: http.ServerResponse, type: string | null, body: Buffer | string, extra: http.OutgoingHttpHeaders = {}): void {
  if (type !== null) res.setHeader('content-type', type);
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) res.setHeader(name, value);
  res.end(body);
}

const ROUTES: Record<string, (res: http.ServerResponse) => void> = {
  '/article': (res) => send(res, 'text/html; charset=UTF-8', ARTICLE),
  '/cp1251': (res) => send(res, 'Text/HTML; Charset=Windows-1251', CP1251_BODY),
  '/plain': (res) => send(res, 'text/plain', 'The minister said the talks would resume on Monday.\n'),
  '/markdown': (res) => send(res, 'text/markdown; charset=utf-8', '# Talks\n\nThey resume on Monday.\n'),
  '/xhtml': (res) => send(res, 'application/xhtml+xml', ARTICLE),
  '/gzip': (res) => send(res, 'text/html', zlib.gzipSync(ARTICLE), { 'content-encoding': 'gzip' }),
  '/deflate': (res) => send(res, 'text/html', zlib.deflateSync(ARTICLE), { 'content-encoding': 'deflate' }),
  '/raw-deflate': (res) => send(res, 'text/html', zlib.deflateRawSync(ARTICLE), { 'content-encoding': 'deflate' }),
  '/damaged-deflate': (res) => send(res, 'text/html', Buffer.from('not deflate either'), { 'content-encoding': 'deflate' }),
  '/empty-deflate': (res) => send(res, 'text/html', Buffer.alloc(0), { 'content-encoding': 'deflate' }),
  '/brotli': (res) => send(res, 'text/html', zlib.brotliCompressSync(ARTICLE), { 'content-encoding': 'br' }),
  '/double': (res) => send(res, 'text/html', zlib.brotliCompressSync(zlib.gzipSync(ARTICLE)), { 'content-encoding': 'gzip, br' }),
  '/damaged-gzip': (res) => send(res, 'text/html', Buffer.from('this is not gzip at all'), { 'content-encoding': 'gzip' }),
  '/zstd': (res) => send(res, 'text/html', Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), { 'content-encoding': 'zstd' }),
  '/pdf': (res) => send(res, 'application/pdf', '%PDF-1.7\n'),
  '/image': (res) => send(res, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  '/json': (res) => send(res, 'application/json', '{}'),
  '/rss': (res) => send(res, 'application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'),
  '/sitemap': (res) => send(res, 'application/xml', '<?xml version="1.0"?><urlset></urlset>'),
  '/untyped': (res) => send(res, null, ARTICLE),
  '/missing': (res) => {
    res.statusCode = 404;
    send(res, 'text/html', 'gone');
  },
  '/broken': (res) => {
    res.statusCode = 500;
    send(res, 'text/html', 'oops');
  },
  '/busy': (res) => {
    res.statusCode = 429;
    send(res, 'text/html', 'slow down', { 'retry-after': '120' });
  },
  '/forbidden': (res) => {
    res.statusCode = 403;
    send(res, 'text/html', 'no bots');
  },
  '/cut': (res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
    res.write('<html>only part of it');
    setTimeout(() => res.socket?.destroy(), 20);
  },
};

let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => (ROUTES[req.url ?? ''] ?? ROUTES['/missing']!)(res));
});
afterAll(() => server.close());

describe('fetchPage reads', () => {
  it('a normal HTML page, with the status, media type, charset and the final URL', async () => {
    const result = await fetchPage(newsUrl(server, '/article#comments'), policyFor(server));
    expect(result).toMatchObject({ ok: true, status: 200, contentType: 'text/html', charset: 'utf-8', redirects: [] });
    if (!result.ok) return;
    expect(result.body.toString('utf8')).toBe(ARTICLE);
    expect(result.url).toBe(newsUrl(server, '/article'));
    expect(result.requestedUrl).toBe(result.url);
  });

  it('a windows-1251 page as bytes, with its charset from the header', async () => {
    const result = await fetchPage(newsUrl(server, '/cp1251'), policyFor(server));
    expect(result).toMatchObject({ ok: true, contentType: 'text/html', charset: 'windows-1251' });
    if (result.ok) expect(result.body.equals(CP1251_BODY)).toBe(true);
  });

  it.each([
    ['/plain', 'text/plain'],
    ['/markdown', 'text/markdown'],
    ['/xhtml', 'application/xhtml+xml'],
  ])('the text page %s', async (path, type) => {
    const result = await fetchPage(newsUrl(server, path), policyFor(server));
    expect(result).toMatchObject({ ok: true, contentType: type });
  });

  it.each(['/gzip', '/deflate', '/raw-deflate', '/brotli', '/double'])('the compressed page %s, decompressed', async (path) => {
    const result = await fetchPage(newsUrl(server, path), policyFor(server));
    expect(result.ok && result.body.toString('utf8')).toBe(ARTICLE);
  });

  it('sends a User-Agent naming the bot and an Accept header for HTML', async () => {
    await fetchPage(newsUrl(server, '/article'), policyFor(server));
    const headers = server.requests.at(-1)!.headers;
    expect(headers['user-agent']).toMatch(/^quotetrail\/0\.1 \(/);
    expect(headers.accept).toMatch(/^text\/html/);
    expect(headers['accept-encoding']).toContain('gzip');
    expect(headers.host).toBe(`news.example:${server.port}`);
  });
});

describe('fetchPage refuses', () => {
  it.each([
    ['/pdf', /a PDF document/],
    ['/image', /an image \(image\/png\)/],
    ['/json', /application\/json/],
    [
      '/rss',
      /^The link is a news feed \(application\/rss\+xml\), a list of articles, not an article; add the link of each article you want instead\.$/,
    ],
    [
      '/sitemap',
      /^The link is an XML file \(application\/xml\), not a web page: if it is a news feed or a sitemap, add the link of each article/,
    ],
    ['/untyped', /did not say what kind/],
  ])('the content type of %s', async (path, message) => {
    const result = await fetchPage(newsUrl(server, path), policyFor(server));
    expect(result).toMatchObject({ ok: false, code: 'content_type' });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('a PDF with allowPrivate too: only the address check is lifted', async () => {
    const result = await fetchPage(`${server.origin}/pdf`, { ...policyFor(server), allowPrivate: true });
    expect(result).toMatchObject({ ok: false, code: 'content_type' });
  });

  it.each([
    ['/missing', /404 Not Found/],
    ['/broken', /500 Internal Server Error/],
  ])('the status of %s', async (path, message) => {
    const result = await fetchPage(newsUrl(server, path), policyFor(server));
    expect(result).toMatchObject({ ok: false, code: 'http_status' });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it.each([
    ['/missing', 'The site answered 404 Not Found instead of the page. Check that the link is complete and still works in a browser.'],
    ['/busy', 'The site answered 429 Too Many Requests instead of the page. It is turning requests away for now; try again in 2 minutes.'],
    [
      '/forbidden',
      'The site answered 403 Forbidden instead of the page. It does not let the bot read this page; save the page (or its text) and attach the file instead.',
    ],
    ['/broken', 'The site answered 500 Internal Server Error instead of the page. The problem is on the site’s side; try again later.'],
  ])('the status of %s says what the moderator can do', async (path, message) => {
    expect(await fetchPage(newsUrl(server, path), policyFor(server))).toMatchObject({ ok: false, message });
  });

  it('names an internationalised site in its own letters, not in its xn-- form', async () => {
    const result = await fetchPage(`http://bücher.example:${server.port}/article`, policyFor(server));
    expect(result).toMatchObject({ ok: false, code: 'dns', message: 'The site name bücher.example could not be found.' });
    const lookup = fakeDns({ 'xn--bcher-kva.example': '10.0.0.7' });
    const inside = await fetchPage('http://bücher.example/', { ...policyFor(server), lookup });
    expect(inside).toMatchObject({ ok: false, code: 'private_address' });
    if (!inside.ok) expect(inside.message).toMatch(/^bücher\.example resolves to /);
  });

  it('a link pasted in <…> (Discord without preview), in backticks or in quotation marks', async () => {
    for (const pasted of [`<${newsUrl(server, '/article')}>`, `\`${newsUrl(server, '/article')}\``, ` "${newsUrl(server, '/article')}" `]) {
      expect(await fetchPage(pasted, policyFor(server)), pasted).toMatchObject({ ok: true, url: newsUrl(server, '/article') });
    }
  });

  it('a link pasted without its scheme, as https', () => {
    expect(pastedLink('news.example/story?id=4')).toBe('https://news.example/story?id=4');
    expect(pastedLink('www.bücher.example')).toBe('https://www.bücher.example');
    expect(pastedLink('<news.example:8443/a>')).toBe('https://news.example:8443/a');
    for (const other of ['not a link', 'javascript:alert(1)', 'ftp://news.example/a', '<>']) expect(pastedLink(other)).toBe(other);
  });

  it('a damaged gzip or deflate body and an unknown compression', async () => {
    const damaged = await fetchPage(newsUrl(server, '/damaged-gzip'), policyFor(server));
    expect(damaged).toMatchObject({ ok: false, code: 'decompression' });
    expect(await fetchPage(newsUrl(server, '/damaged-deflate'), policyFor(server))).toMatchObject({ ok: false, code: 'decompression' });
    expect(await fetchPage(newsUrl(server, '/empty-deflate'), policyFor(server))).toMatchObject({ ok: false, code: 'decompression' });
    const zstd = await fetchPage(newsUrl(server, '/zstd'), policyFor(server));
    expect(zstd).toMatchObject({ ok: false, code: 'decompression' });
    if (!zstd.ok) expect(zstd.message).toContain('"zstd"');
  });

  it('a body cut short by the server', async () => {
    const result = await fetchPage(newsUrl(server, '/cut'), policyFor(server));
    expect(result).toMatchObject({ ok: false, code: 'network' });
    if (!result.ok) expect(result.message).toMatch(/broke before the whole page arrived/);
  });
});
