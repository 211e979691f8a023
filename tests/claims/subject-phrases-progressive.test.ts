/**
 * The subject of a speech verb in the progressive with an adverb before it ("is already claiming"): the verb is
 * not a participle hanging on the clause before, so its own subject speaks. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a progressive speech verb after an adverb', () => {
  it('gives the words to the subject of its own clause after ", but"', () => {
    const [q] = speakers('The final tally isn’t in, but Li Wei’s team is already claiming “a clear mandate.”');
    expect(q?.mention).toBe('Li Wei’s team');
  });

  it('gives the words to the subject of its own clause after ", yet"', () => {
    const [q] = speakers('The tally was not final, yet Ana Ruiz was already calling it “a clear mandate.”');
    expect(q?.speaker).toBe('Ana Ruiz');
  });

  it('still reads a participle after a comma as sharing the sentence subject', () => {
    const [q] = speakers('Ana Ruiz left the hall early, quietly calling the vote “a farce.”');
    expect(q?.speaker).toBe('Ana Ruiz');
  });
});
