/**
 * A question or exclamation in marks ends its sentence; a capitalised pronoun right after it opens the next sentence,
 * which attributes the words only when its verb is one of saying (“Why?” She asked.). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a pronoun opening the sentence after a question in marks', () => {
  it('does not credit a pronoun whose own sentence says nothing', () => {
    const [a] = speakers('The clerk then turned to Ana. “Are you ready?” She had written a short speech, and she read it out.');
    expect(a?.mention).not.toBe('She');
    expect(a?.mention).not.toBe('she');
    const [b] = speakers('The clerk then turned to me. “Ms. Holt?” I had prepared a short note to read, but spoke freely.');
    expect(b?.mention).not.toBe('I');
  });

  it('still credits a pronoun followed by a verb of saying', () => {
    const [a] = speakers('Ana Ruiz looked up from the plans. “Why now?” She asked the clerk.');
    expect(a).toMatchObject({ speaker: 'Ana Ruiz', mention: 'She' });
    const [b] = speakers('“Is it over?” I asked, and nobody answered.');
    expect(b?.mention).toBe('I');
  });
});
