import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
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
    ['a script-only page', scriptOnly, /^the page holds no readable text \(it is built by scripts\)$/],
    ['a cookie wall', cookieWall, /^the page shows a cookie notice instead of an article$/],
    ['an index page of links', indexPage, /^the page is a list of \d+ linked headlines, not an article$/],
  ])('%s is no_article, with one sentence saying why', (_name, page, reason) => {
    expect(reasonOf(page())).toMatch(reason);
  });

  it('an empty page and a page of menus are no_article', () => {
    expect(reasonOf('')).toMatch(/too few for an article/);
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
