/**
 * Text normalisation shared by indexing and querying: the same function must run on both sides, so a
 * quote typed with curly marks, accents or British spelling meets the stored wording.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

/** The function words: not indexed, weighed little. */
export const STOPWORD_LIST: readonly string[] = eng;
const STOPWORDS: ReadonlySet<string> = new Set(eng);
const ASCII_WORD = /^[A-Za-z0-9]+$/;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lowercase, strip diacritics, drop apostrophes inside words ("country's" → "countrys"). */
function foldWord(word: string): string {
  // most words are plain ASCII letters and digits: skip the Unicode work (a large share of indexing time)
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return word
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
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(foldWord(m[0]));
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
