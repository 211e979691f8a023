/**
 * Text normalisation shared by indexing and querying: the same function must run on both sides, so a
 * quote typed with curly marks, accents or British spelling meets the stored wording.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { INVISIBLE_CHARS } from '../../corpus/invisible.js';

/** The function words: not indexed, weighed little. */
export const STOPWORD_LIST: readonly string[] = eng;
const STOPWORDS: ReadonlySet<string> = new Set(eng);
const ASCII_WORD = /^[A-Za-z0-9]+$/;
/**
 * A word may hold invisible characters a web page leaves in it (a soft hyphen for line breaking, a zero-width
 * space or joiner, a direction mark): "Zusammen\u00adarbeit" is one word, "zusammenarbeit".
 */
const WORD = new RegExp(String.raw`[\p{L}\p{N}]+(?:[${INVISIBLE_CHARS}]+[\p{L}\p{N}]+|['’][\p{L}]+)*`, 'gu');
const INVISIBLE_IN_WORD = new RegExp(`[${INVISIBLE_CHARS}]`, 'gu');

/** Lowercase, strip diacritics and invisible characters, drop apostrophes inside words ("country's" → "countrys"). */
function foldWord(word: string): string {
  // most words are plain ASCII letters and digits: skip the Unicode work (a large share of indexing time)
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return word
    .replace(INVISIBLE_IN_WORD, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '');
}

/** British → American spellings that stemming alone does not merge (organise/organize, defence/defense). */
function americanise(word: string): string {
  return word
    .replace(/(?<=\w{3})is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1')
    .replace(/(?<=\w{2})(fen|cen)ce$/, '$1se')
    .replace(/(?<=\w{3})our$/, 'or');
}

/** The words of a text, folded ("Beijing's" → "beijings"); the unit of verbatim comparison. */
export function words(text: string): string[] {
  // plain ASCII text (most of any corpus) is scanned by hand: the Unicode regex and per-word tests were a
  // large share of building a million-quotation store; the result is the same (tests compare the two)
  const ascii = asciiWords(text);
  if (ascii) return ascii;
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(foldWord(m[0]));
  return out;
}

/** ASCII letter or digit (a character code). */
export const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** True when `text[i]` is an apostrophe followed by a letter: the word goes on ("it's", "rock'n'roll"). */
export const apostropheGoesOn = (text: string, i: number): boolean =>
  i + 1 < text.length && text.charCodeAt(i) === 39 && isLetter(text.charCodeAt(i + 1));

/**
 * The ASCII word whose alphanumeric run is `text[start, end)`, with the letters after each apostrophe that
 * continues it joined on and the apostrophes dropped (not lower-cased), and where it ends.
 */
export function joinApostrophes(text: string, start: number, end: number): { word: string; end: number } {
  let word = text.slice(start, end);
  let i = end;
  while (apostropheGoesOn(text, i)) {
    const from = i + 1;
    i += 2;
    while (i < text.length && isLetter(text.charCodeAt(i))) i++;
    word += text.slice(from, i);
  }
  return { word, end: i };
}

/** `words` for text with no character past ASCII; null otherwise. */
export function asciiWords(text: string): string[] | null {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c > 127) return null;
    if (!isAsciiAlnum(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
    if (!apostropheGoesOn(text, i)) {
      out.push(text.slice(start, i).toLowerCase());
      continue;
    }
    const joined = joinApostrophes(text, start, i);
    i = joined.end;
    out.push(joined.word.toLowerCase());
  }
  return out;
}

/** Words with their offsets in `text`, for mapping a match back to the wording. */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: foldWord(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 200_000;

/** Stem of a folded word: the unit of fuzzy and paraphrase comparison. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let s = stems.get(word);
  if (s === undefined) {
    // stemming is regex-heavy and the same words recur in every query's candidates: remember them
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    s = stemmer(americanise(word));
    stems.set(word, s);
  }
  return s;
}

/** True for function words ("the", "at", "should") that carry little evidence on their own. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Normalised single-spaced word string, for exact (verbatim) containment tests. */
export function normalizedPhrase(text: string): string {
  return words(text).join(' ');
}
