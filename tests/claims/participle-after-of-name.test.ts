/**
 * A person named after "of" right before a participle of saying ("an account of Ruiz telling …", "reminds me of
 * Churchill saying …") is the participle's subject, not the subject of a verb earlier in the sentence. Names and
 * sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a participle of saying after "of" and a name', () => {
  it('gives the words to the name, past a speech verb earlier in the sentence', () => {
    const qs = speakers('Tom Hale spoke on Monday.', 'Hale reminds me of Winston Churchill saying that “We shall never surrender.”');
    expect(qs[0]).toMatchObject({ speaker: 'Winston Churchill' });
  });

  it('gives the words to the name, not to a number in an opening phrase', () => {
    const qs = speakers(
      'Ana Ruiz ran the port for a decade.',
      'At one point in the book, Hale gives an account of Ruiz telling one clerk to “Get out!”',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ruiz' });
  });

  it('leaves a body named after "of" to the rules it had', () => {
    const qs = speakers('The Department of Justice released a statement saying the case was “closed.”');
    expect(qs[0]?.speaker).not.toBe('Justice');
  });
});
