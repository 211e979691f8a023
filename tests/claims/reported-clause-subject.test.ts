/**
 * A quotation that opens the sentence after "X said (that) Y …" is X's, not that of Y, the subject of the clause X's
 * verb reports (also when Y is the second of two joined by "and"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('the sentence before a quotation reports a clause', () => {
  it('leaves the quotation to the one who says it, not to the second subject of the clause', () => {
    const [q] = speakers(
      'Mayor Ana Ruiz spoke after Tom Hale. She said she and Hale had cut the harbour fees by half. “We did the work together, and it paid off for every family.”',
    );
    expect(q?.speaker).toBe('Ana Ruiz');
  });

  it('leaves the quotation to the one who says it, not to the subject of the clause', () => {
    const quotes = speakers(
      'Tom Hale has run the harbour board for years.',
      '“I do not want to cross him,” said one former clerk, who said he left on good terms but was scared by the letter. “I could not pay for a lawyer.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['one former clerk', 'one former clerk']);
  });
});
