/** `findSpeakers` through its name index finds exactly the speakers a comparison with every speaker finds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameMatches } from '../../src/claims/speakers.js';
import { prepareDocument } from '../../src/corpus/prepare.js';
import { ClaimStore } from '../../src/store/store.js';
import { story } from '../support/written.js';

const FIRST = ['Anna', 'Nikolai', 'Nikolay', 'J.', 'Li', 'Maria', 'Jean-Paul', 'Ivo', 'Oleksandr', 'Xi'];
const LAST = ['Yevmenov', 'Evmenov', 'Shangfu', 'Li', 'Kowalczyk', 'Kovalchuk', 'Ng', 'Okoro', 'Van Dam', 'Stoltenberg', 'van der Berg'];
const names = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`));
const store = ClaimStore.fromCorpus({
  dir: 'written',
  errors: [],
  documents: names.map((name, i) =>
    prepareDocument(`d${i}.txt`, story(`Story ${i}`, `"The plan number ${i} will go ahead as agreed," said ${name}.`), {
      file: `d${i}.txt`,
      outlet: 'Wire',
    }),
  ),
});

describe('ClaimStore.findSpeakers', () => {
  it('finds what comparing every speaker finds, for names, surnames, initials, misspellings and spacing', () => {
    const typo = (w: string, at: number): string => (w.length < 2 ? w : w.slice(0, at % w.length) + w.slice((at % w.length) + 1));
    const query = fc.oneof(
      fc.constantFrom(...names, ...FIRST, ...LAST),
      fc.tuple(fc.constantFrom(...names, ...LAST), fc.nat()).map(([n, at]) => typo(n, at)),
      fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([f, l]) => `${f[0]}. ${l}`),
      // run together or spaced apart: found under the letters of the whole name
      fc.constantFrom(...names).map((n) => n.replace(/\s+/g, '')),
      fc.tuple(fc.constantFrom(...names), fc.nat()).map(([n, at]) => {
        const letters = n.replace(/\s+/g, '');
        // (two letters a side at least: an initial typed alone, "Jean V", is another question)
        const cut = 2 + (at % (letters.length - 3));
        return `${letters.slice(0, cut)} ${letters.slice(cut)}`;
      }),
      // one word, or a run of words, typed split: found under that word's or run's letters
      fc.constantFrom('va nd er', 'Vander Berg', 'Shang Fu', 'Kowal Czyk', 'stol ten berg', 'Ivo Van Dam', 'Li Ng'),
      // (in two or three pieces: "va nd er" for the "van der" of "Maria van der Berg")
      fc.tuple(fc.constantFrom(...names), fc.nat(), fc.nat(), fc.nat(), fc.boolean()).map(([n, from, size, at, three]) => {
        const words = n.split(' ');
        const start = from % words.length;
        const letters = words.slice(start, start + 1 + (size % (words.length - start))).join('');
        if (letters.length < 4) return letters;
        const cut = 2 + (at % (letters.length - 3));
        const [head, tail] = [letters.slice(0, cut), letters.slice(cut)];
        return three && head.length >= 4 ? `${head.slice(0, 2)} ${head.slice(2)} ${tail}` : `${head} ${tail}`;
      }),
    );
    fc.assert(
      fc.property(query, (q) => {
        const all = [...store.speakers.values()].filter((s) => nameMatches(q, s)).map((s) => s.id);
        expect(
          store
            .findSpeakers(q)
            .map((s) => s.id)
            .sort(),
        ).toEqual(all.sort());
      }),
      { numRuns: 400 },
    );
  });

  it('answers a name asked again as it did the first time, whatever the caller did with the first list', () => {
    const first = store.findSpeakers('Yevmenov');
    const ids = first.map((s) => s.id).sort();
    expect(ids.length).toBeGreaterThan(1);
    first.length = 0;
    expect(
      store
        .findSpeakers('  Yevmenov ')
        .map((s) => s.id)
        .sort(),
    ).toEqual(ids);
    expect(store.findSpeakers('Yevmenov')).not.toBe(store.findSpeakers('Yevmenov'));
  });
});
