/**
 * Word tests for nouns of people by their role ("secretary", "officials", "allies", "congressmen"): the phrase finders
 * and the verb-of-saying test share them (a module of its own, as speech-verbs.ts imports nothing of the finders).
 */
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const { PERSON_ROLE_NOUNS, PLURAL_PEOPLE } = words;

/** A role noun, singular or plural ("secretary", "proponents"). */
export function roleNoun(w: string): boolean {
  if (PERSON_ROLE_NOUNS.has(w) || (w.endsWith('s') && PERSON_ROLE_NOUNS.has(w.slice(0, -1)))) return true;
  return w.endsWith('ies') && PERSON_ROLE_NOUNS.has(`${w.slice(0, -3)}y`); // "allies", "deputies"
}

/** A noun for people in the plural: a role noun's plural ("officials", "allies", "congressmen") or a plural without -s ("police"). */
export function pluralPerson(w: string): boolean {
  if (PLURAL_PEOPLE.has(w)) return true;
  if (PERSON_ROLE_NOUNS.has(w)) return false;
  return roleNoun(w) || (w.endsWith('men') && PERSON_ROLE_NOUNS.has(`${w.slice(0, -3)}man`));
}
