/**
 * English verb inflections computed from the lemma, so word lists keep one form per verb: the third person
 * ("says"), the past ("said", from the irregular table or -ed) and the -ing form ("saying").
 */

import { BRITISH_DOUBLING_LEMMAS, DOUBLING_LEMMAS, IRREGULAR_PASTS } from './verbs.js';

const DOUBLES_FINAL = new Set(DOUBLING_LEMMAS);
const BRITISH_DOUBLING = new Set(BRITISH_DOUBLING_LEMMAS);
/** Irregular simple pasts by lemma. */
export const IRREGULAR: ReadonlyMap<string, string> = new Map(IRREGULAR_PASTS.map((e) => e.split(':') as [string, string]));

const VOWEL = /[aeiou]/;

/** A one-syllable word ending consonant-vowel-consonant ("snap", "quip"): its last letter doubles before -ed and -ing. */
function doublesFinal(lemma: string): boolean {
  if (DOUBLES_FINAL.has(lemma)) return true;
  const w = lemma.replace(/^qu/, 'q');
  const groups = w.match(/[aeiou]+/g) ?? [];
  const [c1, v, c2] = [w.at(-3) ?? '', w.at(-2) ?? '', w.at(-1) ?? ''];
  return groups.length === 1 && !VOWEL.test(c1) && VOWEL.test(v) && !VOWEL.test(c2) && !/[wxy]/.test(c2);
}

/** "say" → "says", "echo" → "echoes", "reply" → "replies". */
export function thirdPerson(lemma: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

/** The regular past: "note" → "noted", "reply" → "replied", "snap" → "snapped". */
export function regularPast(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  if (doublesFinal(lemma)) return `${lemma}${lemma.at(-1)}ed`;
  return `${lemma}ed`;
}

/** "say" → "saying", "argue" → "arguing", "snap" → "snapping", "lie" → "lying". */
export function presentParticiple(lemma: string): string {
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (lemma.endsWith('e') && !/(ee|ye|oe)$/.test(lemma)) return `${lemma.slice(0, -1)}ing`;
  if (doublesFinal(lemma)) return `${lemma}${lemma.at(-1)}ing`;
  return `${lemma}ing`;
}

/** Which forms of a verb a list wants. */
export type VerbForm = 'base' | 'third' | 'past' | 'ing';

/** The `forms` of `lemma` ("say", ["past", "ing"] → "said", "saying"); British doubling adds "labelled", "labelling". */
export function inflect(lemma: string, forms: readonly VerbForm[]): string[] {
  const out: string[] = [];
  for (const form of forms) {
    if (form === 'base') out.push(lemma);
    else if (form === 'third') out.push(thirdPerson(lemma));
    else if (form === 'ing') out.push(presentParticiple(lemma));
    else out.push(IRREGULAR.get(lemma) ?? regularPast(lemma));
  }
  if (BRITISH_DOUBLING.has(lemma)) {
    if (forms.includes('past')) out.push(`${lemma}${lemma.at(-1)}ed`);
    if (forms.includes('ing')) out.push(`${lemma}${lemma.at(-1)}ing`);
  }
  return out;
}
