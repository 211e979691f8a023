/**
 * A pronoun's "’s" before an -ing verb of saying is "is" ("why she’s protesting: “…”"): the pronoun is the verb's own
 * subject, not a participle hanging on a word the sentence opened with. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a pronoun with a contracted "is" before an -ing verb', () => {
  it('is the subject of the verb', () => {
    const q = speakers(
      'Lotte Brandt went back to the pier on Monday.',
      'Item: pay cuts Why she’s protesting: “As a cook, I make a low wage.”',
    );
    expect(q[0]).toMatchObject({ mention: 'she', speaker: 'Lotte Brandt' });
  });
});
