import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

describe('a state in brackets inside a title run', () => {
  it('lets "Pima County (Ariz.) Sheriff Dov Ketteridge" stand for the sheriff, not the county', () => {
    const quotes = speakersIn(
      'Earlier, Pima County (Ariz.) Sheriff Dov Ketteridge backed the plan for a harbour wall.',
      'He said, “We will build it,” and left the stage.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Dov Ketteridge']);
  });

  it('reads a state written out in brackets the same way', () => {
    const quotes = speakersIn(
      'Later, Lake County (Ohio) Commissioner Dov Varga opened the meeting.',
      'He said, “The ferry stays,” and sat down.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Dov Varga']);
  });
});
