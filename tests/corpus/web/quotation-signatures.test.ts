/**
 * A `<blockquote>`'s signature — its `<footer>`, a closing `<cite>`, or the `<figcaption>` of a `<figure>` holding
 * it without a picture — is printed after its words as a browser sets it under them (“…” — Name, job), so the
 * quotation keeps its speaker: removed with the page's footers and captions, the quotation was credited to
 * the sentence before it. A pull quote repeating the text still leaves it. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const PARAGRAPHS = [
  'Harbour commissioner Lena Vostrik said on Tuesday that the new ferry terminal at Saltby would open in the spring, two months later than the council had promised.',
  'The delay has angered commuters who cross the fjord every morning, and the opposition leader Tomas Brekke called the new timetable “a broken promise to the villages”.',
  'Brekke said his party would ask the council to publish the contract in full at its next meeting so that residents could see who pays for the extra work.',
];
const page = (quote: string): string => `<!doctype html><html><head><title>Ferry terminal delayed | Fjord Courier</title></head>
<body><article><h1>Ferry terminal delayed</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${quote}
<p>The terminal, which will replace a wooden pier built in 1962, is expected to carry about four thousand passengers a day.</p></article></body></html>`;
const paragraphsOf = (html: string): string[] => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r.text.split('\n\n');
};

describe('a block quotation’s signature', () => {
  it.each([
    [
      'a <footer>',
      '<blockquote><p>“Residents deserve to see the contract.”</p><footer>Tomas Brekke, opposition leader</footer></blockquote>',
    ],
    [
      'a closing <cite>',
      '<blockquote><p>“Residents deserve to see the contract.”</p><cite>— Tomas Brekke, opposition leader</cite></blockquote>',
    ],
    [
      'a <figure>’s <figcaption>',
      '<figure><blockquote><p>“Residents deserve to see the contract.”</p></blockquote><figcaption>— Tomas Brekke, opposition leader</figcaption></figure>',
    ],
  ])('printed as %s follows its words', (_name, quote) => {
    expect(paragraphsOf(page(quote))).toContain('“Residents deserve to see the contract.” — Tomas Brekke, opposition leader');
  });

  it('a pull quote repeating the text leaves it, signature and all', () => {
    const pulled = '<blockquote><p>“A broken promise to the villages”</p><footer>Tomas Brekke</footer></blockquote>';
    const text = paragraphsOf(page(pulled));
    expect(text.filter((p) => p.includes('broken promise'))).toHaveLength(1);
    expect(text.join(' ')).not.toContain('— Tomas Brekke');
  });
});
