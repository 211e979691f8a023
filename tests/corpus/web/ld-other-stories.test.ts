/**
 * A page's JSON-LD holding other stories' article nodes beside its own (a related story's NewsArticle listed
 * first in its `@graph` or array): the first node with a headline and a date was taken, so the page was titled,
 * dated, credited and addressed as the other story.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'The ferry company will run a night crossing to the outer islands from May, its director said on Thursday, after a year of petitions.',
  '“Islanders who work late have had no way home for a decade, and that ends this spring,” said director Sanna Holt.',
  'The crossing will leave the mainland pier at half past eleven and return at dawn, six nights a week until the end of September.',
  'The island councils will pay a third of the cost of the extra crew for the first two years, the company said.',
];
const OTHER = {
  '@type': 'NewsArticle',
  headline: 'Old town parking fees rise',
  datePublished: '2025-11-02T10:00:00Z',
  author: { '@type': 'Person', name: 'Tom Varde' },
  url: 'https://skerrypost.example/news/parking-fees',
};
const OWN = {
  '@type': 'NewsArticle',
  headline: 'Night ferry to the islands',
  datePublished: '2026-03-12T08:00:00Z',
  author: { '@type': 'Person', name: 'Lena Brisk' },
  mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://skerrypost.example/news/night-ferry' },
};
const page = (ld: unknown, head = '') =>
  `<html><head><title>Night ferry to the islands | Skerry Post</title>${head}<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Night ferry to the islands</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const read = (html: string, url: string | null = null) => {
  const r = extractArticle(html, { url });
  if (!r.ok) throw new Error(r.reason);
  return { title: r.title, date: r.date, author: r.author, url: r.url };
};
const OWN_META = {
  title: 'Night ferry to the islands',
  date: '2026-03-12',
  author: 'Lena Brisk',
  url: 'https://skerrypost.example/news/night-ferry',
};

describe('the page’s own article node among other stories’ nodes', () => {
  it('in an @graph, named by the page’s address', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [OTHER, OWN] };
    expect(read(page(ld), 'https://skerrypost.example/news/night-ferry?utm_source=share')).toEqual(OWN_META);
  });

  it('in an array, named by the canonical link', () => {
    const ld = [OTHER, OWN].map((n) => ({ '@context': 'https://schema.org', ...n }));
    expect(read(page(ld, '<link rel="canonical" href="https://www.skerrypost.example/news/night-ferry/">'))).toMatchObject({
      title: OWN_META.title,
      date: OWN_META.date,
      author: OWN_META.author,
    });
  });

  it('without an address, by the headline the page prints', () => {
    const { mainEntityOfPage: _, ...bare } = OWN;
    expect(read(page({ '@context': 'https://schema.org', '@graph': [OTHER, bare] }))).toMatchObject({
      title: OWN_META.title,
      date: OWN_META.date,
      author: OWN_META.author,
    });
  });

  it('one article node is the page’s, whatever it names', () => {
    expect(read(page({ '@context': 'https://schema.org', ...OTHER }))).toMatchObject({ date: '2025-11-02', author: 'Tom Varde' });
  });
});
