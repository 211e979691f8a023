/**
 * How much a few words found inside a longer quotation tell of who said them. One word ("communication"), or one
 * word among function words ("at all levels"), is a word many people use: found inside someone's longer quotation it
 * pins no quotation, and "said these exact words" would overclaim. Two content words alone ("joint cruises", at most
 * `FEW_WORDS` words) pin one when only one person's quotations hold them. Three or more, or more function words around
 * two, or a run as long as a quotation's own
 * (`CONFLICT_THRESHOLDS.sharedRunWords` words in a row), pin a quotation on their own. A quotation that is the words
 * alone ("Disgraceful.") is always theirs. who-said and /quotes read the same rule.
 */
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
