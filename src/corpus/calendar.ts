/**
 * English month and weekday names, in calendar order: the one list the corpus's date readers (`dates.ts`,
 * `web/dated-parts.ts`), the claims word lists (`claims/words/time.ts`), the answers and the renderer take
 * them from. The corpus is the lowest layer, so every other layer may read it.
 */

/** Month names, January first, lower case. */
export const MONTH_NAMES: readonly string[] = Object.freeze([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Weekday names, Monday first, lower case. */
export const WEEKDAY_NAMES: readonly string[] = Object.freeze([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** "january" → "January". */
export const capitalised = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * A month name or its abbreviation as a regex alternation inside one capturing group, with an optional
 * full stop: "jan", "Jan.", "January", "sep", "sept", "September" (match it case-insensitively).
 */
export const MONTH_PATTERN = `(${MONTH_NAMES.map((m) =>
  m === 'september' ? 'sep(?:t(?:ember)?)?' : m.length > 3 ? `${m.slice(0, 3)}(?:${m.slice(3)})?` : m,
).join('|')})\\.?`;

/** A weekday's first three letters ("mon", "tue", …), as its abbreviations start. */
export const WEEKDAY_STEMS: readonly string[] = Object.freeze(WEEKDAY_NAMES.map((d) => d.slice(0, 3)));

/** The month number (1–12) of a month name or abbreviation ("Sept.", "jun", "June"); 0 when it is none. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return key.length === 3 ? MONTH_NAMES.findIndex((m) => m.startsWith(key)) + 1 : 0;
}
