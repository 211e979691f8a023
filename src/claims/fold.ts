/**
 * Name folding for matching across documents and against typed queries: case, diacritics, titles, and the
 * usual romanisation variants (Yevmenov/Evmenov, Nikolai/Nikolay, Sergei/Sergey, Dmitry/Dmitrii).
 */
import { distance } from 'fastest-levenshtein';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const { HONORIFICS, ORG_WORDS, TITLES } = words;

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
  // "State Department", "Justice Department": before an organisation word a title is part of the body's name
  // (an honorific is not: "Mrs. Ruiz's campaign" is "Ruiz's campaign")
  const body = ORG_WORDS.has((words.at(-1) ?? '').toLowerCase());
  const title = (w: string) => (body ? HONORIFICS : TITLES).has(w.toLowerCase());
  let i = 0;
  while (i < words.length - 1 && title(words[i] as string)) i++;
  return words.slice(i);
}

/**
 * The name words of a name a person typed: as `nameWords`, and after a leading "the" the titles that follow it
 * left out too ("the defence minister Li" is "Li", as "defence minister Li" is); "the" stays when no title follows
 * it or only titles do ("the Hague", "the mayor": no name to leave them out before).
 */
export function typedNameWords(typed: string): string[] {
  const all = nameWords(typed);
  if (all[0]?.toLowerCase() !== 'the') return all;
  const rest = nameWords(all.slice(1).join(' '));
  return rest.length < all.length - 1 && !TITLES.has((rest[0] ?? '').toLowerCase()) ? rest : all;
}

/** Folded words of a name a person typed (`typedNameWords`): as `foldName`. */
export function foldTypedName(typed: string): string[] {
  return foldedWords(typedNameWords(withoutPossessive(typed)));
}

/** Whether a name is an account's handle ("@RosaAlbright"): its letters are no name of words run together or split. */
export function isHandle(name: string): boolean {
  return name.trim().startsWith('@');
}

/**
 * The letters of a folded name, spacing aside ("li shang fu", "LiShangfu" and "Li Shangfu" are one), a letter
 * doubled across two words written once, as `foldWord` writes a doubled letter in one ("Ann Nolan", "AnnNolan").
 */
export function nameLetters(folded: readonly string[]): string {
  return folded.join('').replace(/(.)\1+/g, '$1');
}

/**
 * Fewest letters a name typed in several words needs to be read as one word of a known name, or a run of its
 * words, typed split ("Shang Fu" for "Shangfu"): fragments as short as "Li Fu" join into someone's word by chance.
 */
export const MIN_JOINED_LETTERS = 5;

/**
 * True when `letters` are those of a run of consecutive `words` (one word, several, or all) of other than
 * `typedCount` words, each run's letters as `join` writes them: a name typed split or run together differently
 * from how it is written ("Shang Fu" for "Li Shangfu", "Vander Berg" for "Pieter van der Berg"), a run as long
 * as the typed words being another question (the words compared one by one).
 */
export function lettersOfRun(
  letters: string,
  words: readonly string[],
  typedCount: number,
  join: (run: readonly string[]) => string = nameLetters,
): boolean {
  // compared with every candidate speaker on each name lookup (an add's new speakers at a million quotations), so
  // nameLetters' runs are walked a letter at a time, not joined; a run stops as soon as it leaves `letters`
  if (join === nameLetters) return doubledAsOneRun(letters, words, typedCount);
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j <= words.length; j++) {
      const joined = join(words.slice(i, j));
      if (!letters.startsWith(joined)) break; // a longer run only adds letters after these
      if (j - i !== typedCount && joined === letters) return true;
    }
  return false;
}

/** `lettersOfRun` for `nameLetters`' runs: the run's letters, a letter repeated in a row taken once. */
function doubledAsOneRun(letters: string, words: readonly string[], typedCount: number): boolean {
  for (let i = 0; i < words.length; i++) {
    let at = 0;
    let last = '';
    runs: for (let j = i; j < words.length; j++) {
      const word = words[j] as string;
      for (let k = 0; k < word.length; k++) {
        const c = word[k] as string;
        if (c === last) continue;
        if (letters[at] !== c) break runs;
        last = c;
        at++;
      }
      if (at === letters.length && j + 1 - i !== typedCount) return true;
    }
  }
  return false;
}

