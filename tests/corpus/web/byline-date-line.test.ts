/**
 * A byline and its date printed as two elements of one line read together ("By Ottilie Ferncastle 12 August
 * 2026", no mark between) leave the text as a byline does; a paragraph opening "By" and a weekday or a month is
 * the article's. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const STORY = [
  'Work on the Brenmouth sea wall will start in September and cost £3.4m, most of it paid by a national flood defence fund, the council said.',
  '“The wall has protected this town for 150 years and we owe it to the next generation to do this properly,” said harbour master Kwame Lindqvist.',
  'The harbour will stay open to boats throughout the work, though the slipway will close for two weeks in October.',
];

const page = (
  meta: string,
  story: readonly string[] = STORY,
): string => `<!doctype html><html><head><title>Harbour wall to be rebuilt | Coastline Gazette</title></head><body><main>
<h1>Harbour wall to be rebuilt</h1>
<div class="article-body"><div class="meta">${meta}</div>${story.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;

const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('a byline with its date glued after it', () => {
  it.each([
    '<span>By Ottilie Ferncastle</span> <time datetime="2026-08-12T09:00:00Z">12 August 2026</time>',
    '<span>By Ottilie Ferncastle</span> <span>August 12, 2026 10:05 am</span>',
  ])('leaves the text: %s', (meta) => {
    const r = read(page(meta));
    expect(r.text).toBe(STORY.join('\n\n'));
    expect(r.author).toBe('Ottilie Ferncastle');
    expect(r.date).toBe('2026-08-12');
  });

  it('a paragraph opening with "By" and a day stays', () => {
    const story = [...STORY, 'By Friday 14 August 2026.'];
    expect(read(page('', story)).text).toBe(story.join('\n\n'));
  });
});
