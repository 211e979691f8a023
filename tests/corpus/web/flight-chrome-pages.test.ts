/**
 * A Next.js App Router page whose markup prints only its chrome (menu, cookie notice, newsletter box, footer)
 * while its article is rendered in the browser from its flight data (`self.__next_f.push(…)`): the article is
 * read from the flight data, the page's own and not other stories' teasers; a page whose markup prints its
 * article is read from the markup as before. Every page and sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { el, pushes, row } from './flight-stream.js';

const HEADLINE = 'Tide gauge to move to the breakwater';
const PARAGRAPHS = [
  'The harbour board of Wendle agreed on Thursday to move the town’s tide gauge from the old slipway to the new breakwater.',
  'The gauge has stood on the slipway since the first survey, but silt has built up around it and its readings now run late.',
  '“A gauge that reads the tide an hour behind is worse than no gauge at all,” said harbour master Odile Frane after the vote.',
  'Fishing crews asked for the move last winter, when two boats grounded on a falling tide the gauge still showed as high.',
];
const TEASERS = [
  'The lifeboat crew of Wendle trained a new cox this spring, the first woman to hold the post in the station’s history.',
  'A storm in January tore the roof off the fish market, and traders have worked under tarpaulins for six weeks since then.',
  'Volunteers counted more seals on the sandbar this year than in any year since the counts began, the wildlife trust said.',
  'The ferry to the outer islands will run a late boat on Fridays through the summer, its operator announced this week.',
];

const modules = '1:I[801,["static/chunks/app/page.js"],"ArticleBody"]\n2:I[802,["static/chunks/app/page.js"],"StoryCard"]\n';

/** What every page of the site prints around its article: well over 20 words, none an article's. */
const HEADER = `<header><a href="/" class="logo">Wendle Post</a><nav><a href="/news">News</a><a href="/harbour">Harbour</a>
<a href="/sport">Sport</a><a href="/opinion">Opinion</a><a href="/weather">Weather</a><a href="/events">What’s on</a></nav></header>`;
const COOKIES = `<div class="cookie-banner"><p>We use cookies and similar technologies to run this site and to measure how it is used.</p>
<button>Accept all</button><button>Manage preferences</button></div>`;
const NEWSLETTER = `<aside><h3>The Harbour Letter</h3><p>Tides, boats and town news in your inbox every Monday.</p>
<form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>`;
const FOOTER = `<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/terms">Terms of use</a></li><li><a href="/advertise">Advertise with us</a></li></ul><p>© 2026 Wendle Post. All rights reserved.</p></footer>`;
const CHROME_MAIN = `<main><h1>${HEADLINE}</h1><div id="article-root"></div></main>`;
const FULL_MAIN = `<main><article><h1>${HEADLINE}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></main>`;

const page = (stream: string | null, main = CHROME_MAIN): string =>
  `<!doctype html><html lang="en"><head><title>${HEADLINE} | Wendle Post</title></head><body>${COOKIES}${HEADER}${main}${NEWSLETTER}${FOOTER}${
    stream === null ? '' : pushes(stream)
  }</body></html>`;

const URL = 'https://wendlepost.example/harbour/tide-gauge-breakwater';

/** A layout of header, the page's part and footer, as App Router renders it. */
const layout = (main: unknown): unknown =>
  el('html', {
    lang: 'en',
    children: el('body', {
      children: [el('header', { children: 'Wendle Post' }), el('main', { children: main }), el('footer', { children: '© Wendle Post' })],
    }),
  });

/** The article's data handed to a client component: its metadata naming the page, its text as blocks beside it. */
const articleBody = el('$L1', {
  article: { title: HEADLINE, slug: 'tide-gauge-breakwater', publishedAt: '$D2026-05-14T09:00:00.000Z' },
  blocks: [
    { type: 'image', caption: 'The old slipway at low water, where the gauge has stood for decades.' },
    ...PARAGRAPHS.map((text) => ({ type: 'paragraph', text })),
  ],
});
/** Other stories' cards, each handed its story's title, address and teaser. */
const dataCards = TEASERS.map((summary, i) =>
  el('$L2', { story: { title: `Story ${i + 1} of the week`, slug: `story-${i + 1}`, summary } }, String(i)),
);
/** Other stories handed to one component as a list, each with its title, address and teaser. */
const listedStories = el('$L2', {
  stories: TEASERS.map((summary, i) => ({ title: `Story ${i + 1} of the week`, url: `/news/story-${i + 1}`, summary })),
});
/** Other stories listed as items, each a linked headline and its teaser. */
const listItems = TEASERS.map((teaser, i) =>
  el('li', {
    children: [el('a', { href: `/news/story-${i + 1}`, children: el('h3', { children: `Story ${i + 1} of the week` }) }), ` ${teaser}`],
  }),
);
/** Other stories' cards rendered as elements: a linked headline and its teaser. */
const elementCards = TEASERS.map((teaser, i) =>
  el('article', {
    children: [
      el('h3', { children: el('a', { href: `/news/story-${i + 1}`, children: `Story ${i + 1} of the week` }) }),
      el('p', { children: teaser }),
    ],
  }),
);

