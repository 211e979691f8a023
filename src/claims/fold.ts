/**
 * Name folding for matching across documents and against typed queries: case, diacritics, titles, and the
 * usual romanisation variants (Yevmenov/Evmenov, Nikolai/Nikolay, Sergei/Sergey, Dmitry/Dmitrii).
 */
import { distance } from 'fastest-levenshtein';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const { TITLES } = words;

/** Lower-case, ascii, letters and digits only. */
export function ascii(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * A transliteration-folded key for one name word: `ye`/`yu`/`ya` at the start lose the y, y becomes i,
 * kh→h, ph→f, ck/q→k, x→ks, w→v, and doubled letters collapse ("Yevmenov" and "Evmenov" → "evmenov").
 */
export function foldWord(word: string): string {
  return ascii(word)
    .replace(/^y(?=[eaou])/, '')
    .replace(/y/g, 'i')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
}

/** Name words without leading titles ("President", "Adm.") or trailing parentheticals. */
export function nameWords(name: string): string[] {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,]+/)
    .filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && TITLES.has((words[i] as string).toLowerCase())) i++;
  return words.slice(i);
}

/** Folded words of a name, titles removed. */
export function foldName(name: string): string[] {
  return nameWords(name.replace(/[’']s\b/g, ''))
    .map(foldWord)
    .filter(Boolean);
}

/** Edits allowed between two folded words of this length (short words must match exactly). */
function allowance(len: number): number {
  return len >= 10 ? 2 : len >= 5 ? 1 : 0;
}

/** Do two folded words name the same thing, allowing a spelling variant? */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  return allowance(n) > 0 && Math.abs(a.length - b.length) <= allowance(n) && distance(a, b) <= allowance(n);
}

/** Given names compatible: equal, a variant, or one is the other's initial ("J." and "John"). */
export function givenMatch(a: string, b: string): boolean {
  return wordsMatch(a, b) || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}
