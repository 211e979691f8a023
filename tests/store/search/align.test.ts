import { describe, expect, it } from 'vitest';
import { align, alignIds, prepareQuery } from '../../../src/store/search/align.js';
import { words } from '../../../src/store/search/normalize.js';
import { TermIndex } from '../../../src/store/search/term-index.js';

// wordings of our own, with repeats, stopwords, stems shared across forms and long words
const texts = [
  'The harvest festival begins tomorrow in the valley, and the valley will be full',
  'Harvests were poor across the northern valleys this year',
  'We will strengthen communication between the two ministries at all levels',
  'Nobody mentioned the festival at all, not once, not even the organisers',
  'Communications between ministries were strengthened after the meeting of the organizers',
  'Being honest about the harvest is what the farmers asked for',
];

describe('alignIds', () => {
  const index = new TermIndex();
  texts.forEach((t, i) => {
    index.add(i, words(t));
  });
  index.freeze();
  const idf = (w: string): number => {
    const t = index.termOfWord(w);
    return t === undefined ? Math.log(1 + texts.length) : index.idf(t);
  };
  const queries = [
    'strengthen communication at all levels',
    'strenghten comunication at all levles',
    'the harvest festival begins tomorrow',
    'harvest festival',
    'the valley will be full',
    'northern valley harvest poor',
    'organizers of the meeting strengthened',
    'beings honest about harvests',
    'something nobody ever said',
    'the the the',
  ];

  it('scores every query against every wording as the word-string alignment does', () => {
    for (const q of queries) {
      const qWords = words(q);
      const byWords = prepareQuery(qWords, idf);
      const byIds = prepareQuery(qWords, idf, (w) => index.wordId(w));
      texts.forEach((t, i) => {
        expect(alignIds(byIds, index.entryWordIds(i), index.lexicon)).toEqual(align(byWords, words(t)));
      });
    }
  });

  it("keeps each entry's words, stopwords included, in order", () => {
    expect([...index.entryWordIds(3)].map((id) => index.lexicon[id])).toEqual(words(texts[3]!));
    expect(index.termOfWord('the')).toBeUndefined();
    expect(index.wordId('the')).toBeGreaterThanOrEqual(0);
  });
});
