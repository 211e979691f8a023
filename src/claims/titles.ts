/**
 * Quotations that are not things said: titles and names in marks (“Meet the Press”), and short fragments
 * that stay scare quotes unless a rule finds who said them.
 */
import type { DocModel } from './model.js';
import type { Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const { DETERMINERS, TITLE_SMALL_WORDS, WORK_MARKERS, WORK_NOUNS } = words;

/**
 * A title or name in marks (“Meet the Press”, ‘Northern/Interaction-2023’): title case, no closing punctuation,
 * at most six words (`most` after the noun of a work: “Burning Bridges: How the Harbour Was Won”).
 */
export function titleLike(inner: string, most = 6): boolean {
  const t = inner.trim();
  // most quotations are sentences: a long one is decided without splitting all its words
  const gaps = /\s+/g;
  for (let n = 0; gaps.exec(t); ) if (++n >= most) return false;
  const words = t.split(/\s+/);
  if (/[.!?,;:]$/.test(t)) return false;
  return words.every((w) => TITLE_SMALL_WORDS.has(w) || /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * “Going Viral,” after "author of", "titled"; “Meet the Press.” after "on NBC’s"; “Weiner.” after "the
 * documentary"; “Lost Harbours,” after “Tides,” and (a list of titles): a name in marks that closes a clause or a
 * sentence is still a title after a preposition or naming word, an owner's name or a title and "and", "or" or a
 * comma (1), or the noun of a kind of work (2: a book's title may be long).
 */
function afterWorkMarker(model: DocModel, qi: number): 0 | 1 | 2 {
  const [b, k] = model.quoteAt[qi] as [number, number];
  const toks = model.blocks[b] as Token[];
  let p = k - 1;
  if (toks[p] && DETERMINERS.has((toks[p] as Token).lower)) p--;
  if (toks[p]?.text === ',' && WORK_NOUNS.has(toks[p - 1]?.lower ?? '')) p--;
  const prev = toks[p];
  // ("starred in “Tides” and “Lost Harbours,”", "for “R,” or “D,”": the next title of a list)
  if (prev?.lower === 'and' || prev?.lower === 'or' || prev?.text === ',') {
    const listed = toks[prev.text === ',' || toks[p - 1]?.text !== ',' ? p - 1 : p - 2];
    if (listed?.kind === 'quote' && isTitle(model, listed.quote)) return 1;
  }
  if (prev?.kind !== 'word') return 0;
  if (WORK_NOUNS.has(prev.lower)) return 2;
  // ("the hacker known as “Guccifer,”": a name the person goes by)
  if (prev.lower === 'as' && toks[p - 1]?.lower === 'known') return 1;
  return WORK_MARKERS.has(prev.lower) || (prev.poss === true && prev.cap) ? 1 : 0;
}

/**
 * “The Long Tide,” by Ana Ruiz: a name in marks right before "by" and a capitalised word is a work and its author (a
 * book's title may be long).
 */
function beforeAuthor(model: DocModel, qi: number): boolean {
  const [b, k] = model.quoteAt[qi] as [number, number];
  const toks = model.blocks[b] as Token[];
  const by = toks[k + 1];
  const author = toks[k + 2];
  return by?.lower === 'by' && author?.kind === 'word' && author.cap && author.sentence === by.sentence;
}

/** Most words of a title after the noun of a work or before its author ("The Long Tide: How a Harbour Was Won"). */
const LONG_TITLE_WORDS = 12;

/** Is quotation `qi` a title or a name in marks rather than words someone said? */
export function isTitle(model: DocModel, qi: number): boolean {
  const q = model.quotes[qi];
  if (!q) return false;
  const inner = model.text.slice(q.innerStart, q.innerEnd);
  if (titleLike(inner)) return true;
  // (a title may close on its own "!" or "?", “Hold the Line!”, “Unifier?”, and the sentence's comma or full stop)
  const bare = inner.replace(/[,.!?]\s*$/, '');
  if (beforeAuthor(model, qi) && titleLike(bare, LONG_TITLE_WORDS)) return true;
  const marker = afterWorkMarker(model, qi);
  return marker > 0 && titleLike(bare, marker === 2 ? LONG_TITLE_WORDS : 6);
}

/** A short fragment that is not a sentence: a scare quote unless a rule finds its speaker. */
export function fragment(inner: string): boolean {
  const t = inner.trim();
  return t.split(/\s+/).length <= 4 && !/[.!?]$/.test(t);
}
