/**
 * How much a few words found inside a longer quotation tell of who said them. One word ("communication"), or one
 * word among function words ("at all levels"), is a word many people use: found inside someone's longer quotation it
 * pins no quotation, and "said these exact words" would overclaim. Two content words alone ("joint cruises", at most
 * `FEW_WORDS` words) pin one when only one person's quotations hold them. Three or more, or more function words around
 * two, or a run as long as a quotation's own
 * (`CONFLICT_THRESHOLDS.sharedRunWords` words in a row), pin a quotation on their own. A quotation that is the words
 * alone ("Disgraceful.") is always theirs. who-said and /quotes read the same rule.
 */
import { mayBeAdjective } from '../claims/occupations.js';
import { ABBREVIATIONS } from '../claims/words/index.js';
import { isStopword, stem, words } from '../store/search/normalize.js';
import { CONFLICT_THRESHOLDS } from './conflicts.js';

/** What words found inside a longer quotation tell: nothing, its speaker when only one person's hold them, or the quotation. */
export type WordsPin = 'none' | 'speaker' | 'quotation';

/** Different content words of a text, by stem (a word typed twice is one word). */
export function contentWordCount(text: string): number {
  return new Set(
    words(text)
      .filter((w) => !isStopword(w))
      .map(stem),
  ).size;
}

/**
 * Two content words pin a quotation only through its speaker in a question of at most this many words: in a longer
 * one their function words, in order, are part of what is quoted (“we will take this derby”).
 */
export const FEW_WORDS = 3;

/** How far `text`'s words, found inside a longer quotation, tell which quotation it is (the file's comment says why). */
export function wordsPin(text: string): WordsPin {
  const count = words(text).length;
  if (count >= CONFLICT_THRESHOLDS.sharedRunWords) return 'quotation';
  const content = contentWordCount(text);
  if (content <= 1) return 'none';
  return content === 2 && count <= FEW_WORDS ? 'speaker' : 'quotation';
}

/**
 * The words of `text` split at its list and clause breaks: a comma or semicolon, or a sentence end. Two words in
 * different parts are items of a list or of different clauses (“strategic communications, joint military
 * exercises”), never a phrase of them. "and"/"or" alone is no break: “peace and stability” still holds
 * “peace stability” as one phrase; nor is a comma between two modifiers of one noun (`joinsModifiers`: “joint,
 * large-scale exercises” holds “joint exercises”).
 */
export function unbrokenStretches(text: string): string[][] {
  const parts: string[][] = [];
  let rest = text;
  for (;;) {
    const mark = findBreak(rest);
    const piece = mark < 0 ? rest : rest.slice(0, mark);
    const current = words(piece);
    if (current.length) parts.push(current);
    if (mark < 0) break;
    rest = rest.slice(mark + 1);
  }
  return parts;
}

/**
 * Where `text`'s first break mark is (a comma, semicolon or sentence end before a space: "30,000" is one figure; a
 * comma between two modifiers of one noun is none, `joinsModifiers`), or −1.
 */
function findBreak(text: string): number {
  for (const m of text.matchAll(/[,;.!?](?=\s|$)/g)) {
    if (m[0] === ',' && joinsModifiers(text.slice(0, m.index), text.slice(m.index + 1))) continue;
    if (m[0] !== '.' || periodEndsSentence(text, m.index)) return m.index;
  }
  return -1;
}

/** True when the period at `at` in `text` ends a sentence: not after an abbreviation or an initial ("Mr.", "U.S.", "J."). */
function periodEndsSentence(text: string, at: number): boolean {
  const word = (/([\p{L}.]+)$/u.exec(text.slice(0, at))?.[1] ?? '').toLowerCase();
  return !(ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || word.includes('.'));
}

/** True when `text` holds a sentence end: ".", "!" or "?" before a space or the end (“Mr.” and “30.5” end none). */
export function holdsSentenceEnd(text: string): boolean {
  for (const m of text.matchAll(/[.!?](?=\s|$)/g)) if (m[0] !== '.' || periodEndsSentence(text, m.index)) return true;
  return false;
}

