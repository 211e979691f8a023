/**
 * Noun phrases around speech verbs, found on tokens without a tagger: the phrase that ends right before a
 * verb ("the Russian Navy chief"), the phrase after it ("said Li", "according to a statement by …"), and
 * which verb forms are cues at all. The walk back to a verb's subject is in subject.ts.
 */
import { afterParticles, personLike, placeRun, runEndingAt, runStartingAt, titleWord, type NameRun } from './names.js';
import { counted, laterName, looksVerbal, plausibleName, roleWord, verbAfterNoun } from './name-words.js';
import { adjectiveOnly } from './occupations.js';
import { pluralPerson, roleNoun } from './role-nouns.js';
import { isFiller, pluralNounAt, speechFormAt } from './speech-verbs.js';
import type { Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  AUXILIARIES,
  CLAUSE_STOP,
  DAY_EDGES,
  DAYS,
  DETERMINERS,
  DISTRIBUTIVES,
  DISPLAY_NOUNS,
  DOCUMENT_NOUNS,
  FLOATING_QUANTIFIERS,
  IRREGULAR_PAST_FORMS,
  MAKER_PREPOSITIONS,
  MONTHS_DAYS,
  NOUN_BEFORE,
  NUMBER_WORDS,
  APPROXIMATORS,
  OBJECT_PRONOUNS,
  ORG_WORDS,
  ORGANISATION_HEADS,
  PARTY_MEMBER_WORDS,
  PERSON_ROLE_NOUNS,
  PLACE_PREPOSITIONS,
  PLURAL_PEOPLE,
  PLURAL_QUANTIFIERS,
  PREPOSITIONS,
  PRONOUNS,
  PUBLISHING_WORDS,
  RELATION_PREPOSITIONS,
  RELEASED_PARTICIPLES,
  RELATIVE,
  SOURCE_ADJECTIVES,
  SENDING_VERBS,
  SOURCE_PREPOSITIONS,
  SPEECH_VERBS,
  STANDALONE,
  SURVEY_NOUNS,
  TITLE_MODIFIERS,
  TITLES,
  VERB_LIKE_ROLES,
  VERB_FILLERS,
  VERB_PARTICLES,
  VERBISH,
} = words;

import type { NounPhrase } from './model.js';

/**
 * Past a participle of release and the day it names after a document ("the ruling released Friday said", "a memo issued
 * on Monday says"): the token after them, where the document's verb stands; else `i` itself.
 */
export function pastReleaseDay(toks: readonly Token[], i: number): number {
  if (!RELEASED_PARTICIPLES.has(toks[i]?.lower ?? '')) return i;
  const day = toks[i + 1]?.lower === 'on' ? i + 2 : i + 1;
  const t = toks[day];
  const when = t?.kind === 'word' && (MONTHS_DAYS.has(t.lower) || t.lower === 'today' || t.lower === 'yesterday');
  return when ? day + 1 : i;
}

export { pluralPerson, roleNoun } from './role-nouns.js';

export type { NounPhrase } from './model.js';

function isPronoun(t: Token | undefined): boolean {
  return Boolean(t && t.kind === 'word' && PRONOUNS.has(t.text));
}

/**
 * A description of a person or people that ends at `e` ("a longtime adviser", "a person close", "the aides"),
 * opening with a determiner, or a plural role noun alone opening the sentence ("Aides").
 */
export function describedPerson(toks: readonly Token[], a: number, e: number): NounPhrase | null {
  const close = SOURCE_ADJECTIVES.has(toks[e - 1]?.lower ?? '') ? 1 : 0;
  if (!close && e - 1 >= a && sentenceOpeningRole(toks, e - 1)) return { kind: 'desc', from: e - 1, to: e };
  const desc = tailPhrase(toks, a, e - close);
  if (desc?.kind !== 'desc' || !DETERMINERS.has((toks[desc.from] as Token).lower)) return null;
  return roleNoun((toks[desc.to - 1] as Token).lower) ? desc : null;
}

/**
 * "said a longtime adviser to Trump", "a person close to the Clintons": a person's description goes on with the
 * name it relates them to. Returns the end of that name, or `e` when there is none.
 */
function relatedName(toks: readonly Token[], e: number, ceil: number): number {
  // "a person close to …": the role noun sits before "close" ("the base chief known as Bob" is `nameGiven`'s)
  const linked = SOURCE_ADJECTIVES.has(toks[e - 1]?.lower ?? '');
  const head = toks[linked ? e - 2 : e - 1];
  const prep = toks[e];
  // "wrote the authors of the “Harbour Renewal Plan”": a short title in marks is the work they relate to
  const w = toks[e + 1]?.lower === 'the' ? e + 2 : e + 1;
  const work = toks[w];
  if (head && roleNoun(head.lower) && prep?.lower === 'of' && work?.kind === 'quote' && work.end - work.start <= 60 && w < ceil)
    return w + 1;
  if (!head || !PERSON_ROLE_NOUNS.has(head.lower)) return e;
  if (!prep || prep.lower === 'in' || !RELATION_PREPOSITIONS.has(prep.lower)) return e;
  let n = e + 1;
  if (toks[n] && (DETERMINERS.has((toks[n] as Token).lower) || toks[n]?.lower === 'both') && toks[n + 1]?.cap) n++;
  const run = runStartingAt(toks, n, ceil);
  if (run && toks[run.from]?.cap) return run.to;
  // "a spokesperson for the ministry", "a lawyer for the city council": a body (or a person) named by its noun
  const body = relatedBody(toks, e + 1, ceil);
  return body > 0 ? body : e;
}

/**
 * "the ministry", "the city council", "the mayor": what a role relates a person to, when it is a body or a person
 * written in lower case after the determiner at `d` (a few words, the last a body's or a role's noun); the index
 * after it, or -1.
 */
export function relatedBody(toks: readonly Token[], d: number, ceil: number): number {
  if (!DETERMINERS.has(toks[d]?.lower ?? '') || STANDALONE.has(toks[d]?.lower ?? '')) return -1;
  const j = bareNouns(toks, d + 1, ceil, true);
  const last = toks[j - 1] as Token;
  return j > d + 1 && (ORGANISATION_HEADS.has(last.lower) || roleNoun(last.lower)) ? j : -1;
}

/**
 * "state", "staff", "music programming": the end of the (up to three) lower-case words from `i` after a role's "of"
 * that name what the role is over, no function word, verb or day among them (a verb of saying's form is a noun
 * here: "the secretary of state"; with `sayingEnds`, as after "a spokesperson for the ministry", it ends them).
 */
export function bareNouns(toks: readonly Token[], i: number, ceil: number, sayingEnds = false): number {
  let j = i;
  while (j < ceil && j < i + 3) {
    const w = toks[j] as Token;
    if (w.kind !== 'word' || w.cap || PREPOSITIONS.has(w.lower) || CLAUSE_STOP.has(w.lower) || RELATIVE.has(w.lower)) break;
    if (sayingEnds && speechFormAt(toks, j)) break;
    if (DAYS.has(w.lower) || looksVerbal(w) || DETERMINERS.has(w.lower) || isPronoun(w)) break;
    j++;
  }
  return j;
}