const extract = (html: string) => extractArticle(html, { url: URL });
const textOf = (html: string): string => {
  const r = extract(html);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
};

describe('an App Router page printing only its chrome', () => {
  it('is read from its flight data: the article handed to a component beside the object naming the page', () => {
    const r = extract(page(modules + row('0', layout([articleBody, el('aside', { children: dataCards })]))));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.text).toBe(PARAGRAPHS.join('\n\n'));
      expect(r.title).toBe(HEADLINE);
      expect(r.date).toBe('2026-05-14');
    }
  });

  it('reads a body of rich-text blocks, each paragraph split into parts by its emphasis and links', () => {
    const spans = (p: string) => {
      const cut = p.indexOf(' ', 30);
      return [
        { _type: 'span', text: p.slice(0, cut), marks: [] },
        { _type: 'span', text: p.slice(cut), marks: ['em'] },
      ];
    };
    const portable = PARAGRAPHS.map((p, i) => ({ _type: 'block', _key: `k${i}`, style: 'normal', children: spans(p), markDefs: [] }));
    const contentful = {
      nodeType: 'document',
      content: PARAGRAPHS.map((p) => ({
        nodeType: 'paragraph',
        content: spans(p).map((s) => ({ nodeType: 'text', value: s.text, marks: [] })),
      })),
    };
    for (const body of [portable, contentful]) {
      const story = el('$L1', { post: { title: HEADLINE, slug: 'tide-gauge-breakwater', body } });
      expect(textOf(page(modules + row('0', layout([story, el('aside', { children: dataCards })]))))).toBe(PARAGRAPHS.join('\n\n'));
    }
  });

  it('reads the article rendered as elements when the data names no article object', () => {
    const story = el('article', { children: [el('h1', { children: HEADLINE }), ...PARAGRAPHS.map((p) => el('p', { children: p }))] });
    expect(textOf(page(modules + row('0', layout([story, el('aside', { children: elementCards })]))))).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('reads no teasers of other stories: cards handed their stories, a list of stories, linked headlines or list items', () => {
    const before = extract(page(null));
    for (const cards of [dataCards, elementCards, [listedStories], el('ul', { children: listItems })]) {
      const after = extract(page(modules + row('0', layout(el('section', { children: cards })))));
      expect(after).toEqual(before);
    }
  });

  it('reads no prose beside the page’s own named article (a featured story), only the article’s', () => {
    const featured = el('$L2', { promo: { blurbs: TEASERS } });
    const named = el('$L1', { article: { title: HEADLINE, slug: 'tide-gauge-breakwater' }, blocks: [] });
    expect(extract(page(modules + row('0', layout([named, featured]))))).toEqual(extract(page(null)));
  });
});

describe('an App Router page printing its article, or walled', () => {
  it('is read from its markup, as without flight data, when it shows a paywall', () => {
    const walled = `<main><h1>${HEADLINE}</h1><div class="paywall"><p>Subscribe to continue reading this story.</p></div></main>`;
    const stream = modules + row('0', layout(el('article', { children: PARAGRAPHS.map((p) => el('p', { children: p })) })));
    expect(extract(page(stream, walled))).toEqual(extract(page(null, walled)));
  });

  it('is read from its markup, as without flight data, though the flight data repeats the article', () => {
    const stream = modules + row('0', layout([articleBody, el('aside', { children: dataCards })]));
    const withFlight = extract(page(stream, FULL_MAIN));
    const without = extract(page(null, FULL_MAIN));
    expect(withFlight.ok && without.ok).toBe(true);
    if (withFlight.ok && without.ok) {
      expect(withFlight.text).toBe(without.text);
      expect(withFlight.title).toBe(without.title);
    }
  });

  it('is read from its markup when the markup prints the article’s prose in a box of its own', () => {
    // the prose printed in the markup, read by the markup's rules (a hidden box leaves the reading): not the flight's
    const hidden = `<main><h1>${HEADLINE}</h1><div hidden>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></main>`;
    const story = el('article', { children: PARAGRAPHS.map((p) => el('p', { children: p })) });
    const stream = modules + row('0', layout(story));
    expect(extract(page(stream, hidden))).toEqual(extract(page(null, hidden)));
  });
});
