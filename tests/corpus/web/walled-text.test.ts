/**
 * Paywall-marked boxes that hold the article itself: many sites print the whole article for subscribers'
 * browsers inside a box classed "paywall" (or mark each paragraph after the first ones so), which their
 * scripts hide from other readers. The paragraphs are the article's and stay; the wall's notice and offer go.
 * Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { FERRY } from './pages/articles.js';

const PARAGRAPHS = FERRY.paragraphs;
const page = (body: string): string => `<!doctype html><html><head><title>Ferry terminal delayed | Fjord Courier</title>
<meta property="og:site_name" content="Fjord Courier"></head><body><article><h1>Ferry terminal delayed</h1>
<div class="article-body">${body}</div></article></body></html>`;
const p = (text: string, cls = ''): string => `<p${cls ? ` class="${cls}"` : ''}>${text}</p>`;
const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('a paywall-marked box holding the article', () => {
  it('each paragraph after the first two classed "paywall": all of them are the article', () => {
    const r = read(page(PARAGRAPHS.map((t, i) => p(t, i < 2 ? '' : 'paywall')).join('')));
    expect(r.text).toBe(PARAGRAPHS.join('\n\n'));
    expect(r.partial).toBeNull();
  });

  it('the last paragraphs in a paywall box with its notice: the paragraphs stay, the notice goes', () => {
    const notice = '<div class="paywall-offer"><p>Subscribe to continue reading.</p><a href="/subscribe">Subscribe</a></div>';
    const r = read(
      page(
        `${PARAGRAPHS.slice(0, 5)
          .map((t) => p(t))
          .join('')}<div class="paywall">${PARAGRAPHS.slice(5)
          .map((t) => p(t))
          .join('')}${notice}</div>`,
      ),
    );
    expect(r.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('a short article printed whole in a paywall box is no teaser: a wall that holds the text walls nothing off', () => {
    const r = read(
      page(
        `<div class="paywall piano">${PARAGRAPHS.slice(0, 4)
          .map((t) => p(t))
          .join('')}</div>`,
      ),
    );
    expect(r.text).toBe(PARAGRAPHS.slice(0, 4).join('\n\n'));
    // the same teaser beside an empty box the wall's scripts fill is refused as before
    const teaser = extractArticle(
      page(
        `${PARAGRAPHS.slice(0, 4)
          .map((t) => p(t))
          .join('')}<div class="tp-container piano"></div>`,
      ),
    );
    expect(teaser.ok).toBe(false);
  });

  it('a paywall box holding only its notice and offer is still removed, and a teaser still refused', () => {
    const offer =
      '<div class="paywall"><p>Subscribe to continue reading this article and all of our journalism.</p><p>Only 1 a week.</p><button>Subscribe</button></div>';
    const r = extractArticle(
      page(
        `${PARAGRAPHS.slice(0, 2)
          .map((t) => p(t))
          .join('')}${offer}`,
      ),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/behind a paywall/);
    const whole = read(page(`${PARAGRAPHS.map((t) => p(t)).join('')}${offer}`));
    expect(whole.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('the whole article in a paywall box beside a visible “Subscribe to continue reading” is whole, not partial', () => {
    const notice = '<div class="wall-offer"><p>Subscribe to continue reading.</p><a href="/subscribe">Subscribe</a></div>';
    const r = read(
      page(
        `${p(PARAGRAPHS[0]!)}${notice}<div class="paywall">${PARAGRAPHS.slice(1)
          .map((t) => p(t))
          .join('')}</div>`,
      ),
    );
    expect(r.text).toBe(PARAGRAPHS.join('\n\n'));
    expect(r.partial).toBeNull();
  });

  it('the same notice after the text with no box holding the article, or a paywall box named a teaser, still marks it partial', () => {
    const notice = '<p>Subscribe to continue reading.</p>';
    const plain = read(page(`${PARAGRAPHS.map((t) => p(t)).join('')}${notice}`));
    expect(plain.partial).toMatch(/Subscribe to continue reading/);
    const teaser = read(page(`<div class="paywall-teaser">${PARAGRAPHS.map((t) => p(t)).join('')}</div>${notice}`));
    expect(teaser.partial).toMatch(/Subscribe to continue reading/);
  });
});
