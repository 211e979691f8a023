/**
 * The words that open a printed byline and join its names, in the languages pages are read in: one list the
 * byline readers take them from (`web/page-meta.ts` picks the byline's element and reads its names,
 * `web/tidy.ts` drops the byline's line from the text, `web/body.ts` reads a byline's date line, `dates.ts`
 * tells a byline from an outlet's name beside a date), so the readers stay in step.
 */

/** "By" and its equivalents: French "Par", German "Von", Spanish and Portuguese "Por", Italian "Di", Dutch "Door", Swedish and Norwegian "Av", Russian "От". */
export const BYLINE_OPENERS = ['by', 'par', 'von', 'por', 'di', 'door', 'av', 'от'] as const;
/**
 * The writer's part before "by" ("Words by", "Text by", "Story by", "Written by"). Not "Reporting by": a wire
 * story's credit line (`WIRE_CREDIT_LINE`), not a byline.
 */
export const WRITER_PARTS = ['words', 'text', 'story', 'written'] as const;
/** The words joining a byline's last two names: "and", "&", "et", "und", "y", "e", "en", "och", "и". */
export const NAME_JOINERS = ['and', '&', 'et', 'und', 'y', 'e', 'en', 'och', 'и'] as const;

/** A word with its first letter in either case and the rest as written ("[Bb]y"): for patterns without the `i` flag. */
const firstEither = (w: string): string => {
  const a = w[0]!;
  return a.toUpperCase() === a.toLowerCase() ? w : `[${a.toUpperCase()}${a.toLowerCase()}]${w.slice(1)}`;
};

const source = (cased: (w: string) => string): string =>
  `(?:(?:${WRITER_PARTS.map(cased).join('|')})\\s+by|${BYLINE_OPENERS.map(cased).join('|')})`;

/** A byline's opening words as a pattern's source (no group captured), for patterns with the `i` flag: "by", "Words by". */
export const BYLINE_OPENER = source((w) => w);
/** The same words with only their first letter in either case ("[Bb]y", "[Ww]ords by"): for `u` patterns without the `i` flag. */
export const BYLINE_OPENER_CASED = source(firstEither);
/** The same words capitalised only ("By", "Par", "Words by"): a name list's guard against a byline. */
export const BYLINE_OPENER_CAPITALISED = source((w) => (w[0]!.toUpperCase() + w.slice(1)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** The joiners as a pattern's source (no group captured). */
export const NAME_JOINER = `(?:${NAME_JOINERS.join('|')})`;
