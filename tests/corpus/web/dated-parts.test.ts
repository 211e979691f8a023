/**
 * Parts of a page dated apart from it: a live blog's entries (stamped `<time datetime>`) and embedded posts
 * (their own date). A live blog is dated by the day it began, not by its newest entry; each entry and post
 * keeps its day beside the text, and survives a stored article's restart. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { dateAt } from '../../../src/corpus/web/dated-parts.js';
import { pageToDocument } from '../../../src/corpus/web/document.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { toArticleMeta, toDocumentMeta } from '../../../src/library/document.js';
import { ArticleMetaSchema } from '../../../src/state/types.js';

const ENTRIES = [
  [
    '2026-05-11T21:40:00Z',
    '21:40',
    'Count closes in the east',
    'Returning officer Maren Solberg said that counting had closed in the eastern districts. “Every ballot box has now been opened and checked twice,” she said.',
  ],
  [
    '2026-05-11T18:05:00Z',
    '18:05',
    'Turnout higher than last time',
    'Turnout reached 64 percent by six o’clock, the electoral commission said, four points higher than at the last election in the region.',
  ],
  [
    '2026-05-10T09:15:00Z',
    '09:15',
    'Polls open',
    'Polling stations opened across the region on Sunday morning. “I feel calm, whatever happens tonight,” candidate Joris Vandermeer told reporters outside the school.',
  ],
] as const;

const liveBlog = (
  head = '',
): string => `<!doctype html><html><head><title>Regional election: live | North Ledger</title>${head}</head><body>
<main><h1>Regional election: live</h1><p>Follow the count as it happens across the region’s eleven districts, with results as soon as they are declared.</p>
${ENTRIES.map(([iso, hm, h, t]) => `<article class="live-entry"><header><time datetime="${iso}">${hm}</time><h2>${h}</h2></header><p>${t}</p></article>`).join('\n')}
</main></body></html>`;

const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('a live blog', () => {
  it('is dated by its first entry, not by the newest one printed first, and each entry keeps its own day', () => {
    const r = read(liveBlog());
    expect(r.date).toBe('2026-05-10');
    expect(r.evidence.find((e) => e.field === 'date')?.detail).toBe(
      'the earliest of the live blog’s 3 entry stamps: <time datetime="2026-05-10T09:15:00Z">'.replace('’', "'"),
    );
    const doc = { meta: { date: r.date, datedParts: r.datedParts } };
    expect(dateAt(doc, r.text.indexOf('Every ballot box'))).toBe('2026-05-11');
    expect(dateAt(doc, r.text.indexOf('I feel calm'))).toBe('2026-05-10');
    // the standfirst before the first entry is the page's
    expect(dateAt(doc, r.text.indexOf('Follow the count'))).toBe('2026-05-10');
    expect(r.datedParts.map((p) => [p.kind, p.date, r.text.slice(p.start, p.end).split('\n\n')[0]])).toEqual([
      ['entry', '2026-05-11', 'Count closes in the east'],
      ['entry', '2026-05-11', 'Turnout higher than last time'],
      ['entry', '2026-05-10', 'Polls open'],
    ]);
    expect(r.text.slice(r.datedParts[2]!.start, r.datedParts[2]!.end)).toMatch(/outside the school\.$/);
  });

  it('a declared publication date stands; the entries are dated all the same', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'LiveBlogPosting', headline: 'Regional election: live', datePublished: '2026-05-09T20:00:00Z' })}</script>`;
    const r = read(liveBlog(ld));
    expect(r.date).toBe('2026-05-09');
    expect(r.datedParts.map((p) => p.date)).toEqual(['2026-05-11', '2026-05-11', '2026-05-10']);
  });

  it('an article with published and updated stamps, or comments with theirs, is no live blog', () => {
    const body = ENTRIES.map(([, , , t]) => `<p>${t}</p>`).join('');
    const stamped = `<!doctype html><html><head><title>Count closes | North Ledger</title></head><body><article><header><h1>Count closes</h1><p class="standfirst">The eastern districts finished first on Monday night.</p><time datetime="2026-05-11T22:00:00Z">11 May</time> <time datetime="2026-05-12T07:00:00Z">updated 12 May</time></header>${body}
<section class="comments"><div class="comment"><time datetime="2026-05-13T10:00:00Z">13 May</time><p>Great coverage, thank you for staying up all night.</p></div><div class="comment"><time datetime="2026-05-14T10:00:00Z">14 May</time><p>Why were the northern districts so slow to count?</p></div></section></article></body></html>`;
    const r = read(stamped);
    expect(r.date).toBe('2026-05-11');
    expect(r.datedParts).toEqual([]);
  });
});

describe('an embedded post', () => {
  it('keeps its own date beside its words', () => {
    const story = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>Part ${i + 1}: the theatre’s budget was cut by a tenth, and its actors protested outside the ministry every evening that week.</p>`,
    ).join('');
    const html = `<!doctype html><html><head><title>Theatres cut | Capital Herald</title><meta property="article:published_time" content="2026-03-07"></head><body><article><h1>Theatres cut</h1>${story}<blockquote class="twitter-tweet"><p lang="en">The Northern Playhouse will not close, not this year and not next year.</p>&mdash; Northern Playhouse (@northernplay) <a href="https://twitter.com/northernplay/status/17">March 6, 2026</a></blockquote><p>The ministry did not answer questions about the playhouse on Saturday.</p></article></body></html>`;
    const r = read(html);
    expect(r.date).toBe('2026-03-07');
    expect(r.text).not.toContain('March 6');
    expect(r.datedParts).toEqual([
      { start: expect.any(Number), end: expect.any(Number), date: '2026-03-06', kind: 'post', detail: "the Twitter post's own date" },
    ]);
    const part = r.datedParts[0]!;
    expect(dateAt({ meta: { date: r.date, datedParts: r.datedParts } }, part.start + 3)).toBe('2026-03-06');
    // the day the outlet carried the words is the article's
    expect(dateAt({ meta: { date: r.date, datedParts: r.datedParts } }, part.start + 3, ['entry'])).toBe('2026-03-07');
    expect(r.text.slice(part.start, part.end)).toBe(
      '“The Northern Playhouse will not close, not this year and not next year.” — Northern Playhouse (@northernplay) on Twitter',
    );
  });
});

describe('stored', () => {
  it('an added page keeps its dated parts through the state database and back', () => {
    const doc = pageToDocument('added/live', new TextEncoder().encode(liveBlog()), { contentType: 'text/html' });
    if ('code' in doc) throw new Error(doc.message);
    expect(doc.meta.datedParts).toHaveLength(3);
    const back = toDocumentMeta(ArticleMetaSchema.parse(JSON.parse(JSON.stringify(toArticleMeta(doc.meta)))));
    expect(back.datedParts).toEqual(doc.meta.datedParts);
    expect(back.date).toBe('2026-05-10');
  });
});
