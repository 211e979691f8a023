/**
 * A script shell whose only visible words are its chrome — a cookie or consent banner, a menu — holds no article
 * of its own: the article it prints in `<noscript>` (or carries in its JSON data) is read, as on a shell without
 * them. Every page and sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../../src/corpus/web/dom.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { wordsBesideChrome } from '../../../src/corpus/web/no-article.js';

const PARAGRAPHS = [
  'The regional rail company will run sleeper trains on the valley line again from the spring, ten years after the last one was withdrawn.',
  'Two trains a week will leave the capital late in the evening and reach the coast early the next morning, stopping at four river towns.',
  '“Travellers have told us for years that they want a calm way to reach the coast without a car,” said the planning director, Ansel Brody.',
];
const ARTICLE = `<article><h1>Night trains return to the valley line</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
const CONSENT =
  'We and our partners store and access information on your device, such as cookies, to personalise content and ads and to measure audiences. You can change your preferences at any time.';
/** A consent banner as sites print it: a heading, the notice, a link and buttons, in boxes of no telling class. */
const BANNER = `<div class="x9f"><div><h2>We value your privacy</h2><p>${CONSENT}</p><a href="/privacy">Read our privacy policy</a></div><div><button>Accept all</button><button>Reject all</button><button>Show purposes</button></div></div>`;
const MENU =
  '<header><a href="/">The Valley Post</a><nav><ul><li><a href="/news">Local news</a></li><li><a href="/sport">Sport and results</a></li><li><a href="/weather">Weather forecast</a></li><li><a href="/travel">Travel updates</a></li><li><a href="/opinion">Opinion and letters</a></li><li><a href="/events">What is on this week</a></li></ul></nav></header>';
const shell = (outside: string, inside = ARTICLE) =>
  `<!doctype html><html lang="en"><head><title>Night trains | The Valley Post</title></head><body><div id="app"></div>${outside}<script src="/bundle.js"></script><noscript>${inside}</noscript></body></html>`;
const read = (html: string) => extractArticle(html, { url: 'https://valleypost.example/news/night-trains' });

describe('a script shell whose only words beside its <noscript> article are its chrome', () => {
  it.each([
    ['a consent banner', BANNER],
    ['a consent dialog', `<div role="dialog" aria-modal="true"><p>${CONSENT}</p><button>Agree</button></div>`],
    ['a menu', MENU],
    ['a menu and a consent banner', MENU + BANNER],
  ])('reads the article beside %s', (_, outside) => {
    const result = read(shell(outside));
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('still refuses a shell whose <noscript> only asks for JavaScript', () => {
    const result = read(shell(BANNER, '<p>Please enable JavaScript to read this site.</p>'));
    expect(result.ok).toBe(false);
  });

  it('leaves <noscript> unread when the page shows text of its own beside the banner', () => {
    const own =
      '<main><p>The valley line’s timetable changes on Sunday, with earlier first trains on weekdays and two more late services on Fridays and Saturdays in summer.</p></main>';
    const result = read(shell(BANNER + own));
    expect(result.ok ? result.text : '').not.toContain(PARAGRAPHS[0]!);
  });

  it('reads the article a shell with a consent banner carries in its JSON data', () => {
    const data = { props: { pageProps: { story: { blocks: PARAGRAPHS.map((text) => ({ type: 'paragraph', text })) } } } };
    const html = `<!doctype html><html lang="en"><head><title>Night trains | The Valley Post</title></head><body><div id="__next"></div>${BANNER}<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script><script src="/_next/main.js"></script></body></html>`;
    const result = read(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe(PARAGRAPHS.join('\n\n'));
  });
});

describe('wordsBesideChrome', () => {
  const words = (html: string) => wordsBesideChrome(parseMarkup(`<!doctype html><html><body>${html}</body></html>`).body!);

  it('leaves out menus, the site’s header and footer, controls and consent notices', () => {
    expect(words(`${MENU}${BANNER}<footer><p>© 2026 The Valley Post. All rights reserved by the publisher.</p></footer>`)).toBe(0);
  });

  it('counts an article’s own header, and words beside a notice in a box of the page', () => {
    expect(words('<article><header><h1>Night trains return</h1></header></article>')).toBe(3);
    const box = `<div>${BANNER}<p>${PARAGRAPHS[0]}</p></div>`;
    expect(words(box)).toBe(words(`<p>${PARAGRAPHS[0]}</p>`));
  });

  it('counts a paragraph naming one consent term as text', () => {
    expect(words('<p>The company keeps the privacy of its passengers.</p>')).toBe(8);
  });
});

describe('a script shell showing only its chrome, without an article in <noscript> or its data', () => {
  const reasonOf = (html: string) => {
    const result = read(html);
    if (result.ok) throw new Error(`read as an article: ${result.text.slice(0, 80)}`);
    return result.reason;
  };
  const page = (body: string, head = '') =>
    `<!doctype html><html lang="en"><head><title>Night trains | The Valley Post</title>${head}</head><body>${body}</body></html>`;
  const BUILT =
    /^the page holds no readable text beside its menus and notices \(it is built by scripts, so only a browser shows its article/;

  it.each([
    ['a consent banner beside an app’s empty mount', page(`<div id="root"></div>${BANNER}<script src="/bundle.js"></script>`)],
    [
      'a menu and a consent banner beside a custom element',
      page(`${MENU}<app-root></app-root>${BANNER}`, '<script type="module" src="/main.js"></script>'),
    ],
    [
      'a mount inside a wrapper, a spinner in it',
      page(`<div class="page"><div id="app"><div class="spinner"></div></div></div>${BANNER}<script src="/app.js"></script>`),
    ],
    [
      'a consent dialog and a <noscript> asking for JavaScript',
      page(
        `<div id="app"></div><div role="dialog"><p>${CONSENT}</p><button>Agree</button></div><script src="/app.js"></script><noscript>Please enable JavaScript.</noscript>`,
      ),
    ],
  ])('is said to be built by scripts, not a cookie notice: %s', (_, html) => {
    expect(reasonOf(html)).toMatch(BUILT);
  });

  const WALL = `<div class="consent-page"><h1>Before you continue</h1><p>${CONSENT}</p><p>Choose “Accept all” to agree to the use of cookies by us and our partners, or “Manage options” to set your preferences for each purpose.</p><form method="post" action="/consent"><div id="choices"></div><button>Accept all</button><button>Manage options</button></form></div>`;
  it.each([
    ['without scripts', page(WALL)],
    [
      'with a consent manager’s script, a tracker’s box and an ad slot',
      page(`${WALL}<div id="fb-root"></div><div id="div-gpt-ad-top"></div><script src="https://cmp.example/stub.js"></script>`),
    ],
    [
      'with an empty box inside its notice',
      page(
        `<div class="wall"><h2>Your privacy</h2><p>${CONSENT}</p><div id="vendor-list"></div><button>Accept</button></div><script src="/cmp.js"></script>`,
      ),
    ],
  ])('a consent wall the server prints keeps its cookie notice: %s', (_, html) => {
    expect(reasonOf(html)).toBe('the page shows a cookie notice instead of an article');
  });
});
