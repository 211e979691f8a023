import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

describe('a compound adjective of origin before a name is no part of it', () => {
  it('credits the person, not "Korean-born …" or "Ohio-based …"', () => {
    const quotes = speakersIn(
      'In 2003, Danish-born Rafe Lindqvist was told he was not a citizen.',
      '“I was stunned,” said Lindqvist, 44.',
      '“Nobody saw it coming,” Ohio-based Tamsin Oyelaran said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Rafe Lindqvist', 'Tamsin Oyelaran']);
  });
});
