/**
 * What the given name of a full name suggests of a person's gender, from the name lists of
 * `gender-detection-from-name` (English, Italian, Spanish, French, German, Turkish): a weak guess that gender.ts
 * takes only for people the text says nothing of. Each list labels a name one way, so a name counts only when
 * the English list, the language of the articles, knows it and every other list that knows it agrees
 * ("Andrea", "Jean", "Chris" and "Sam" are labelled both ways; "Li" and "Wei" only by lists that read them as
 * given names, not as the surnames they mostly are here; "Florent" only by a list that calls it female).
 *
 * The package's typed `getGender` falls back to the other lists when the one asked for does not know a name, so
 * it cannot tell which lists know it: the lists are read from their own files, and checked to be maps when they
 * load. They take about a quarter of a second to load, so they load at the first question, not at import.
 */
import { createRequire } from 'node:module';

/** A man or a woman, as a name, an honorific or the pronouns used tell it (re-exported by names.ts). */
export type Gender = 'male' | 'female';

const LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'tr'] as const;

type NameList = ReadonlyMap<string, string>;

let lists: readonly [NameList, ...NameList[]] | undefined;
const answered = new Map<string, Gender | null>();

function loadLists(): readonly [NameList, ...NameList[]] {
  const require = createRequire(import.meta.url);
  const [first, ...rest] = LANGUAGES.map((lang) => {
    const list: unknown = require(`gender-detection-from-name/names/${lang}.js`);
    if (!(list instanceof Map)) throw new Error(`gender-detection-from-name: names/${lang}.js is not a map of names`);
    return list as NameList;
  });
  return [first as NameList, ...rest];
}

/** The gender every name list that knows `given` agrees on, when the English list knows it; else undefined. */
export function givenNameGender(given: string): Gender | undefined {
  const key = given.toLowerCase();
  const known = answered.get(key);
  if (known !== undefined) return known ?? undefined;
  lists ??= loadLists();
  const [english, ...others] = lists;
  const label = english.get(key);
  let gender: Gender | undefined = label === 'male' || label === 'female' ? label : undefined;
  for (const list of others) {
    const other = list.get(key);
    if (other !== undefined && other !== label) gender = undefined;
  }
  answered.set(key, gender ?? null);
  return gender;
}

/**
 * Whether two or more of the name lists know `word` as a given name ("Jared", "Ahmed", "Kimberly", "Sterling"): a
 * word the English list alone holds is as often a common word there ("Morning", "Spring", "Frankly").
 */
export function widelyGivenName(word: string): boolean {
  lists ??= loadLists();
  const key = word.toLowerCase();
  let n = 0;
  for (const list of lists) if (list.has(key) && ++n >= 2) return true;
  return false;
}

/**
 * The given name of a full name: its first word, unless the name reads surname first ("Kim Jong-un", "Park Geun
 * Hye": a hyphenated given name in lower case after the hyphen, or a short last word after two others).
 */
export function givenName(fullName: string): string | undefined {
  const parts = fullName.split(' ');
  if (parts.length < 2) return undefined;
  const rest = parts.slice(1);
  const last = parts.at(-1) as string;
  if (rest.some((w) => /-\p{Ll}/u.test(w))) return undefined;
  if (parts.length >= 3 && last.length <= 3 && !last.endsWith('.') && last !== last.toUpperCase()) return undefined;
  return parts[0];
}

/** What the given name of a full personal name suggests of its bearer's gender, when the name lists agree. */
export function nameGender(fullName: string): Gender | undefined {
  const given = givenName(fullName);
  return given ? givenNameGender(given) : undefined;
}
