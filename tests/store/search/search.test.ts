import { describe, expect, it } from 'vitest';
import { doc, storeOf } from '../fixtures.js';

describe('ClaimStore.search', () => {
  // "budget" appears in every line; "lighthouse" in one
  const filler = Array.from({ length: 300 }, (_, i) => `Ana Reyes|The budget talks went on for round ${i} of many`);
  const store = storeOf([doc('a.txt', filler), doc('b.txt', ['Ben Ode|The budget pays for a new lighthouse on the northern cape'])]);

  it('finds the rare-word rendition first, typo or not', () => {
    for (const q of ['budget pays for a new lighthouse', 'budget pays for a new lighthuose']) {
      const [best] = store.search(q);
      expect(best?.entry.documentId).toBe('b.txt');
      expect(best!.score).toBeGreaterThan(0.8);
    }
  });

  it('skips the commonest words in the index pass once the postings budget is spent', () => {
    store.search('budget lighthouse', { postingsBudget: 50 });
    expect(store.lastSearch.wordsSkipped).toBe(1);
    expect(store.lastSearch.postingsRead).toBeLessThanOrEqual(50);
    const [best] = store.search('budget lighthouse', { postingsBudget: 50 });
    expect(best?.entry.documentId).toBe('b.txt');
    store.search('budget lighthouse');
    expect(store.lastSearch.wordsSkipped).toBe(0);
    expect(store.lastSearch.postingsRead).toBe(302);
  });

  it('still reads the first word when it alone is over budget', () => {
    const hits = store.search('budget talks', { postingsBudget: 10 });
    expect(hits.length).toBeGreaterThan(0);
    expect(store.lastSearch.postingsRead).toBeGreaterThan(10);
  });

  it('honours limit, documentIds and speakerId', () => {
    expect(store.search('budget talks round', { limit: 3 })).toHaveLength(3);
    expect(store.search('budget', { documentIds: new Set(['b.txt']) }).every((h) => h.entry.documentId === 'b.txt')).toBe(true);
    expect(store.search('budget', { speakerId: 'ben-ode' }).map((h) => h.entry.documentId)).toEqual(['b.txt']);
  });

  it('returns nothing for stopwords only or an empty query', () => {
    expect(store.search('')).toEqual([]);
    expect(store.search('the of and')).toEqual([]);
  });
});

describe('topScored', () => {
  it('keeps the k best by score, ties to the lower id, best first — as a full sort would', async () => {
    const { topScored } = await import('../../../src/store/store.js');
    const scores = Float32Array.from({ length: 500 }, (_, i) => ((i * 7919) % 13) / 2);
    const ids = Array.from({ length: 500 }, (_, i) => (i * 31) % 500);
    const full = [...ids].sort((a, b) => scores[b]! - scores[a]! || a - b);
    for (const k of [0, 1, 5, 96, 500, 600]) expect(topScored(ids, scores, k)).toEqual(full.slice(0, k));
  });
});

describe('ClaimStore.search on absurdly long words', () => {
  const store = storeOf([doc('a.txt', ['Ana Reyes|The lighthouse keeper said the harbour was closed'])]);
  // the typo table once built every two-letter deletion of the word: minutes for 6000 letters
  it('answers a 6000-letter word quickly, with no match', () => {
    let seed = 1;
    const next = (): number => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    const mixed = Array.from({ length: 6000 }, () => String.fromCharCode(97 + (next() % 26))).join('');
    for (const q of ['a'.repeat(6000), mixed, `lighthouse ${mixed} keeper`]) {
      const t = performance.now();
      const hits = store.search(q);
      expect(performance.now() - t).toBeLessThan(1000);
      if (q.startsWith('lighthouse')) expect(hits[0]?.entry.documentId).toBe('a.txt');
      else expect(hits).toEqual([]);
    }
  });

  it('gives no typo tolerance past 64 letters, on either side', async () => {
    const { allowedEdits, MAX_FUZZY_LENGTH } = await import('../../../src/store/search/term-index.js');
    expect(allowedEdits(MAX_FUZZY_LENGTH)).toBe(2);
    expect(allowedEdits(MAX_FUZZY_LENGTH + 1)).toBe(0);
    const long = 'b'.repeat(70);
    const withLong = storeOf([doc('b.txt', [`Ben Ode|${long} indeed`])]);
    expect(withLong.search(long)[0]?.entry.documentId).toBe('b.txt');
    expect(withLong.search(`${long.slice(1)}c`)).toEqual([]);
  });
});

describe('ClaimStore.search candidate pruning', () => {
  // common words in thousands of lines (past the size where the index pass stops admitting new entries),
  // rarer words in a few; the same query with an all-allowing filter (never pruned) must give the same hits
  const lines = Array.from(
    { length: 2600 },
    (_, i) =>
      `Ana Reyes|The council said the budget ${i % 7 === 0 ? `lighthouse keeper number ${i % 13}` : 'talks'} went on for round ${i % 50} today`,
  );
  const store = storeOf([doc('a.txt', lines.slice(0, 1300)), doc('b.txt', lines.slice(1300))]);
  it('returns the same hits as an unpruned search', () => {
    for (const q of [
      'council budget lighthouse keeper number 5 round 12',
      'lighthouse keepr round 3 today council',
      'budget talks today',
    ]) {
      const pruned = store.search(q, { limit: 96 });
      const full = store.search(q, { limit: 96, documentIds: new Set(['a.txt', 'b.txt']) });
      expect(pruned.map((h) => [h.entry.id, h.score, h.bag])).toEqual(full.map((h) => [h.entry.id, h.score, h.bag]));
    }
  });
});

