/**
 * Links pointing into the page itself (a live blog's entry headings linking to their own entries, `#entry-2`, the
 * page's address with a fragment, a permalink on the page's own path, `?entry=2`) are the page's own, not other
 * stories: a live blog whose headings are such links is read whole, while a page of headlines linking to other
 * articles is still refused and a related-stories list still leaves the text. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { pointsIntoPage } from '../../../src/corpus/web/own-links.js';

const PAGE_URL = 'https://tidewater.example/live/harbour-strike';

/** Four entries, each a heading, a sentence and a quotation of its own. */
const ENTRIES = [
  {
    heading: 'Dock workers gather at the north gate',
    text: 'Several hundred dock workers gathered at the north gate before dawn, carrying banners and flasks of tea.',
    quote: '“We are not leaving until the port authority sits down with us,” said union steward Marit Olsund.',
  },
  {
    heading: 'Port authority calls for calm',
    text: 'The port authority said that cargo would be diverted to the southern terminal for the rest of the week.',
    quote: '“Nobody gains from a long stoppage, and our door remains open,” said authority chair Edvin Roaldsen.',
  },
  {
    heading: 'Ferry passengers face long queues',
    text: 'Passengers for the morning ferries waited more than two hours as checks moved to a single lane.',
    quote: '“I brought my lunch because I expected the worst,” said commuter Hedda Lunde, laughing.',
  },
  {
    heading: 'Talks set for Thursday afternoon',
    text: 'Both sides agreed late in the evening to meet at the town hall on Thursday with a mediator present.',
    quote: '“It is a first step, but only a first step,” said mediator Sigrun Havik after the call ended.',
  },
];

/** Two more entries, so the headings alone pass the count of an index page's linked headlines. */
const MORE_ENTRIES = [
  {
    heading: 'Union votes to pause the picket overnight',
    text: 'Members voted by a show of hands to leave a small watch at the gate while the others went home.',
    quote: '“We will be back at six, rested and louder,” said organiser Torvald Nesse.',
  },
  {
    heading: 'Fishing boats allowed through the blockade',
    text: 'Strikers opened a channel for the local fishing fleet after a short meeting with the skippers.',
    quote: '“They are our neighbours, this was never about them,” said steward Marit Olsund.',
  },
];

/** A live blog whose entry headings link to `href(i)`. */
const liveBlog = (
  href: (i: number) => string,
  entries = ENTRIES,
): string => `<!doctype html><html><head><title>Harbour strike live | Tidewater News</title></head>
<body><main><article><h1>Harbour strike live</h1><div class="live-blog">
${entries
  .map(
    (e, i) =>
      `<div class="entry" id="entry-${i + 1}"><h2><a href="${href(i + 1)}">${e.heading}</a></h2><p>${e.text}</p><p>${e.quote}</p></div>`,
  )
  .join('\n')}
</div></article></main></body></html>`;

describe('links pointing into the page', () => {
  it.each([
    ['a fragment', (i: number) => `#entry-${i}`, undefined],
    ['the page’s address with a fragment', (i: number) => `${PAGE_URL}#entry-${i}`, PAGE_URL],
    ['an entry’s permalink on the page’s path', (i: number) => `/live/harbour-strike?entry=${i}`, PAGE_URL],
    ['a path with a fragment', (i: number) => `/live/harbour-strike#post-${i}`, PAGE_URL],
  ])('a live blog whose entry headings link to %s is read whole', (_name, href, url) => {
    const r = extractArticle(liveBlog(href), { url });
    if (!r.ok) throw new Error(r.reason);
    for (const e of ENTRIES) {
      expect(r.text).toContain(e.heading);
      expect(r.text).toContain(e.text);
      expect(r.text).toContain(e.quote);
    }
  });
});

describe('links pointing into the page beside links to other pages', () => {
  it('six entries with anchor-linked headings are no index page of linked headlines', () => {
    const entries = [...ENTRIES, ...MORE_ENTRIES];
    const r = extractArticle(liveBlog((i) => `#entry-${i}`, entries));
    if (!r.ok) throw new Error(r.reason);
    for (const e of entries) expect(r.text).toContain(e.quote);
  });

  it('a page of headlines linking to other articles is still refused', () => {
    const headlines = [...ENTRIES, ...MORE_ENTRIES].map((e, i) => `<h2><a href="/news/story-${i + 1}">${e.heading}</a></h2>`);
    const html = `<!doctype html><html><head><title>Latest | Tidewater News</title></head><body><main>${headlines.join('')}</main></body></html>`;
    const r = extractArticle(html, { url: 'https://tidewater.example/latest' });
    expect(r.ok).toBe(false);
  });

  it('a related-stories list linking to other articles still leaves the live blog', () => {
    const related = `<div class="related"><h2>Related stories</h2><ul>${MORE_ENTRIES.map(
      (e, i) => `<li><h3><a href="/news/other-${i}">${e.heading}</a></h3></li>`,
    ).join('')}</ul></div>`;
    const html = liveBlog((i) => `#entry-${i}`).replace('</article>', `</article>${related}`);
    const r = extractArticle(html, { url: PAGE_URL });
    if (!r.ok) throw new Error(r.reason);
    expect(r.text).toContain(ENTRIES[3]!.quote);
    for (const e of MORE_ENTRIES) expect(r.text).not.toContain(e.heading);
  });

  it.each([
    ['#entry-2', true],
    ['https://tidewater.example/live/harbour-strike#entry-2', true],
    ['/live/harbour-strike/#post-2', true],
    ['/live/harbour-strike?entry=2', true],
    ['/live/harbour-strike', false],
    ['#', false],
    ['/news/other-story', false],
    ['https://elsewhere.example/live/harbour-strike#entry-2', false],
  ])('%s points into the page: %s', (href, into) => {
    expect(pointsIntoPage(href, [PAGE_URL])).toBe(into);
  });

  it('a query naming another page on the same path is another page', () => {
    expect(pointsIntoPage('/story.php?id=12', ['https://old.example/story.php?id=11'])).toBe(false);
    expect(pointsIntoPage('/story.php?id=11&entry=3', ['https://old.example/story.php?id=11'])).toBe(true);
    // a section serving its stories by a query on its own path: those are other stories
    expect(pointsIntoPage('/news?story=12', ['https://old.example/news'])).toBe(false);
    // a front page's own path with a query is another page
    expect(pointsIntoPage('/?p=12', ['https://old.example/'])).toBe(false);
    // without the page's address only a fragment is told
    expect(pointsIntoPage('/live/harbour-strike?entry=2')).toBe(false);
  });
});