/** "Democrat", "Ohio Republican": a run that ends in a party member's word, no one's name. */
function partyMember(toks: readonly Token[], run: NameRun): boolean {
  const last = toks[run.to - 1] as Token;
  return PARTY_MEMBER_WORDS.has(last.lower) && !last.poss;
}

/** A person's name run: a full name ("Ana Ruiz"), titles aside. */
function fullName(toks: readonly Token[], np: NounPhrase | null): boolean {
  return Boolean(np?.kind === 'name' && np.run && personLike(toks, np.run));
}

/**
 * "Ruiz", "Sen. Li": a name part of one word that may be a person's surname (no place, organisation, title, party
 * word, number or initialism).
 */
function singleName(toks: readonly Token[], np: NounPhrase | null): boolean {
  const run = np?.kind === 'name' ? np.run : undefined;
  if (!run || run.to - run.nameFrom !== 1 || placeRun(toks, run)) return false;
  const t = toks[run.nameFrom] as Token;
  const w = t.lower;
  return !(
    ORG_WORDS.has(w) ||
    TITLES.has(w) ||
    PARTY_MEMBER_WORDS.has(w) ||
    /\d/.test(t.text) ||
    (t.text.length > 1 && t.text === t.text.toUpperCase())
  );
}

/**
 * Two names joined by "and" that make one joint speaker: two full names ("Ana Ruiz and Li Wei"), or a surname after
 * the first ("Ruiz and Li", "Ana Ruiz and Li") when the first opens the phrase, not the object of a word before it
 * ("met Obama and Li said"): nothing but a clause word, a stripped opener, a mark, a quotation, an inverted verb of
 * saying or the "by" of an agent before it ("said Ruiz and Li", "a statement by Ruiz and Li"). A single
 * name before a full one is left alone: it shares the full name's surname ("David and Ana Ruiz") or the full name
 * holds a headline's verb ("Ruiz and Li Slam …").
 */
function joinable(toks: readonly Token[], first: NounPhrase | null, second: NounPhrase | null, floor: number): boolean {
  if (!first || !second || first.first || second.first || !(fullName(toks, first) || singleName(toks, first))) return false;
  if (fullName(toks, second)) return fullName(toks, first);
  if (!singleName(toks, second)) return false;
  const before = toks[first.from - 1];
  const from = toks[first.from] as Token;
  if (!before || first.from - 1 < floor || before.sentence !== from.sentence || before.kind !== 'word' || before.cap) return true;
  return CLAUSE_STOP.has(before.lower) || speechFormAt(toks, first.from - 1) || before.lower === 'by';
}

/** A person's name (a full name or a surname) that is the run `run`, as a phrase of its own; null for any other run. */
function listItem(toks: readonly Token[], run: NameRun | null): NounPhrase | null {
  if (!run || !plausibleName(toks, run) || (toks[run.to - 1] as Token).poss) return null;
  // (no day, and no party's members or people in the plural: "Democrats, Ruiz and Hale said")
  const w = (toks[run.nameFrom] as Token).lower;
  if (run.to - run.nameFrom === 1 && (MONTHS_DAYS.has(w) || PARTY_MEMBER_WORDS.has(w.replace(/s$/, '')) || pluralPerson(w))) return null;
  const np: NounPhrase = { kind: 'name', from: run.from, to: run.to, run };
  return fullName(toks, np) || singleName(toks, np) ? np : null;
}

/**
 * "Ruiz, Hale and Costa": three or more names in a list closed by "and" (with or without a comma before it) as one
 * joint phrase, each name the `first` of the next; the first name opens the phrase as a pair's first must (`joinable`).
 */
function listPhrase(toks: readonly Token[], items: NounPhrase[], floor: number): NounPhrase | null {
  const [head] = items;
  if (!head || items.length < 3) return null;
  const before = toks[head.from - 1];
  const opens =
    !before ||
    head.from - 1 < floor ||
    before.sentence !== (toks[head.from] as Token).sentence ||
    before.kind !== 'word' ||
    CLAUSE_STOP.has(before.lower) ||
    speechFormAt(toks, head.from - 1) ||
    PERSON_ROLE_NOUNS.has(before.lower) ||
    pluralPerson(before.lower) ||
    before.lower === 'by';
  if (!opens) return null;
  // (the words before the first name are its titles or role, no verb: "said council members Ruiz, …", not "Li met Ruiz, …")
  for (let i = head.from; i < (head.run?.from ?? head.from); i++) {
    const t = toks[i] as Token;
    if (t.kind !== 'word' || (!t.cap && (looksVerbal(t) || VERBISH.has(t.lower) || speechFormAt(toks, i) || PREPOSITIONS.has(t.lower))))
      return null;
  }
  let np = head;
  for (const item of items.slice(1)) np = { ...item, from: head.from, first: np };
  return np;
}

/** "said Ruiz, Hale, and Costa": the list of names that opens at `np`, read forward, or null. */
function listAfter(toks: readonly Token[], np: NounPhrase, ceil: number): NounPhrase | null {
  const items = [np];
  let j = np.to;
  while (j < ceil && toks[j]?.text === ',' && items.length < 8) {
    // ("…, and Costa": the comma before the closing "and")
    const and = toks[j + 1]?.lower === 'and';
    const item = listItem(toks, runStartingAt(toks, and ? j + 2 : j + 1, ceil));
    if (!item) return null;
    items.push(item);
    j = item.to;
    if (and) return listPhrase(toks, items, 0);
    if (toks[j]?.lower === 'and') {
      const last = listItem(toks, runStartingAt(toks, j + 1, ceil));
      if (!last) return null;
      items.push(last);
      return listPhrase(toks, items, 0);
    }
  }
  return null;
}

/** "Ruiz, Hale and Costa said": the list of names that closes with `np` after "and", read backward, or null. */
function listBefore(toks: readonly Token[], a: number, np: NounPhrase): NounPhrase | null {
  let e = np.from - 1;
  if (toks[e]?.lower !== 'and') return null;
  if (toks[e - 1]?.text === ',') e--;
  const items = [np];
  for (;;) {
    const item = e - 1 >= a ? listItem(toks, runEndingAt(toks, e - 1, a)) : null;
    if (!item) break;
    items.unshift(item);
    if (toks[item.from - 1]?.text !== ',' || items.length >= 8) break;
    e = item.from - 1;
  }
  // ("In Ostend, Ruiz, Hale and Costa said": a phrase the first comma closes is no name of the list)
  return listPhrase(toks, items, a) ?? (items.length > 3 ? listPhrase(toks, items.slice(1), a) : null);
}

/**
 * "Ruiz, Hale and Costa said", "Ruiz, Hale, and Costa said": the list of names that `np` (the last name after "and",
 * or the last two names joined by "and") closes, read back past the commas a subject's region was split at (down to
 * `floor`); null when `np` closes no list of three or more.
 */
