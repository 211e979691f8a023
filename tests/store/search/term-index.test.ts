import { describe, expect, it } from 'vitest';
import { TermIndex, allowedEdits } from '../../../src/store/search/term-index.js';
import { words } from '../../../src/store/search/normalize.js';
import { withinEdits } from '../../../src/store/search/edit-distance.js';

function indexOf(texts: string[]): TermIndex {
  const index = new TermIndex();
  texts.forEach((t, i) => {
    index.add(i, words(t));
  });
  index.freeze();
  return index;
}

describe('TermIndex', () => {
  const texts = [
    'The harvest festival begins tomorrow in the valley',
    'Harvests were poor across the northern valley',
    'We will strengthen communication between the two ministries',
    'Nobody mentioned the festival at all',
  ];
  const index = indexOf(texts);

  it('maps surface words to stem terms and lists entries once each, ascending', () => {
    const t = index.termOfWord('harvest')!;
    expect(t).toBeDefined();
    expect(index.termOfWord('harvests')).toBe(t);
    expect([...index.postings(t)]).toEqual([0, 1]);
    expect([...index.postings(index.termOfWord('valley')!)]).toEqual([0, 1]);
    expect(index.frequency(index.termOfWord('festival')!)).toBe(2);
  });

  it('does not index stopwords', () => {
    expect(index.termOfWord('the')).toBeUndefined();
    expect(index.termOfWord('at')).toBeUndefined();
  });

  it('finds typo neighbours: one edit from four letters, two from eight', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(allowedEdits(4)).toBe(1);
    expect(allowedEdits(8)).toBe(2);
    expect(index.neighbours('festivl')).toContain('festival'); // deletion
    expect(index.neighbours('valey')).toContain('valley'); // a missing letter
    expect(index.neighbours('vallye')).toContain('valley'); // a swap of neighbouring letters is one edit
    expect(index.neighbours('vxllye')).not.toContain('valley'); // two edits: too many for six letters
    expect(index.neighbours('comunicaton')).toContain('communication'); // two deletions in a long word
    expect(index.neighbours('strenghten')).toContain('strengthen');
    expect(index.neighbours('harvest')[0]).toBe('harvest'); // the word itself first when stored
    expect(index.neighbours('zzzzzzzz')).toEqual([]);
  });

  it('finds every stored word within the edits, a word with letters added to it too, the same way when asked again', () => {
    for (const typo of ['valleey', 'commmunicattion', 'festivall', 'harvset', 'ministreis', 'strengthn', 'tommorow']) {
      const edits = allowedEdits(typo.length);
      const all = index.lexicon.filter((w) => index.termOfWord(w) !== undefined && withinEdits(w, typo, edits));
      expect([...index.neighbours(typo)].sort()).toEqual([...all].sort());
      expect(index.neighbours(typo)).toEqual(index.neighbours(typo));
    }
    expect(index.neighbours('commmunicattion')).toEqual(['communication']); // two letters too many
  });

  it('gives short words no typo tolerance', () => {
    expect(index.neighbours('two')).toEqual(['two']);
    expect(index.neighbours('twi')).toEqual([]);
  });

  it('weighs rare terms more (idf)', () => {
    expect(index.idf(index.termOfWord('ministries')!)).toBeGreaterThan(index.idf(index.termOfWord('harvest')!));
  });

  it('round-trips through its data form unchanged', () => {
    const copy = TermIndex.fromData(structuredClone(index.toData()));
    expect(copy.size).toBe(index.size);
    for (const w of ['harvest', 'valley', 'festival', 'communication']) {
      expect([...copy.postings(copy.termOfWord(w)!)]).toEqual([...index.postings(index.termOfWord(w)!)]);
    }
    expect(copy.neighbours('comunicaton')).toEqual(index.neighbours('comunicaton'));
  });

  it('refuses additions once frozen', () => {
    expect(() => index.add(9, ['late'])).toThrow(/frozen/);
  });
});

