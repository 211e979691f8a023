/**
 * A comma between adjectives before a description's head noun stays inside the phrase ("the snarky, one-sided
 * headline", "the bespectacled, 61-year-old engineer"): the speaker is the whole description, not the determiner and
 * the first adjective. A comma after a noun still ends the phrase. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a comma between adjectives before the head noun', () => {
  it.each([
    ['The snarky, pro-harbour headline reads: “Nobody wants the ferry.”', 'The snarky, pro-harbour headline'],
    ['“We dredge at dawn,” the bespectacled, 61-year-old engineer said.', 'the bespectacled, 61-year-old engineer'],
    ['“We dredge at dawn,” said the cheerful, soft-spoken engineer.', 'the cheerful, soft-spoken engineer'],
  ])('keeps the phrase whole: %s', (sentence, mention) => {
    expect(speakers(sentence)[0]?.mention).toBe(mention);
  });

  it('ends the phrase at a comma after a noun, or before a word that opens a clause', () => {
    expect(speakers('The engineer, Ana Ruiz, said: “We dredge at dawn.”')[0]?.speaker).toBe('Ana Ruiz');
    const [q] = speakers('The angry, who had waited all night, shouted: “Open the gates.”');
    expect(q?.mention).not.toContain('who');
  });
});
