/**
 * "… one in which he took credit for “…”": a relative clause opened by a preposition and "which" has a subject of its
 * own, the subject of the clause the quotation sits in; past a colon it does not ("a sound bite for which she later
 * apologized: “…”" leaves the words to the sentence's subject). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a relative clause after a preposition', () => {
  it('gives the quotation inside it its own subject', () => {
    const [, q] = speakers(
      'Tom Hale posted twice that night. “The tide is high,” he wrote first.',
      'Then came another, calmer post, followed by one in which he took credit for “calling the storm before anyone else.”',
    );
    expect(q?.speaker).toBe('Tom Hale');
    expect(q?.mention).toBe('he');
  });

  it('does not reach past a colon that closes it', () => {
    const [q] = speakers(
      'Ana Ruiz spoke about the quay.',
      'Talking about the fees, Ruiz offered this line for which she later apologized: “We will close every ferry that loses money.”',
    );
    expect(q?.speaker).toBe('Ana Ruiz');
    expect(q?.mention).toBe('Ruiz');
  });
});