/** A word as written at the end of a text, and at the start of one (hyphens kept: “large-scale”). */
const LAST_WORD = /[\p{L}\p{N}'’-]+$/u;
const FIRST_WORD = /^\s*([\p{L}\p{N}'’-]+)/u;

/**
 * True when a comma between `before` and `after` sits between two modifiers of one noun (“joint, large-scale
 * exercises”, “big, bold, new plans”), no list or clause break: the word before it and the word after it may both
 * modify a noun (`mayModify`), and the words after go on to the noun with no break between (the noun is still to
 * come). The word before the comma is what tells a list apart: an item's noun (“strategic communications, joint
 * military exercises”) is no adjective, where two adjectives before one noun are a phrase. A noun WordNet also knows
 * as an adjective ending a list item (“military, naval exercises”) reads as a modifier: the words alone cannot tell.
 */
function joinsModifiers(before: string, after: string): boolean {
  const first = FIRST_WORD.exec(after);
  if (!first || !mayModify(LAST_WORD.exec(before)?.[0] ?? '') || !mayModify(first[1] as string)) return false;
  const rest = after.slice(first[0].length);
  // (several modifiers, each comma joining two: “big, bold, new plans”)
  if (rest.startsWith(',')) return joinsModifiers(first[1] as string, rest.slice(1));
  const next = /^\s+([\p{L}\p{N}'’-]+)/u.exec(rest)?.[1];
  return next !== undefined && words(next).some((w) => !isStopword(w));
}

/**
 * A word that may modify a noun: WordNet knows it as an adjective (“joint”, “naval”), or a compound of hyphenated
 * words (“record-breaking”, “well-armed”), never a function word (“all”, “such”, WordNet's adjectives too).
 */
function mayModify(written: string): boolean {
  const word = written.toLowerCase();
  const parts = words(word);
  if (!parts.length || isStopword(word) || (parts.length === 1 && isStopword(parts[0] as string))) return false;
  return mayBeAdjective(word) || (word.includes('-') && parts.length > 1);
}

/** True when the member's own words cross a list or clause break: then theirs is no phrase to keep whole either. */
export function askedAcrossBreak(asked: string): boolean {
  return unbrokenStretches(asked).length > 1;
}

/**
 * Words that may stand between two of a few words asked about in a quotation that holds them close together:
 * “joint naval exercises” holds “joint exercises”, a sentence that names “joint” and, later, “exercises” does not.
 */
export const NEAR_WORDS_BETWEEN = 2;

/**
 * The shortest stretch of `quote` holding `asked`'s content words in order and close together (at most
 * `NEAR_WORDS_BETWEEN` words between two), as the words or other forms of them (by stem): “joint naval exercises”
 * for “joint exercises” or “joint exercise”; null when it holds none. Of a few words, another person's quotation
 * holding them so holds them as much as one holding them word for word: neither is pinned by them.
 */
export function nearStretch(quote: string, asked: string): string | null {
  const wanted = words(asked)
    .filter((w) => !isStopword(w))
    .map(stem)
    .filter((s, i, all) => all.indexOf(s) === i);
  if (!wanted.length) return null;
  // within one list item or clause of the quotation, unless the member's own words cross one
  let best: string[] | null = null;
  for (const quoted of askedAcrossBreak(asked) ? [words(quote)] : unbrokenStretches(quote)) {
    const found = nearIn(quoted, wanted);
    if (found && (!best || found.length < best.length)) best = found;
  }
  return best ? best.join(' ') : null;
}

/** The shortest run of `quoted` holding the `wanted` stems in order, close together, or null. */
function nearIn(quoted: readonly string[], wanted: readonly string[]): string[] | null {
  const stems = quoted.map(stem);
  let best: { start: number; end: number } | null = null;
  for (let start = 0; start < stems.length; start++) {
    if (stems[start] !== wanted[0]) continue;
    let at = start;
    for (const next of wanted.slice(1)) {
      const found = stems.slice(at + 1, at + 2 + NEAR_WORDS_BETWEEN).indexOf(next);
      if (found < 0) {
        at = -1;
        break;
      }
      at += 1 + found;
    }
    if (at >= 0 && (!best || at - start < best.end - best.start)) best = { start, end: at };
  }
  return best ? quoted.slice(best.start, best.end + 1) : null;
}

/**
 * True when `quote` holds `asked`'s content words in order in no more words than `asked` has (“joint exercises” for
 * “joint exercise”), not only with other words between (“joint naval exercises”): only then does a close match of a
 * few words show the person saying them, and not words of theirs that happen to hold them.
 */
export function heldInARow(quote: string, asked: string): boolean {
  const stretch = nearStretch(quote, asked);
  return stretch !== null && words(stretch).length <= words(asked).length;
}
