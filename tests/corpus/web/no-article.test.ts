import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { HARBOUR } from './pages/articles.js';
import { articleWithLoginForm, cookieWall, indexPage, loginWall, paywallStub, scriptOnly, shortBrief } from './pages/walls.js';

const reasonOf = (html: string): string => {
  const result = extractArticle(html);
  if (result.ok) throw new Error(`an article was found: ${result.text.slice(0, 80)}`);
  expect(result.code).toBe('no_article');
  return result.reason;
};

describe('pages without an article', () => {
  it.each([
    ['a paywall stub', paywallStub, /^the page shows only \d+ words of the article; the rest is behind a paywall$/],
    ['a login wall', loginWall, /^the page asks to log in and shows only \d+ words of text$/],
    [
      'a script-only page',
      scriptOnly,
      /^the page holds no readable text \(it is built by scripts, so only a browser shows its article: open it in a browser, save it and attach the file\)$/,
    ],
    ['a cookie wall', cookieWall, /^the page shows a cookie notice instead of an article$/],
    ['an index page of links', indexPage, /^the page is a list of \d+ linked headlines, not an article$/],
  ])('%s is no_article, with one sentence saying why', (_name, page, reason) => {
    expect(reasonOf(page())).toMatch(reason);
  });

  it('an empty page and a page of menus are no_article', () => {
    expect(reasonOf('')).toBe('the page holds no text that reads as an article');
    expect(reasonOf('<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>')).toMatch(
      /too few for an article/,
    );
  });

  it('a short brief among heavy chrome and an article on a site with a login form are articles', () => {
    for (const html of [shortBrief(), articleWithLoginForm()]) {
      const result = extractArticle(html);
      expect(result.ok).toBe(true);
    }
  });

  it('a script-built page whose article is declared in JSON-LD (articleBody) is that article', () => {
    const paragraphs = [
      'The tram depot on Quayside will become a covered market, the city council decided on Thursday after two years of argument over its future.',
      '“Nobody wanted another car park on the river,” said councillor Ines Marlow, who led the campaign to keep the building.',
      'Work on the roof starts in March, and the first stalls should open before the summer, according to the city’s own timetable.',
    ];
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Old tram depot to become covered market',
      datePublished: '2026-10-02T08:00:00Z',
      publisher: { '@type': 'Organization', name: 'Quayside Herald' },
      articleBody: paragraphs.join('\n\n'),
    };
    const html = `<!DOCTYPE html><html><head><title>Loading…</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head>
<body><div id="root"></div><script src="/static/app.js"></script><noscript>Please enable JavaScript.</noscript></body></html>`;
    const result = extractArticle(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe(paragraphs.join('\n\n'));
    expect(result).toMatchObject({ title: 'Old tram depot to become covered market', outlet: 'Quayside Herald', date: '2026-10-02' });
    expect(reasonOf(scriptOnly())).toMatch(/built by scripts/);
  });
});

