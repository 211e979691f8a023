/**
 * What the given name of a full name suggests of a person's gender, from the name lists of
 * `gender-detection-from-name` (English, Italian, Spanish, French, German, Turkish): a weak guess that gender.ts
 * takes only for people the text says nothing of. Each list labels a name one way (the French one, read from its text,
 * leaves out the names it writes both ways: frenchList), so a name counts only when
 * the English list, the language of the articles, knows it and every other list that knows it agrees
 * ("Andrea", "Jean", "Chris" and "Sam" are labelled both ways; "Li" and "Wei" only by lists that read them as
 * given names, not as the surnames they mostly are here; "Florent" only by a list that calls it female).
 *
 * The package's typed `getGender` falls back to the other lists when the one asked for does not know a name, so
 * it cannot tell which lists know it: the lists are read from their own files, and checked to be maps when they
 * load. They take about a quarter of a second to load, so they load at the first question, not at import.
 */
import { readFileSync } from 'node:fs';
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
    if (lang === 'fr') return frenchList(require.resolve(`gender-detection-from-name/names/${lang}.js`));
    const list: unknown = require(`gender-detection-from-name/names/${lang}.js`);
    if (!(list instanceof Map)) throw new Error(`gender-detection-from-name: names/${lang}.js is not a map of names`);
    return list as NameList;
  });
  return [first as NameList, ...rest];
}

/**
 * The French list, read from its text: it is a tally of every name given to a boy or a girl even once, and writes
 * 2,298 names both ways ("Paul", "Thomas", "Pierre" as well as "Camille"), the girls' entry last, so as a map it
 * labels all of them female and would doubt the commonest men's names. A name it writes both ways is left out, as
 * one it does not know (the other lists write both ways only names really shared: "Chris", "Sam", "Andrea").
 */
function frenchList(path: string): NameList {
  const list = new Map<string, string>();
  const both = new Set<string>();
  for (const [, name, label] of readFileSync(path, 'utf8').matchAll(/\['([^']+)', '(male|female)'\]/g)) {
    const was = list.get(name as string);
    if (was !== undefined && was !== label) both.add(name as string);
    list.set(name as string, label as string);
  }
  if (list.size === 0) throw new Error('gender-detection-from-name: names/fr.js holds no names');
  for (const name of both) list.delete(name);
  return list;
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

/** Whether any of the name lists knows `word` as a given name (the English and French lists hold surnames that are words too: "Baker", "Mason"). */
export function anyListedName(word: string): boolean {
  lists ??= loadLists();
  const key = word.toLowerCase();
  return lists.some((list) => list.has(key));
}
