/**
 * A page's last-change date (`article:modified_time`, JSON-LD `dateModified`) is not its publication date:
 * it dates a clock-stamped live blog's newest entry when nothing else dates the page, and never the page
 * itself. Pages written for these tests, served by a local HTTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageToDocument } from '../../../src/corpus/web/document.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { fetchPage } from '../../../src/fetch/index.js';
import { newsUrl, policyFor, startServer, type TestServer } from '../../fetch/server.js';

const post = (time: string, text: string): string => `<div class="post"><span class="post-time">${time}</span><p>${text}</p></div>`;

/** Newest first, the newest past midnight. */
const blog = (head: string): string => `<!doctype html><html><head><title>Ferry strike: live | Tidewater Post</title>
<meta property="og:site_name" content="Tidewater Post">${head}</head><body><main><h1>Ferry strike: live</h1>
<p class="dek">Crews on the island ferries walk out over night shifts, leaving hundreds of passengers waiting at both ports.</p>
${post('1:10 a.m.', 'The last stranded passengers were found beds in the school hall, the harbour office said after midnight.')}
${post('11:40 p.m.', '“We are not going back until the rota is torn up,” deckhand Mireille Sauvat said on the quay.')}
${post('9:05 p.m.', 'The evening sailing was cancelled twenty minutes before departure, with no replacement offered.')}
</main></body></html>`;

const MODIFIED = '<meta property="article:modified_time" content="2026-06-21T00:30:00Z">';

const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};
const days = (r: ReturnType<typeof read>) => r.datedParts.map((p) => [p.date, p.time]);

describe('a live blog dated only by its last change', () => {
  it('article:modified_time dates the newest entry, and is not taken for the page’s date', () => {
    const r = read(blog(MODIFIED));
    expect(days(r)).toEqual([
      ['2026-06-21', '01:10'],
      ['2026-06-20', '23:40'],
      ['2026-06-20', '21:05'],
    ]);
    expect(r.date).toBeNull();
  });

  it('JSON-LD dateModified does the same', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'LiveBlogPosting', headline: 'Ferry strike: live', dateModified: '2026-06-21T00:30:00Z' })}</script>`;
    expect(days(read(blog(ld))).map(([d]) => d)).toEqual(['2026-06-21', '2026-06-20', '2026-06-20']);
  });

  it('a published date still wins: it is the day the blog began', () => {
    const r = read(blog(`<meta property="article:published_time" content="2026-06-20T18:00:00Z">${MODIFIED}`));
    expect(r.date).toBe('2026-06-20');
    expect(days(r).map(([d]) => d)).toEqual(['2026-06-21', '2026-06-20', '2026-06-20']);
  });

  it('an article that is no live blog is not dated by its last change', () => {
    const html = `<html><head><title>Ferry crews accept new rota | Tidewater Post</title>${MODIFIED}</head><body><article><h1>Ferry crews accept new rota</h1>
<p>Island ferry crews voted to accept a new night-shift rota on Monday, ending a strike that stranded hundreds of passengers at both ports.</p>
<p>“It is not everything we asked for, but it is a start,” said deckhand Mireille Sauvat, who spoke for the crews at the talks.</p>
<p>Sailings resume on Tuesday morning, the operator said, with the first boat leaving the mainland at six.</p></article></body></html>`;
    const r = read(html);
    expect(r.date).toBeNull();
    expect(r.datedParts).toEqual([]);
  });
});

describe('a live blog dated only by article:modified_time added by its link', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(blog(MODIFIED));
    });
  });
  afterAll(() => server.close());

  it('stores each entry dated back from the last change', async () => {
    const page = await fetchPage(newsUrl(server, '/ferry-live'), policyFor(server));
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    const doc = pageToDocument('added/ferry-live', page.body, { contentType: page.contentType, url: page.url });
    if ('code' in doc) throw new Error(doc.code);
    expect(doc.meta.date).toBeNull();
    expect(doc.meta.datedParts?.map((p) => p.date)).toEqual(['2026-06-21', '2026-06-20', '2026-06-20']);
  });
});
