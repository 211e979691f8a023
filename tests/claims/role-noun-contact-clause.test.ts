/**
 * A pronoun right after a person's role noun opens a clause on that noun ("the editor I was talking to, Ana Ruiz,"), so
 * the description ends at the noun and the name set off after the clause can be the one meant; after other nouns the
 * pronoun stays in the phrase ("the one risk he sees is “…”" is his). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a pronoun after a role noun', () => {
  it('leaves the role to the name set off after its clause', () => {
    const [q] = speakers('The editor I was working for, Ana Ruiz, cut me off to announce, “And there goes the budget.”');
    expect(q?.speaker).toBe('Ana Ruiz');
  });

  it('stays in a phrase headed by a noun that is no role', () => {
    const [q] = speakers('Tom Hale spoke at noon.', 'The one risk he sees for the quay is “a storm at high tide, with the gates open.”');
    expect(q?.speaker).toBe('Tom Hale');
  });
});
