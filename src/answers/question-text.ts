/**
 * Text a person typed (a slash-command option, a thread message, a CLI argument), cleaned the same way
 * wherever it comes from, so the bot and the CLI give the same answers: trimmed, stripped of control and
 * invisible formatting characters, bounded in length, validated with zod.
 */
import { z } from 'zod';

/** Longest option values accepted; the builders declare the same `max_length`. */
export const OPTION_MAX = Object.freeze({ quote: 1000, topic: 1000, name: 100 });

// C0/C1 controls, zero-width and bidi formatting marks, lone surrogates
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters from what members type is the point
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Longest word kept: no language's words are longer, and typo matching costs grow with the cube of a word's
 * length (a 6000-letter "word" would hold the answer for minutes). Longer runs are cut to this.
 */
export const MAX_WORD = 64;
const LONG_WORD = new RegExp(`\\S{${MAX_WORD + 1},}`, 'g');

/** The first `MAX_WORD` units of `word`, one fewer where the cut would split a surrogate pair. */
function cutWord(word: string): string {
  const cut = word.slice(0, MAX_WORD);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Cleans one free-text value; an over-long value is cut at `max` (a quotation is known by its first words). */
export function optionText(max: number) {
  return (
    z
      .string()
      .transform((s) => s.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim().slice(0, max))
      .transform((s) => s.replace(LONG_WORD, cutWord))
      // the length cut may end in half a surrogate pair or a space
      .transform((s) => (/[\ud800-\udbff]$/.test(s) ? s.slice(0, -1) : s).trimEnd())
  );
}
