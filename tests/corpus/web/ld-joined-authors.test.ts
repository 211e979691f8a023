/**
 * Two authors written as one name in JSON-LD or an author tag ("By Lena Brisk and Tom Varde"): the page was
 * credited to one person called "Lena Brisk and Tom Varde".
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'The ferry company will run a night crossing to the outer islands from May, its director said on Thursday, after a year of petitions.',
  '“Islanders who work late have had no way home for a decade, and that ends this spring,” said director Sanna Holt.',
  'The crossing will leave the mainland pier at half past eleven and return at dawn, six nights a week until the end of September.',
  'The island councils will pay a third of the cost of the extra crew for the first two years, the company said.',
];
const author = (head: string) => {
  const r = extractArticle(
    `<html><head><title>Night ferry | Skerry Post</title>${head}</head><body><article><h1>Night ferry</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  );
  if (!r.ok) throw new Error(r.reason);
  return r.author;
};
const ld = (name: string) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Night ferry', author: { '@type': 'Person', name } })}</script>`;

describe('authors joined in one name', () => {
  it.each([
    [ld('By Lena Brisk and Tom Varde'), 'Lena Brisk, Tom Varde'],
    [ld('Lena Brisk &amp; Tom Varde'), 'Lena Brisk, Tom Varde'],
    ['<meta name="author" content="Lena Brisk and Tom Varde">', 'Lena Brisk, Tom Varde'],
  ])('%s names each', (head, names) => {
    expect(author(head)).toBe(names);
  });

  it('a name whose “y” or “e” joins family names stays one name', () => {
    expect(author(ld('José Ortega y Gasset'))).toBe('José Ortega y Gasset');
    expect(author(ld('Maria Santos e Silva'))).toBe('Maria Santos e Silva');
  });
});