/** Folded words of a name, titles removed. */
export function foldName(name: string): string[] {
  return foldedWords(nameWords(withoutPossessive(name)));
}

/** A name without the possessive "'s" of its words ("Li's" is Li). */
function withoutPossessive(name: string): string {
  return name.replace(/[’']s\b/g, '');
}

/** Name words folded (`foldNameWord`), those folding to nothing left out. */
function foldedWords(words: readonly string[]): string[] {
  return words.map(foldNameWord).filter(Boolean);
}

/** "J.J." stays two initials ("jj"), which no single given name matches; other words fold as `foldWord`. */
function foldNameWord(word: string): string {
  return /^(\p{L}\.){2,}$/u.test(word) ? ascii(word.replace(/\./g, '')) : foldWord(word);
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
export function givenMatch(a: string, b: string, same: (a: string, b: string) => boolean = wordsMatch): boolean {
  return same(a, b) || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * Letters that stand for one another between two spellings of one name: any vowel for another, and
 * consonants that sound alike. Other letters are no spelling variant ("Murphy" is not "Murray").
 */
const SOUND_CLASS: Readonly<Record<string, string>> = {
  a: 'vowel',
  e: 'vowel',
  i: 'vowel',
  o: 'vowel',
  u: 'vowel',
  b: 'b',
  p: 'b',
  c: 'k',
  g: 'k',
  k: 'k',
  d: 't',
  t: 't',
  f: 'f',
  v: 'f',
  s: 's',
  z: 's',
};

/** A letter one spelling may have and another leave out: a vowel or an h ("Gaddafi" / "Gadhafi"). */
const silent = (ch: string): boolean => SOUND_CLASS[ch] === 'vowel' || ch === 'h';
const alike = (x: string, y: string): boolean => x === y || (SOUND_CLASS[x] !== undefined && SOUND_CLASS[x] === SOUND_CLASS[y]);

/**
 * Two folded words of names in the corpus that are one name spelt two ways: within the same allowance as
 * `wordsMatch`, but only by edits a transliteration makes (a vowel changed, added or dropped, an h, a
 * consonant for one that sounds alike). Stricter than `wordsMatch`, which forgives a person's typing:
 * two people in the corpus whose surnames differ by one other letter stay two people.
 */
export function spellingVariant(a: string, b: string): boolean {
  if (a === b) return true;
  // most pairs are no variant at all: the fast edit distance rules them out first
  if (!wordsMatch(a, b)) return false;
  const allowed = allowance(Math.min(a.length, b.length));
  const forbidden = allowed + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j === 0 ? 0 : previousCost(b, j, forbidden)));
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1] as string;
    const row = [previous[0]! + (silent(ai) ? 1 : forbidden)];
    for (let j = 1; j <= b.length; j++) {
      const bj = b[j - 1] as string;
      const change = ai === bj ? 0 : alike(ai, bj) ? 1 : forbidden;
      row.push(
        Math.min(previous[j - 1]! + change, previous[j]! + (silent(ai) ? 1 : forbidden), row[j - 1]! + (silent(bj) ? 1 : forbidden)),
      );
    }
    previous = row;
  }
  return previous[b.length]! <= allowed;
}

/**
 * What `spellingVariant` cannot change in a word: its letters but the silent ones, each consonant as its sound
 * class ("gadafi" and "gadhafi" → "ktf"). Every edit it allows leaves this the same, so two words with different
 * skeletons are never variants: an index keyed by it finds every candidate without comparing the others.
 */
export function variantSkeleton(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    if (!silent(ch)) out += SOUND_CLASS[ch] ?? ch;
  }
  return out;
}

/** The cost of writing the first `j` letters of `b` from nothing. */
function previousCost(b: string, j: number, forbidden: number): number {
  let cost = 0;
  for (let k = 0; k < j; k++) cost += silent(b[k] as string) ? 1 : forbidden;
  return cost;
}
