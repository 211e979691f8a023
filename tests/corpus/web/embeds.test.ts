/** Posts embedded in a web article (tweets, Bluesky posts) are quotations of their author. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/claims/extract.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { pageToDocument } from '../../../src/corpus/web/document.js';

const story = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Part ${i + 1}: the ferry operator and the council argued over the old quay for months, and residents took sides at every meeting the town held.</p>`,
).join('');

const page = (embed: string) =>
  `<!doctype html><html><head><title>Quay closes | Harbour News</title></head><body><article><h1>Quay closes</h1>${story}${embed}<p>Residents gathered outside the town hall on Tuesday evening to hear the mayor promise another vote.</p></article></body></html>`;

const tweet = (text: string) =>
  `<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">${text}</p>&mdash; Carla Moreno (@carlamoreno) <a href="https://twitter.com/carlamoreno/status/1">July 14, 2023</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>`;

const textOf = (html: string): string => {
  const result = extractArticle(html);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
};

describe('embedded posts', () => {
  it('puts a tweet in quotation marks without its picture link, and the claims credit its author', () => {
    const html = page(tweet('The quay will close for good. Shame on the council! <a href="https://t.co/x">pic.twitter.com/x</a>'));
    expect(textOf(html)).toContain('“The quay will close for good. Shame on the council!”\n\n— Carla Moreno (@carlamoreno) July 14, 2023');
    const doc = pageToDocument('harbour.html', new TextEncoder().encode(html));
    if ('code' in doc) throw new Error(doc.message);
    const quote = extractClaims(doc).quotes.find((q) => q.text.startsWith('The quay will close'));
    expect(quote?.speaker).toBe('Carla Moreno');
  });

  it('reads a Bluesky post the same way', () => {
    const html = page(
      '<blockquote class="bluesky-embed"><p lang="en">Ferries first, cars second.</p>&mdash; Ana Ruiz (@anaruiz.bsky.social) <a href="https://bsky.app/x">May 2, 2024</a></blockquote>',
    );
    expect(textOf(html)).toContain('“Ferries first, cars second.”');
  });

  it('leaves a post that already opens with a mark, and a plain blockquote, as they are', () => {
    expect(textOf(page(tweet('“Shame on the council,” as my neighbour says.')))).toContain(
      '\n“Shame on the council,” as my neighbour says.\n',
    );
    const plain = page('<blockquote><p>The quay was built in 1887 and rebuilt twice.</p></blockquote>');
    expect(textOf(plain)).toContain('\nThe quay was built in 1887 and rebuilt twice.\n');
  });
});
