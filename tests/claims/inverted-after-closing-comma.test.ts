/**
 * "… was to be a “warning tale,” said Tom Hale": a verb of saying after a comma that closes a quotation inside its marks,
 * with its subject after it closing the sentence, reports the whole sentence, the words that open it too; an aside in
 * parentheses that opens with words of its own keeps its speaker to itself. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('an inverted verb of saying after a comma inside the marks', () => {
  it('credits the words that open the sentence to the name after the verb', () => {
    const [, q] = speakers(
      'The press announced plans to publish a “frank memoir” by Ana Ruiz.',
      '“All that shines is not silver” was to be a “warning tale,” said Tom Hale, then her agent.',
    );
    expect(q?.speaker).toBe('Tom Hale');
  });

  it('does not reach into an aside in parentheses with words of its own', () => {
    const [first, aside] = speakers(
      'Ana Ruiz asked for a recount.',
      '“Count them all” was the call on the quay, as the crowd booed. (“I want no fights,” said one dock worker.)',
    );
    expect(first?.speaker).not.toBe('one dock worker');
    expect(aside?.speaker).toBe('one dock worker');
  });
});
