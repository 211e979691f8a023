/**
 * The whole path of a link added by a moderator, against a local server: the fetcher's bytes and type, then the
 * corpus's reading of them (pageToDocument), as the library does it. Quotation marks must survive the charset,
 * the compression and the redirect; a file that is no text must be named whatever type it was served with.
 */
import type http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageToDocument } from '../../src/corpus/web/document.js';
import { fetchPage } from '../../src/fetch/index.js';
import { encodeLegacy } from '../corpus/web/encode.js';
import { newsUrl, policyFor, startServer, type TestServer } from './server.js';

const PARAGRAPHS = [
  'The ferry company will run a night crossing to the outer islands from May, its director said on Thursday.',
  '“Islanders who work late have had no way home for a decade — that ends this spring,” said director Sanna Holt.',
  'The crossing will leave the mainland pier at half past eleven and return at dawn, six nights a week until the end of September.',
  'The island councils will pay a third of the cost of the extra crew for the first two years, the company said in a statement.',
];
const PAGE = `<!doctype html><html lang="en"><head><title>Night ferry to the islands | Skerry Post</title>
<link rel="canonical" href="https://skerrypost.example/news/night-ferry">
<meta property="article:published_time" content="2026-03-12T08:00:00Z"></head>
<body><header><a href="/">Skerry Post</a></header><article><h1>Night ferry to the islands</h1><p class="byline">By Lena Brisk</p>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>© 2026 Skerry Post</footer></body></html>`;
const PDF = Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n${'BT (Night ferry) Tj ET\n'.repeat(40)}%%EOF\n`, 'latin1');

function send(res: http.ServerResponse, type: string, body: Buffer | Uint8Array | string, extra: http.OutgoingHttpHeaders = {}): void {
  res.setHeader('content-type', type);
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) res.setHeader(name, value);
  res.end(body);
}

const ROUTES: Record<string, (res: http.ServerResponse) => void> = {
  '/s/ferry': (res) => {
    res.statusCode = 301;
    res.setHeader('location', '/news/night-ferry?utm_source=share');
    res.end();
  },
  '/news/night-ferry?utm_source=share': (res) =>
    send(res, 'text/html; charset=windows-1252', zlib.gzipSync(encodeLegacy(PAGE, 'windows-1252')), { 'content-encoding': 'gzip' }),
  '/meta-charset': (res) =>
    send(res, 'text/html', encodeLegacy(PAGE.replace('<head>', '<head><meta charset="windows-1252">'), 'windows-1252')),
  '/plain': (res) => send(res, 'text/plain; charset=utf-8', `Night ferry to the islands\n\n${PARAGRAPHS.join('\n\n')}\n`),
  '/report.html': (res) => send(res, 'text/html', PDF),
  '/private-hop': (res) => {
    res.statusCode = 302;
    res.setHeader('location', 'http://10.0.0.7/news/night-ferry');
    res.end();
  },
};

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    const route = ROUTES[req.url ?? ''];
    if (route) return route(res);
    res.statusCode = 404;
    res.end('gone');
  });
});
afterAll(() => server.close());

/** Fetches `path` and reads it as the library reads an added link. */
async function add(path: string) {
  const page = await fetchPage(newsUrl(server, path), policyFor(server));
  if (!page.ok) return page;
  return pageToDocument('added/new', page.body, {
    contentType: page.contentType + (page.charset ? `; charset=${page.charset}` : ''),
    url: page.url,
  });
}

describe('a link added from Discord, fetched and read', () => {
  it('through a short link to a gzipped windows-1252 page: the article with its quotation marks, title, outlet, date, author', async () => {
    const doc = await add('/s/ferry');
    if (!('text' in doc)) throw new Error(JSON.stringify(doc));
    expect(doc.text.split('\n\n')).toEqual(PARAGRAPHS);
    expect(doc.meta).toMatchObject({
      title: 'Night ferry to the islands',
      outlet: 'Skerry Post',
      date: '2026-03-12',
      author: 'Lena Brisk',
      url: 'https://skerrypost.example/news/night-ferry',
    });
  });

  it('a page whose charset only its <meta> names', async () => {
    const doc = await add('/meta-charset');
    expect('text' in doc && doc.text.split('\n\n')[1]).toBe(PARAGRAPHS[1]);
  });

  it('a plain text page, its paragraphs and quotation kept', async () => {
    const doc = await add('/plain');
    expect('text' in doc && doc.text).toContain(PARAGRAPHS[1]);
  });

  it('a PDF served as text/html is refused as a PDF, not as a page without an article', async () => {
    expect(await add('/report.html')).toMatchObject({ code: 'binary', message: expect.stringContaining('a PDF document') });
  });

  it('a redirect to a private address is refused before anything is read there', async () => {
    expect(await add('/private-hop')).toMatchObject({ ok: false, code: 'private_address' });
  });
});
