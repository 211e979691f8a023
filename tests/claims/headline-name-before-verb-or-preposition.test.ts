import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

describe('a title-case headline that goes on past a name', () => {
  it('credits the name before "Says", not the line up to the words', () => {
    const quotes = speakersIn(
      'Ines Varga Says Tomas Hale ‘Makes You Want To Scream.’',
      'Ostend Mayor Inès Varga spoke to the Ostend Courier on Tuesday.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toMatch(/^In[eè]s Varga$/);
  });

  it('credits the name before "On", not the line up to the words', () => {
    const quotes = speakersIn('Tomas Lindqvist On How The Ferry Makes Islanders Feel “Forgotten.”', 'The ferry runs twice a day.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Tomas Lindqvist']);
  });
});