describe('ClaimStore.search with a floor (atLeast)', () => {
  // many lines share common words, a few share rare ones: the floor lets the index pass drop entries early
  const lines = Array.from(
    { length: 3000 },
    (_, i) =>
      `Ana Reyes|The council said the budget ${i % 60 === 0 ? `harbour lighthouse keeper ${['north', 'south', 'east'][i % 3]} shift ${i % 17}` : 'talks'} went on for round ${i % 40} today`,
  );
  const store = storeOf([
    doc('a.txt', lines.slice(0, 1500)),
    doc('b.txt', lines.slice(1500)),
    doc('c.txt', ['Ben Ode|The harbour lighthouse keeper kept the southern shift alive']),
  ]);
  const atLeast = { ordered: 0.72, bag: 0.65 };
  const useful = (h: { score: number; bag: number; exact: boolean }): boolean =>
    h.exact || h.score >= atLeast.ordered || h.bag >= atLeast.bag;
  const key = (hits: ReturnType<typeof store.search>) => hits.filter(useful).map((h) => [h.entry.id, h.score, h.bag, h.exact]);

  it('keeps every hit that reaches the floor, typos and unknown words included', () => {
    const queries = [
      'council budget harbour lighthouse keeper north shift 5 round 12 today',
      'harbour lighthuose keeper kept the southern shift',
      'lighthouse keeper southern shift alive',
      'budget talks went on for round 3 today',
      'the keeper of a zanzibar lighthouse said the harbour shift',
      'harbour harbour lighthouse',
    ];
    for (const q of queries) {
      const floored = store.search(q, { limit: 400, atLeast });
      const full = store.search(q, { limit: 400 });
      expect(key(floored), q).toEqual(key(full).slice(0, key(floored).length));
      expect(key(floored).length, q).toBe(Math.min(key(full).length, 96));
    }
  });

  it('reads fewer postings than a search without a floor', () => {
    store.search('council budget harbour lighthouse keeper north shift round today');
    const without = store.lastSearch.postingsRead;
    store.search('council budget harbour lighthouse keeper north shift round today', { atLeast });
    expect(store.lastSearch.postingsRead).toBeLessThan(without / 2);
  });
});

describe('ClaimStore.search floor, as a property', () => {
  it('never loses a hit that reaches the floor (random corpora, typos, inflections, function words)', async () => {
    const fc = await import('fast-check');
    const vocabulary = [
      'harbour',
      'harbours',
      'lighthouse',
      'keeper',
      'keeping',
      'kept',
      'council',
      'budget',
      'budgets',
      'northern',
      'shift',
      'shifting',
      'storm',
      'storms',
      'ferry',
      'with',
      'will',
      'that',
      'must',
      'the',
      'of',
      'and',
      'runs',
      'running',
      'communication',
      'communications',
    ];
    const typo = (w: string, at: number): string => (w.length < 4 ? w : `${w.slice(0, at % w.length)}x${w.slice((at % w.length) + 1)}`);
    const sentence = fc.array(fc.constantFrom(...vocabulary), { minLength: 3, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 5, maxLength: 120 }),
        sentence,
        fc.array(fc.nat(30), { maxLength: 3 }),
        (lines, query, typos) => {
          const store = storeOf([
            doc(
              'a.txt',
              lines.map((l, i) => `${i % 2 ? 'Ana Reyes' : 'Ben Ode'}|${l.join(' ')}`),
            ),
          ]);
          const q = [...query];
          typos.forEach((at, k) => {
            q[k % q.length] = typo(q[k % q.length]!, at);
          });
          const text = q.join(' ');
          const useful = (h: { score: number; bag: number; exact: boolean }): boolean => h.exact || h.score >= 0.72 || h.bag >= 0.65;
          const floored = new Set(store.search(text, { limit: 400, atLeast: { ordered: 0.72, bag: 0.65 } }).map((h) => h.entry.id));
          for (const h of store.search(text, { limit: 400 }).filter(useful)) expect(floored.has(h.entry.id), text).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('ClaimStore.search when hundreds of entries hold the query words', () => {
  const words = 'you have to take out their trawlers';

  it('keeps the short wording among the candidates, before long speeches that hold the words somewhere', () => {
    const far = Array.from(
      { length: 120 },
      (_, i) => `Ana Reyes|Speech ${i}: ${'roads and ferries and budgets, '.repeat(10)}we take pride in trawlers and harbours`,
    );
    const store = storeOf([doc('a.txt', far), doc('b.txt', [`Ben Ode|${words}`])]);
    const [best] = store.search(words);
    expect(best?.entry.documentId).toBe('b.txt');
    expect(best?.exact).toBe(true);
  });

  it('puts the words as written before shorter wordings that hold only a misspelling of them', () => {
    const near = Array.from({ length: 120 }, (_, i) => `Ana Reyes|We make trawlrs happy ${i}`);
    const store = storeOf([doc('a.txt', near), doc('b.txt', [`Ben Ode|${words}`])]);
    expect(store.search(words)[0]?.entry.documentId).toBe('b.txt');
  });
});
