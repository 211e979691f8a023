/**
 * A page that shows its text from another page in a frame (a frameset, or one inline frame filling the page)
 * is refused saying so, with the frame's address to add instead when it can be told; players, embedded posts
 * and consent notices in frames are no such page. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const reasonOf = (html: string, url: string | null = null): string => {
  const result = extractArticle(html, { url });
  if (result.ok) throw new Error(`an article was found: ${result.text.slice(0, 80)}`);
  return result.reason;
};

const FRAMESET = `<html><head><title>Fjord Courier</title></head><frameset cols="20%,80%">
<frame name="menu" src="/menu.html"><frame name="main" src="/news/ferry-terminal-delayed.html"></frameset></html>`;
const inline = (src: string): string => `<html><head><title>Ferry terminal delayed | Fjord Courier</title></head>
<body><iframe src="${src}" width="100%" height="2400"></iframe></body></html>`;

describe('a page showing its text in a frame', () => {
  it('a frameset names its content frame’s address, read against the page’s', () => {
    expect(reasonOf(FRAMESET, 'https://fjordcourier.example/archive/2026.html')).toBe(
      'the page shows its text from another page in a frame, https://fjordcourier.example/news/ferry-terminal-delayed.html (add that address instead)',
    );
  });

  it('without the page’s address, a relative frame says how to find it', () => {
    expect(reasonOf(FRAMESET)).toMatch(/^the page shows its text from another page in a frame \(open it in a browser/);
  });

  it('one inline frame filling the page names its address', () => {
    expect(reasonOf(inline('https://fjordcourier.example/embed/story/123'))).toBe(
      'the page shows its text from another page in a frame, https://fjordcourier.example/embed/story/123 (add that address instead)',
    );
  });

  it('a player or a consent notice in a frame is no framed page', () => {
    expect(reasonOf(inline('https://www.youtube.com/embed/abc123'))).not.toMatch(/frame/);
    expect(reasonOf(inline('https://cdn.consent-manager.example/index.html?message=1'))).not.toMatch(/frame/);
  });

  it('a page built by scripts that shows its text in a frame names the frame’s address, the more useful refusal', () => {
    const html = `<html><head><title>Ferry terminal delayed | Fjord Courier</title><script src="/app.js"></script></head>
<body><div id="root"></div><iframe src="/embed/story/123" width="100%" height="2400"></iframe><script>start()</script></body></html>`;
    expect(reasonOf(html, 'https://fjordcourier.example/news/ferry')).toBe(
      'the page shows its text from another page in a frame, https://fjordcourier.example/embed/story/123 (add that address instead)',
    );
  });

  it('a script shell with only a tracker’s frame, hidden or in <noscript>, is still said to be built by scripts', () => {
    for (const frame of [
      '<noscript><iframe src="https://tags.example/ns.html"></iframe></noscript>',
      '<iframe src="https://tags.example/ns.html" width="0" height="0"></iframe>',
      '<iframe src="https://tags.example/ns.html" style="display:none"></iframe>',
    ]) {
      const html = `<html><head><title>Ferry terminal delayed</title><script src="/app.js"></script></head><body><div id="root"></div>${frame}</body></html>`;
      expect(reasonOf(html, 'https://fjordcourier.example/news/ferry')).toMatch(/built by scripts/);
    }
  });
});
