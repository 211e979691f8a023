/**
 * Lists of linked headlines printed with an article ("Related", "More on this story", "Most read": a date
 * or a label beside each link) are no body text, whatever the headlines' length; an article's bulleted facts
 * stay. Pages written for these tests, served by a local HTTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageToDocument } from '../../../src/corpus/web/document.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { fetchPage } from '../../../src/fetch/index.js';
import { newsUrl, policyFor, startServer, type TestServer } from '../../fetch/server.js';

const BODY = `<p>Tram drivers in Wexmoor will walk out for two days next month after talks over rosters broke down on Friday, their union said.</p>
<p>“We have asked for the same rest breaks the bus crews won last year, nothing more,” said union organiser Petra Vallin.</p>
<p>The operator said it had offered a new rota and called the strike “a needless blow to passengers who rely on us”.</p>
<p>Trams carry about forty thousand people a day across the city, according to the transport authority.</p>`;

/** The list as sites print it inside the article's box: under a heading, or under a bold line. */
const related = (heading: string, items: readonly string[], bold = false): string =>
  `${bold ? `<p><strong>${heading}</strong></p>` : `<h2>${heading}</h2>`}<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

const STORIES = [
  '<time>1 Apr</time> <a href="/a">Bus drivers vote to strike over pay after “insulting” offer from the regional operator, union says</a>',
  '<time>28 Mar</time> <a href="/b">Mayor says city “cannot afford” free fares scheme as councillors clash over the transport budget</a>',
  '<span>Analysis</span> <a href="/c">Why the tram extension is five years late and still over budget</a>',
];

const page = (extra: string): string => `<!doctype html><html><head><title>Tram drivers to strike | Wexmoor Courier</title>
<meta property="og:site_name" content="Wexmoor Courier"></head><body><article><h1>Tram drivers to strike</h1>
${BODY}${extra}</article></body></html>`;

const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('lists of linked headlines', () => {
  for (const [heading, bold] of [
    ['Related', false],
    ['More on this story', false],
    ['Most read', true],
  ] as const) {
    it(`“${heading}” with dated, long headlines leaves the body`, () => {
      const r = read(page(related(heading, STORIES, bold)));
      expect(r.text).not.toMatch(/Bus drivers|cannot afford|five years late|1 Apr/);
      expect(r.text).not.toContain(heading);
      expect(r.text).toContain('forty thousand people a day');
    });
  }

  it('an article’s bulleted facts stay, a source link in one of them too', () => {
    const facts = [
      'The strike would run from 6am on the 14th to midnight on the 15th.',
      'Night trams would not run on either day, the <a href="/op">operator</a> said.',
      'Drivers last struck in 2019, over the same rosters.',
    ];
    const r = read(page(related('What we know', facts)));
    expect(r.text).toContain('What we know');
    expect(r.text).toContain('from 6am on the 14th');
    expect(r.text).toContain('Night trams would not run');
    expect(r.text).toContain('Drivers last struck in 2019');
  });

  it('a list item that is one link among facts does not take the facts with it', () => {
    const items = ['Fares rise by 4% in May.', 'Season tickets are frozen.', '<a href="/fares">Full fares table</a>'];
    const r = read(page(related('Key points', items)));
    expect(r.text).toContain('Fares rise by 4% in May.');
    expect(r.text).toContain('Season tickets are frozen.');
  });
});

describe('an article with a related-stories list added by its link', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(related('More on this story', STORIES)));
    });
  });
  afterAll(() => server.close());

  it('stores the article without the linked headlines (no quotation of theirs reaches answers)', async () => {
    const fetched = await fetchPage(newsUrl(server, '/trams'), policyFor(server));
    expect(fetched.ok).toBe(true);
    if (!fetched.ok) return;
    const doc = pageToDocument('added/trams', fetched.body, { contentType: fetched.contentType, url: fetched.url });
    if ('code' in doc) throw new Error(doc.code);
    expect(doc.text).not.toContain('insulting');
    expect(doc.text).not.toContain('cannot afford');
    expect(doc.text).toContain('nothing more');
  });
});
