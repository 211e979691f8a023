/**
 * Other stories printed whole beside the page's own: the next story of an endlessly scrolling page, a story
 * "from the same desk" below it. Readability read the element around both as the article, so the next
 * story's headline and quotations were the page's, credited to its byline and date.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const OWN = [
  'The ferry company will run a night crossing to the outer islands from May, its director said on Thursday, after a year of petitions.',
  '“Islanders who work late have had no way home for a decade, and that ends this spring,” said director Sanna Holt.',
  'The crossing will leave the mainland pier at half past eleven and return at dawn, six nights a week until the end of September.',
  'The island councils will pay a third of the cost of the extra crew for the first two years, the company said.',
];
const NEXT = [
  'The council voted on Tuesday to raise parking fees in the old town by a fifth from April, after a long debate.',
  '“Drivers will pay more, but the buses will run more often,” said councillor Ivo Stam.',
];
const story = (heading: string, byline: string, paras: readonly string[], cls = 'story') =>
  `<article class="${cls}">${heading}<p class="byline">${byline}</p>${paras.map((p) => `<p>${p}</p>`).join('')}</article>`;
const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('other stories beside the page’s article', () => {
  it('the next story of an endless page, with its own headline and byline, is not read as the page’s', () => {
    const r = read(
      `<html><head><title>Night ferry to the islands | Skerry Post</title></head><body><main>${story('<h1>Night ferry to the islands</h1>', 'By Lena Brisk | March 12, 2026', OWN)}${story('<h2>Old town parking fees rise</h2>', 'By Tom Varde | March 12, 2026', NEXT, 'story next-story')}</main></body></html>`,
    );
    expect(r.text.split('\n\n')).toEqual(OWN);
    expect(r.author).toBe('Lena Brisk');
    expect(r.date).toBe('2026-03-12');
  });

  it('nor when the next story prints its headline as an <h1> too', () => {
    const r = read(
      `<html><head><title>Night ferry to the islands | Skerry Post</title></head><body><div id="feed">${story('<h1>Night ferry to the islands</h1>', 'By Lena Brisk', OWN)}<div class="divider"></div>${story('<h1>Old town parking fees rise</h1>', 'By Tom Varde', NEXT)}</div></body></html>`,
    );
    expect(r.text.split('\n\n')).toEqual(OWN);
  });

  it('entries of a live blog, each an <article> with its heading inside the page’s article, stay', () => {
    const entries = OWN.map((p, i) => `<article class="entry"><h3>Update ${i + 1}: the crossing</h3><p>${p}</p></article>`).join('');
    const r = read(
      `<html><head><title>Live: night ferry | Skerry Post</title></head><body><article><h1>Live: night ferry</h1>${entries}</article></body></html>`,
    );
    for (const p of OWN) expect(r.text).toContain(p);
  });

  it('the article’s own text printed in a second <article>, its subheadings inside, stays', () => {
    const rest = [
      'The ferry will carry up to ninety passengers and twelve cars on each crossing, the company said, and cyclists travel free.',
      '“We expect the boat to be full on Fridays,” Holt said, adding that a second crossing on Saturdays was being looked at.',
    ];
    const r = read(
      `<html><head><title>Night ferry to the islands | Skerry Post</title></head><body>${story('<h1>Night ferry to the islands</h1>', 'By Lena Brisk', OWN)}<article class="story-rest"><p>${rest[0]}</p><h2>Fridays</h2><p>${rest[1]}</p></article></body></html>`,
    );
    for (const p of rest) expect(r.text).toContain(p);
  });

  it('an <article> holding only the headline leaves the article beside it alone', () => {
    const r = read(
      `<html><head><title>Night ferry to the islands | Skerry Post</title></head><body><article class="hero"><h1>Night ferry to the islands</h1><p class="byline">By Lena Brisk</p></article><article class="body"><h2>A long campaign</h2>${OWN.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    for (const p of OWN) expect(r.text).toContain(p);
  });
});