describe('TermIndex.neighbours is complete within the allowed edits', () => {
  it('finds every stored content word a brute-force edit-distance scan finds (a swap counts as one edit)', async () => {
    const fc = await import('fast-check');
    // plain optimal-string-alignment distance, the textbook full matrix: the reference for the bounded one
    const osa = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    const { isStopword } = await import('../../../src/store/search/normalize.js');
    const letters = fc.constantFrom(...'abcdeilmnorst');
    const word = fc.array(letters, { minLength: 3, maxLength: 12 }).map((a) => a.join(''));
    // a word and edits of it (two substitutions, two insertions, …), so near pairs are common
    const edit = (w: string, edits: [number, string, string][]): string => {
      let out = w;
      for (const [at, ch, op] of edits) {
        const i = at % (out.length + 1);
        if (op === 'swap' && i + 1 < out.length) out = out.slice(0, i) + out[i + 1] + out[i] + out.slice(i + 2);
        else
          out =
            op === 'ins'
              ? out.slice(0, i) + ch + out.slice(i)
              : op === 'sub'
                ? out.slice(0, i) + ch + out.slice(i + 1)
                : out.slice(0, i) + out.slice(i + 1);
      }
      return out.length >= 1 ? out : w;
    };
    let seed = 7;
    const next = (): number => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    const filler = Array.from({ length: 3000 }, () => Array.from({ length: 9 }, () => 'uvwxyz'[next() % 6]).join('')).join(' ');
    // the query is a stored word with up to three edits (two substitutions, two insertions, …)
    const edits = fc.array(fc.tuple(fc.nat(20), letters, fc.constantFrom('sub', 'ins', 'del', 'swap')), { maxLength: 3 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.nat(), edits, (stored, pick, change) => {
        const query = edit(stored[pick % stored.length]!, change);
        // filler words make the typo table large, so its buckets rarely collide (a collision finds extra words)
        const index = indexOf([stored.join(' '), filler]);
        const allowed = allowedEdits(query.length);
        const expected = new Set(
          stored.filter((w) => !isStopword(w) && (w === query || (allowed > 0 && w.length >= 4 && osa(w, query) <= allowed))),
        );
        // a three-letter stored word is reached only from a four-letter query by one deletion
        const got = new Set(index.neighbours(query).filter((w) => w.length >= 4 || w === query));
        expect(got).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe('TermIndex.addText', () => {
  it('indexes exactly what add(words(text)) indexes, ASCII or not', async () => {
    const fc = await import('fast-check');
    const text = fc.string({ unit: fc.constantFrom(...'abAB09 \'’-.,\n"éÉ'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 30 }), (texts) => {
        const byText = new TermIndex();
        const byWords = new TermIndex();
        texts.forEach((t, i) => {
          byText.addText(i, t);
          byWords.add(i, words(t));
        });
        expect(byText.toData()).toEqual(byWords.toData());
      }),
      { numRuns: 300 },
    );
  });
});

describe('TermIndex.contentTermSets', () => {
  it('gives each entry its terms sorted and unique, a short entry or one of thousands of words', () => {
    const vocabulary = ['harbour', 'ferry', 'pier', 'timetable', 'spring', 'costs', 'board', 'island', 'tide', 'fares'];
    const long = Array.from({ length: 5000 }, (_, i) => vocabulary[(i * 7) % vocabulary.length]).join(' ');
    const texts = ['The ferry fares rise in spring', long, 'Nobody mentioned the pier'];
    const index = indexOf(texts);
    const { start, terms } = index.contentTermSets();
    texts.forEach((text, e) => {
      const expected = [
        ...new Set(
          words(text)
            .map((w) => index.termOfWord(w))
            .filter((t) => t !== undefined),
        ),
      ].sort((a, b) => a - b);
      expect([...terms.subarray(start[e]!, start[e + 1]!)]).toEqual(expected);
    });
  });
});
