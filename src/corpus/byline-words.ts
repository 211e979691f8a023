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
export const firstEither = (w: string): string => {
  const a = w[0]!;
  return a.toUpperCase() === a.toLowerCase() ? w : `[${a.toUpperCase()}${a.toLowerCase()}]${w.slice(1)}`;
};

const source = (cased: (w: string) => string): string =>
  `(?:(?:${WRITER_PARTS.map(cased).join('|')})\\s+by|${BYLINE_OPENERS.map(cased).join('|')})`;

/** A byline's opening words as a pattern's source (no group captured), for patterns with the `i` flag: "by", "Words by". */
export const BYLINE_OPENER = source((w) => w);
/**
 * The same words with only their first letter in either case, or in capitals as wire bylines print them ("[Bb]y",
 * "BY", "[Ww]ords by"): for `u` patterns without the `i` flag.
 */
export const BYLINE_OPENER_CASED = source((w) => `(?:${firstEither(w)}|${w.toUpperCase()})`);
/** The same words capitalised only ("By", "Par", "Words by"): a name list's guard against a byline. */
export const BYLINE_OPENER_CAPITALISED = source((w) => (w[0]!.toUpperCase() + w.slice(1)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** The joiners as a pattern's source (no group captured). */
export const NAME_JOINER = `(?:${NAME_JOINERS.join('|')})`;

/** The writer's jobs a writer's line names after the name ("Gwen Mabry, Transport correspondent"). */
const WRITER_ROLES = [
  'correspondent',
  'reporter',
  'editor',
  'writer',
  'columnist',
  'contributor',
  'journalist',
  'critic',
  'producer',
  'analyst',
];

/**
 * A writer's job printed after a byline's name ("By Gwen Mabry, Transport correspondent, and Pelle Maro, Political
 * editor"): up to three words and the job, the whole part between two commas.
 */
export const WRITER_ROLE_PART = new RegExp(String.raw`^(?:[\p{L}-]+\s+){0,3}(?:${WRITER_ROLES.join('|')})s?$`, 'iu');
/** The same job printed before the next name's joiner without a comma ("Senior reporter and Pelle Maro"): group 1 is the rest. */
export const WRITER_ROLE_THEN_NAME = new RegExp(
  String.raw`^(?:[\p{L}-]+\s+){0,3}(?:${WRITER_ROLES.join('|')})s?\s+((?:${NAME_JOINERS.join('|')})\s+.+)$`,
  'iu',
);

/**
 * A writer's line without "By": a name (group 1), a comma, bar or dash setting it off or not (group 2), then up
 * to three words and the writer's job at the outlet ("Gwen Mabry, Transport correspondent", "Gwen Mabry |
 * Education reporter"), the whole line. No `i` flag: a name is capitalised. `web/tidy.ts` drops such a line
 * among the first paragraphs; `web/page-meta.ts` reads its name as the author's when the name is set off and
 * the line stands where a byline does.
 */
export const NAME_AND_ROLE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})(,|\s+[|–—·•])?\s+(?:[\p{L}-]+\s+){0,3}(?:${WRITER_ROLES.map(firstEither).join('|')})$`,
  'u',
);

const LINE_NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}`;
/**
 * A byline printed without "By": two or more names and nothing else ("Ines Varga and Pelle Maro", "Ines Varga,
 * Pelle Maro & Ola Lind"). `web/tidy.ts` drops such a line among the first paragraphs; `web/page-meta.ts` reads
 * its names as the authors' when it stands above the text.
 */
export const NAMES_LINE = new RegExp(String.raw`^${LINE_NAME}(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s*,\s*and\s+)${LINE_NAME}){1,5}$`, 'u');
/** Where a names line parts its names. */
export const NAMES_LINE_JOINS = /\s*,\s*and\s+|\s*,\s*|\s+(?:and|&)\s+/u;

/** A name or a place in a credit line: a capitalised word (initials, hyphens, apostrophes) or "&". */
const CREDIT_NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*|&)`;
/** The small words a credit line's list of names holds besides them ("Ann Lee in Oslo and staff from wire reports"). */
const CREDIT_WORDS = 'and in from at of for the with staff wire wires reports agencies desk bureau'.split(' ');
/** Newsroom roles printed before the names in a credit ("Associated Press writer Ann Lee"). */
const CREDIT_ROLES =
  'writer writers reporter reporters correspondent correspondents journalist journalists researcher researchers staff'.split(' ');
const names = (extra: readonly string[]): string => {
  const token = `(?:${CREDIT_NAME}|${[...CREDIT_WORDS, ...extra].join('|')})`;
  return String.raw`${token}(?:(?:\s*,\s*|\s+)${token}){0,30}`;
};
/** The part a credit names: "Reporting", "Additional reporting", "Writing", "Editing", "Compiled", "Reporting and writing". */
const CREDIT_PART = String.raw`(?:(?:[Aa]dditional|[Ff]urther)\s+)?(?:${['reporting', 'writing', 'editing', 'compiled', 'compiling', 'research', 'fact-checking', 'graphics', 'production'].map(firstEither).join('|')})(?:\s+and\s+(?:reporting|writing|editing|research))?`;
const CREDIT_SEGMENT = String.raw`(?:${CREDIT_PART}\s+by:?|[Cc]ontributing:)\s+${names([])}`;

/**
 * A wire story's credit line, standing as its own paragraph: "(Reporting by Ann Lee in Oslo; Editing by Tom
 * Hale)", "Additional reporting by Ann Lee.", "Contributing: Ann Lee, Saltby Ledger", "Writing by …; Compiled by …", "Associated Press writers Ann Lee
 * and Tom Hale contributed to this report." The whole line is names, places and the credit's words (no `i`
 * flag: a name is capitalised), so a sentence that says "reporting by the regulator showed …" is none.
 */
export const WIRE_CREDIT_LINE = new RegExp(
  String.raw`^\(?\s*(?:${CREDIT_SEGMENT}(?:\s*[;,.]\s*${CREDIT_SEGMENT})*|${names(CREDIT_ROLES)}\s+contributed\s+(?:reporting|research|to\s+this\s+(?:report|story|article))(?:\s+(?:from|in)\s+${names([])})?)\s*[.;]?\s*\)?\.?$`,
  'u',
);