export function listEndingWith(toks: readonly Token[], floor: number, np: NounPhrase): NounPhrase | null {
  if (np.kind !== 'name' || !np.run) return null;
  if (np.first && !np.first.first && toks[np.from - 1]?.text === ',')
    return listBefore(toks, floor, { kind: 'name', from: np.run.from, to: np.to, run: np.run });
  return !np.first && toks[np.from - 1]?.lower === 'and' && toks[np.from - 2]?.text === ',' ? listBefore(toks, floor, np) : null;
}

/** "Ana Ruiz, Tom Hale and Lea Costa, all members of …, said": the list of names that opens with `np`, up to `ceil`, or null. */
export function listStartingWith(toks: readonly Token[], np: NounPhrase, ceil: number): NounPhrase | null {
  return np.kind === 'name' && !np.first && (fullName(toks, np) || singleName(toks, np)) ? listAfter(toks, np, ceil) : null;
}

/** "said Ana Ruiz and Li Wei", "said Ruiz and Li": a second person's name joined by "and" makes one joint speaker. */
function joinedAfter(toks: readonly Token[], np: NounPhrase, ceil: number): NounPhrase | null {
  if (toks[np.to]?.text === ',' && !np.first && (fullName(toks, np) || singleName(toks, np))) return listAfter(toks, np, ceil);
  if (toks[np.to]?.lower !== 'and' || !(fullName(toks, np) || singleName(toks, np))) return null;
  const second = headPhrase(toks, np.to + 1, ceil);
  return second && joinable(toks, np, second, 0) ? { ...second, from: np.from, first: np } : null;
}

/** "Ana Ruiz and Li Wei said", "Ruiz and Li said": the same, walking back from the last name. */
function joinedBefore(toks: readonly Token[], a: number, np: NounPhrase): NounPhrase | null {
  if (toks[np.from - 1]?.lower !== 'and' || np.from - 2 < a || !(fullName(toks, np) || singleName(toks, np))) return null;
  const list = listBefore(toks, a, np);
  if (list) return list;
  const first = tailPhrase(toks, a, np.from - 1);
  return first && joinable(toks, first, np, a) ? { ...np, from: first.from, first } : null;
}

/**
 * "Mayor Ana Ruiz and her deputy, Tom Hale": a name `np` set off by a comma after "and" and a description of a
 * person names the second of two joint speakers, the name before "and" the first. Null for any other shape.
 */
export function joinedOverDescription(toks: readonly Token[], a: number, np: NounPhrase): NounPhrase | null {
  const comma = np.from - 1;
  if (toks[comma]?.text !== ',' || np.first || !(fullName(toks, np) || singleName(toks, np))) return null;
  const desc = tailPhrase(toks, a, comma);
  if (desc?.kind !== 'desc' || toks[desc.from - 1]?.lower !== 'and' || !roleNoun((toks[comma - 1] as Token).lower)) return null;
  const first = tailPhrase(toks, a, desc.from - 1);
  return first && joinable(toks, first, np, a) ? { ...np, from: first.from, first } : null;
}

/** A single capitalised word that opens its sentence and is a role noun in the plural ("Aides", "Lawyers"). */
function sentenceOpeningRole(toks: readonly Token[], i: number): boolean {
  const w = toks[i] as Token;
  const before = toks[i - 1];
  return w.kind === 'word' && w.cap && w.lower.endsWith('s') && roleNoun(w.lower) && (!before || before.sentence !== w.sentence);
}

/**
 * "Tomas Berg of the Harbour Church said", "Tomas Berg of the University of Ostend said": the person a body is
 * named after, past "of the" and a chain of bodies; null when no person's name owns the run.
 */
function ownerOfBody(toks: readonly Token[], a: number, run: NameRun): NameRun | null {
  let body = run;
  for (let hop = 0; hop < 3; hop++) {
    const p = toks[body.from - 1]?.lower === 'the' ? body.from - 2 : body.from - 1;
    const prep = toks[p];
    if (!prep || p - 1 < a || prep.lower === 'in' || !RELATION_PREPOSITIONS.has(prep.lower)) return null;
    const owner = runEndingAt(toks, p - 1, a);
    if (!owner) return null;
    if (personLike(toks, owner)) return hop > 0 || p < body.from - 1 ? owner : null;
    body = owner;
  }
  return null;
}

/**
 * "Republicans on Capitol Hill said", "Democrats in the Senate said": a party's members with the place where they
 * sit speak, not the place; the index of the members' word, or null.
 */
function partyMembersAt(toks: readonly Token[], a: number, run: NameRun): number | null {
  const at = DETERMINERS.has(toks[run.from - 1]?.lower ?? '') ? run.from - 2 : run.from - 1;
  const group = toks[at - 1];
  if (at - 1 < a || !PLACE_PREPOSITIONS.has(toks[at]?.lower ?? '') || !group?.cap) return null;
  return group.lower.endsWith('s') && PARTY_MEMBER_WORDS.has(group.lower.slice(0, -1)) ? at - 1 : null;
}

/** A noun for a person or people a source may be ("adviser", "officials", "people"). */
function personNoun(w: string): boolean {
  return w === 'people' || roleNoun(w);
}

/**
 * "a person close to the mayor", "two people familiar with the talks", "an adviser to the mayor": the description
 * of a person that ends before "to"/"with" and the determiner at `det` opening what relates them; it runs to `e`.
 * Null when the words before are no such description.
 */
function relatedPerson(toks: readonly Token[], a: number, det: number, e: number): NounPhrase | null {
  const prep = det - 1;
  if (prep - 1 < a || !SOURCE_PREPOSITIONS.has(toks[prep]?.lower ?? '')) return null;
  const end = SOURCE_ADJECTIVES.has(toks[prep - 1]?.lower ?? '') ? prep - 1 : prep;
  const head = toks[end - 1];
  if (!head || end - 1 < a || !personNoun(head.lower)) return null;
  if (sentenceOpeningRole(toks, end - 1)) return { kind: 'desc', from: end - 1, to: e };
  const desc = tailPhrase(toks, a, end);
  return desc?.kind === 'desc' ? { kind: 'desc', from: desc.from, to: e } : null;
}

