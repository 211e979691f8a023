/**
 * Figures written the other way: "3 of the 5 schools" finds "Three of the five schools" (and the other way
 * round) as a close match that says how the words differ; "4" for "Three" is a change of meaning; a weak hit
 * stays not found (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { figureReadings } from '../../src/answers/question-text.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'schools.txt',
    outlet: 'Fenmoor Echo',
    date: '2025-05-01',
    text: story(
      'Village schools',
      '"Three of the five village schools will close before the winter term," said education officer Bryn Caddock.',
      '"We expect 12 new buses on the eastern routes by June," transport chief Ilse Varga said.',
      '"Nobody in this valley could ever compare the two, and nobody should try," said museum curator Odile Fenn.',
      '"I do not think 2 of the old mills will reopen," said councillor Wenna Tallis.',
    ),
  },
]);

describe('figures written the other way', () => {
  it('reads number words as figures and figures as words, whole words only', () => {
    expect(figureReadings('3 of the 5 schools')).toEqual(['three of the five schools']);
    expect(figureReadings('Three of the five schools')).toEqual(['3 of the 5 schools']);
    expect(figureReadings('$5, A5, 07 and both')).toEqual([]);
  });

  it('finds figures typed for words, as close, the same words said', () => {
    const result = whoSaid(store, '3 of the 5 village schools will close');
    expect(result.verdict).toBe('close');
    expect(result.matches[0]!.speaker).toBe('Bryn Caddock');
    expect(result.askedFigures).toEqual([
      { typed: '3', quoted: 'Three' },
      { typed: '5', quoted: 'five' },
    ]);
    expect(result.askedChanges).toBeUndefined();
    expect(result.explanation).toContain('the same words, with figures written otherwise: “Three” for your “3”, “five” for your “5”');
  });

  it('finds words typed for figures', () => {
    const result = whoSaid(store, 'we expect twelve new buses on the eastern routes');
    expect(result.verdict).toBe('close');
    expect(result.matches[0]!.speaker).toBe('Ilse Varga');
    expect(result.askedFigures).toEqual([{ typed: 'twelve', quoted: '12' }]);
    expect(result.askedChanges).toBeUndefined();
  });

  it('names a figure the diff runs on into the quotation’s further words', () => {
    const result = whoSaid(store, 'nobody in this valley could ever compare the 2');
    expect(result.verdict).toBe('close');
    expect(result.askedFigures).toEqual([{ typed: '2', quoted: 'two' }]);
    expect(result.explanation).toContain('(the same words, with figures written otherwise: “two” for your “2”)');
  });

  it('reads the figures of the words a question asks about, and of words a quotation denies', () => {
    const asked = whoSaid(store, 'Did Caddock say 3 of the 5 village schools will close?');
    expect(asked.verdict).toBe('close');
    expect(asked.askedSpeaker).toBe('Caddock');
    expect(asked.askedFigures).toEqual([
      { typed: '3', quoted: 'Three' },
      { typed: '5', quoted: 'five' },
    ]);
    const denied = whoSaid(store, 'two of the old mills will reopen');
    expect(denied.askedFigures).toEqual([{ typed: 'two', quoted: '2' }]);
    expect(denied.askedFrame).toBe('I do not think');
  });

  it('says another figure changes the meaning', () => {
    const result = whoSaid(store, '4 of the 5 village schools will close');
    expect(result.verdict).toBe('close');
    expect(result.askedChanges).toEqual([{ kind: 'number', from: 'Three', to: '4' }]);
    expect(result.askedFigures).toEqual([{ typed: '5', quoted: 'five' }]);
    expect(result.explanation).toContain('Your version changes its meaning: “Three” → “4”.');
  });

  it('keeps words found as typed verbatim, and a weak hit not found', () => {
    expect(whoSaid(store, 'three of the five village schools will close').verdict).toBe('verbatim');
    expect(whoSaid(store, 'we expect 12 new buses').askedFigures).toBeUndefined();
    expect(whoSaid(store, '3 of the 5 harbour cranes will be sold to the ferry line').verdict).toBe('not_found');
  });
});

const larger = writtenStore([
  {
    file: 'estuary.txt',
    outlet: 'Tidewater Post',
    date: '2025-06-02',
    text: story(
      'Estuary plans',
      '"We will build 30,000 new homes along the estuary by 2030," said planning chief Marta Quillon.',
      '"About 1.5 million visitors came to the lighthouse festival last summer," tourism officer Gideon Farrow said.',
      '"Half a million trees will be planted on the northern moors," said forester Ysolde Brack.',
      '"Prices at the fish market rose by 10% in a single month," said trader Oswin Pell.',
      '"Rents went up by twelve per cent across the old town," said tenant leader Cora Vell.',
    ),
  },
]);

describe('larger figures written the other way', () => {
  it('reads thousands, millions, halves, dozens and percentages both ways, two versions at most', () => {
    expect(figureReadings('build thirty thousand homes')).toEqual(['build 30,000 homes']);
    expect(figureReadings('about 1,500,000 visitors')).toEqual(['about 1.5 million visitors', 'about one and a half million visitors']);
    expect(figureReadings('half a million trees')).toEqual(['500,000 trees']);
    expect(figureReadings('500,000 trees')).toEqual(['half a million trees']);
    expect(figureReadings('rose by 10 per cent')).toEqual(['rose by 10%', 'rose by ten percent']);
    expect(figureReadings('a dozen ferries')).toEqual(['12 ferries', 'twelve ferries']);
    expect(figureReadings('twenty-five people and 3,000 more')).toEqual([
      '25 people and 3,000 more',
      'twenty-five people and three thousand more',
    ]);
    // a figure with no plain words stays as typed; a sum of money is no count
    expect(figureReadings('2,347 people paid $5,000')).toEqual([]);
  });

  it('finds them as close, naming the figures written otherwise', () => {
    const cases: [string, string, { typed: string; quoted: string }][] = [
      ['we will build thirty thousand new homes along the estuary', 'Marta Quillon', { typed: 'thirty thousand', quoted: '30,000' }],
      ['about 1,500,000 visitors came to the lighthouse festival', 'Gideon Farrow', { typed: '1,500,000', quoted: '1.5 million' }],
      [
        'about one and a half million visitors came to the lighthouse festival',
        'Gideon Farrow',
        { typed: 'one and a half million', quoted: '1.5 million' },
      ],
      ['500,000 trees will be planted on the northern moors', 'Ysolde Brack', { typed: '500,000', quoted: 'Half a million' }],
      ['prices at the fish market rose by ten per cent in a single month', 'Oswin Pell', { typed: 'ten per cent', quoted: '10%' }],
      ['rents went up by 12% across the old town', 'Cora Vell', { typed: '12%', quoted: 'twelve per cent' }],
    ];
    for (const [asked, speaker, figure] of cases) {
      const result = whoSaid(larger, asked);
      expect(result.verdict, asked).toBe('close');
      expect(result.matches[0]!.speaker).toBe(speaker);
      expect(result.askedFigures).toEqual([figure]);
      expect(result.askedChanges, asked).toBeUndefined();
      expect(result.explanation).toContain(`the same words, with figures written otherwise: “${figure.quoted}” for your “${figure.typed}”`);
    }
  });

  it('says another figure changes the meaning, and keeps a weak hit not found', () => {
    const other = whoSaid(larger, 'about 2 million visitors came to the lighthouse festival');
    expect(other.askedChanges).toEqual([{ kind: 'number', from: '1.5 million', to: '2 million' }]);
    expect(other.askedFigures).toBeUndefined();
    const percent = whoSaid(larger, 'prices at the fish market rose by eleven percent in a single month');
    expect(percent.askedChanges?.map((c) => c.kind)).toEqual(['number']);
    expect(whoSaid(larger, 'thirty thousand harbour cranes will be sold to the ferry line').verdict).toBe('not_found');
  });
});
