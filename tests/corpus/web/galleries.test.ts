/**
 * A photo gallery: its words are its pictures' captions, which leave an article's text (they describe its
 * pictures). With nothing else, a gallery was refused as "too few words for an article", the quotation in a
 * caption unread.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const CAPTIONS = [
  'Passengers board the first night crossing at the mainland pier, a little after eleven on Thursday.',
  '“We waited ten years for this boat,” said Mari Lund, a nurse who works late shifts at the island clinic.',
  'The ferry leaves the harbour lights behind on its way to the outer islands, a trip of about ninety minutes.',
  'Crew members tie up at the island quay at half past one, where a dozen people waited to meet the boat.',
];
const figure = (caption: string, i: number, credit: string) =>
  `<figure class="slide"><img src="/p/${i}.jpg" alt=""><figcaption>${caption} ${credit}</figcaption></figure>`;
const read = (figures: string, extra = '') => {
  const r = extractArticle(
    `<html><head><title>In pictures: the night ferry | Skerry Post</title></head><body><main><h1>In pictures: the night ferry</h1>${extra}<div class="gallery">${figures}</div></main></body></html>`,
  );
  return r.ok ? r.text.split('\n\n') : r.reason;
};

describe('photo galleries', () => {
  it('are read as their captions, without the credits', () => {
    expect(read(CAPTIONS.map((c, i) => figure(c, i, '<span class="credit">Photo: Ines Rowe</span>')).join(''))).toEqual(CAPTIONS);
    expect(read(CAPTIONS.map((c, i) => figure(c, i, 'Photograph: Ines Rowe')).join(''))).toEqual(CAPTIONS);
  });

  it('a short introduction above the pictures does not keep their captions from being read', () => {
    const intro = 'The first night ferry to the outer islands left the mainland pier on Thursday, after a year of petitions.';
    expect(read(CAPTIONS.map((c, i) => figure(c, i, '')).join(''), `<p>${intro}</p>`)).toEqual(expect.arrayContaining(CAPTIONS));
  });

  it('two captioned pictures are no gallery, and an article keeps its captions out', () => {
    expect(
      read(
        CAPTIONS.slice(0, 2)
          .map((c, i) => figure(c, i, ''))
          .join(''),
      ),
    ).toMatch(/too few|no text that reads as an article/);
    const article = [
      'The ferry company will run a night crossing to the outer islands from May, its director said on Thursday, after a year of petitions from islanders.',
      'The crossing will leave the mainland pier at half past eleven and return at dawn, six nights a week until the end of September, the company said.',
      'The island councils will pay a third of the cost of the extra crew for the first two years, and the company the rest.',
    ];
    const text = read(CAPTIONS.map((c, i) => figure(c, i, '')).join(''), article.map((p) => `<p>${p}</p>`).join(''));
    expect(text).toEqual(article);
  });
});
