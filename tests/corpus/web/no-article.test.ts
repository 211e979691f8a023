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
});