describe('walls served as ordinary pages (status 200)', () => {
  const headline = 'Ferry operator adds night crossings to the island route';
  const head = `<head><meta charset="utf-8"><title>${headline} | The Island Courier</title><meta property="og:site_name" content="The Island Courier"></head>`;

  it('a consent wall of 150 words and more, minified, is refused as a cookie notice, not stored under the headline', () => {
    const notice = [
      'We and our 842 partners store and access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.',
      'With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our 842 partners’ processing as described above, or change your preferences before consenting.',
      'Some processing of your personal data may not require your consent, but you have a right to object to such processing. You can change your preferences or withdraw your consent at any time from the privacy link at the bottom of every page.',
    ];
    const html = `<!doctype html><html lang="en">${head}<body><div id="consent"><h1>We value your privacy</h1>${notice.map((p) => `<p>${p}</p>`).join('')}<button>Accept all</button><button>Manage options</button></div></body></html>`;
    expect(reasonOf(html)).toBe('the page shows a cookie notice instead of an article');
  });

  it('a check that the visitor is a person is refused as that, not as a cookie notice', () => {
    const checks = [
      '<html><head><title>Just a moment...</title></head><body><h1>Checking your browser before accessing lornhaven.example</h1><p>Please enable JavaScript and cookies to continue.</p><p>Ray ID: 7a1b2c3d</p></body></html>',
      '<html><head><title>Lornhaven Courier</title></head><body><div class="box"><p>Please verify you are human by completing the action below.</p><button>Press &amp; Hold</button></div></body></html>',
    ];
    for (const page of checks)
      expect(reasonOf(page)).toMatch(/^the site showed a check that the visitor is a person \(“[^”]+”\) instead of the page/);
  });

  it('an article about such checks is still an article', () => {
    const check = 'Readers who saw “Verify you are human” on the ticket site were told the check would go in May.';
    const r = extractArticle(
      `<html><head><title>Pier opens</title></head><body><article><h1>Pier opens</h1><p>${[check, ...HARBOUR.paragraphs].join('</p><p>')}</p></article></body></html>`,
    );
    expect(r.ok).toBe(true);
  });

  it('an article that reports on cookie rules is still an article', () => {
    const ps = [
      'The data regulator fined three shopping sites on Monday for setting advertising cookies before visitors had given their consent, the first such fines in the country.',
      '“A banner that hides the refuse button is not a choice,” said the regulator’s director, Anneli Rautio, at a press conference in the capital.',
      'The sites have two months to change their consent banners. One of them said it would appeal, arguing that its partners had written the banner and that the privacy rules were unclear.',
      'Consumer groups welcomed the fines but said the amounts, between 40,000 and 90,000 euros, were small next to the sites’ yearly sales.',
    ];
    const result = extractArticle(
      `<!doctype html><html lang="en">${head}<body><article><h1>Regulator fines shops over cookies</h1>${ps.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    expect(result.ok).toBe(true);
  });

  it('a registration wall in minified markup ("Create a free account to keep reading") is refused as one', () => {
    const html = `<!doctype html><html lang="en">${head}<body><nav><a href="/">Home</a><a href="/news">News</a></nav><main><h1>${headline}</h1><div class="gate"><h2>Create a free account to keep reading</h2><p>You have read all of your free stories this month. Register with your email address to read up to ten stories every month, get our daily briefing and comment on articles.</p><p>Registration takes less than a minute and we will never share your address with anyone.</p><a href="/register">Register for free</a><p>Already registered? <a href="/login">Sign in</a></p></div></main></body></html>`;
    expect(reasonOf(html)).toMatch(/^the page asks to log in or register and shows only \d+ words of text$/);
    // The same notice without registration words keeps the log-in sentence.
    expect(reasonOf(html.replace('Create a free account to keep reading', 'Sign in to continue').replace(/Regist\w+/g, 'Join'))).toMatch(
      /^the page asks to log in and shows only/,
    );
  });
});

describe('feeds and sitemaps served as web pages', () => {
  const item = (title: string, link: string, text: string) =>
    `<item><title>${title}</title><link>${link}</link><description>${text}</description><pubDate>Tue, 24 Nov 2026 09:30:00 GMT</pubDate></item>`;
  const rss = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- generated -->\n<rss version="2.0"><channel><title>The Island Courier</title><link>https://courier.example/</link>${item(
    'Ferry adds night crossings',
    'https://courier.example/ferry',
    'The operator of the Kestrel Sound ferry will run two extra crossings after dark from next month, answering a petition signed by four thousand residents.',
  )}${item(
    'Council delays library vote',
    'https://courier.example/library',
    'The city council postponed a vote on closing the riverside library branch after more than two hundred people crowded into the chamber to oppose it.',
  )}</channel></rss>`;

  it.each([
    ['an RSS feed', rss, 'it is an RSS news feed, a list of articles that are added one by one by their own links'],
    [
      'an Atom feed',
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title></feed>',
      'it is an Atom news feed, a list of articles that are added one by one by their own links',
    ],
    [
      'a sitemap',
      '\uFEFF<?xml version="1.0"?><urlset><url><loc>https://courier.example/ferry</loc></url></urlset>',
      'it is a sitemap, a list of articles that are added one by one by their own links',
    ],
  ])('%s is refused with what it is, not read as one run-on paragraph', (_name, xml, reason) => {
    expect(reasonOf(xml)).toBe(reason);
  });

  it('a page that merely mentions <rss> in its text is read as usual', () => {
    expect(extractArticle(`<!doctype html><html><body><p>&lt;rss&gt; ${'word '.repeat(80)}</p></body></html>`).ok).toBe(true);
  });
});

describe('a script-built page that prints its article in <noscript>', () => {
  const paragraphs = [
    'The operator of the Kestrel Sound ferry will run two extra crossings after dark from next month, answering a petition signed by four thousand islanders.',
    '“We heard the islanders loud and clear, and the night boats are our answer,” said Petra Hallvik, the operator’s chief executive.',
    'The new sailings leave the mainland pier late in the evening and return before two in the morning, at daytime fares for six months.',
  ];
  const shell = (inside: string) =>
    `<!doctype html><html lang="en"><head><title>Night ferries | The Island Courier</title><noscript><style>.app{display:none}</style></noscript></head><body><div id="app"></div><script src="/bundle.js"></script><noscript>${inside}</noscript><noscript><img src="/pixel.gif"></noscript></body></html>`;

  it('is that article, read as a reader without scripts sees it', () => {
    const result = extractArticle(shell(`<article><h1>Night ferries</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`));
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe(paragraphs.join('\n\n'));
  });

  it('a shell whose <noscript> only asks for JavaScript stays refused', () => {
    expect(reasonOf(shell('<p>Please enable JavaScript to read this site.</p>'))).toMatch(/built by scripts/);
  });
});

describe('a script-built page that carries its article in JSON data (__NEXT_DATA__, window.__INITIAL_STATE__)', () => {
  const paragraphs = [
    'The operator of the Kestrel Sound ferry will run two extra crossings after dark from next month, answering a petition signed by four thousand islanders.',
    '“We heard the islanders loud and clear, and the night boats are our answer,” said Petra Hallvik, the operator’s chief executive.',
    'The new sailings leave the mainland pier late in the evening and return before two in the morning, at daytime fares for six months.',
  ];
  const shell = (data: unknown) =>
    `<!doctype html><html lang="en"><head><title>Night ferries | The Island Courier</title></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script><script src="/_next/main.js"></script></body></html>`;
  const related = [
    { title: 'Bridge closure extended', href: '/a' },
    { title: 'Five new cafés', href: '/b' },
  ];

  it.each([
    [
      'a list of paragraph blocks',
      { props: { pageProps: { related, story: { blocks: paragraphs.map((text) => ({ type: 'paragraph', text })) } } } },
    ],
    ['one string of HTML', { props: { pageProps: { related, story: { bodyHtml: paragraphs.map((p) => `<p>${p}</p>`).join('') } } } }],
    ['one string with line breaks', { props: { story: { body: paragraphs.join('\n\n') } } }],
  ])('%s: that article', (_name, data) => {
    const result = extractArticle(shell(data));
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe(paragraphs.join('\n\n'));
  });

  const stateShell = (script: string) =>
    `<!doctype html><html lang="en"><head><title>Night ferries | The Island Courier</title></head><body><div id="root"></div><script>${script}</script><script src="/static/app.js"></script></body></html>`;
  const story = { story: { headline: 'Night ferries', blocks: paragraphs.map((text) => ({ type: 'paragraph', text })) }, related };

  it.each([
    ['an object assigned to window.__INITIAL_STATE__', `window.__INITIAL_STATE__ = ${JSON.stringify(story)};`],
    ['a bracketed global set from a JSON string', `window["__PRELOADED_STATE__"]=JSON.parse(${JSON.stringify(JSON.stringify(story))})`],
  ])('%s: that article', (_name, script) => {
    const result = extractArticle(stateShell(script));
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe(paragraphs.join('\n\n'));
  });

  it('a state written as JavaScript, not JSON, or code that sets no state leaves the shell refused, said to need a browser', () => {
    const asCode = `window.__INITIAL_STATE__ = { story: undefined, text: ${JSON.stringify(paragraphs.join(' '))} };`;
    expect(reasonOf(stateShell(asCode))).toMatch(/built by scripts, so only a browser shows its article/);
    const code = `var copy = ${JSON.stringify({ body: paragraphs.join('\n\n') })}; render(copy);`;
    expect(reasonOf(stateShell(code))).toMatch(/only a browser/);
  });

  it('data without prose (settings, a short teaser) leaves the shell refused', () => {
    const data = { props: { pageProps: { related, teaser: paragraphs[0], flags: { beta: true } } } };
    expect(reasonOf(shell(data))).toMatch(/built by scripts/);
  });
});

describe('reading the wall notices stays linear in the page', () => {
  it('a page with 20,000 sibling boxes beside the article is read in seconds, not minutes', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<div class="c"><span>Cell ${i}</span></div>`).join('');
    const html = `<html><head><title>Pier opens</title></head><body><article><h1>Pier opens</h1><p>${HARBOUR.paragraphs.join('</p><p>')}</p></article><aside>${rows}</aside></body></html>`;
    const started = performance.now();
    expect(extractArticle(html).ok).toBe(true);
    // seenText read linkedom's childNodes (rebuilt on every read) twice per child: 7 minutes for this page.
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});

describe('pages that stand in for the article', () => {
  it('a page that only forwards its reader names where it sends them', () => {
    const html =
      '<html><head><meta http-equiv="refresh" content="0; url=https://news.example/story/harbour"><title>Redirecting</title></head><body><p>Redirecting…</p></body></html>';
    expect(reasonOf(html)).toBe('the page only sends the reader on to https://news.example/story/harbour (add that address instead)');
  });

  it('names no address it cannot vouch for: a relative path, or one holding Discord markup, is "another address"', () => {
    for (const url of ['/story/harbour', 'https://news.example/<@&123>', `https://news.example/${'a'.repeat(300)}`]) {
      const html = `<html><head><meta http-equiv="refresh" content="0; url=${url}"><title>Redirecting</title></head><body><p>Redirecting…</p></body></html>`;
      expect(reasonOf(html)).toBe(
        'the page only sends the reader on to another address (open the link in a browser and add the address it ends on)',
      );
    }
  });

  it.each([
    [
      '<title>Page not found | Saltby Courier</title>',
      '<h1>404 - Page not found</h1><p>Sorry, the page you were looking for does not exist.</p>',
      '404 - Page not found',
      /check that the link is complete/,
    ],
    [
      '<title>Saltby Courier</title>',
      '<h1>Oops! We can’t find that page</h1><p>Try the search box above.</p>',
      'Oops! We can’t find that page',
      /check that the link is complete/,
    ],
    [
      '<title>Access denied</title>',
      '<h1>Access Denied</h1><p>You do not have permission to access this page on this server.</p>',
      'Access Denied',
      /does not let the bot read it/,
    ],
  ])('a site’s error page %s is named as one', (head, body, shown, advice) => {
    const reason = reasonOf(`<html><head>${head}</head><body>${body}</body></html>`);
    expect(reason).toContain(`the site sent its error page (“${shown}”) instead of the article`);
    expect(reason).toMatch(advice);
  });

  it('a page reloading itself, and a short page titled with a number, are read as any page', () => {
    expect(
      reasonOf('<html><head><meta http-equiv="refresh" content="300"><title>Tolls</title></head><body><p>The board met.</p></body></html>'),
    ).toMatch(/too few for an article/);
    expect(
      reasonOf('<html><head><title>404 days at sea</title></head><body><h1>404 days at sea</h1><p>The crew came home.</p></body></html>'),
    ).toMatch(/too few for an article/);
  });

  it('an article whose page forwards later, or whose headline mentions a missing page, is kept', () => {
    const body = HARBOUR.paragraphs.map((p) => `<p>${p}</p>`).join('');
    const result = extractArticle(
      `<html><head><meta http-equiv="refresh" content="600; url=/story/harbour"><title>Page not found: the harbour’s lost records | Saltby Courier</title></head><body><article><h1>Page not found: the harbour’s lost records</h1>${body}</article></body></html>`,
    );
    expect(result.ok).toBe(true);
  });
});
