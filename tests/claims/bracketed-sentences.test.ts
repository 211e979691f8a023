/**
 * A sentence closed inside its bracket ("(It was not.)") ends at the bracket: the words after it start a sentence of
 * their own instead of running on from the aside and the sentence before it. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { tokenizeBlock } from '../../src/claims/tokens.js';
import { speakersIn } from './helpers.js';

const sentenceOf = (text: string, word: string): number | undefined =>
  tokenizeBlock(text, 0, text.length, [], 0, 0, 0).find((t) => t.text === word)?.sentence;

describe('a sentence closed inside its bracket', () => {
  it('ends at the closing bracket', () => {
    const text = 'Hale said the ferry was safe. (It was not.) Lund agreed with him.';
    expect(sentenceOf(text, 'Lund')).toBeGreaterThan(sentenceOf(text, 'not') ?? Number.POSITIVE_INFINITY);
    // (a question or an exclamation inside the bracket ends its sentence too)
    const asked = 'Hale said the ferry was safe. (Was it?) Lund agreed with him.';
    expect(sentenceOf(asked, 'Lund')).toBeGreaterThan(sentenceOf(asked, 'it') ?? Number.POSITIVE_INFINITY);
  });

  it('leaves a bracket closing mid-sentence inside its sentence', () => {
    const text = 'Hale (a sailor for 20 years) said the ferry was safe.';
    expect(sentenceOf(text, 'said')).toBe(sentenceOf(text, 'Hale'));
    const abbreviated = 'Hale said the ferry (built in 1960, approx.) was safe.';
    expect(sentenceOf(abbreviated, 'safe')).toBe(sentenceOf(abbreviated, 'Hale'));
  });

  it('keeps words after the aside from a verb inside the sentence before it', () => {
    // (read as one sentence, "claiming" gave the words to the man Hale remembered)
    const [a] = speakersIn(
      'Tom Hale remembered Ivo Lund claiming that his uncle was a sailor. (He was not.) "Ivo was always telling stories."',
    );
    expect(a?.speaker).toBe('Tom Hale');
  });
});
