/**
 * A Next.js page whose date is only in its embedded state (`__NEXT_DATA__`) is dated by its own article's
 * object there: not by a related story's in a list, and never by its last change. Every page and sentence here
 * is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const HEADLINE = 'Quay works to start in spring';
const BODY = [
  'The council of Saltby voted on Monday to rebuild the north quay, ending two years of argument over the harbour.',
  'Works start in April and should end before the summer season, the harbour office said in a statement after the vote.',
  'Ferry crews had asked for the works to wait until the autumn, when fewer passengers cross to the islands each day.',
  'Mayor Ilse Brandt said the regional fund would cover the whole cost, and that no local tax would rise to pay for it.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

const page = (state: unknown, head = ''): string =>
  `<html><head><title>${HEADLINE} | Saltby Courier</title>${head}</head><body><div id="__next"><article><h1>${HEADLINE}</h1>${BODY}</article></div>` +
  `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script></body></html>`;
const next = (pageProps: unknown) => ({ props: { pageProps }, page: '/news/[slug]', query: { slug: 'quay-works' }, buildId: 'b1' });
const related = [
  { title: 'Ferry fares frozen for the winter', slug: 'ferry-fares', publishedAt: '2025-11-02T08:00:00Z' },
  { title: 'Harbour office moves to the old customs house', slug: 'harbour-office', publishedAt: '2025-12-14T08:00:00Z' },
];

const read = (html: string, url: string | null = 'https://saltbycourier.example/news/quay-works') => {
  const r = extractArticle(html, { url });
  if (!r.ok) throw new Error(r.reason);
  return { date: r.date, modified: r.modified ?? null, evidence: r.evidence.find((e) => e.field === 'date')?.detail ?? '' };
};

describe('dates in a Next.js page state', () => {
  it.each([
    ['publishedAt', { article: { title: HEADLINE, publishedAt: '2026-03-09T10:15:00Z' } }, '2026-03-09'],
    [
      'datePublished deep in the props',
      { data: { story: { content: { headline: HEADLINE, datePublished: '2026-03-09' } } } },
      '2026-03-09',
    ],
    ['publishDate as milliseconds since 1970', { post: { name: HEADLINE, publishDate: 1773051300000 } }, '2026-03-09'],
    ['first_published_at', { page: { first_published_at: '2026-03-09T10:15:00+01:00' } }, '2026-03-09'],
  ])('%s dates the page', (_key, pageProps, day) => {
    const r = read(page(next(pageProps)));
    expect(r.date).toBe(day);
    expect(r.evidence).toMatch(/__NEXT_DATA__/);
  });

  it('reads the article’s own object, not a related story listed before it', () => {
    const r = read(page(next({ related, article: { title: HEADLINE, publishedAt: '2026-03-09T10:15:00Z' } })));
    expect(r.date).toBe('2026-03-09');
    expect(r.evidence).toContain('pageProps.article.publishedAt');
  });

  it('finds the article in a list by its headline or its slug, not the stories beside it', () => {
    const byTitle = [...related, { title: HEADLINE, publishedAt: '2026-03-09T10:15:00Z' }];
    expect(read(page(next({ stories: byTitle }))).date).toBe('2026-03-09');
    const bySlug = [...related, { title: 'Quay works: what we know', slug: 'quay-works', firstPublished: '2026-03-09' }];
    expect(read(page(next({ stories: bySlug }))).date).toBe('2026-03-09');
  });

  it('takes no date from stories in a list when none is the page’s', () => {
    expect(read(page(next({ latest: related, site: { name: 'Saltby Courier' } }))).date).toBeNull();
  });

  it('keeps the last change apart: it never dates the page', () => {
    const both = read(page(next({ article: { title: HEADLINE, publishedAt: '2026-03-09T10:15:00Z', updatedAt: '2026-03-11T16:00:00Z' } })));
    expect(both).toMatchObject({ date: '2026-03-09', modified: '2026-03-11' });
    const changedOnly = read(page(next({ article: { title: HEADLINE, updatedAt: '2026-03-11T16:00:00Z' } })));
    expect(changedOnly.date).toBeNull();
    expect(changedOnly.modified).toBe('2026-03-11');
  });

  it('comes after what the markup declares', () => {
    const head = '<meta property="article:published_time" content="2026-03-08T22:00:00Z">';
    const r = read(page(next({ article: { title: HEADLINE, publishedAt: '2026-03-09T10:15:00Z' } }), head));
    expect(r.date).toBe('2026-03-08');
  });

  it('reads nothing from state of another shape, or from JSON that does not parse', () => {
    expect(read(page({ pageProps: { article: { publishedAt: '2026-03-09' } } })).date).toBeNull();
    const broken = page(next({ article: { publishedAt: '2026-03-09' } })).replace('"props"', 'props');
    expect(read(broken).date).toBeNull();
  });

  it('dates a script shell whose text is read from the same state', () => {
    const blocks = [
      'The council of Saltby voted on Monday to rebuild the north quay, ending two years of argument over the harbour and its ferries.',
      'Works start in April and should end before the summer season, the harbour office said in a statement after the vote on Monday.',
      'Mayor Ilse Brandt said the regional fund would cover the whole cost, and that no local tax would rise to pay for any of it.',
    ].map((text) => ({ type: 'paragraph', text }));
    const state = next({ article: { title: HEADLINE, publishedAt: '2026-03-09T10:15:00Z', body: blocks }, related });
    const html = `<html><head><title>${HEADLINE} | Saltby Courier</title></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script><script src="/app.js"></script></body></html>`;
    const r = extractArticle(html, { url: 'https://saltbycourier.example/news/quay-works' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.text).toContain('Mayor Ilse Brandt said the regional fund');
    expect(r.date).toBe('2026-03-09');
  });
});
