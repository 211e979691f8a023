/**
 * What a document says of its people's gender: an honorific or title in the name ("Mrs. Lind", "Queen Ana"),
 * a noun beside it ("his wife, Ana Lind", "Oskar Lind, her husband,") and the pronoun that follows a name in
 * its sentence ("Lind said she …"). A pronoun then passes over people of the other gender ("she said" after
 * Oskar Lind), and "Mrs. Lind" over Oskar Lind. What the text says always comes first: only for a person it says
 * nothing of does the given name of the full name count, when the name lists agree on it (given-names.ts), and
 * then as a weak guess (resolve.ts lets it change a pronoun's answer only to a person named close by).
 */
import { verbAt } from './clause.js';
import { givenNameGender, nameGender } from './given-names.js';
import type { DocModel } from './model.js';
import type { Gender, NameRun, Person } from './names.js';
import { speechVerbAt } from './speech-verbs.js';
import type { Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  ADDRESSEE_VERBS,
  CLAUSE_STOP,
  DETERMINERS,
  FEMALE_WORDS,
  FEMININE_PRONOUNS,
  MALE_WORDS,
  MASCULINE_PRONOUNS,
  MONTHS_DAYS,
  ORG_WORDS,
  OWN_CLAUSE_OPENERS,
  PERSON_ROLE_NOUNS,
  PLACES,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  PRONOUNS,
} = words;

/** +1 for a word that tells a man, -1 for a woman, 0 otherwise. */
function sign(t: Token | undefined): number {
  if (t?.kind !== 'word') return 0;
  return MALE_WORDS.has(t.lower) ? 1 : FEMALE_WORDS.has(t.lower) ? -1 : 0;
}

/** The gender a pronoun refers to ("he", "his": male), or undefined. */
export function pronounGender(lower: string): Gender | undefined {
  return MASCULINE_PRONOUNS.has(lower) ? 'male' : FEMININE_PRONOUNS.has(lower) ? 'female' : undefined;
}

/** "Mrs. Lind", "Congresswoman Ana Lind": the honorific or title right before the name part of a run. */
export function honorific(toks: readonly Token[], run: NameRun): number {
  return run.nameFrom > run.from ? sign(toks[run.nameFrom - 1]) : 0;
}

/** A lower-case modifier that may stand between a noun and a name ("former", "longtime"). */
function modifier(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || t.cap || t.lower.endsWith('ed') || t.lower.endsWith('ing')) return false;
  return !(
    DETERMINERS.has(t.lower) ||
    PREPOSITIONS.has(t.lower) ||
    CLAUSE_STOP.has(t.lower) ||
    PRONOUNS.has(t.lower) ||
    POSSESSIVE_PRONOUNS.has(t.lower) ||
    sign(t) !== 0
  );
}

/** "his wife, Ana Lind", "her husband, former Mayor Oskar Lind", "the actress Ana Lind". */
function nounBefore(toks: readonly Token[], run: NameRun): number {
  const s = (toks[run.from] as Token).sentence;
  let i = run.from - 1;
  for (let n = 0; n < 2 && modifier(toks[i]); n++) i--;
  if (toks[i]?.text === ',') i--;
  const noun = toks[i];
  return noun?.sentence === s && !noun.cap ? sign(noun) : 0;
}

/** "Oskar Lind, her husband,", "Ana Lind, the congresswoman": a noun in the appositive right after the name. */
function nounAfter(toks: readonly Token[], run: NameRun): number {
  if (toks[run.to]?.text !== ',') return 0;
  let i = run.to + 1;
  const owner = toks[i];
  if (owner && (DETERMINERS.has(owner.lower) || POSSESSIVE_PRONOUNS.has(owner.lower) || (owner.poss && owner.cap))) i++;
  // "Ana Lind, the Spanish-speaking daughter of …": an adjective may be capitalised here
  for (let n = 0; n < 2 && (modifier(toks[i]) || (toks[i]?.cap && !toks[i]?.poss && modifier({ ...(toks[i] as Token), cap: false }))); n++)
    i++;
  // the appositive closes after its noun ("Oskar Lind, her husband, said"; not "Ana Lind, his son said")
  const noun = toks[i];
  const close = toks[i + 1];
  if (
    !noun ||
    noun.cap ||
    (close && close.sentence === noun.sentence && ![',', '.', ';', ')', '\u2014'].includes(close.text) && close.lower !== 'of')
  )
    return 0;
  return sign(noun);
}

