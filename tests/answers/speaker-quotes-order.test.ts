/**
 * /quotes order: the quotations carried by most documents first, then among those carried as widely the newest
 * first, whatever order the corpus files come in (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'a-old.txt',
    outlet: 'Pellworth Herald',
    date: '2026-01-05',
    text: story(
      'Tram line plans',
      '“The tram line will reach the hospital within two years,” said transport councillor Agathe Rimmel.',
      '“Every tram stop will have a covered shelter,” Rimmel added.',
    ),
  },
  {
    file: 'b-new.txt',
    outlet: 'Northgate Ledger',
    date: '2026-03-12',
    text: story(
      'Tram fares to rise',
      '“Tram fares must rise to pay for the night service,” said Agathe Rimmel.',
      '“The tram line will reach the hospital within two years,” she said again.',
    ),
  },
  {
    file: 'c-mid.txt',
    outlet: 'Pellworth Herald',
    date: '2026-02-01',
    text: story('Tram depot', '“The old tram depot should become a market hall,” councillor Agathe Rimmel said.'),
  },
]);

describe('the order of a person’s quotations', () => {
  it('puts the most carried first, then the newest', () => {
    const result = speakerQuotes(store, 'Rimmel');
    expect(result.speaker?.name).toBe('Agathe Rimmel');
    expect(result.quotes.map((q) => q.quote.slice(0, 20))).toEqual([
      'The tram line will r',
      'Tram fares must rise',
      'The old tram depot s',
      'Every tram stop will',
    ]);
  });
});
