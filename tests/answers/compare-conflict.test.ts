/** Compare shows one quotation credited to two people as one claim, with who credits whom (as who-said does). */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { speakerQuotes } from '../../src/answers/lists.js';
import { compareText, speakerQuotesText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const WORDS = 'The ferry subsidy is gone for good, and the island will have to find its own way across the sound.';

describe('compare, one quotation credited to two people', () => {
  const store = writtenStore([
    {
      file: 'sound.txt',
      outlet: 'Sound Herald',
      date: '2025-09-01',
      text: story('Ferry cuts', `"${WORDS}" said Priya Okafor, who leads the island council.`),
    },
    {
      file: 'bay.txt',
      outlet: 'Bay Courier',
      date: '2025-09-01',
      text: story('Island loses ferry money', `Council leader Priya Okafor said: "${WORDS}"`),
    },
    {
      file: 'cliff.txt',
      outlet: 'Cliff Weekly',
      date: '2025-09-02',
      text: story('Subsidy row', `Transport secretary Dmitri Halvorsen told a press conference: "${WORDS}"`),
    },
  ]);

  it('is one claim under the person more outlets credit, the other outlet marked as crediting someone else', () => {
    const r = compare(store, 'the ferry subsidy is gone for good');
    expect(r.claims).toHaveLength(1);
    const claim = r.claims[0]!;
    expect(claim.speaker).toBe('Priya Okafor');
    expect(claim.outlets.map((o) => [o.outlet, o.rendering, o.creditedTo ?? null])).toEqual(
      expect.arrayContaining([
        ['Sound Herald', 'verbatim', null],
        ['Bay Courier', 'verbatim', null],
        ['Cliff Weekly', 'verbatim', 'Dmitri Halvorsen'],
      ]),
    );
    expect(claim.credits).toEqual([
      { speaker: 'Priya Okafor', documents: expect.arrayContaining(['sound.txt', 'bay.txt']) },
      { speaker: 'Dmitri Halvorsen', documents: ['cliff.txt'] },
    ]);
    const text = compareText(r);
    expect(text).toContain('1 claim compared');
    expect(text).toContain('Outlets disagree on who said this: Priya Okafor (2 documents) vs Dmitri Halvorsen (1 document)');
  });

  it('is led, under an outlet filter, by the person the outlets compared credit, the others still named', () => {
    const r = compare(store, 'the ferry subsidy is gone for good', { outlets: ['Cliff Weekly'] });
    expect(r.claims.map((c) => c.speaker)).toEqual(['Dmitri Halvorsen']);
    expect(r.claims[0]!.outlets.map((o) => [o.outlet, o.creditedTo ?? null])).toEqual([['Cliff Weekly', null]]);
    expect(r.claims[0]!.credits?.map((c) => [c.speaker, c.documents.length])).toEqual([
      ['Dmitri Halvorsen', 1],
      ['Priya Okafor', 2],
    ]);
  });

  it('is marked in each person’s /quotes as credited to the other too', () => {
    const halvorsen = speakerQuotes(store, 'Halvorsen');
    expect(halvorsen.quotes[0]!.alsoCreditedTo).toEqual([
      { speaker: 'Priya Okafor', documents: expect.arrayContaining(['sound.txt', 'bay.txt']) },
    ]);
    expect(speakerQuotesText(halvorsen)).toContain('⚠️ Outlets disagree on who said this: also credited to Priya Okafor (2 documents)');
    const okafor = speakerQuotes(store, 'Okafor');
    expect(okafor.quotes[0]!.alsoCreditedTo).toEqual([{ speaker: 'Dmitri Halvorsen', documents: ['cliff.txt'] }]);
  });

  it('leaves claims of different words apart, with no credits', () => {
    const other = writtenStore([
      ...['a', 'b'].map((f) => ({
        file: `${f}.txt`,
        outlet: `Outlet ${f.toUpperCase()}`,
        date: '2025-09-01',
        text: story('Ferry', `"${WORDS}" said Priya Okafor.`, '"The ferry subsidy was never ours to keep," Dmitri Halvorsen said.'),
      })),
    ]);
    const r = compare(other, 'ferry subsidy');
    expect(r.claims.map((c) => c.speaker).sort()).toEqual(['Dmitri Halvorsen', 'Priya Okafor']);
    expect(r.claims.every((c) => c.credits === undefined)).toBe(true);
    expect(speakerQuotes(other, 'Okafor').quotes.every((q) => q.alsoCreditedTo === undefined)).toBe(true);
  });
});
