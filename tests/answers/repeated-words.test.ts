/** A word typed again and again is one word found, not evidence of a paraphrase (articles of our own). */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'a.txt',
    outlet: 'Morning Wire',
    date: '2025-06-05',
    text: story(
      'Harbour talks',
      'The two ports should "deepen cooperation across every harbour district", said port director Ilse Moor on Monday.',
    ),
  },
]);
const ask = (quote: string) => whoSaid(store, quote);

describe('a question that repeats its words', () => {
  it('is not found when it holds fewer than three different content words, however often typed', () => {
    for (const q of [
      'deepen deepen deepen deepen',
      'harbour harbour cooperation cooperation cooperation',
      'every district every district every district',
    ]) {
      const result = ask(q);
      expect(result.verdict, q).toBe('not_found');
      expect(result.matches, q).toEqual([]);
    }
    expect(ask(Array(400).fill('cooperation').join(' ')).verdict).toBe('not_found');
  });

  it('still finds the same words once each, and a paraphrase of three different words', () => {
    expect(ask('deepen cooperation across every harbour district').verdict).toBe('verbatim');
    expect(ask('Moor wants to deepen harbour cooperation in every district').verdict).not.toBe('not_found');
  });
});
