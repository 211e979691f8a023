import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

describe('a capitalised pronoun contraction is no name', () => {
  it('never credits "I\'m" or "We’ve" with the words', () => {
    const quotes = speakersIn(
      'I’m old enough to remember Mayor Li Wei going on TV in 1977, declaring a “moral duty to rebuild the harbour”.',
      'We’ve seen this sort of “cover-up in plain sight” before.',
    );
    for (const q of quotes) expect(q.speaker ?? '').not.toMatch(/^(I|We)[’']/);
  });
});
