/**
 * A byline printed without "By" above the text, two or more names and nothing else ("Nora Fell and Karl Sund"),
 * names the page's authors and leaves the text; the same names further down are the article's words. Every page
 * and sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'The harbour board of Saltby agreed on Tuesday to raise tolls for cargo ships by eight per cent from next spring, citing dredging.',
  'Shipping firms said the rise would be passed on to shops in the town, and one operator said it was looking at other ports.',
  'The board will publish the new schedule of tolls next month, after a consultation with the chamber of commerce and the fishermen.',
  'The chair, Orla Fenn, said the channel could not be kept open on what the port charged today, and that boats would pay the same.',
];
const page = (top: string, head = '') =>
  `<html><head><title>Tolls to rise | Saltby Herald</title>${head}</head><body><article><h1>Tolls to rise</h1>${top}${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('a names line above the text', () => {
  it.each([
    ['<p>Nora Fell and Karl Sund</p>', 'Nora Fell, Karl Sund'],
    ['<div class="meta"><span>Nora Fell, Karl Sund &amp; Ola Lind</span></div>', 'Nora Fell, Karl Sund, Ola Lind'],
    ['<div>Nora Fell and Karl Sund · 3 March 2026</div>', 'Nora Fell, Karl Sund'],
    ['<p>Nora Fell, Harbour correspondent | 3 March 2026</p>', 'Nora Fell'],
  ])('%s names the authors and leaves the text', (top, authors) => {
    const r = read(page(top));
    expect(r.author).toBe(authors);
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('a byline the page declares comes first', () => {
    expect(read(page('<p>Nora Fell and Karl Sund</p>', '<meta name="author" content="Ola Lind">')).author).toBe('Ola Lind');
  });

  it('names printed among the paragraphs name no author', () => {
    const html = page('').replace(`<p>${BODY[2]}</p>`, `<p>${BODY[2]}</p><p>Orla Fenn and Lise Amundsen</p>`);
    expect(read(html).author).toBeNull();
  });
});
