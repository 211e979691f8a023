/**
 * Numeric dates whose numbers could both be a month ("Posted: 3/10/2026") are read in the order the page's
 * other dates, its locale or its country domain tell; when nothing tells, no date is guessed, and the date
 * line still leaves the text.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'The ferry council of Lornhaven voted on Monday to keep the night crossing running through the winter months.',
  '“The island cannot be cut off after dark,” said councillor Ebba Stroud, who proposed the motion to the council.',
  'The crossing loses money in winter, the operator said, and the council will cover the gap from its reserves.',
  'Shops on the island had warned that without the late boat their staff from the mainland could not work evening shifts.',
];
const page = (o: { html?: string; head?: string; dateLine?: string; end?: string; after?: string } = {}) =>
  `<html ${o.html ?? 'lang="en"'}><head><title>Night ferry stays | Lornhaven Courier</title>${o.head ?? ''}</head><body><article><h1>Night ferry stays</h1><p class="byline">By Ebba Stroud</p>${o.dateLine ?? '<p>Posted: 3/10/2026</p>'}${BODY.map((p) => `<p>${p}</p>`).join('')}${o.end ?? ''}</article>${o.after ?? ''}</body></html>`;
const read = (html: string, url?: string) => {
  const r = extractArticle(html, { url: url ?? null });
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('the order of day and month', () => {
  it.each([
    ['lang="en-GB"', '2026-10-03'],
    ['lang="en-US"', '2026-03-10'],
    ['lang="en_AU"', '2026-10-03'],
    ['lang="de"', '2026-10-03'],
    ['lang="fr-CA"', null],
    ['lang="ja"', null],
  ])('<html %s> reads “Posted: 3/10/2026” as %s', (html, date) => {
    const r = read(page({ html }));
    expect(r.date).toBe(date);
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('an English page on a “.com” with nothing else to tell gives no date, and the date line leaves the text', () => {
    const r = read(page(), 'https://lornhavencourier.com/2026/ferry');
    expect(r.date).toBeNull();
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('og:locale or the country domain tells when <html lang> is “en”', () => {
    expect(read(page({ head: '<meta property="og:locale" content="en_US">' })).date).toBe('2026-03-10');
    expect(read(page(), 'https://www.lornhaven-courier.co.uk/news/ferry').date).toBe('2026-10-03');
    expect(read(page(), 'https://lornhaven.news.io/ferry').date).toBeNull();
    // a template's default locale contradicted by the address tells nothing
    expect(read(page({ html: 'lang="en-US"' }), 'https://www.lornhaven-courier.co.uk/news/ferry').date).toBeNull();
  });

  it('the page’s other dates tell before its locale, and say so in the evidence', () => {
    const r = read(page({ html: 'lang="en-US"', end: '<p>Correction, 14/10/2026: an earlier version misnamed the operator.</p>' }));
    expect(r.date).toBe('2026-10-03');
    expect(r.evidence.find((e) => e.field === 'date')?.detail).toContain('other dates');
  });

  it('a <time> outside the article whose datetime gives the day its text writes tells the order', () => {
    const after = '<footer><p>Page reviewed <time datetime="2026-03-11">3/11/2026</time></p></footer>';
    const r = read(page({ after }));
    expect(r.date).toBe('2026-03-10');
  });

  it('a date-classed element is read in the page’s order, with the evidence naming what told it', () => {
    const r = read(page({ html: 'lang="en-IE"', dateLine: '<div class="post-date">4/7/2026</div>' }));
    expect(r.date).toBe('2026-07-04');
    expect(r.evidence.find((e) => e.field === 'date')?.detail).toContain('"en-IE"');
  });

  it('a date whose two numbers are the same needs no order', () => {
    expect(read(page({ dateLine: '<p>Posted: 3/3/2026</p>' })).date).toBe('2026-03-03');
  });

  it('readers’ comments tell nothing of the page’s order, marked by class or opened by a comments heading', () => {
    const comment = (date: string, text: string) => `<div class="comment-body"><p class="meta">Nils Arvo · ${date}</p><p>${text}</p></div>`;
    const marked = `<section id="comments">${comment('14/10/2026', 'About time the council listened.')}${comment('15/10/2026', 'Who pays for it?')}</section>`;
    const headed = `<div><h3>Have your say</h3>${comment('<time datetime="2026-10-14">14/10/2026</time>', 'About time.')}</div>`;
    for (const after of [marked, headed]) {
      const r = read(page({ after }), 'https://lornhavencourier.com/2026/ferry');
      expect(r.date).toBeNull();
      expect(r.text.split('\n\n')).toEqual(BODY);
      // nor do they cancel the order the article's own dates tell
      const own = read(page({ after, end: '<p>Correction, 3/15/2026: an earlier version misnamed the operator.</p>' }));
      expect(own.date).toBe('2026-03-10');
    }
  });

  it('a page writing both orders tells none', () => {
    const end = '<p>Notes: 14/10/2026 and 10/15/2026 were both given as dates by the operator in its two letters.</p>';
    expect(read(page({ end })).date).toBeNull();
  });
});
