/**
 * An irregular past that no noun shares ("began", "sent") right after a noun, before a preposition or an -ing form, is
 * the noun's verb, no part of its phrase ("the campaign began with …"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('an irregular past after a noun', () => {
  it('ends the subject phrase before a preposition', () => {
    const [q] = speakers('The harbour campaign began with a blunt message: “We will not pay the levy.”');
    expect(q?.speaker).toBe('the harbour campaign');
  });

  it('ends the subject phrase before an -ing form', () => {
    const [q] = speakers('The Ruiz campaign began yelling “no fees!” at the door.');
    expect(q?.speaker).toBe('the Ruiz campaign');
  });
});
