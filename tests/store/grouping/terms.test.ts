import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moreThan, rarestTerms, sharedNeeded, sharesAtLeast } from '../../../src/store/grouping/terms.js';

const sortedSet = (max: number) => fc.uniqueArray(fc.integer({ min: 0, max }), { maxLength: 25 }).map((a) => a.sort((x, y) => x - y));

describe('grouping term helpers', () => {
  it('sharedNeeded agrees with the ratio test for every count', () => {
    for (const threshold of [0.6, 0.8]) {
      const table = sharedNeeded(threshold, 40);
      for (let m = 1; m <= 40; m++) for (let s = 0; s <= m; s++) expect(s >= table[m]!).toBe(s / m >= threshold);
    }
  });

  it('sharesAtLeast answers like a full count of shared terms', () => {
    fc.assert(
      fc.property(sortedSet(40), sortedSet(40), fc.integer({ min: 0, max: 26 }), (a, b, needed) => {
        const terms = Int32Array.from([...a, ...b]);
        const shared = a.filter((t) => b.includes(t)).length;
        expect(sharesAtLeast(terms, 0, a.length, a.length, a.length + b.length, needed)).toBe(shared >= needed);
      }),
    );
  });

  it('moreThan counts distinct entries across sorted lists', () => {
    fc.assert(
      fc.property(fc.array(sortedSet(60), { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 70 }), (lists, limit) => {
        const postings = Int32Array.from(lists.flat());
        const listFrom = new Int32Array(3);
        const lengths = new Int32Array(3);
        lists.forEach((l, r) => {
          listFrom[r] = lists.slice(0, r).reduce((n, x) => n + x.length, 0);
          lengths[r] = l.length;
        });
        expect(moreThan(limit, postings, listFrom, lengths, lists.length, new Int32Array(3))).toBe(new Set(lists.flat()).size > limit);
      }),
    );
  });

  it('rarestTerms keeps the three least frequent, earlier terms first on ties', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 10 }), sortedSet(9), (frequencies, terms) => {
        const postingStart = new Int32Array(11);
        frequencies.forEach((f, t) => {
          postingStart[t + 1] = postingStart[t]! + f;
        });
        for (let t = frequencies.length; t < 10; t++) postingStart[t + 1] = postingStart[t]!;
        const frequency = (t: number): number => postingStart[t + 1]! - postingStart[t]!;
        const out = new Int32Array(3);
        const count = rarestTerms(Int32Array.from(terms), 0, terms.length, postingStart, out, new Int32Array(3));
        const expected = terms
          .map((t, i) => ({ t, i }))
          .sort((x, y) => frequency(x.t) - frequency(y.t) || x.i - y.i)
          .slice(0, 3)
          .map((x) => x.t);
        expect([...out.subarray(0, count)]).toEqual(expected);
      }),
    );
  });
});