/** The noun phrase that ends the token range [a, e) (a subject right before its verb). */
export function tailPhrase(toks: readonly Token[], a: number, e: number): NounPhrase | null {
  if (e <= a) return null;
  const last = toks[e - 1] as Token;
  if (last.kind !== 'word') return null;
  if (isPronoun(last)) return { kind: 'pron', from: e - 1, to: e };
  if (last.cap) {
    let run = runEndingAt(toks, e - 1, a);
    if (!run || !plausibleName(toks, run)) return null;
    // "Stacy Baker of Columbia said": the person, not the place
    const prep = toks[run.from - 1];
    if (prep && RELATION_PREPOSITIONS.has(prep.lower) && run.from - 2 >= a) {
      const owner = runEndingAt(toks, run.from - 2, a);
      if (owner && personLike(toks, owner) && prep.lower !== 'in') run = owner;
      // "the Department of Justice said", "said the University of Ostend": a body named with "of" and its place
      // speaks under its whole name, not the place ("Justice") nor the body's first word
      else if (owner && prep.lower === 'of' && owner.to === run.from - 1 && orgRun(toks, owner))
        run = { from: owner.from, to: run.to, nameFrom: owner.nameFrom };
      // "the Democrat from Ohio said": a party member with the place they come from, as "the Ohio Democrat" is
      else if (owner && owner.to === run.from - 1 && partyMember(toks, owner)) {
        const det = owner.from - 1 >= a && DETERMINERS.has((toks[owner.from - 1] as Token).lower) ? owner.from - 1 : owner.from;
        return { kind: 'name', from: det, to: e, run: owner };
      }
      // "Aides to Li Wei said": a plural role noun opening the sentence, capitalised only there, is the subject
      else if (run.from - 2 >= a && sentenceOpeningRole(toks, run.from - 2)) return { kind: 'desc', from: run.from - 2, to: e };
      // "a woman in Worcester told him", "a longtime adviser to Trump said": a person's description with its place
      // or the name it is related to
      else if (!owner && (toks[run.from - 2] as Token).kind === 'word' && !(toks[run.from - 2] as Token).cap) {
        const desc = describedPerson(toks, a, run.from - 1);
        if (desc) return { kind: 'desc', from: desc.from, to: e };
      }
    }
    // "A person close to the Linds said": the person described, past the article before the name they relate to
    const related = DETERMINERS.has(toks[run.from - 1]?.lower ?? '') ? relatedPerson(toks, a, run.from - 1, e) : null;
    if (related) return related;
    const members = partyMembersAt(toks, a, run);
    if (members !== null) return { kind: 'desc', from: members, to: e };
    run = ownerOfBody(toks, a, run) ?? run;
    const det = run.from - 1 >= a && DETERMINERS.has((toks[run.from - 1] as Token).lower) ? run.from - 1 : run.from;
    const np: NounPhrase = { kind: 'name', from: det, to: e, run };
    return joinedBefore(toks, a, np) ?? np;
  }
  // "the resolution which said", "a letter that says": a relative pronoun right after its noun speaks for it; the
  // phrase is the noun's
  if (
    (last.lower === 'which' || last.lower === 'that') &&
    e - 2 > a &&
    (toks[e - 2] as Token).kind === 'word' &&
    !(toks[e - 2] as Token).cap
  ) {
    const noun = tailPhrase(toks, a, e - 1);
    if (noun?.kind === 'desc') return noun;
  }
  // "21 percent said", "about four in 10 said": a share of those polled speaks as a group
  const isNumber = (t: Token | undefined) => Boolean(t && /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(t.lower));
  if (last.lower === 'percent' && e - 2 >= a && isNumber(toks[e - 2])) return { kind: 'desc', from: e - 2, to: e };
  if (/^\d+$/.test(last.text) && e - 3 >= a && toks[e - 2]?.lower === 'in' && isNumber(toks[e - 3]))
    return { kind: 'desc', from: e - 3, to: e };
  // "Ruiz and Li both said", "the aides each said": a quantifier after its subject counts it, the subject speaks
  if (FLOATING_QUANTIFIERS.has(last.lower) && e - 1 > a) {
    const counted = tailPhrase(toks, a, e - 1);
    if (counted) return counted;
  }
  // "Yet another said", "One said": a determiner standing alone for a person
  if (STANDALONE.has(last.lower) && (e - 1 === a || !DETERMINERS.has((toks[e - 2] as Token).lower)))
    return { kind: 'desc', from: e - 1, to: e };
  // "the 34-year-old mother of three": a number after "of" ends a description that starts at its determiner
  if (toks[e - 2]?.lower === 'of' && /^(two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(last.lower)) {
    for (let i = e - 3; i >= a && i >= e - 9; i--)
      if (DETERMINERS.has((toks[i] as Token).lower) && !/^\d/.test((toks[i] as Token).text)) return { kind: 'desc', from: i, to: e };
  }
  // ("the secretary of state": a speech verb's form after "of" is a noun; so after a determiner, "in each state"; as
  // the last word, a particle verb's bare form too ends no person's phrase: "the ferry fire, described as …")
  if (
    DETERMINERS.has(last.lower) ||
    PREPOSITIONS.has(last.lower) ||
    (SPEECH_VERBS.has(last.lower) &&
      toks[e - 2]?.lower !== 'of' &&
      !(e - 2 > a && NOUN_BEFORE.has((toks[e - 2] as Token).lower)) &&
      !pluralNounAt(toks, e - 1))
  )
    return null;
  for (let i = e - 2; i >= a && i >= e - 7; i--) {
    const t = toks[i] as Token;
    if (t.kind !== 'word') break;
    // "Voters in each town say": "each" or "every" after a preposition of place opens the place phrase of a description
    if (DISTRIBUTIVES.has(t.lower) && i - 1 > a && PLACE_PREPOSITIONS.has((toks[i - 1] as Token).lower)) {
      const owner = tailPhrase(toks, a, i - 1);
      if (owner && (owner.kind === 'desc' || sentenceOpeningRole(toks, owner.from))) return { kind: 'desc', from: owner.from, to: e };
    }
    if (DETERMINERS.has(t.lower)) {
      // "a Democratic staffer in the room wondered": a description with its place phrase
      const p = toks[i - 1];
      const owner = p && i - 1 > a && PLACE_PREPOSITIONS.has(p.lower) ? tailPhrase(toks, a, i - 1) : null;
      // ("Officials at the port, who …, said": a plural role noun opening the sentence is capitalised, still a description)
      if (owner && (owner.kind === 'desc' || sentenceOpeningRole(toks, owner.from))) return { kind: 'desc', from: owner.from, to: e };
      // "a person close to the mayor said", "two people familiar with the talks said": the person described speaks
      const related = relatedPerson(toks, a, i, e);
      if (related) return related;
      // "Proponents of the new bill say", "the head of the agency said", "a spokesperson for the ministry said": the
      // role noun the phrase belongs to (past "of" anything, past another preposition a body or a person)
      const relation =
        p?.lower === 'of' || (p !== undefined && p.lower !== 'in' && RELATION_PREPOSITIONS.has(p.lower) && relatedBody(toks, i, e) === e);
      if (relation && i - 2 >= a && roleNoun((toks[i - 2] as Token).lower)) {
        let r = i - 2;
        while (r - 1 >= a && r > i - 5 && (toks[r - 1] as Token).kind === 'word' && !PREPOSITIONS.has((toks[r - 1] as Token).lower)) {
          r--;
          if (DETERMINERS.has((toks[r] as Token).lower)) break;
        }
        return { kind: 'desc', from: r, to: e };
      }
      return { kind: 'desc', from: i, to: e };
    }
    // "the secretary of state said", "Proponents of the bill say": "of" after a role noun stays in the description
    if (t.lower === 'of' && i - 1 >= a && roleNoun((toks[i - 1] as Token).lower)) continue;
    // ("in a later interview": an adverb that may stand before a verb is an adjective after a determiner)
    const adjective = isFiller(t) && !AUXILIARIES.has(t.lower) && DETERMINERS.has(toks[i - 1]?.lower ?? '');
    if (RELATIVE.has(t.lower) || speechFormAt(toks, i) || (looksVerbal(t) && !adjective) || PREPOSITIONS.has(t.lower)) break;
  }
  // "Ana Ruiz’s chief of staff said": a role noun's "of" phrase stays in the description the role noun ends
  const of = toks[e - 2];
  const role = toks[e - 3];
  if (of?.lower === 'of' && role?.kind === 'word' && !role.cap && e - 3 >= a && roleNoun(role.lower)) {
    const owner = tailPhrase(toks, a, e - 2);
    if (owner?.kind === 'desc') return { kind: 'desc', from: owner.from, to: e };
  }
  // a bare plural or role noun ("officials", "Democratic strategists", "China’s military", "police")
  const prev = toks[e - 2];
  const head = last.lower;
  // "Ana Ruiz’s fundraising email": a document with its owner in the possessive and one lower-case word between them
  const owns = toks[e - 3];
  if (DOCUMENT_NOUNS.has(head) && prev?.kind === 'word' && !prev.cap && owns?.kind === 'word' && owns.cap && owns.poss && e - 3 >= a)
    return { kind: 'desc', from: runEndingAt(toks, e - 3, a)?.from ?? e - 3, to: e };
  if (
    PERSON_ROLE_NOUNS.has(head) ||
    PLURAL_PEOPLE.has(head) ||
    (head.endsWith('s') && head.length > 3 && !head.endsWith('ss')) ||
    (prev && e - 2 >= a && prev.cap)
  ) {
    let from = e - 1;
    while (
      from - 1 >= a &&
      from > e - 3 &&
      (toks[from - 1] as Token).kind === 'word' &&
      !PREPOSITIONS.has((toks[from - 1] as Token).lower) &&
      !isFiller(toks[from - 1]) &&
      !CLAUSE_STOP.has((toks[from - 1] as Token).lower) &&
      !speechFormAt(toks, from - 1)
    )
      from--;
    // "Li Wei’s campaign manager": the owner's whole name, not its last word; so too the whole name that modifies
    // people in the plural ("Senior White House officials"; a day is no part of it: "On Monday Pentagon officials")
    const owner = toks[from] as Token;
    if (owner.cap && (owner.poss || pluralPerson(head))) {
      let whole = runEndingAt(toks, from, a)?.from ?? from;
      while (whole < from && MONTHS_DAYS.has((toks[whole] as Token).lower)) whole++;
      from = whole;
    }
    return { kind: 'desc', from, to: e };
  }
  return null;
}

/**
 * "the union’s statement", "Ana Ruiz’s initial statement": the owner of the document that ends at token `to - 1`
 * (at most one word between them) is its author; null when it has no owner in the possessive (from `from` on).
 */
export function documentOwner(toks: readonly Token[], from: number, to: number): NounPhrase | null {
  if (!DOCUMENT_NOUNS.has(toks[to - 1]?.lower ?? '')) return null;
  for (let j = to - 2; j >= from && j >= to - 3; j--) {
    const t = toks[j] as Token;
    if (t.kind !== 'word') return null;
    if (!t.poss) continue;
    const owner = tailPhrase(toks, from, j + 1);
    return owner && owner.kind !== 'pron' ? owner : null;
  }
  return null;
}

/** The noun phrase starting at token `i` (after "said", "according to"), up to `ceil`. */
export function headPhrase(toks: readonly Token[], i: number, ceil: number): NounPhrase | null {
  const t = toks[i];
  if (!t || i >= ceil || t.kind !== 'word') return null;
  if (isPronoun(t) && t.lower !== 'who') return { kind: 'pron', from: i, to: i + 1 };
  // "noted that he had …", "found that some accounts …": a "that" before a pronoun or a determiner opens a clause, and
  // the phrase starts after it; "That’s …", "that is …": a "that" with a verb of its own stands for a thing, no one
  if (t.lower === 'that') {
    const next = toks[i + 1];
    if (t.poss || AUXILIARIES.has(next?.lower ?? '')) return null;
    if (next && ((isPronoun(next) && next.lower !== 'who') || DETERMINERS.has(next.lower))) return headPhrase(toks, i + 1, ceil);
  }
  // ("said van der Berg": a surname's particles in lower case open the name)
  // ("Multiple news reports …", "Numerous aides said": a capitalised quantifier that wants a plural opens a description
  // up to its plural noun, no name)
  if (t.cap && PLURAL_QUANTIFIERS.has(t.lower) && !DETERMINERS.has(t.lower)) {
    const e = pluralAfter(toks, i, ceil);
    if (e > 0) return { kind: 'desc', from: i, to: e };
  }
  if (t.cap && (NUMBER_WORDS.has(t.lower) || APPROXIMATORS.has(t.lower))) {
    const group = countedPeople(toks, i, ceil);
    if (group) return group;
  }
  if ((t.cap || afterParticles(toks, i) > i) && !DETERMINERS.has(t.lower)) {
    const run = runStartingAt(toks, i, ceil);
    if (!run || !plausibleName(toks, run)) return null;
    const later = laterName(toks, run, ceil) ?? bodyOfPlaceRole(toks, run, ceil);
    // "said Hale’s deputy", "said Li Wei’s campaign manager, Ana Ruiz": a name that owns a role opens the description
    // of someone else, as a determiner would ("the mayor’s deputy"); the owner is not the one meant
    const owned = !later && (toks[run.to - 1] as Token).poss ? description(toks, i, run.to - 1, ceil, true) : null;
    if (owned) return owned;
    // "From Li Wei’s Facebook post: “…”": a document the owner put out on a named site is the owner's, not the site's
    const owner = run.nameFrom > run.from && (toks[run.nameFrom - 1] as Token).poss ? run.nameFrom - 1 : -1;
    const document = toks[run.to];
    if (!later && owner >= 0 && document && !document.cap && DOCUMENT_NOUNS.has(document.lower)) {
      const posted = description(toks, i, owner, ceil, false);
      if (posted) return posted;
    }
    // "“…,” Chinese officials said", "said US officials": a name that modifies people in the plural describes them
    const group = later ? -1 : peopleAt(toks, run.to, ceil);
    if (group > 0) return { kind: 'desc', from: i, to: group };
    const named = later ?? bodyWithPlace(toks, run, ceil) ?? run;
    const np: NounPhrase = { kind: 'name', from: i, to: named.to, run: named };
    return joinedAfter(toks, np, ceil) ?? np;
  }
  // "according to people familiar with the matter": a bare plural source with what it knows
  const bareSource = personNoun(t.lower) && SOURCE_ADJECTIVES.has(toks[i + 1]?.lower ?? '');
  if (!DETERMINERS.has(t.lower) && !bareSource) return counted(toks, i, ceil) ?? namedAfterRole(toks, i, ceil);
  return description(toks, i, i, ceil, false);
}

/**
 * "Hundreds of protesters marched, chanting …", "Dozens of pro-Li demonstrators said": a capitalised number word or
 * approximator at `i` that opens a counted group of people (up to the last of its plural nouns), no name; null for
 * things ("Hundreds of letters") and for a group a comma follows, whose appositive may name its people ("Two
 * analysts, Ana Ruiz and Li Wei, found").
 */
function countedPeople(toks: readonly Token[], i: number, ceil: number): NounPhrase | null {
  const group = counted(toks, i, ceil);
  if (!group) return null;
  let e = group.to;
  while (e < ceil && e < group.to + 2) {
    const w = toks[e] as Token;
    if (w.kind !== 'word' || w.cap || !w.lower.endsWith('s') || w.lower.length <= 3 || looksVerbal(w) || !pluralPerson(w.lower)) break;
    e++;
  }
  if (!pluralPerson((toks[e - 1] as Token).lower) || toks[e]?.text === ',') return null;
  return { kind: 'desc', from: i, to: e };
}

/**
 * After the quantifier at `i`, the end of up to three lower-case words that ends with the last of them in the plural
 * ("Multiple news reports", "Both sides" before "stress"), or -1.
 */
function pluralAfter(toks: readonly Token[], i: number, ceil: number): number {
  let end = -1;
  for (let j = i + 1; j < ceil && j <= i + 3; j++) {
    const w = toks[j] as Token;
    if (w.kind !== 'word' || w.cap || isPronoun(w) || looksVerbal(w)) break;
    if (PREPOSITIONS.has(w.lower) || CLAUSE_STOP.has(w.lower) || RELATIVE.has(w.lower) || DETERMINERS.has(w.lower)) break;
    if (w.lower.length > 3 && /[^s]s$/.test(w.lower)) end = j + 1;
  }
  return end;
}

/**
 * "said Bank of Ostend Governor Ana Ruiz", "said University of Ostend professor Tom Hale": a body named with "of" and
 * its place, then a role and the person's name; the name run, or null (the body itself speaks: "said Bank of Ostend").
 */
function bodyOfPlaceRole(toks: readonly Token[], run: NameRun, ceil: number): NameRun | null {
  if (toks[run.to]?.lower !== 'of' || !ORG_WORDS.has((toks[run.to - 1] as Token).lower)) return null;
  const place = runStartingAt(toks, run.to + 1, ceil);
  if (!place || place.from !== run.to + 1) return null;
  if (place.nameFrom > place.from && personLike(toks, place)) return place;
  return laterName(toks, place, ceil);
}

/** "Bank of Ostend", "the Ministry of Welfare": a body's name run, when "of" and a place follow it, with the place. */
function bodyWithPlace(toks: readonly Token[], run: NameRun, ceil: number): NameRun | null {
  if (toks[run.to]?.lower !== 'of' || !orgRun(toks, run)) return null;
  const place = runStartingAt(toks, run.to + 1, ceil);
  return place && place.from === run.to + 1 ? { from: run.from, to: place.to, nameFrom: run.nameFrom } : null;
}

/**
 * Words [from, comma) are adjectives alone (WordNet knows no noun among them) and a lower-case word that is no
 * function word or verb follows the comma at `comma`: the phrase goes on to its noun past the comma.
 */
function adjectivesBeforeComma(toks: readonly Token[], from: number, comma: number): boolean {
  const next = toks[comma + 1];
  if (next?.kind !== 'word' || next.cap || next.sentence !== (toks[comma] as Token).sentence) return false;
  if (DETERMINERS.has(next.lower) || isPronoun(next) || PREPOSITIONS.has(next.lower) || CLAUSE_STOP.has(next.lower)) return false;
  if (RELATIVE.has(next.lower) || speechFormAt(toks, comma + 1) || looksVerbal(next)) return false;
  for (let j = from; j < comma; j++) {
    const w = toks[j] as Token;
    if (w.kind !== 'word' || w.cap || !adjectiveOnly(w.lower)) return false;
  }
  return true;
}

/**
 * The description that opens at token `i` with the determiner at `d` ("the", "a", a possessive name: "Hale’s"), or
 * a bare source noun at `i` ("people familiar with …"), up to `ceil`; with `role`, only one headed by a role noun.
 */
function description(toks: readonly Token[], i: number, d: number, ceil: number, role: boolean): NounPhrase | null {
  const t = toks[i] as Token;
  let e = d + 1;
  // "said one of two witnesses", "tweeted another": a determiner standing for a person, with its "of" phrase
  const alone = d === i && STANDALONE.has(t.lower);
  let knowing = false;
  while (e < ceil && e - d < 8) {
    const w = toks[e] as Token;
    if (alone && e === d + 1 && w.lower === 'of') {
      e++;
      continue;
    }
    // "the ad targets a …", "his early videos show a …", "Another advised, “…”": a verb after the head, with its object
    if ((e > d + 1 || alone) && verbAfterNoun(toks[e - 1], w, toks[e + 1])) break;
    // ("a fisherman known as Tom Hale": the participle gives a name, no part of the description)
    if (e > d + 1 && w.lower === 'known' && toks[e + 1]?.lower === 'as') break;
    // "according to two people familiar with the talks": what the source knows stays in the description
    const knows = SOURCE_ADJECTIVES.has((toks[e - 1] as Token).lower) && SOURCE_PREPOSITIONS.has(w.lower);
    knowing ||= knows;
    // "The snarky, partisan headline reads": a comma between adjectives before the head noun stays in the phrase
    if (w.text === ',' && e > d + 1 && adjectivesBeforeComma(toks, d + 1, e)) {
      e++;
      continue;
    }
    if (
      !knows &&
      (w.kind !== 'word' ||
        PREPOSITIONS.has(w.lower) ||
        // ("Multiple news reports …", "the deadly attacks": a speech verb's -s form that is a plural noun stays in)
        (speechFormAt(toks, e) && !pluralNounAt(toks, e)) ||
        CLAUSE_STOP.has(w.lower) ||
        RELATIVE.has(w.lower))
    )
      break;
    // "the editor I was talking to, Ana Ruiz, …": a pronoun after a person's role noun opens a clause on it, no part of
    // the phrase (after other nouns the pronoun may be the one meant: "the one risk he sees is “…”")
    if (e > d + 1 && isPronoun(w) && roleNoun((toks[e - 1] as Token).lower)) break;
    // "a statement from the campaign late Tuesday", "an email Wednesday": a day ends the phrase, with its "late"/"early"
    if (e > d + 1 && (DAYS.has(w.lower) || (DAY_EDGES.has(w.lower) && DAYS.has(toks[e + 1]?.lower ?? '')))) break;
    // "a retired general" — an -ed word right after the determiner is an adjective, and so is one after an adverb in -ly
    // ("the recently released report", "a publicly filed letter")
    const adverb = (toks[e - 1] as Token).lower;
    if (e > d + 1 && looksVerbal(w) && !(adverb.endsWith('ly') && VERB_FILLERS.has(adverb))) break;
    // "the Florida senator likes …", "the president left no doubt": after a person's role noun a lower-case -s
    // word or an irregular past is its verb
    if (e > d + 1 && PERSON_ROLE_NOUNS.has((toks[e - 1] as Token).lower) && (/[^s]s$/.test(w.lower) || VERBISH.has(w.lower))) break;
    e++;
    if (DOCUMENT_NOUNS.has(w.lower) || DISPLAY_NOUNS.has(w.lower)) break;
  }
  if (e === d + 1 && alone) return { kind: 'desc', from: i, to: e };
  if (e === d + 1 || toks[e - 1]?.lower === 'of') return null;
  const last = toks[e - 1] as Token;
  const person = roleWord(last) || roleNoun(last.lower);
  if (role && (knowing || last.cap || !person)) return null;
  // ("a person close to the Lindens": the source, whatever name ends what it knows)
  if (knowing) return { kind: 'desc', from: i, to: e };
  if (last.cap) {
    const run = runEndingAt(toks, e - 1, d + 1);
    if (run && toks[e]?.lower === 'of') {
      // "the Secretary of State Ana Ruiz": the title goes on with "of", its office and the name
      const office = runStartingAt(toks, run.from, ceil);
      if (office && office.to > e) return { kind: 'name', from: i, to: office.to, run: office };
      // "the Secretary of State, Ana Ruiz": the name set off by a comma after the office
      const body = titleWord(last.lower) ? runStartingAt(toks, e + 1, ceil) : null;
      const named = body ? appositiveName(toks, { kind: 'desc', from: i, to: body.to }, ceil) : null;
      if (named) return named;
      // "said the University of Ostend professor Tom Hale", "said the Bank of Ostend": the person, else the body
      const whole = bodyOfPlaceRole(toks, run, ceil) ?? bodyWithPlace(toks, run, ceil);
      if (whole) return { kind: 'name', from: i, to: whole.to, run: whole };
    }
    // "said the Democrat from Ohio": a party member with the place they come from
    const place =
      run && partyMember(toks, run) && RELATION_PREPOSITIONS.has(toks[e]?.lower ?? '') ? runStartingAt(toks, e + 1, ceil) : null;
    if (run && place && place.from === e + 1) return { kind: 'name', from: i, to: place.to, run };
    if (run) return { kind: 'name', from: i, to: e, run };
  }
  const np: NounPhrase = { kind: 'desc', from: i, to: relatedName(toks, e, ceil) };
  const named = nameGiven(toks, np.to, ceil);
  if (named) return named;
  const display = DISPLAY_NOUNS.has(last.lower);
  if (DOCUMENT_NOUNS.has(last.lower) || display) {
    // "a statement released today by the U.S. Navy's Seventh Fleet": the document speaks for its author
    // ("a sign held by one protester": a sign for whoever holds it up)
    let k = e;
    while (
      k < ceil &&
      k - e < 5 &&
      (PUBLISHING_WORDS.has((toks[k] as Token).lower) || (display && k === e && held(toks[k] as Token))) &&
      !['by', 'from', 'of'].includes((toks[k] as Token).lower)
    )
      k++;
    const prep = toks[k];
    if (prep && ['by', 'from', 'of'].includes(prep.lower)) {
      const author = headPhrase(toks, k + 1, ceil);
      if (author && author.kind !== 'pron') return { ...np, to: author.to, author };
    }
    // "an email Ana Ruiz sent to staff", "a statement the council released": its author, the subject of the clause
    // that sends it out or writes it
    if (!display && e === np.to) {
      const author = headPhrase(toks, e, ceil);
      const verb = author && author.kind !== 'pron' ? toks[author.to] : undefined;
      if (author && verb && !verb.cap && (SENDING_VERBS.has(verb.lower) || verb.lower === 'wrote' || verb.lower === 'signed'))
        return { ...np, to: author.to, author };
    }
    // "a campaign ad released Thursday", "a letter sent on Monday": the day it was put out tells which one it is
    const day = pastReleaseDay(toks, e);
    return e === np.to && day <= ceil ? { ...np, to: day } : np;
  }
  // "a 2014 study by economists Lena Marsh and Tomas Weir": people named after a study's "by" or "from" describe it, the
  // study still speaks (a body so named already closes the phrase; "a survey from the spring" names no one)
  if (SURVEY_NOUNS.has(last.lower) && e === np.to) {
    let k = e;
    while (k < ceil && k - e < 5 && PUBLISHING_WORDS.has((toks[k] as Token).lower) && !MAKER_PREPOSITIONS.has((toks[k] as Token).lower))
      k++;
    const prep = toks[k];
    const author = prep && MAKER_PREPOSITIONS.has(prep.lower) ? headPhrase(toks, k + 1, ceil) : null;
    const people =
      author?.kind === 'name'
        ? Boolean(author.run && personLike(toks, author.run))
        : author?.kind === 'desc' && roleNoun((toks[author.to - 1] as Token).lower);
    if (author && people) return { ...np, to: author.to };
    // ("an AP poll released Thursday")
    const day = pastReleaseDay(toks, e);
    return day <= ceil ? { ...np, to: day } : np;
  }
  if (!person) return np;
  // "the secretary of state, Ana Ruiz", "the chief of staff, Tom Hale": a role with "of" and a bare noun or two, then
  // the person's name set off by a comma (without the name the phrase stays the role: "the head of music programming"
  // may describe a name written before it)
  if (np.to === e && toks[e]?.lower === 'of') {
    const j = bareNouns(toks, e + 1, ceil);
    const named = j > e + 1 ? appositiveName(toks, { ...np, to: j }, ceil) : null;
    if (named) return named;
    // "said the secretary of state.": the whole role, when the phrase ends with it
    const after = toks[j];
    if (j > e + 1 && (j >= ceil || !after || after.sentence !== toks[e]?.sentence || after.kind === 'punct')) return { ...np, to: j };
  }
  return appositiveName(toks, np, ceil) ?? np;
}

/** Nouns for the name an account or a person goes by ("going by the handle Portwatcher"). */
const NAME_NOUNS: ReadonlySet<string> = new Set(['handle', 'moniker', 'name', 'nickname', 'username']);

/**
 * "a fisherman named Tom Hale", "a user known as Portwatcher", "a user going by the handle Portwatcher": the name a
 * participle at `from` (or past a place there) gives the description ending before it, which is who the description
 * stands for; null when none follows.
 */
function nameGiven(toks: readonly Token[], from: number, ceil: number): NounPhrase | null {
  // (past the place the description's person is from: "a user from Ostend going by …")
  const place = PLACE_PREPOSITIONS.has(toks[from]?.lower ?? '') ? runStartingAt(toks, from + 1, ceil) : null;
  const at = place && place.from === from + 1 ? place.to : from;
  const w = toks[at];
  if (w?.kind !== 'word' || w.cap) return null;
  let n = -1;
  if (w.lower === 'named' || w.lower === 'called') n = at + 1;
  else if ((w.lower === 'known' || w.lower === 'going') && toks[at + 1]?.lower === (w.lower === 'known' ? 'as' : 'by')) n = at + 2;
  if (n < 0) return null;
  if (toks[n]?.lower === 'the' && NAME_NOUNS.has(toks[n + 1]?.lower ?? '')) n += 2;
  const run = runStartingAt(toks, n, ceil);
  if (!run || run.from !== n || (toks[run.to - 1] as Token).poss) return null;
  // ("The ad called Ruiz “a liar”", "the party named Ruiz its candidate": "called" and "named" may be the verb, with
  // an object after the name; as a participle the name closes the phrase, before a verb, a relative or a mark)
  const next = toks[run.to];
  const closes =
    run.to >= ceil ||
    !next ||
    next.sentence !== w.sentence ||
    next.kind === 'punct' ||
    (next.kind === 'word' && (RELATIVE.has(next.lower) || speechFormAt(toks, run.to) || looksVerbal(next)));
  if ((w.lower === 'named' || w.lower === 'called') && !closes) return null;
  return { kind: 'name', from: run.from, to: run.to, run };
}

/**
 * "the mayor, Tom Hale", "Hale’s deputy, Maria Costa, who …", "a spokeswoman for the council, Ana Ruiz", "his
 * lawyers, Tom Reed and Ana Ruiz", "the mayor, Hale": a person's role and then, set off by a comma, their name (or names), which
 * closes the phrase (at a comma, the sentence's end or `ceil`). The name is who the phrase stands for; null when no
 * such name follows.
 */
function appositiveName(toks: readonly Token[], np: NounPhrase, ceil: number): NounPhrase | null {
  const comma = toks[np.to];
  if (comma?.text !== ',' || np.to + 1 >= ceil) return null;
  const run = runStartingAt(toks, np.to + 1, ceil);
  if (!run || (toks[run.to - 1] as Token).poss) return null;
  const single: NounPhrase = { kind: 'name', from: run.from, to: run.to, run };
  // ("said the mayor, Hale.", "the candidate, Mr. Hale": a surname alone, with or without a title, names the person too)
  if (!personLike(toks, run) && !(singleName(toks, single) && !MONTHS_DAYS.has((toks[run.nameFrom] as Token).lower))) return null;
  const name = joinedAfter(toks, single, ceil) ?? single;
  const after = toks[name.to];
  const closes = name.to >= ceil || !after || after.sentence !== comma.sentence || after.text === ',' || after.text === '.';
  return closes ? name : null;
}

/**
 * "“…,” police said", "said local police", "“…,” Chinese officials said" (from the word after the name): people in
 * the plural, after at most two lower-case words that modify them. Returns the end of the phrase (one past its plural
 * noun), or -1 when the words are no such phrase. After a name the words may be its verb and object ("Li heads the
 * panel", "Ruiz thanks supporters", "Ruiz met voters"): so a word ending in -s or a past may only be the head, and
 * the head may not be followed by an object.
 */
export function peopleAt(toks: readonly Token[], at: number, ceil: number): number {
  const s = toks[at]?.sentence;
  for (let j = at; j < ceil && j < at + 3; j++) {
    const w = toks[j] as Token;
    if (w.kind !== 'word' || w.cap || w.sentence !== s) return -1;
    if (pluralPerson(w.lower)) {
      const next = j + 1 < ceil ? toks[j + 1] : undefined;
      // ("Fox hosts said", not "Lind stars as a fixer")
      if (VERB_LIKE_ROLES.has(w.lower.slice(0, -1))) return next && speechFormAt(toks, j + 1) ? j + 1 : -1;
      if (!next || next.sentence !== w.sentence || next.kind === 'punct') return j + 1;
      const object =
        next.kind === 'quote' ||
        (next.cap && !MONTHS_DAYS.has(next.lower)) ||
        DETERMINERS.has(next.lower) ||
        OBJECT_PRONOUNS.has(next.lower) ||
        VERB_PARTICLES.has(next.lower) ||
        NUMBER_WORDS.has(next.lower) ||
        /^\d/.test(next.text);
      return object ? -1 : j + 1;
    }
    if (
      w.lower.endsWith('s') ||
      looksVerbal(w) ||
      // ("Ana Ruiz met voters": an irregular past after the name is its verb)
      IRREGULAR_PAST_FORMS.has(w.lower) ||
      speechFormAt(toks, j) ||
      CLAUSE_STOP.has(w.lower) ||
      PREPOSITIONS.has(w.lower) ||
      DETERMINERS.has(w.lower) ||
      PRONOUNS.has(w.text)
    )
      return -1;
  }
  return -1;
}

/** "held", "carried", "waved": a past participle (a sign's holder follows it with "by"). */
function held(t: Token): boolean {
  return t.kind === 'word' && !t.cap && (VERBISH.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed')));
}

/** "said former Rep. George Miller", "said pollster Frank Luntz": lower-case role words, then a person's name. */
function namedAfterRole(toks: readonly Token[], i: number, ceil: number): NounPhrase | null {
  for (let j = i; j < ceil && j < i + 6; j++) {
    const w = toks[j] as Token;
    // ("said state Sen. Ana Ruiz": a word that modifies a title is no verb of saying)
    const verb = speechFormAt(toks, j) && !TITLE_MODIFIERS.has(w.lower);
    if (w.kind !== 'word' || verb || CLAUSE_STOP.has(w.lower) || (PREPOSITIONS.has(w.lower) && w.lower !== 'of')) return null;
    if (!w.cap) continue;
    const run = runStartingAt(toks, j, ceil);
    if (!run) return null;
    // "said band member Flint": a single name right after its role noun
    const roleBefore = j > i && PERSON_ROLE_NOUNS.has((toks[j - 1] as Token).lower);
    const single = roleBefore && run.to - run.from === 1 && plausibleName(toks, run);
    const name = personLike(toks, run) ? run : (laterName(toks, run, ceil) ?? (single ? run : null));
    // "said former Oregon Gov. and party Chairman Omar Fiske": two roles joined by "and" before the name
    const rest = !name && toks[run.to]?.lower === 'and' ? namedAfterRole(toks, run.to + 1, ceil) : null;
    if (rest) return { ...rest, from: i };
    if (!name) return null;
    // ("said council members Ana Ruiz, Tom Hale and Lea Costa": the names joined after the role)
    const np: NounPhrase = { kind: 'name', from: i, to: name.to, run: name };
    return joinedAfter(toks, np, ceil) ?? np;
  }
  return null;
}

/** True when a name run is an organisation ("the Chinese Defense Ministry", "U.S. Navy's Seventh Fleet"). */
export function orgRun(toks: readonly Token[], run: NameRun): boolean {
  return ORG_WORDS.has((toks[run.to - 1] as Token).lower);
}
