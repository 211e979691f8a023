/**
 * A reader thread inside the page's article (marked by class or id, or opened by a "3 comments" heading) is
 * no part of the page's metadata: a comment's day does not date the page, nor does its writer's name make
 * the page's author. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'The ferry council of Lornhaven voted on Monday to keep the night crossing running through the winter months, after a long debate.',
  '“The island cannot be cut off after dark,” said councillor Ebba Stroud, who proposed the motion to the council on Monday evening.',
  'The crossing loses money in winter, the operator said, and the council will cover the gap from its reserves for at least two years.',
  'Shops on the island had warned that without the late boat their staff from the mainland could not work evening shifts any more.',
];
const comment = (who: string, when: string, text: string) =>
  `<div class="comment"><span class="comment-author">${who}</span> ${when}<p>${text}</p></div>`;
const COMMENTS = [
  comment('Nils Arvo', '<span class="comment-date">14 March 2026</span>', 'About time the council listened to us.'),
  comment('Pia Lund', '<time datetime="2026-03-15T10:00" class="date">15 March 2026</time>', 'Who pays for it?'),
].join('');
const page = (top: string, thread: string) =>
  `<html lang="en-GB"><head><title>Night ferry stays | Lornhaven Courier</title></head><body><article><h1>Night ferry stays</h1>${top}${BODY.map((p) => `<p>${p}</p>`).join('')}${thread}</article></body></html>`;
const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('a reader thread inside the article', () => {
  it.each([
    ['marked by its id', `<section id="comments">${COMMENTS}</section>`],
    ['opened by a comments heading', `<section><h3>2 comments</h3>${COMMENTS}</section>`],
  ])('%s dates nothing and names no author', (_how, thread) => {
    const r = read(page('', thread));
    expect([r.date, r.author]).toEqual([null, null]);
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('leaves the article’s own byline and date as they were', () => {
    const r = read(
      page(
        '<p class="byline">By Ebba Stroud · <time datetime="2026-03-10">10 March 2026</time></p>',
        `<section id="comments">${COMMENTS}</section>`,
      ),
    );
    expect([r.date, r.author]).toEqual(['2026-03-10', 'Ebba Stroud']);
  });

  it('a line of the article’s header classed for comments is no thread: its byline and date are the page’s', () => {
    const meta =
      '<div class="entry-meta comments-open"><span class="byline">By Ebba Stroud</span> · <time datetime="2026-03-10">10 March 2026</time> · <a class="comments-link" href="#comments">2 comments</a></div>';
    const r = read(page(meta, `<section id="comments">${COMMENTS}</section>`));
    expect([r.date, r.author]).toEqual(['2026-03-10', 'Ebba Stroud']);
  });
});