/**
 * "Lind said she would …", "Lind, who says he …": the first subject or reflexive pronoun after a name that is
 * the subject of a verb, in its sentence, before any other name, person's role or quotation. A name in the
 * possessive ("Lind's aide said he") owns the subject, it is not it; an object ("Ruiz hit Lind, she …") tells
 * nothing.
 */
function pronounAfter(toks: readonly Token[], run: NameRun, wordsBefore: number): number {
  const last = toks[run.to - 1] as Token;
  if (last.poss) return 0;
  const g = pronounNext(toks, run.to, last.sentence);
  if (g === 0) return 0;
  // "supporters of Ana Lind wondered whether he …": a name after a preposition is not the subject
  const before = toks[run.from - 1];
  if (before && before.sentence === last.sentence && before.kind === 'word' && PREPOSITIONS.has(before.lower)) return 0;
  // the subject: a name before its verb, or opening its sentence before an appositive ("Lind, 54, said she …")
  const subject = verbAt(toks, run.to, { kind: 'name', from: run.from, to: run.to }) || (wordsBefore === 0 && toks[run.to]?.text === ',');
  return subject ? g : 0;
}

/** The first "he" (1) or "she" (-1) from token `from` in sentence `s`, before anything that may name someone else; 0 if none. */
function pronounNext(toks: readonly Token[], from: number, s: number): number {
  for (let j = from; j < toks.length && j < from + 10; j++) {
    const t = toks[j] as Token;
    if (t.sentence !== s || t.kind === 'quote' || (t.kind === 'word' && t.cap)) return 0;
    if (t.kind !== 'word') {
      if (t.text !== ',' && t.text !== '(' && t.text !== ')') return 0;
      continue;
    }
    // a clause of its own may have anyone for subject: "… the causes that he pushed", "Lind said as he left",
    // "After Lind spoke, he …"
    if (PERSON_ROLE_NOUNS.has(t.lower) || OWN_CLAUSE_OPENERS.has(t.lower)) return 0;
    if (t.lower === 'that' && !(speechVerbAt(toks, j - 1) > 0)) return 0;
    const g = t.lower === 'he' || t.lower === 'himself' ? 1 : t.lower === 'she' || t.lower === 'herself' ? -1 : 0;
    if (g !== 0) return toks[j - 1]?.text === ',' ? 0 : g;
    // "Lind told reporters he …", "Lind asked if she …": the pronoun after a verb that has a hearer may be the hearer
    if (ADDRESSEE_VERBS.has(t.lower)) return 0;
  }
  return 0;
}

/**
 * "Lind talks about her home town. She grew up …": the pronoun that opens the next sentence of the paragraph (or the
 * next paragraph, after its last), after a sentence whose subject is the name and that names no one else. The name
 * may follow an opening phrase its comma closes ("This spring, Lind asked the court …. She …"), as a subject does.
 */
function nextSentence(toks: readonly Token[], run: NameRun, alone: boolean, wordsBefore: number, blocks: readonly Token[][]): number {
  if (
    !alone ||
    (wordsBefore > 0 && toks[run.from - 1]?.text !== ',') ||
    (toks[run.to - 1] as Token).poss ||
    !verbAt(toks, run.to, { kind: 'name', from: run.from, to: run.to })
  )
    return 0;
  const s = (toks[run.from] as Token).sentence;
  let j = run.to;
  while (j < toks.length && (toks[j] as Token).sentence === s) j++;
  // ("Lind said, “…”\n\nHe continued, …": the last sentence of its paragraph, the next paragraph's opening word)
  const t = j < toks.length ? toks[j] : paragraphAfter(blocks, toks);
  return t?.text === 'He' ? 1 : t?.text === 'She' ? -1 : 0;
}

/** Each document's paragraphs and the first token of the one after each, built only when a sentence that can tell ends one. */
const following = new WeakMap<readonly Token[][], Map<readonly Token[], Token | undefined>>();

function paragraphAfter(blocks: readonly Token[][], toks: readonly Token[]): Token | undefined {
  let next = following.get(blocks);
  if (!next) {
    next = new Map(blocks.map((b, i) => [b, blocks[i + 1]?.[0]]));
    following.set(blocks, next);
  }
  return next.get(toks);
}

