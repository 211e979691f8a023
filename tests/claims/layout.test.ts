import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc } from './helpers.js';

const speakers = (d: ReturnType<typeof doc>) => extractClaims(d).quotes.map((q) => q.speaker);

describe('extractClaims: attributions carried by layout and word class', () => {
  it('takes the name that signs a quotation after a dash', () => {
    const d = doc('“The new ferry saves me an hour a day.” \u2015 Lotte Brandt', '“I still miss the old harbour.”\u2015 Emil Sandvik.');
    expect(speakers(d)).toEqual(['Lotte Brandt', 'Emil Sandvik']);
  });

  it('does not read a dash before ordinary words as a signature', () => {
    const d = doc('“Fair wages now” \u2014 the slogan on every banner \u2014 filled the square.');
    expect(speakers(d)).toEqual([null]);
  });

  it('takes the name right before the colon that introduces a quotation', () => {
    const d = doc('Harbour traffic doubled - Ines Hallberg: “Most of the growth came from small boats.”');
    expect(speakers(d)).toEqual(['Ines Hallberg']);
  });

  it('does not take a possessive noun or a bare noun for a speech verb', () => {
    const d = doc('Mayor Tove Lind spoke on Friday. She said Oskar Berg’s mental state is “no concern of the council.”');
    expect(speakers(d)).toEqual(['Tove Lind']);
  });
});
