import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

describe('a capitalised preposition after a title in a title-case headline', () => {
  it('is no part of a name, and the person after it is whom the words are about, not who says them', () => {
    const quotes = speakersIn(
      'Harbour Board Chair On Vantorp: ‘We Do Not Pay Candidates To Speak At Debates.’',
      'Harbour Board Chair Lise Orrum is not giving way to Senator Ingmar Vantorp.',
      '“The board owes the town an answer,” Vantorp said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([null, 'Ingmar Vantorp']);
  });
});