/**
 * People whose gender only their given name suggests: "Mrs. Lind" passes over Oskar Lind, but a pronoun passes
 * over them only where resolve.ts lets the guess change its answer.
 */
const byGivenName = new WeakSet<Person>();

/** The gender the text itself says a person is of (not one their given name suggests). */
export function toldGender(p: Person | undefined): Gender | undefined {
  return p && !byGivenName.has(p) ? p.gender : undefined;
}

/** No candidates (a headline's runs). */
const NOBODY: readonly Person[] = [];

/** One capitalised run of a block, as the model collects them. */
export interface GenderRun {
  toks: Token[];
  run: NameRun;
  headline: boolean;
  /** Words before the run in its sentence. */
  wordsBefore: number;
  /** The name part as written. */
  name: string;
}

/**
 * Sets `gender` on the people the text tells of: an honorific or title weighs 3, a noun beside the name 2,
 * a pronoun after it 1; the sum decides. Only a name that can be one person counts ("Clinton" with two
 * Clintons tells nothing). The honorifics of a short form count only when the full name tells nothing and they
 * agree: "Mr. Dahl" in a story that names only Eva Dahl in full is someone the story never names in full.
 * Everyone else is given what their given name suggests, marked as a guess (`toldGender` leaves it out).
 */
export function collectGenders(model: DocModel, runs: readonly GenderRun[]): void {
  const full = new Map<Person, number>();
  const short = new Map<Person, { sum: number; male: boolean; female: boolean }>();
  // sentences that name one person only
  const named: number[] = [];
  const whom: (readonly Person[])[] = new Array(runs.length);
  for (let r = 0; r < runs.length; r++) {
    const { toks, run, headline, name } = runs[r] as GenderRun;
    const people = headline ? NOBODY : model.people.candidates(name);
    whom[r] = people;
    if (people.length) {
      const s = (toks[run.from] as Token).sentence;
      named[s] = (named[s] ?? 0) + 1;
    }
  }
  for (let r = 0; r < runs.length; r++) {
    const { toks, run, headline, wordsBefore, name } = runs[r] as GenderRun;
    const people = whom[r] as readonly Person[];
    if (headline || people.length !== 1) continue;
    const h = honorific(toks, run);
    const alone = named[(toks[run.from] as Token).sentence] === 1;
    const v =
      3 * h +
      2 * (nounBefore(toks, run) + nounAfter(toks, run)) +
      pronounAfter(toks, run, wordsBefore) +
      nextSentence(toks, run, alone, wordsBefore, model.blocks);
    if (v === 0) continue;
    const p = people[0] as Person;
    if (p.name === name) {
      full.set(p, (full.get(p) ?? 0) + v);
      continue;
    }
    const s = short.get(p) ?? { sum: 0, male: false, female: false };
    s.sum += v;
    if (h > 0) s.male = true;
    if (h < 0) s.female = true;
    short.set(p, s);
  }
  for (const [p, v] of full) if (v !== 0) model.people.setGender(p, v > 0 ? 'male' : 'female');
  // what the full name tells comes first: a short form may be someone else the text never names in full
  for (const [p, s] of short)
    if (!full.get(p) && !(s.male && s.female) && s.sum !== 0) model.people.setGender(p, s.sum > 0 ? 'male' : 'female');
  // the text says nothing of the person, not even by a short form: the given name it writes them with ("Ana Lind")
  for (const p of model.people.people.values()) {
    if (p.gender || full.has(p) || short.has(p)) continue;
    // the name lists first (they answer from a cache): only a name they give a guess for is split for placeOrBody
    // ("his wife, Ana," or "a resident named Ana": a given name alone)
    const guess = p.kin ? givenNameGender(p.name) : nameGender(p.name);
    if (!guess || placeOrBody(p)) continue;
    model.people.setGender(p, guess);
    byGivenName.add(p);
  }
}

/**
 * A name in the table that is no person's, so its first word is no given name: one that opens with a place
 * ("Virginia Democrats") or holds a body's word or a day ("Jordan Times", "Orlando Tuesday").
 */
function placeOrBody(p: Person): boolean {
  const parts = p.name.toLowerCase().split(' ');
  if (PLACES.has(parts[0] as string) || PLACES.has(parts.slice(0, 2).join(' '))) return true;
  return parts.some((w) => ORG_WORDS.has(w) || MONTHS_DAYS.has(w));
}
