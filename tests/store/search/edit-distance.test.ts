import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { withinEdits } from '../../../src/store/search/edit-distance.js';

describe('withinEdits', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(withinEdits('recieve', 'receive', 1)).toBe(true);
    expect(withinEdits('somdral', 'smodral', 1)).toBe(true);
    expect(withinEdits('abcd', 'badc', 1)).toBe(false);
    expect(withinEdits('abcd', 'badc', 2)).toBe(true);
    expect(withinEdits('harbour', 'harbor', 0)).toBe(false);
    expect(withinEdits('', 'ab', 2)).toBe(true);
  });

  it('agrees with Levenshtein wherever no swap helps, and is never stricter', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcde'), maxLength: 10 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const lev = distance(a, b);
        if (lev <= max) expect(withinEdits(a, b, max)).toBe(true);
        // a swap saves at most one edit per swapped pair, so it is within max when Levenshtein is within 2·max
        if (lev > 2 * max) expect(withinEdits(a, b, max)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
