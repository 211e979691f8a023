/**
 * A "that" before a pronoun or a determiner opens a clause, so the noun phrase starts after it ("noted that she had …",
 * "found that some harbour pilots …"); a "that" with a verb of its own ("That is …", "That’s …") stands for a thing and
 * speaks for no one. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a "that" opening a clause', () => {
  it('is no part of the pronoun after it', () => {
    const [, q] = speakers(
      'Mayor Ana Ruiz spoke for an hour.',
      'Ruiz went on to promote “Harbour Days,” note that she had just bought the old pier, and boast about the new quay — “which is a wonderful spot.”',
    );
    expect(q?.mention).toBe('she');
    expect(q?.speaker).toBe('Ana Ruiz');
  });

  it('is no part of the description after it', () => {
    const [q] = speakers(
      'The ferry fees rose so fast that a spokesman for the harbour board could only sigh: “I guess the tide was booked.”',
    );
    expect(q?.mention).toBe('a spokesman for the harbour board');
  });
});

describe('a "that" with a verb of its own', () => {
  it('names no one when it is contracted', () => {
    const [q] = speakers('The fee is small. But that’s a long way from “a free ride for every visitor.”');
    expect(q?.speaker).toBeNull();
  });

  it('names no one before "is"', () => {
    const [q] = speakers('The quays are half empty in winter. That is also true in towns that are otherwise labeled the ‘‘sleepy coast.’’');
    expect(q?.speaker).toBeNull();
  });
});
