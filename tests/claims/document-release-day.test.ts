/**
 * A document named with the day it was put out ("the ruling released Friday said", "a memo issued on Monday says")
 * speaks for the words before it, mid-sentence too, and is named by both, whichever rule finds it ("according to a
 * poll released Thursday"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a document with its release day after the words', () => {
  it('credits the document after words that open mid-sentence', () => {
    const [a] = speakers('Judge Pell seemed unconvinced. Brandt’s "argument is weak," the ruling released Friday said.');
    expect(a).toMatchObject({ speaker: 'the ruling released Friday' });
    const [b] = speakers('Judge Pell seemed unconvinced. Brandt’s "argument is weak," the memo issued on Monday said.');
    expect(b).toMatchObject({ speaker: 'the memo issued on Monday' });
  });

  it('credits it after words that open the sentence', () => {
    const [a] = speakers('"The claim has no support at all," the ruling released Friday said.');
    expect(a?.mention).toBe('the ruling released Friday');
  });

  it('leaves a participle with no day to the rules as before', () => {
    const [a] = speakers('Judge Pell seemed unconvinced. Brandt’s "argument is weak," a statement released by the council said.');
    expect(a?.speaker).toBe('the council');
  });

  it('names a poll or a document by its release day wherever it is the source', () => {
    const [a] = speakers('Most residents say the ferry is “worth every penny,” according to a Courier poll released Thursday.');
    expect(a).toMatchObject({ speaker: 'a Courier poll released Thursday' });
    const [b] = speakers('The levy is “a modest step,” according to a memo sent Tuesday.');
    expect(b).toMatchObject({ speaker: 'a memo sent Tuesday' });
    // (no day after the participle: the phrase stays the document alone)
    const [c] = speakers('The levy is “a modest step,” according to a memo sent to staff.');
    expect(c?.speaker).toBe('a memo');
  });
});
