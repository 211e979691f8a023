/**
 * The day a page was last changed ("Last modified on …", "Updated …", "Last updated" in a date-classed
 * element, `article:modified_time`) is not the day it was published: the publication date wins when the page
 * gives both, a page giving only the day it was changed is dated by it and says so, and that day is kept as
 * `modified`. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../../src/corpus/types.js';
import { pageToDocument } from '../../../src/corpus/web/document.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'The ferry council of Lornhaven voted on Monday to keep the night crossing running through the winter months, after a long debate.',
  '“The island cannot be cut off after dark,” said councillor Ebba Stroud, who proposed the motion to the council on Monday evening.',
  'The crossing loses money in winter, the operator said, and the council will cover the gap from its reserves for at least two years.',
  'Shops on the island had warned that without the late boat their staff from the mainland could not work evening shifts any more.',
];
const page = (o: { head?: string; top?: string; end?: string } = {}) =>
  `<html lang="en-GB"><head><title>Night ferry stays | Lornhaven Courier</title>${o.head ?? ''}</head><body><article><h1>Night ferry stays</h1><p class="byline">By Ebba Stroud</p>${o.top ?? ''}${BODY.map((p) => `<p>${p}</p>`).join('')}${o.end ?? ''}</article></body></html>`;
const read = (html: string, url?: string) => {
  const r = extractArticle(html, { url: url ?? null });
  if (!r.ok) throw new Error(r.reason);
  return r;
};
const dateDetail = (r: ReturnType<typeof read>) => r.evidence.find((e) => e.field === 'date')?.detail ?? '';

describe('the day a page was last changed', () => {
  it('a “Last modified on” line before the publication line does not date the page', () => {
    const r = read(page({ top: '<p>Last modified on 14 March 2026</p><p>Published 10 March 2026</p>' }));
    expect([r.date, r.modified]).toEqual(['2026-03-10', '2026-03-14']);
    expect(dateDetail(r)).toContain('Published 10 March 2026');
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('nor does a date-classed “Last updated” beside a publication day in the address', () => {
    const r = read(
      page({ top: '<div class="post-date">Last updated: 14 March 2026</div>' }),
      'https://courier.example/2026/03/10/night-ferry',
    );
    expect([r.date, r.modified]).toEqual(['2026-03-10', '2026-03-14']);
    expect(dateDetail(r)).toContain('address');
  });

  it.each(['Last modified on 14 March 2026', 'Updated 14 March 2026'])('a page giving only “%s” is dated by it, and says so', (line) => {
    const r = read(page({ top: `<p>${line}</p>` }));
    expect([r.date, r.modified]).toEqual(['2026-03-14', '2026-03-14']);
    expect(dateDetail(r)).toContain('last changed');
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('a page dated only by article:modified_time has no date, and keeps the day it was changed apart', () => {
    const html = page({ head: '<meta property="article:modified_time" content="2026-03-14T10:00:00Z">' });
    const r = read(html);
    expect([r.date, r.modified]).toEqual([null, '2026-03-14']);
    const doc = pageToDocument('added/ferry', new TextEncoder().encode(html), { contentType: 'text/html' }) as CorpusDocument;
    expect([doc.meta.date, doc.meta.modified]).toEqual([null, '2026-03-14']);
  });

  it('a line giving both days dates the page by the first and keeps the second', () => {
    for (const line of ['Published 10 March 2026 · Updated 14 March 2026', 'Updated 14 March 2026 | Published 10 March 2026']) {
      const r = read(page({ top: `<p>${line}</p>` }));
      expect([r.date, r.modified]).toEqual(['2026-03-10', '2026-03-14']);
    }
  });

  it('a <time> stamping the change does not date the page; the one stamping its publication does', () => {
    const both =
      '<p class="meta">Updated <time datetime="2026-03-14T10:00:00Z">14 March</time> · Published <time datetime="2026-03-10T09:00:00Z">10 March</time></p>';
    expect(read(page({ top: both })).date).toBe('2026-03-10');
    const classed =
      '<p><time class="updated" datetime="2026-03-14">14 March</time> <time class="entry-date published" datetime="2026-03-10">10 March</time></p>';
    expect(read(page({ top: classed })).date).toBe('2026-03-10');
    // WordPress classes a stamp never changed both ways: it is the publication's
    const wordpress = '<p><time class="entry-date published updated" datetime="2026-03-10">10 March</time></p>';
    expect(read(page({ top: wordpress })).date).toBe('2026-03-10');
    // …and a theme's one stamp classed "updated" alone still dates the page
    expect(read(page({ top: '<p><time class="updated" datetime="2026-03-10">10 March</time></p>' })).date).toBe('2026-03-10');
    // alone, it dates the page as the day it was changed, and says so
    const alone = read(page({ top: '<p>Last updated <time datetime="2026-03-14T10:00:00Z">14 March 2026</time></p>' }));
    expect([alone.date, alone.modified]).toEqual(['2026-03-14', '2026-03-14']);
    expect(dateDetail(alone)).toContain('last changed');
  });

  it('a page that says nothing of a change has no such day', () => {
    const r = read(page({ top: '<p>Published 10 March 2026</p>' }));
    expect(r.date).toBe('2026-03-10');
    expect(r.modified).toBeUndefined();
  });

  it('a date line closing a short article is said to stand below it', () => {
    const r = read(page({ end: '<p>Published 10 March 2026</p>' }));
    expect(r.date).toBe('2026-03-10');
    expect(dateDetail(r)).toContain('a date line below the article');
  });

  it('a sentence saying when the article was changed leaves the text', () => {
    for (const end of [
      '<p>This article was last modified on 14 March 2026.</p>',
      '<p>This story was updated at 10:42 on 14 March 2026</p>',
    ]) {
      expect(read(page({ end })).text.split('\n\n')).toEqual(BODY);
    }
    // a sentence of the article about a change is no such line
    const said = '<p>The timetable was last modified on 14 March 2026, the operator said.</p>';
    expect(read(page({ end: said })).text).toContain('The timetable was last modified');
    expect(read(page({ end: '<p>The report was published on 3 March 2026.</p>' })).text).toContain('The report was published');
  });
});
