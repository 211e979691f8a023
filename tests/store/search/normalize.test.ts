import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asciiWords, wordSpans, words } from '../../../src/store/search/normalize.js';

/** The general path alone (the one non-ASCII text takes). */
function regexWords(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) =>
    m[0]
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/['’]/g, ''),
  );
}

describe('words', () => {
  it('folds case, drops apostrophes inside words, splits on everything else', () => {
    expect(words("Beijing's navy—and the 90's rock'n'roll, it's 2023: A'1 x'")).toEqual([
      'beijings',
      'navy',
      'and',
      'the',
      '90s',
      'rocknroll',
      'its',
      '2023',
      'a',
      '1',
      'x',
    ]);
    expect(words('Café “naïve” co-operation')).toEqual(['cafe', 'naive', 'co', 'operation']);
  });

  it('keeps a word whole across a soft hyphen, zero-width or direction mark a web page left inside it', () => {
    expect(words('Die Zusammen\u00adarbeit, the p\u200bort and it’s \u202aLi\u202c')).toEqual([
      'die',
      'zusammenarbeit',
      'the',
      'port',
      'and',
      'its',
      'li',
    ]);
    expect(wordSpans('a Zusammen\u00adarbeit')).toEqual([
      { word: 'a', start: 0, end: 1 },
      { word: 'zusammenarbeit', start: 2, end: 17 },
    ]);
  });

  it('scans ASCII by hand exactly as the Unicode pattern does', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'abcXYZ019 \'’-.,\n\t"é'.split('')), maxLength: 60 });
    fc.assert(
      fc.property(ascii, (text) => {
        expect(words(text)).toEqual(regexWords(text));
        const fast = asciiWords(text);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters in words
        if (/[^\x00-\x7f]/.test(text)) expect(fast).toBeNull();
        else expect(fast).toEqual(regexWords(text));
      }),
      { numRuns: 3000 },
    );
  });
});
