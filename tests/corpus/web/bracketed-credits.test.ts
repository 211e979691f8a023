/**
 * A picture's credit printed in brackets as a paragraph of its own ("(Photo: Jon Hale / Saltby Post)") or
 * closing a caption printed without a caption's markup leaves the text, as the same credit without brackets
 * does; a sentence of the article with a bracket of its own about photographs stays. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { FERRY } from './pages/articles.js';

const PARAGRAPHS = FERRY.paragraphs.slice(0, 5);
const page = (box: string): string => `<!doctype html><html><head><title>Ferry terminal delayed | Fjord Courier</title></head>
<body><article><h1>Ferry terminal delayed</h1>${PARAGRAPHS.slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('')}${box}${PARAGRAPHS.slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('')}</article></body></html>`;
const read = (html: string): string => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
};

describe('a picture’s credit in brackets', () => {
  it.each([
    '(Photo: Jon Hale / Fjord Courier)',
    '[Photo: Jon Hale / Fjord Courier]',
    '(Photos: Jon Hale/Fjord Courier)',
    '(Photograph: Saltby harbour office)',
    'Passengers wait on the old pier at Saltby. (Photo: Jon Hale / Fjord Courier)',
  ])('“%s” leaves the text', (line) => {
    expect(read(page(`<p>${line}</p>`))).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('a sentence with a bracket of its own about photographs stays', () => {
    const sentence =
      'The harbour office keeps pictures of the old pier from the year it was built (its photo archive is open to visitors).';
    expect(read(page(`<p>${sentence}</p>`))).toContain(sentence);
  });
});
