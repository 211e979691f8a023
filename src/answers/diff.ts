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
