/**
 * Word diffs between two wordings of one claim. Words are compared folded (case, accents and punctuation
 * ignored), so "countries" and "countries'" count as the same word and only real wording changes show.
 */
import { diffArrays } from 'diff';
import { words } from '../store/search/normalize.js';
import { PART_JOIN } from '../store/types.js';
import type { DiffPart } from './types.js';

function key(token: string): string {
  return words(token).join(' ');
}

/** A wording's words, each as written and folded as compared (tokens with no word, a lone "…", left out). */
function tokensOf(text: string): { written: string; key: string }[] {
  return text
    .split(/\s+/)
    .map((written) => ({ written, key: key(written) }))
    .filter((t) => t.key);
}

/** Parts that turn `reference` into `text`; consecutive parts of one kind are merged. */
export function wordDiff(reference: string, text: string): DiffPart[] {
  const a = reference.split(/\s+/).filter(Boolean);
  const b = text.split(/\s+/).filter(Boolean);
  const changes = diffArrays(a, b, { comparator: (x: string, y: string) => key(x) === key(y) });
  const parts: DiffPart[] = [];
  for (const c of changes) {
    const op: DiffPart['op'] = c.added ? 'added' : c.removed ? 'removed' : 'same';
    // for unchanged runs show the outlet's own spelling: the diff describes the outlet's wording
    const value = c.value.join(' ');
    const last = parts.at(-1);
    if (last && last.op === op) last.text += ` ${value}`;
    else parts.push({ op, text: value });
  }
  return parts.filter((p) => p.text.length > 0);
}

/** True when the two wordings differ in at least one word (not just punctuation or case). */
export function wordsDiffer(reference: string, text: string): boolean {
  return words(reference).join(' ') !== words(text).join(' ');
}

/** True when one wording contains the other word for word (at least `minWords` words long). */
export function containsVerbatim(a: string, b: string, minWords = 1): boolean {
  const wa = words(a);
  const wb = words(b);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length < minWords) return false;
  return ` ${long.join(' ')} `.includes(` ${short.join(' ')} `);
}

/**
 * True when one wording, or one part of it (a quotation of several parts, “…,” he said, “…”), contains the other
 * wording or one of its parts word for word, at least `minWords` words long: an article that quotes one part of a
 * claim inside a longer quotation of its own carries that claim, as who-said finds it there by those words.
 */
export function containsVerbatimPart(a: string, b: string, minWords = 1): boolean {
  const partsOf = (text: string): string[] => {
    const parts = text.split(PART_JOIN);
    return parts.length > 1 ? [text, ...parts] : [text];
  };
  const bs = partsOf(b);
  return partsOf(a).some((pa) => bs.some((pb) => containsVerbatim(pa, pb, minWords)));
}

/**
 * A quotation's words as shown: without the comma (or semicolon, colon) it ends with, which belongs to the
 * sentence around it ("“…,” said X"; "“…generation,”" shown alone reads as cut). The stored text keeps it.
 */
export function shownWords(text: string): string {
  return text.replace(/[\s,;:]+$/u, '') || text;
}

/** An ellipsis a writer puts in a quotation where words were left out: "…", "...", ". . .", bracketed or not. */
const ELLIPSIS = /\s*(?:\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\s?\.\s?\.)\s*/u;

/**
 * The claim's words an outlet's ellipses stand for, when the wording is the claim quoted word for word with words
 * left out: every word it prints is the claim's, in the claim's order, each stretch between two ellipses a run of the
 * claim word for word (at least `minWords` words printed in all). Each stretch of the claim an ellipsis skips is one
 * item, as the claim writes it; an ellipsis that skips nothing (two parts of the claim quoted as one) adds none, so
 * the list may be empty. Null for a wording with no ellipsis between words, or with any word of its own: that is
 * the claim in other words.
 * @example elidedWords('will fix the roof before winter and paint the hall', 'will fix the roof … and paint the hall') // → ['before winter']
 */
export function elidedWords(reference: string, text: string, minWords = 1): string[] | null {
  const pieces = text
    .split(ELLIPSIS)
    .map(tokensOf)
    .filter((p) => p.length);
  if (pieces.length < 2 || pieces.flat().length < minWords) return null;
  const claim = tokensOf(reference);
  const left: string[] = [];
  let at = 0;
  for (const [i, piece] of pieces.entries()) {
    let found = -1;
    for (let start = at; start + piece.length <= claim.length && found < 0; start++) {
      if (piece.every((t, k) => claim[start + k]!.key === t.key)) found = start;
    }
    if (found < 0) return null;
    // words before the first stretch are a quotation begun later, not words left out at an ellipsis
    if (i > 0 && found > at)
      left.push(
        claim
          .slice(at, found)
          .map((t) => t.written)
          .join(' ')
          .replace(/^[\s,;:]+|[\s,;:]+$/gu, ''),
      );
    at = found + piece.length;
  }
  return left;
}

/**
 * The words of `reference` a quotation leaves off at its end, when its words are the start of the reference's word
 * for word and in order (at least `minWords` of them) and stop before the rest: the quotation cut short. `marked`
 * when the quotation ends in an ellipsis (the outlet shows the cut). Null when any word differs, none is left off, or
 * the quotation has an ellipsis between words (see `elidedWords`).
 * @example cutEnd('will fix the roof before winter', 'will fix the roof') // → { rest: 'before winter', marked: false }
 */
export function cutEnd(reference: string, text: string, minWords = 1): { rest: string; marked: boolean } | null {
  const pieces = text.split(ELLIPSIS).filter((p) => tokensOf(p).length);
  if (pieces.length !== 1) return null;
  const own = tokensOf(text);
  const claim = tokensOf(reference);
  if (own.length < minWords || own.length >= claim.length || own.some((t, i) => claim[i]!.key !== t.key)) return null;
  const rest = claim
    .slice(own.length)
    .map((t) => t.written)
    .join(' ')
    .replace(/^[\s,;:]+|[\s,;:.!?"”’]+$/gu, '');
  const marked = /(?:…|\.\s?\.\s?\.)\s*\]?[\s"”’]*$/u.test(text.trim());
  return { rest, marked };
}
