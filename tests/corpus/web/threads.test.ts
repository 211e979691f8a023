/**
 * A reader thread under the article — names, comments quoting the article, "2 hours ago" beside each —
 * leaves the body whatever its box and heading are called; a live blog whose entries are stamped the same way
 * keeps its entries. Pages written for these tests, served by a local HTTP server and read as `/add` reads them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageToDocument } from '../../../src/corpus/web/document.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { fetchPage } from '../../../src/fetch/index.js';
import { newsUrl, policyFor, startServer, type TestServer } from '../../fetch/server.js';

const BODY = [
  'Three of Fenwick’s five library branches will close on Mondays from March, the city said on Tuesday, to save about ninety thousand a year.',
  '“We looked at every other line first,” said city librarian Agnes Moor. “Monday is our quietest day, but quiet is not empty.”',
  'The branches in Eastgate, Millbrook and the harbour will keep their Saturday hours, and the main library is not affected.',
  'Parents’ groups said they would petition the council to restore the hours before the budget is signed in April.',
];
const reply = (name: string, text: string, when: string): string =>
  `<div class="reply"><p class="name">${name}</p><p>${text}</p><p class="when">${when}</p></div>`;
const THREAD = `<div class="thread"><h3>Conversation</h3>
${reply('Rosa T.', '“Quiet is not empty” — exactly right. My kids do homework there every Monday.', '2 hours ago')}
${reply('Gil', 'Close the main branch one day instead, it has four times the staff.', '1 hour ago')}
${reply('agnes fan', 'The librarian said it best: “we looked at every other line first.” I believe her.', '45 minutes ago')}</div>`;

const PAGE = `<!doctype html><html><head><title>Library hours cut in three branches | Fenwick Post</title>
<meta property="article:published_time" content="2026-02-10T09:00:00Z"></head><body><div class="wrap"><div class="post">
<h1>Library hours cut in three branches</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}
${THREAD}</div></div></body></html>`;

/** A live blog whose every entry is stamped "N minutes ago": its entries are the article. */
const LIVE = `<!doctype html><html><head><title>Library vote: live | Fenwick Post</title></head><body><main>
<h1>Library vote: live</h1><div class="stream">${BODY.map(
  (p, i) => `<div class="update"><span class="ago">${10 * (i + 1)} minutes ago</span><p>${p}</p></div>`,
).join('')}</div></main></body></html>`;

const text = (html: string): string => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
};

describe('a reader thread stamped "2 hours ago"', () => {
  it('leaves the body with its heading, names and comments', () => {
    expect(text(PAGE)).toBe(BODY.join('\n\n'));
  });

  it('a live blog stamped the same way keeps its entries', () => {
    expect(text(LIVE)).toBe(BODY.join('\n\n'));
  });
});

describe('a page with a reader thread added by its link', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    });
  });
  afterAll(() => server.close());

  it('stores the article without the readers’ words', async () => {
    const got = await fetchPage(newsUrl(server, '/library-hours'), policyFor(server));
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    const doc = pageToDocument('added/library-hours', got.body, { contentType: got.contentType, url: got.url });
    if ('code' in doc) throw new Error(doc.code);
    expect(doc.text).not.toMatch(/Rosa|homework|I believe her|Conversation/);
  });
});
