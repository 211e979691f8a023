/**
 * Words in marks that are the subject of "is" or "was" before a noun phrase (“…,” is one common saying here): an -ing
 * form in that phrase is a noun, no verb of saying, and the phrase before it no speaker. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('words that are the subject of a copula', () => {
  it('takes no speaker from "is one common saying"', () => {
    const [q] = speakers('“Every ship comes home,” is one common saying on the quay.');
    expect(q?.speaker).toBeNull();
  });

  it('takes no speaker from "was a popular saying"', () => {
    const [q] = speakers('“Every ship comes home,” was a popular saying among the traders.');
    expect(q?.speaker).toBeNull();
  });

  it('still credits a person with a verb of saying in the phrase', () => {
    const [q] = speakers('“Every ship comes home,” is a line Ana Ruiz repeats often.');
    expect(q?.speaker).toBe('Ana Ruiz');
  });
});
