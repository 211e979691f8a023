/**
 * A newsletter's sign-up box inside the article — its title, its pitch, an email field, a button and the fine
 * print — leaves the body whatever its class is called; the article's own sentences about newsletters and
 * email stay. Pages written for these tests, served by a local HTTP server and read as `/add` reads them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageToDocument } from '../../../src/corpus/web/document.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { fetchPage } from '../../../src/fetch/index.js';
import { newsUrl, policyFor, startServer, type TestServer } from '../../fetch/server.js';

const BODY = [
  'Ferry fares between Kestrel Bay and the outer islands will rise by nine percent from April, the operator announced on Monday.',
  '“We have held prices for three winters while fuel doubled,” said operations director Malin Ferro. “That could not go on.”',
  'Island councillors said the rise would hit commuters hardest, since most of them cross twice a day on the early boats.',
  '“People out here have no second road,” councillor Teodor Lind said. “The boat is the road.”',
  'The operator said it would email season ticket holders about concession fares, which stay frozen until the end of the year.',
];

const page = (box: string): string => `<!doctype html><html><head><title>Ferry fares to rise in spring | Kestrel Bay Courier</title>
<meta property="og:site_name" content="Kestrel Bay Courier"><meta property="article:published_time" content="2026-03-02T08:00:00Z"></head>
<body><main><article><h1>Ferry fares to rise in spring</h1><div class="article-body">
<p>${BODY[0]}</p><p>${BODY[1]}</p>${box}<p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p>
</div></article></main></body></html>`;

/** The box as a site's template prints it: nothing in its class says "newsletter". */
const INLINE_BOX = `<div class="inline-box"><h3>The Morning Tide</h3><p>Get the morning briefing in your inbox every weekday.</p>
<form action="/nl"><input type="email" placeholder="Your email"><button>Subscribe</button></form>
<p>By signing up you agree to our terms.</p></div>`;
/** A script-built form without a `<form>`: the field is named for what it asks. */
const SCRIPT_BOX = `<section class="c-cta"><p class="c-cta__title">Island Weekly</p><p>Ferry times, fares and island news every Friday.</p>
<div><input name="subscriberEmail" placeholder="name@example.com"><a class="c-cta__go" href="#">Go</a></div></section>`;

const text = (html: string): string => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
};

describe('a sign-up box in the article', () => {
  it('leaves the body with its title, pitch and fine print', () => {
    expect(text(page(INLINE_BOX))).toBe(BODY.join('\n\n'));
    expect(text(page(SCRIPT_BOX))).toBe(BODY.join('\n\n'));
  });

  it('an article whose whole page sits in one form (ASP.NET) keeps its body', () => {
    const html = page(INLINE_BOX)
      .replace('<body>', '<body><form id="aspnetForm" action="/page.aspx">')
      .replace('</body>', '</form></body>');
    expect(text(html)).toBe(BODY.join('\n\n'));
  });
});

describe('a page with a sign-up box added by its link', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(INLINE_BOX));
    });
  });
  afterAll(() => server.close());

  it('stores the article without the box', async () => {
    const got = await fetchPage(newsUrl(server, '/ferry-fares'), policyFor(server));
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    const doc = pageToDocument('added/ferry-fares', got.body, { contentType: got.contentType, url: got.url });
    if ('code' in doc) throw new Error(doc.code);
    expect(doc.text).not.toMatch(/Morning Tide|signing up|inbox/);
    expect(doc.text).toContain('The boat is the road.');
  });
});
