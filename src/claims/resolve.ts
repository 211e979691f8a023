/**
 * Turns a noun phrase into a speaker: names to the fullest form the document gives, pronouns to the most
 * salient earlier subject or speaker, descriptions to the person introduced with that role.
 */
import type { DocModel, SalienceEvent } from './model.js';
import { addSubjects, personOf, sentenceOpenings } from './salience.js';
import { citedBefore, citedDocument, describedPerson } from './described.js';
import { capitalByPlace, commonNounAt } from './common-nouns.js';
import { pronounGender, toldGender } from './gender.js';
import { nameGender, widelyGivenName } from './given-names.js';
import { narrator } from './narrator.js';
import { capWord, forPeople, runEndingAt, runName, runStartingAt, titleWord, type Gender, type NameRun, type Person } from './names.js';
import { describedOrganisation } from './organisations.js';
import { bareNouns, documentOwner, headPhrase, orgRun, relatedBody, roleNoun, type NounPhrase } from './phrases.js';
import { verbAt } from './clause.js';
import { isFiller, speechVerbAt } from './speech-verbs.js';
import { sentenceStart, type Token } from './tokens.js';
import type { Span } from './types.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  ADDRESS_PREPOSITIONS,
  BODY_HEADS,
  CAP_OPENERS,
  CLAUSE_STOP,
  COMMON_VERB_THIRDS,
  DESCRIPTION_PREPOSITIONS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FEMALE_WORDS,
  FIRST_PLURAL_PRONOUNS,
  FLOATING_QUANTIFIERS,
  INDEFINITE_DETERMINERS,
  IRREGULAR_PAST_FORMS,
  KIN_AND_SEX_NOUNS,
  MALE_WORDS,
  MONTHS_DAYS,
  NUMBER_WORDS,
  ORG_WORDS,
  ORGANISATION_HEADS,
  PERSON_ROLE_NOUNS,
  PLACES,
  PLURAL_PERSONAL_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  PRONOUNS,
  RELATION_PREPOSITIONS,
  SPEECH_NOUNS,
  TAG_VERBS,
  THING_PRONOUNS,
  VERBISH,
  WHEN_UNITS,
} = words;

/** Most tokens from a noun of saying's "from" to the end of its author's phrase ("the reply from Ana Ruiz"). */
const AUTHOR_REACH = 8;

/** A resolved attribution: who speaks, and the words in the text that say so. */
export interface Attribution {
  speaker: string;
  mention: Span;
}

/** Index of the latest event strictly before `pos` in an ascending list (-1 when none). */
function latestIndex(events: readonly SalienceEvent[], pos: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid] as SalienceEvent).pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The gender a pronoun takes a person to be of: what the text says, or with `byName` also what their given name suggests. */
function genderOf(p: Person | undefined, byName: boolean): Gender | undefined {
  return byName ? p?.gender : toldGender(p);
}

/**
 * The latest event strictly before `pos`; for `personal` ("he", "she"), the latest one that may be a person,
 * and of `gender`, the latest one not known to be of the other gender.
 */
function latestBefore(
  model: DocModel,
  events: readonly SalienceEvent[],
  pos: number,
  personal = false,
  gender?: Gender,
  byName = false,
  except?: string,
): SalienceEvent | null {
  let i = latestIndex(events, pos);
  for (; i >= 0; i--) {
    const e = events[i] as SalienceEvent;
    if ((personal && e.person === false) || e.speaker === except) continue;
    const p = gender ? model.people.people.get(e.speaker) : undefined;
    const g = genderOf(p, byName);
    if (g && g !== gender) continue;
    return g || !gender ? e : (knownInSentence(model, events, i, e, personal, gender, byName, except) ?? e);
  }
  return null;
}

/**
 * "Mr. Brandt was blunt, claiming that Kim Berg wanted to close the port. “…,” he said": of the subjects of one
 * sentence, a pronoun takes the one the text says is of its gender over a later one it tells nothing of.
 */
function knownInSentence(
  model: DocModel,
  events: readonly SalienceEvent[],
  i: number,
  latest: SalienceEvent,
  personal: boolean,
  gender: Gender,
  byName: boolean,
  except: string | undefined,
): SalienceEvent | null {
  if (latest.sentence === undefined) return null;
  for (let j = i - 1; j >= 0; j--) {
    const e = events[j] as SalienceEvent;
    if (e.sentence !== latest.sentence) return null;
    if ((personal && e.person === false) || e.speaker === except) continue;
    if (genderOf(model.people.people.get(e.speaker), byName) === gender) return e;
  }
  return null;
}

/**
 * The entity a pronoun at `pos` refers to: the later of the last subject-position person and the last name a
 * speech verb attaches to. "He"/"she" pass over a bare place or organisation in subject position (unless
 * nothing else precedes), over speech cues not known as persons ("…, AFP reported") and over people the
 * document says are of the other gender. Only when that leads to a person whose given name suggests the other
 * gender ("she" to Oskar Lind, whom the text tells nothing of), or to no person at all ("she" to "the Herald", the
 * subject left when the text tells nothing of the woman it names), is it resolved again taking the given names'
 * guesses as if the text said them, and the new answer kept only if it is a person of the pronoun's gender
 * named in its sentence or the three before: a name list is a weak guess, and what it leaves may be no person
 * at all, or someone the passage is not about.
 */
export function resolvePronoun(
  model: DocModel,
  pos: number,
  personal = false,
  gender?: Gender,
  sentence?: number,
  afterOpening = false,
  except?: string,
): string | null {
  const told = resolveBy(model, pos, personal, gender, sentence, afterOpening, false, except);
  const was = told ? model.people.people.get(told)?.gender : undefined;
  // ("Tom Hale was answering a note from Ana Ruiz. “…,” she wrote": "she" after someone neither the text nor the name
  // lists tell a gender of, with a woman by her given name named after them close by, is the woman)
  const woman = gender === 'female' && sentence !== undefined && told && !was ? womanNamedAfter(model, told, pos, sentence, except) : null;
  if (woman) return woman;
  // (an answer known to be no person, "The Herald reached Ana Ruiz …. “…,” she said", is asked again too)
  // (and a name that reads as a group's or a time's, "… before New Englanders voted. “…,” she said": no person)
  // (and no answer at all, "… joined by Ingrid Vantorp, president of …. She said …": a woman only the name lists tell of)
  if (
    !gender ||
    sentence === undefined ||
    (was ? was === gender : told !== null && !noPersonSubject(model, told, pos) && !groupOrTimeName(told))
  )
    return told;
  const byName = resolveBy(model, pos, personal, gender, sentence, afterOpening, true, except);
  const now = byName ? model.people.people.get(byName) : undefined;
  // ("Zorya Dahl, a nurse, attacked Tomas Hale. … “…,” she wrote": past a man by his given name, a person the text
  // and the lists tell no gender of will do as well as one of the pronoun's)
  const fits = now && (now.gender === gender || (was && !now.gender && someone(model, now)));
  // (or the subject a "she" opening a sentence stood for since: "Ana Ruiz … She has said … Tom Hale called her. “…,” she said")
  if (
    fits &&
    (inEventsSince(model.mentions, now.name, pos, sentence - NAME_GUESS_SENTENCES) ||
      inEventsSince(model.subjects, now.name, pos, sentence - NAME_GUESS_SENTENCES))
  )
    return now.name;
  // (a group's or a time's name, "… his wife, Ana, spoke just before New Englanders voted. “…,” she said": the latest
  // person of the pronoun's gender, the lists' guess included, named in any role in its sentence or the three before)
  if (!was && told && groupOrTimeName(told)) {
    const person = latestPersonAt(model, pos, gender, true, except);
    const at = person ? model.mentions.find((m) => m.pos === person.at)?.sentence : undefined;
    if (person && at !== undefined && at >= sentence - NAME_GUESS_SENTENCES) return person.person.name;
    // (with no such person close by, "he" or "she" stays unresolved: a day of the calendar is never one)
    if (calendarName(told)) return null;
  }
  const kin = told && namesake(model, told, pos, gender);
  if (kin) return kin;
  // ("Ana Ruiz made an appearance, courtesy of Tom Hale, a delegate. “…,” he said": no subject or speaker of its
  // gender, a person of it the sentence before or its own names in any role)
  // (not past a description of the gender opening that sentence: "Her father, Brad, 39, worried that … Johnson")
  const named = was ? latestPersonAt(model, pos, gender, true, except) : null;
  const at = named ? model.mentions.find((m) => m.pos === named.at)?.sentence : undefined;
  if (named && at !== undefined && at >= sentence - 1 && !relativeOpens(model, named.at, gender)) return named.person.name;
  // ("Cruz said …. Ana Ruiz was not convinced. … “…,” he said": where the answer is of the other gender, a bare
  // surname that spoke close by, named in full nowhere)
  return (was && surnameSpoke(model, pos, sentence - NAME_GUESS_SENTENCES)) || told;
}

/**
 * The latest woman, the name lists' guess included, named before `pos` after the last mention of `name` (a person of
 * no known gender): one named in full in sentence `sentence` or the three before it, or in any form when `name` was
 * last named before the sentence ahead of the pronoun's (she is then nearer than the subject). Null when there is
 * none or `name` is no one the document shows as a person.
 */
function womanNamedAfter(model: DocModel, name: string, pos: number, sentence: number, except?: string): string | null {
  const subject = model.people.people.get(name);
  // (a person the document gives a role, has speak or names by a short form: not a name of the calendar, "New Year")
  if (!subject || !someone(model, subject)) return null;
  const woman = latestPersonAt(model, pos, 'female', true, except);
  if (!woman) return null;
  const last = [lastEvent(model.mentions, name, pos), lastEvent(model.subjects, name, pos)].reduce((a, b) =>
    b && (!a || b.pos > a.pos) ? b : a,
  );
  if (last && woman.at <= last.pos) return null;
  // ("Party Chairman Kestrin Vald called Ruiz’s remarks a “low.” … Years earlier, she had voted …": past a subject
  // left two sentences back or more, the woman named after it)
  if (last?.sentence !== undefined && last.sentence < sentence - 1) return woman.person.name;
  const at = model.mentions.find((m) => m.pos === woman.at)?.sentence;
  // (close by, named in full there, as a person new to the passage is: not "Clinton’s lead", "a Clinton supporter")
  // (nor as an owner: "Kestrin Vald faulted Ana Ruiz’s plan. “…,” she said" goes on with the subject)
  const after = woman.at + woman.person.name.length;
  const inFull =
    woman.person.name.includes(' ') &&
    model.text.startsWith(woman.person.name, woman.at) &&
    !/^['’]s?\b/u.test(model.text.slice(after, after + 3));
  return inFull && at !== undefined && at >= sentence - NAME_GUESS_SENTENCES ? woman.person.name : null;
}

/** The last event of `name` in `events` before `pos`. */
function lastEvent(events: readonly SalienceEvent[], name: string, pos: number): SalienceEvent | undefined {
  for (let i = latestIndex(events, pos); i >= 0; i--) if ((events[i] as SalienceEvent).speaker === name) return events[i];
  return undefined;
}

/** Fewest name words before a headline's verb of saying or preposition for the words before it to be a name. */
const HEADLINE_NAME_WORDS = 2;

/**
 * The index of a capitalised verb of saying or preposition (not "of") after two name words or more of a run, where
 * a title-case headline goes on past the name ("Ana Ruiz Says …", "Ana Ruiz On How …"), or -1.
 */
function headlineCut(toks: readonly Token[], run: NameRun): number {
  for (let i = run.nameFrom + HEADLINE_NAME_WORDS; i < run.to; i++) {
    const t = toks[i] as Token;
    if (t.cap && t.lower !== 'of' && (TAG_VERBS.has(t.lower) || PREPOSITIONS.has(t.lower))) return i;
  }
  return -1;
}

/** Does the sentence of the token at `pos` open with a determiner or possessive and a noun of `gender` ("Her father", "The woman")? */
function relativeOpens(model: DocModel, pos: number, gender: Gender): boolean {
  for (const toks of model.blocks) {
    const i = toks.findIndex((t) => t.start === pos);
    if (i < 0) continue;
    let s0 = i;
    while (s0 > 0 && (toks[s0 - 1] as Token).sentence === (toks[i] as Token).sentence) s0--;
    const [det, noun] = [toks[s0], toks[s0 + 1]];
    const nouns = gender === 'male' ? MALE_WORDS : FEMALE_WORDS;
    return Boolean(det && noun && (DETERMINERS.has(det.lower) || POSSESSIVE_PRONOUNS.has(det.lower)) && nouns.has(noun.lower));
  }
  return false;
}

/**
 * "Oskar Lind … Clara Lind … Lind accused Hale of neglect. “…,” she said": the person of the pronoun's gender
 * who shares the surname a pronoun's answer was last written as, when that answer is of the other gender (by the
 * text or the given name) and the surname alone is all the text wrote: a bare surname two people share was
 * taken for the one named most often, or first.
 */
function namesake(model: DocModel, name: string, pos: number, gender: Gender): string | null {
  const p = model.people.people.get(name);
  if (!p?.gender || p.gender === gender) return null;
  const i = model.mentions.findLastIndex((m) => m.pos < pos && m.speaker === name);
  const m = model.mentions[i];
  const parts = name.split(' ');
  const surname = (p.suffixed ? parts.at(-2) : parts.at(-1)) as string;
  if (!m || parts.length < 2 || !model.text.startsWith(surname, m.pos) || model.text.startsWith(name, m.pos)) return null;
  const kin = model.people.candidates(surname).filter((q) => q !== p && q.gender === gender);
  return kin.length === 1 ? (kin[0] as Person).name : null;
}

/**
 * Is `speaker` the latest subject before `pos` under that name, a capitalised word known as no one's name that
 * "the" opens ("The Herald", "the Kremlin": a name with an article is a body's or a place's, never a person's)?
 */
function noPersonSubject(model: DocModel, speaker: string, pos: number): boolean {
  for (let i = latestIndex(model.subjects, pos); i >= 0; i--) {
    const e = model.subjects[i] as SalienceEvent;
    if (e.speaker === speaker) return e.person === false && ARTICLE_BEFORE.test(model.text.slice(Math.max(0, e.pos - 4), e.pos));
  }
  return false;
}

/** A plural last word of a name: a people's, a party's or a group's ("New Englanders", "Clear Skies"; not "-us", "-is", "-os", "-ss" as surnames end). */
const PEOPLE_PLURAL = /[^uios]s$/;

/**
 * A name of two words or more whose first is no given name the lists know, that reads as a group or a time: a
 * plural last ("New Englanders", "Clear Skies"), a day or month in it ("One Sunday"), or a unit of time last ("New Year").
 */
function groupOrTimeName(name: string): boolean {
  const parts = name.split(' ');
  const last = (parts.at(-1) as string).toLowerCase();
  const groupOrTime = PEOPLE_PLURAL.test(last) || parts.some((w) => MONTHS_DAYS.has(w.toLowerCase()));
  return calendarName(name) || (parts.length > 1 && groupOrTime && !nameGender(name) && !widelyGivenName(parts[0] as string));
}

/** "New Year", "Election Day": a name of two words or more that ends in a unit of time, no given name first. */
function calendarName(name: string): boolean {
  const parts = name.split(' ');
  return (
    parts.length > 1 && WHEN_UNITS.has((parts.at(-1) as string).toLowerCase()) && !nameGender(name) && !widelyGivenName(parts[0] as string)
  );
}

/** "the " right before a name. */
const ARTICLE_BEFORE = /(^|\W)[Tt]he\s$/u;

/** How many sentences before a pronoun's own the person a given name points it to must be named in. */
const NAME_GUESS_SENTENCES = 3;

/**
 * Whether `name` is in `events` (the mentions, or the subjects: a name, or a pronoun opening a sentence that stood
 * for it) before `pos`, in sentence `from` or later.
 */
function inEventsSince(events: readonly SalienceEvent[], name: string, pos: number, from: number): boolean {
  for (let i = latestIndex(events, pos); i >= 0; i--) {
    const e = events[i] as SalienceEvent;
    if (e.sentence !== undefined && e.sentence < from) return false;
    if (e.speaker === name) return true;
  }
  return false;
}

/** The latest bare surname that spoke ("Cruz said") before `pos`, in sentence `from` or later. */
function surnameSpoke(model: DocModel, pos: number, from: number): string | null {
  for (let i = latestIndex(model.speakers, pos); i >= 0; i--) {
    const e = model.speakers[i] as SalienceEvent;
    if (e.sentence !== undefined && e.sentence < from) return null;
    if (e.surname) return e.speaker;
  }
  return null;
}

/** `resolvePronoun` taking people to be of the gender `genderOf` gives. */
function resolveBy(
  model: DocModel,
  pos: number,
  personal: boolean,
  gender: Gender | undefined,
  sentence: number | undefined,
  afterOpening: boolean,
  byName: boolean,
  except: string | undefined,
): string | null {
  const s = latestBefore(model, model.subjects, pos, personal, gender, byName, except);
  const a = latestBefore(model, model.speakers, pos, personal, gender, byName, except);
  const best = s && a ? (s.pos > a.pos ? s : a) : (s ?? a);
  // "Weeks after Lind lost the vote, she …": with no subject of its own sentence before it, a pronoun may refer to
  // the subject of an earlier clause of that sentence
  // (or of a sentence after the last one with a subject that fits: "… from remarks Lind made. Then she …")
  const c =
    sentence !== undefined && best?.sentence !== sentence
      ? latestBefore(model, model.clauseSubjects, pos, personal, gender, byName, except)
      : null;
  if (c && (!best || (c.sentence ?? -1) > (best.sentence ?? -1))) return c.speaker;
  // "Another holdout is unlikely to give Lind the nod after her comment": no person is the subject of the sentence
  // so far, but one is named in it. Not for the subject that follows an opening phrase ("During talks with his
  // counterpart X, he said"): the person named in that phrase is who the subject met, not who speaks
  if (gender && sentence !== undefined && best?.sentence !== sentence && !afterOpening) {
    const named = namedInSentence(model, pos, sentence, gender, byName, except);
    if (named) return named;
  }
  // "Oskar Lind was the star. … was his daughter, Eva Lind, … “…,” she said": "she" after a subject the text tells
  // no gender of goes to a woman it names in a later sentence. The text marks women ("Ms.", "her", "daughter")
  // more than men, so a subject of unknown gender is most likely a man; for "he" the subject stands.
  if (best && gender === 'female' && !genderOf(model.people.people.get(best.speaker), byName)) {
    const woman = latestPersonAt(model, pos, gender, byName, except);
    const sentence = woman && woman.at > best.pos ? model.mentions.find((m) => m.pos === woman.at)?.sentence : undefined;
    if (woman && sentence !== undefined && sentence > (best.sentence ?? -1)) return woman.person.name;
  }
  if (best) return passedKin(model, best, pos, gender, byName, except) ?? best.speaker;
  // no subject fits ("she" after men only): the latest person of that gender named in any role, else any subject
  return (
    (gender && latestPersonAt(model, pos, gender, byName, except)?.person.name) ||
    (latestBefore(model, model.subjects, pos, false, undefined, false, except)?.speaker ?? null)
  );
}

/**
 * "Lind's son, Tom, defended his father. … Hale replaced Lind on the show. He …": a person named only by a given name
 * after a relation noun is someone the story names in passing; a "he" or "she" after a later sentence that names
 * another person who may be of its gender, in any role, refers to that one (the latest such).
 */
function passedKin(
  model: DocModel,
  best: SalienceEvent,
  pos: number,
  gender: Gender | undefined,
  byName: boolean,
  except?: string,
): string | null {
  if (!gender || best.sentence === undefined || !model.people.people.get(best.speaker)?.kin) return null;
  for (let i = latestIndex(model.mentions, pos); i >= 0; i--) {
    const m = model.mentions[i] as SalienceEvent;
    if (m.pos <= best.pos || m.sentence === undefined || m.sentence <= best.sentence) return null;
    if (m.speaker === except || m.speaker === best.speaker) continue;
    const p = model.people.people.get(m.speaker);
    const g = genderOf(p, byName);
    if (p && (g === gender || (!g && someone(model, p)))) return p.name;
  }
  return null;
}

/** A person the document gives a role, has speak or also names by a short form (no place or body in the people table). */
function someone(model: DocModel, p: Person): boolean {
  return p.roles.length > 0 || model.spoke.has(p.name) || model.shortNamed.has(p.name);
}

/**
 * The person named last before `pos` in its sentence who may be of `gender`: one the text says is, or one it
 * gives a role, has speak or also names by a short form (names of places sit in the same table, with none of these).
 */
function namedInSentence(model: DocModel, pos: number, sentence: number, gender: Gender, byName: boolean, except?: string): string | null {
  for (let i = latestIndex(model.mentions, pos); i >= 0; i--) {
    const m = model.mentions[i] as SalienceEvent;
    if (m.sentence !== sentence) return null;
    if (m.speaker === except) continue;
    const p = model.people.people.get(m.speaker);
    const g = genderOf(p, byName);
    if (p && (g === gender || (!g && someone(model, p)))) return p.name;
  }
  return null;
}

/**
 * "Trump was saying the opposite. Specifically, he thought …, as he later explained": a "he" or "she" that opens
 * its sentence (after an opening adverb) is a subject in its own right, standing for the person it resolves to;
 * later pronouns of that sentence refer to it. Run once the name events are collected; keeps `subjects` in order.
 */
export function collectPronounSubjects(model: DocModel): void {
  const added: SalienceEvent[] = [];
  for (const { toks, first, at } of sentenceOpenings(model)) {
    const p = toks[at];
    const gender =
      p && (p.text === 'He' || p.text === 'She' || (at > first && (p.text === 'he' || p.text === 'she')))
        ? pronounGender(p.lower)
        : undefined;
    if (!p || !gender || p.sentence !== (toks[first] as Token).sentence) continue;
    const speaker = resolvePronoun(model, p.start, true, gender, p.sentence);
    if (speaker && model.people.people.has(speaker)) added.push({ pos: p.start, speaker, sentence: p.sentence });
  }
  addSubjects(model, added);
}

/** Adds a speaker event in position order, once. */
function noteSpeaker(model: DocModel, event: SalienceEvent): void {
  const i = latestIndex(model.speakers, event.pos + 1);
  if (model.speakers[i]?.pos === event.pos) return;
  model.speakers.splice(i + 1, 0, event);
}

/** The person of `gender` the text names last before `pos`, and where. */
function latestPersonAt(
  model: DocModel,
  pos: number,
  gender: Gender,
  byName: boolean,
  except?: string,
): { person: Person; at: number } | null {
  let best: Person | null = null;
  let at = -1;
  for (const [p, list] of model.seen) {
    if (genderOf(p, byName) !== gender || p.name === except) continue;
    for (const x of list) if (x < pos && x > at) [best, at] = [p, x];
  }
  return best ? { person: best, at } : null;
}

function recentBefore(model: DocModel, pos: number): (p: Person) => number {
  return (p) => {
    const list = model.seen.get(p) ?? [];
    let best = -1;
    for (const x of list) if (x < pos && x > best) best = x;
    return best;
  };
}

/**
 * "according to the exit polls in New Hampshire", "some on Twitter", "an editorial in The Harbour Times": a
 * description goes on with the place or body its phrase names; returns the mention widened to that name.
 */
function namedPlace(model: DocModel, toks: readonly Token[], e: number, mention: Span): Span {
  const prep = toks[e];
  const last = toks[e - 1] as Token;
  if (!prep || prep.sentence !== last.sentence || !DESCRIPTION_PREPOSITIONS.has(prep.lower)) return mention;
  const np = headPhrase(toks, e + 1, toks.length);
  // after "by" only a body ("a study by the Harbour Institute"): a person's name stays a speaker of its own
  const named = np?.kind === 'name' && np.run && (prep.lower !== 'by' || orgRun(toks, np.run));
  const end = named ? (toks[(np as NounPhrase).to - 1] as Token) : undefined;
  if (!end || end.sentence !== last.sentence) return mention;
  return { start: mention.start, end: end.end, text: model.text.slice(mention.start, end.end) };
}

/**
 * "The minister was blunt. “…,” she said.": a "he", "she" or "they" that no one named before it stands for refers to a
 * description of a person ("the" or "a" and a role noun of the pronoun's number, not of the other gender) that is the
 * subject of the sentence before; its speaker is the description's (the person introduced with that role, else its
 * words). Null when that sentence opens with no such subject.
 */
function describedBefore(model: DocModel, sentence: number, pronoun: string): string | null {
  const gender = pronounGender(pronoun);
  if (!gender && pronoun !== 'they') return null;
  const opening = subjectOpening(model, sentence - 1);
  if (!opening) return null;
  const { toks, at } = opening;
  const det = toks[at]?.lower;
  if (det !== 'the' && det !== 'a' && det !== 'an') return null;
  const np = headPhrase(toks, at, toks.length);
  const tail = np ? (toks[np.to - 1] as Token) : undefined;
  if (np?.kind !== 'desc' || !tail || tail.sentence !== sentence - 1 || !verbAfter(toks, np)) return null;
  // ("a spokeswoman for the council": a spokeswoman)
  const head = roleHead(toks, np);
  // ("The two companies signed the deal. “…,” they said": a body's noun, one or more, speaks for its people as well)
  const plural = (!PERSON_ROLE_NOUNS.has(head) && roleNoun(head)) || bodyNoun(head);
  if (!(gender ? PERSON_ROLE_NOUNS.has(head) : plural)) return null;
  if ((gender === 'male' && FEMALE_WORDS.has(head)) || (gender === 'female' && MALE_WORDS.has(head))) return null;
  return resolvePhrase(model, toks, np)?.speaker ?? null;
}

/**
 * Where sentence `sentence` opens its subject: its block's tokens and the index past an opening adverb or connective
 * ("Later, a spokeswoman said", "Instead, the businessman …"); null when no block holds that sentence.
 */
function subjectOpening(model: DocModel, sentence: number): { toks: readonly Token[]; at: number } | null {
  for (const toks of model.blocks) {
    const last = toks.at(-1);
    if (!last || last.sentence < sentence) continue;
    let at = toks.findIndex((t) => t.sentence === sentence);
    if (at < 0) return null;
    const opener = toks[at] as Token;
    if (opener.cap && opener.kind === 'word' && (opener.lower.endsWith('ly') || CAP_OPENERS.has(opener.lower)))
      at += toks[at + 1]?.text === ',' ? 2 : 1;
    return { toks, at };
  }
  return null;
}

/**
 * "A White House spokeswoman said the office was watching. “…,” she said": a "he" or "she" refers to an indefinite
 * description written with a noun of its gender ("a spokeswoman", "another congresswoman", "one mother", "a
 * businessman") that opens the sentence before as the subject of a verb of saying, unless a person the text or the
 * name lists give that gender is named between the two. The description names someone the document has not named, so
 * its speaker is its words as written (round 53). Null when that sentence opens with no such subject.
 */
function genderedDescriptionBefore(model: DocModel, pronoun: Token, gender: Gender): string | null {
  const nouns = gender === 'male' ? MALE_WORDS : FEMALE_WORDS;
  const opening = subjectOpening(model, pronoun.sentence - 1);
  if (!opening) return null;
  const { toks, at } = opening;
  // (a definite one, "Instead, the businessman has insisted …", is someone named before: salience.ts reads it; but one
  // of kin or sex, "The mother of the boy said …", brings in someone unnamed as "a mother" does)
  const indefinite = INDEFINITE_DETERMINERS.has(toks[at]?.lower ?? '');
  if (!indefinite && toks[at]?.lower !== 'the') return null;
  const np = headPhrase(toks, at, toks.length);
  const head = np?.kind === 'desc' ? roleHead(toks, np) : '';
  if (!np || !nouns.has(head) || !(indefinite || KIN_AND_SEX_NOUNS.has(head))) return null;
  // (a bare one right after a person of its gender is named, "Ana Ruiz lost her son in May. The mother said …", is
  // likely her; one that ties its noun to someone else, "the boy’s mother", "the mother of the boy", brings in another)
  const tied = toks.slice(np.from, np.to).some((t) => t.poss) || (toks[np.to - 1] as Token).lower !== head;
  if (!indefinite && !tied && genderNamedSince(model, (toks[at] as Token).start, pronoun.sentence - 2, gender)) return null;
  const verb = sayingAfter(toks, np);
  if (verb < 0) return null;
  // (a person of the pronoun's gender named past the description's own words is nearer: "… said Ana Ruiz would go")
  const from = (toks[verb] as Token).start;
  for (let i = latestIndex(model.mentions, pronoun.start); i >= 0; i--) {
    const m = model.mentions[i] as SalienceEvent;
    if (m.pos <= from) break;
    if (model.people.people.get(m.speaker)?.gender === gender) return null;
  }
  return resolvePhrase(model, toks, np)?.speaker ?? null;
}

/** Is a person the text or the name lists give `gender` named before `pos`, in sentence `from` or later? */
function genderNamedSince(model: DocModel, pos: number, from: number, gender: Gender): boolean {
  for (let i = latestIndex(model.mentions, pos); i >= 0; i--) {
    const m = model.mentions[i] as SalienceEvent;
    if (m.sentence !== undefined && m.sentence < from) return false;
    if (model.people.people.get(m.speaker)?.gender === gender) return true;
  }
  return false;
}

/**
 * The index of a verb of saying right after the description `np` or past a phrase of its own ("a spokeswoman for the
 * council said"), else -1.
 */
function sayingAfter(toks: readonly Token[], np: NounPhrase): number {
  const sentence = (toks[np.from] as Token).sentence;
  let tail = false;
  for (let j = np.to; j < toks.length && j <= np.to + DESCRIPTION_TAIL; j++) {
    const t = toks[j] as Token;
    if (t.sentence !== sentence || t.kind !== 'word') return -1;
    if (speechVerbAt(toks, j) > 0) return j;
    if (isFiller(t)) continue;
    // (another verb first, "a spokeswoman declined to comment", is no verb of saying of hers)
    if (tail ? CLAUSE_STOP.has(t.lower) || (verbAt(toks, j, np) && !PREPOSITIONS.has(t.lower)) : !PREPOSITIONS.has(t.lower)) return -1;
    tail = true;
  }
  return -1;
}

/**
 * The person whose name ends with the capitalised word `surname` (an organisation's word: "House", "Post", "Court"),
 * named with a given name the lists know before it and no article ("Tom House", "Rep. Tom House"; not "the White
 * House"): the latest named before it, else the first after. Null when the document names no one so.
 */
function surnameBearer(model: DocModel, surname: Token): string | null {
  let found: string | null = null;
  for (const toks of model.blocks) {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (t.text !== surname.text || t.start === surname.start) continue;
      const run = runEndingAt(toks, i, sentenceStart(toks, i));
      const whole = run && runStartingAt(toks, run.from, toks.length);
      if (!run || whole?.to !== i + 1 || run.to - run.nameFrom < 2 || DETERMINERS.has(toks[run.from - 1]?.lower ?? '')) continue;
      const name = runName(model.text, toks, run);
      if (!nameGender(name) && !widelyGivenName((toks[run.nameFrom] as Token).text)) continue;
      if (t.start > surname.start) return found ?? name;
      found = name;
    }
  }
  return found;
}

/** A noun of a body, singular or plural ("company", "companies", "unions"). */
function bodyNoun(w: string): boolean {
  return (
    BODY_HEADS.has(w) || (w.endsWith('s') && BODY_HEADS.has(w.slice(0, -1))) || (w.endsWith('ies') && BODY_HEADS.has(`${w.slice(0, -3)}y`))
  );
}

/**
 * "“The port is dying,” she said. Ana Ruiz, the mayor, has run …", "After he spoke, Hale left": a "he" or "she" that no
 * one named before it stands for is the person introduced right after it, as the subject that opens the next sentence
 * or the clause after a comma in its own, when that is a person not known to be of the other gender.
 */
function introducedAfter(model: DocModel, pronoun: Token, gender: Gender): string | null {
  // the first subject after it, or the subject of a later clause of its own sentence ("After he spoke, Tom Hale left")
  const first = model.subjects[latestIndex(model.subjects, pronoun.start + 1) + 1];
  const found = [first];
  for (let i = latestIndex(model.clauseSubjects, pronoun.start + 1) + 1; i < model.clauseSubjects.length; i++) {
    const c = model.clauseSubjects[i] as SalienceEvent;
    if (c.sentence !== pronoun.sentence || (first && c.pos > first.pos)) break;
    found.push(c);
  }
  found.sort((a, b) => (a?.pos ?? Infinity) - (b?.pos ?? Infinity));
  for (const e of found) {
    if (!e || e.sentence === undefined || e.sentence > pronoun.sentence + 1 || e.person === false) continue;
    const p = model.people.people.get(e.speaker);
    const g = genderOf(p, true);
    if (p && (!g || g === gender) && opensClause(model, e.pos, pronoun.sentence)) return p.name;
  }
  return null;
}

/**
 * Does the name at text offset `pos` (past its titles: "Ms. Ruiz") open the clause after a comma in sentence `s`, or
 * open the next sentence?
 */
function opensClause(model: DocModel, pos: number, s: number): boolean {
  for (const toks of model.blocks) {
    if (!toks.length || (toks.at(-1) as Token).end < pos) continue;
    let i = toks.findIndex((t) => t.start === pos);
    const t = toks[i];
    if (!t) return false;
    while (i > 0 && (toks[i - 1] as Token).sentence === t.sentence && ((toks[i - 1] as Token).cap || (toks[i - 1] as Token).text === '.'))
      i--;
    const before = toks[i - 1];
    return t.sentence === s ? before?.text === ',' || before?.comma === true : !before || before.sentence !== t.sentence;
  }
  return false;
}

/** How many words of a phrase after a description ("a spokeswoman for the harbour council") its verb may follow. */
const DESCRIPTION_TAIL = 6;

/** Does a verb follow the description `np`, right after it or past a phrase of its own ("for the council was")? */
function verbAfter(toks: readonly Token[], np: NounPhrase): boolean {
  if (verbAt(toks, np.to, np)) return true;
  if (!PREPOSITIONS.has(toks[np.to]?.lower ?? '')) return false;
  for (let j = np.to + 1; j < toks.length && j <= np.to + DESCRIPTION_TAIL; j++) {
    const t = toks[j] as Token;
    if (t.kind !== 'word' || t.sentence !== (toks[np.from] as Token).sentence || CLAUSE_STOP.has(t.lower)) return false;
    if (verbAt(toks, j, np) && !PREPOSITIONS.has(t.lower)) return true;
  }
  return false;
}

/** A description at `from` set off by a comma right after a capitalised word, as a name's apposition is ("Tom Hale, a …"). */
function afterName(toks: readonly Token[], from: number): boolean {
  const comma = toks[from - 1];
  const name = toks[from - 2];
  return comma?.kind === 'punct' && comma.text === ',' && name?.kind === 'word' && name.cap;
}

/**
 * The noun a description is headed by: its last word, or the role before the body or person it relates that role to
 * ("the spokeswoman for the ministry" is a spokeswoman, as "the spokeswoman" is).
 */
function roleHead(toks: readonly Token[], np: NounPhrase): string {
  for (let i = np.from + 1; i + 2 < np.to; i++) {
    const prep = (toks[i + 1] as Token).lower;
    if (prep !== 'in' && RELATION_PREPOSITIONS.has(prep) && relatedBody(toks, i + 2, np.to) === np.to) return (toks[i] as Token).lower;
    // "the secretary of state", "the chief of staff": a role over what a bare noun or two names
    const role = (toks[i] as Token).lower;
    if (prep === 'of' && PERSON_ROLE_NOUNS.has(role) && bareNouns(toks, i + 2, np.to) === np.to) return role;
  }
  return (toks[np.to - 1] as Token).lower;
}

/** Are the tokens [from, to) titles or role nouns only ("Prime Minister", "Foreign Secretary"), the last a role noun? */
function titlesOnly(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = toks[i] as Token;
    if (t.poss || !(titleWord(t.lower) || PERSON_ROLE_NOUNS.has(t.lower))) return false;
  }
  return PERSON_ROLE_NOUNS.has((toks[to - 1] as Token).lower);
}

/**
 * "“…,” he told Hale", "she said of Ruiz": the person a name right after a pronoun's verb (past a preposition) stands
 * for, whom the pronoun, its subject, cannot be ("himself" would say so).
 */
function objectOfPronoun(model: DocModel, toks: readonly Token[], np: NounPhrase): string | undefined {
  let v = np.to;
  while (isFiller(toks[v]) && !VERBISH.has((toks[v] as Token).lower)) v++;
  if (!verbAt(toks, v, np)) return undefined;
  let o = v + 1;
  if (ADDRESS_PREPOSITIONS.has(toks[o]?.lower ?? '')) o++;
  const s = (toks[np.from] as Token).sentence;
  const obj = toks[o]?.cap && toks[o]?.sentence === s ? headPhrase(toks, o, toks.length) : null;
  return obj?.kind === 'name' && !obj.first && obj.run && !(toks[obj.to - 1] as Token).poss
    ? (personOf(model, toks, obj.run)?.name ?? undefined)
    : undefined;
}

/**
 * "The Harbour Trust met. “…,” they said": what "they", "them" or "their" may stand for: people joined ("Ana Ruiz and
 * Li Wei"), a body (a name ending in an organisation's word, "Harbour Trust", or in capitals, "NATO"), or a plural
 * that names no person ("Iowa Democrats", "Residents"). Never one person's name ("Ana Ruiz" of a pair named before)
 * nor a place ("City Hall", "Wall Street", "Ohio"): past those the pronoun resolves as no name fits.
 */
export function groupName(model: DocModel, speaker: string): boolean {
  if (speaker.includes(' and ')) return true;
  const lower = speaker.toLowerCase();
  if (PLACES.has(lower)) return false;
  const parts = speaker.split(' ');
  const last = (lower.split(' ').at(-1) as string).replace(/[’']s?$/u, '');
  if (ORG_WORDS.has(last) || ORGANISATION_HEADS.has(last)) return true;
  // (a name the text tells a gender of is a person's, in capitals too: "Mr. HALE")
  const p = model.people.people.get(speaker);
  if (p?.gender) return false;
  if (parts.every((w) => w.length > 1 && /^[\p{Lu}\d&-]+$/u.test(w))) return true;
  if (!PEOPLE_PLURAL.test(last)) return false;
  // (a plural last word may end a surname, "Ana Williams", "Sanders": a person's name is none)
  return parts.length === 1 ? !(p && someone(model, p)) : !nameGender(speaker) && !widelyGivenName(parts[0] as string);
}

/**
 * "Ana Ruiz and Tom Hale met on Monday. “…,” they said": the pair that the latest mention of `name` before `pos` is
 * one of, two people's names joined by "and" (no third before them: "Ruiz, Hale and Li"), as one speaker; null when
 * that mention stands alone or either name is no one the document shows as a person.
 */
function pairWith(model: DocModel, name: string, pos: number): string | null {
  const m = lastEvent(model.mentions, name, pos);
  const one = model.people.people.get(name);
  if (!m || !one || !personShown(model, one)) return null;
  for (const toks of model.blocks) {
    const i = toks.findIndex((t) => t.start === m.pos);
    if (i < 0) continue;
    const s = (toks[i] as Token).sentence;
    let end = i;
    while (capWord(toks[end + 1]) && (toks[end + 1] as Token).sentence === s) end++;
    const floor = sentenceStart(toks, i);
    const run = runEndingAt(toks, end, floor);
    if (!run || (toks[end] as Token).poss) return null;
    const before = toks[run.from - 1];
    const after = toks[end + 1];
    let other: NameRun | null = null;
    if (before?.lower === 'and' && before.sentence === s) other = runEndingAt(toks, run.from - 2, floor);
    else if (after?.lower === 'and' && after.sentence === s) other = runStartingAt(toks, end + 2, toks.length);
    if (!other || toks[other.from - 1]?.text === ',' || (toks[other.to - 1] as Token).poss) return null;
    if ((toks[other.to - 1] as Token).sentence !== s) return null;
    const two = personOf(model, toks, other);
    if (!two || two === one || !personShown(model, two)) return null;
    return other.from < run.from ? `${two.name} and ${one.name}` : `${one.name} and ${two.name}`;
  }
  return null;
}

/**
 * "Ana Ruiz wrote: ¶ I think the vote was rushed. But what we should ask is …": the person an "I" outside quotation
 * marks before `at` in its paragraph stands for, whose own voice the paragraph is; null when there is no such "I" or
 * it stands for no one named.
 */
function ownVoice(model: DocModel, toks: readonly Token[], at: number): string | null {
  for (let i = 0; i < at; i++) {
    if ((toks[i] as Token).text !== 'I') continue;
    const speaker = resolvePhrase(model, toks, { kind: 'pron', from: i, to: i + 1 })?.speaker;
    return speaker && speaker !== 'I' ? speaker : null;
  }
  return null;
}

/** A person the text or the name lists give a gender, or one it gives a role, has speak or names by a short form. */
function personShown(model: DocModel, p: Person): boolean {
  return Boolean(p.gender || nameGender(p.name) || someone(model, p));
}

/** A word alone that no one's name can be: a number, a determiner ("That"), a pronoun for a thing or for people. */
function noName(speaker: string): boolean {
  const w = speaker.toLowerCase();
  return !w.includes(' ') && (NUMBER_WORDS.has(w) || DETERMINERS.has(w) || THING_PRONOUNS.has(w) || forPeople(w));
}

/** No determiner or owner before a name run in its phrase: at most a shouted heading run into the sentence. */
function plainBefore(toks: readonly Token[], from: number, run: number): boolean {
  for (let i = from; i < run; i++) {
    const t = toks[i] as Token;
    if (t.kind !== 'word' || t.text !== t.text.toUpperCase()) return false;
  }
  return true;
}

/**
 * "Another said", "Two aides said", "The spokesman said": a description's opening determiner (or pronoun, or number)
 * is capitalised only by its place at a sentence's start; it is written in lower case, as anywhere else.
 */
function lowerOpening(description: string): string {
  return description.replace(/^\p{Lu}[\p{L}-]*/u, (w) => {
    const lower = w.toLowerCase();
    return DETERMINERS.has(lower) || FLOATING_QUANTIFIERS.has(lower) || NUMBER_WORDS.has(lower) || forPeople(lower) ? lower : w;
  });
}

/** The speaker name a noun phrase in block `b` stands for, and its mention span; null when it cannot be resolved. */
export function resolvePhrase(model: DocModel, toks: readonly Token[], np: NounPhrase): Attribution | null {
  const { text, people } = model;
  const first = toks[np.from] as Token;
  const last = toks[np.to - 1] as Token;
  const mention: Span = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
  if (np.antecedent) {
    const a = resolvePhrase(model, toks, np.antecedent);
    return a ? { speaker: a.speaker, mention } : null;
  }
  if (np.author) {
    const a = resolvePhrase(model, toks, np.author);
    return a ? { speaker: a.speaker, mention } : null;
  }
  // "the Democrat said", "the 52-year-old said": the one person the article named so, else a description
  const described = describedPerson(model, toks, np, mention);
  if (described?.person) noteSpeaker(model, { pos: first.start, speaker: described.speaker, sentence: first.sentence });
  if (described) return { speaker: described.speaker, mention: described.mention };
  switch (np.kind) {
    case 'pron': {
      // an unresolved pronoun still attributes the words; the speaker is then the pronoun itself
      const lower = mention.text.toLowerCase();
      // "it says in the statement": a thing, so the latest cited document's author before any person
      const thing = lower === 'it' ? citedBefore(model, first, Infinity, undefined, true)?.speaker : undefined;
      const gender = pronounGender(lower);
      const before = toks[np.from - 1];
      const afterOpening = before?.text === ',' && before.sentence === first.sentence;
      // ("Nothing changed …", "Two years before …": a subject no name can be stands for no one a pronoun refers to)
      // ("“…,” he told Hale": a name after the pronoun's own verb is someone else)
      const other = gender ? objectOfPronoun(model, toks, np) : undefined;
      // ("“…,” I said" in an excerpt of Ana Ruiz’s book: the narrator, not the person last named in the third person)
      // ("A White House spokeswoman said …. “…,” she said": a description of her gender speaking the sentence before)
      const described = gender ? genderedDescriptionBefore(model, first, gender) : null;
      const resolved =
        described ??
        (lower === 'i' ? narrator(model) : null) ??
        resolvePronoun(model, first.start, gender !== undefined, gender, first.sentence, afterOpening, other);
      // (unresolved, the pronoun as a reader writes it mid-sentence: "he", "they", but "I")
      const written = lower === 'i' ? 'I' : lower;
      const plural = PLURAL_PERSONAL_PRONOUNS.has(lower);
      // ("Ana Ruiz kept the gate shut until we arrived": a "we" is a group or a body, never one person the narration
      // names in the third person; but in a paragraph in one person's own voice, "I think …, and we …", it is theirs)
      const firstPlural = FIRST_PLURAL_PRONOUNS.has(lower);
      const speaker =
        thing ??
        (resolved && !noName(resolved) && (!(plural || firstPlural) || groupName(model, resolved)) ? resolved : null) ??
        (firstPlural ? ownVoice(model, toks, np.from) : null) ??
        (plural && resolved ? pairWith(model, resolved, first.start) : null) ??
        describedBefore(model, first.sentence, lower) ??
        (gender ? introducedAfter(model, first, gender) : null) ??
        written;
      return { speaker, mention };
    }
    case 'name': {
      const run = np.run;
      if (!run) return null;
      // ("Harbour Chair On Ana Ruiz: “…”": the person after a title and a preposition is whom the headline's words are
      // about, not who says them)
      const about = toks[run.nameFrom - 1] as Token;
      if (run.nameFrom > run.from && about.cap && PREPOSITIONS.has(about.lower) && about.lower !== 'of') return null;
      // ("Ana Ruiz Says Tom Hale …", "Ana Ruiz On How …": a title-case headline goes on past the name with its verb of
      // saying or a preposition; the name is the words before it)
      const cut = headlineCut(toks, run);
      if (cut > 0) return resolvePhrase(model, toks, { kind: 'name', from: np.from, to: cut, run: { ...run, to: cut } });
      if (np.first) {
        // "Ana Ruiz and Li Wei said": one joint speaker ("Ruiz, Hale and Costa said": each name the first of the next)
        const b = resolvePhrase(model, toks, { kind: 'name', from: run.from, to: np.to, run });
        const names: string[] = [];
        for (let p: NounPhrase | undefined = np.first; p; p = p.first) {
          const r = p.run;
          const a = r && resolvePhrase(model, toks, p.first ? { kind: 'name', from: r.from, to: p.to, run: r } : p);
          if (!a) return b;
          names.unshift(a.speaker);
        }
        return b ? { speaker: `${names.join(', ')} and ${b.speaker}`, mention } : null;
      }
      // "the Prime Minister said", "the Mayor": titles capitalised after "the" describe whoever holds them, as in lower case
      if (np.from < run.from && DETERMINERS.has((toks[np.from] as Token).lower) && titlesOnly(toks, run.from, run.to))
        return resolvePhrase(model, toks, { kind: 'desc', from: np.from, to: np.to });
      if (orgRun(toks, run)) {
        // ("Tom House was unmoved. “…,” House said": a word alone that ends bodies' names, "the White House", is the
        // surname of the person the document names with a given name before it)
        const bearer = run.to - run.nameFrom === 1 && np.from === run.from ? surnameBearer(model, toks[run.nameFrom] as Token) : null;
        if (bearer) return { speaker: bearer, mention };
        const from = toks[run.from] as Token;
        return { speaker: text.slice(from.start, last.end), mention };
      }
      // "Someone shouted", "Others said", "Some Ostend voters said": a pronoun or a determiner for people, capitalised
      // only by its place, opens a description, written as anywhere else
      const det = toks[run.from - 1] as Token;
      const head = toks[run.nameFrom] as Token;
      const opening = np.from < run.from && forPeople(det.lower) ? det : forPeople(head.lower) ? head : null;
      if (opening) return { speaker: lowerOpening(text.slice(opening.start, (toks[run.to - 1] as Token).end)), mention };
      const person = personOf(model, toks, run);
      // "Politicos call this …", "Weeds, crabgrass and … cover …": a common noun capitalised by its place is no name
      if (!person && run.to - run.from === 1 && plainBefore(toks, np.from, run.from) && commonNounAt(model, toks, run.from))
        return { speaker: (toks[run.from] as Token).lower, mention };
      return { speaker: person?.name ?? runName(text, toks, run), mention };
    }
    case 'desc': {
      const head = last.lower;
      // "Each says", "…, both said": a quantifier alone counts people the sentence names elsewhere; it names no speaker
      if (np.to - np.from === 1 && FLOATING_QUANTIFIERS.has(head)) return null;
      // "the Daily News focuses on …", "the danger he sees is …": a phrase cut past its own verb (a past or a third-person
      // verb closing three words or more) is a clause; a name or a pronoun right before that verb is its subject
      const verbEnds = np.to - np.from >= 3 && (IRREGULAR_PAST_FORMS.has(head) || COMMON_VERB_THIRDS.has(head));
      const subject = toks[np.to - 2] as Token;
      if (verbEnds && subject.kind === 'word' && PRONOUNS.has(subject.lower) && !THING_PRONOUNS.has(subject.lower))
        return resolvePhrase(model, toks, { kind: 'pron', from: np.to - 2, to: np.to - 1 });
      if (verbEnds && subject.cap && !DETERMINERS.has(subject.lower))
        return resolvePhrase(model, toks, { kind: 'desc', from: np.from, to: np.to - 1 });
      // "The response from Ana Ruiz was swift: “…”": a noun of saying with its author after "from" or "by" ("the criticism
      // of Ruiz" may be anyone's)
      const by = toks[np.to];
      if (SPEECH_NOUNS.has(head) && (by?.lower === 'from' || by?.lower === 'by')) {
        const author = headPhrase(toks, np.to + 1, toks.length);
        // (not an owner of what replied: "the reply from Ana Ruiz’s office")
        const owner = author ? (toks[author.to - 1] as Token).poss : true;
        const a =
          author && !owner && author.kind !== 'pron' && author.to - np.to <= AUTHOR_REACH ? resolvePhrase(model, toks, author) : null;
        if (a) return { speaker: a.speaker, mention: { ...a.mention, start: first.start, text: text.slice(first.start, a.mention.end) } };
      }
      if (DOCUMENT_NOUNS.has(head)) {
        // "the union’s statement said": its owner wrote it
        const owner = documentOwner(toks, np.from, np.to);
        const by = owner ? resolvePhrase(model, toks, owner) : null;
        if (by) return { speaker: by.speaker, mention };
        // "the statement said": the statement cited shortly before
        const src = citedDocument(model, toks, np);
        if (src) return { speaker: src.speaker, mention };
      }
      // ("a potential president", "one party activist", "some aides": an indefinite description brings in someone not yet
      // identified, so it names no one the document gave that role; set off after a name, "Tom Hale, a former
      // secretary, put it", it is that name's, through a role noun of theirs)
      const indefinite = INDEFINITE_DETERMINERS.has(first.lower);
      if (PERSON_ROLE_NOUNS.has(roleHead(toks, np)) && (!indefinite || afterName(toks, np.from))) {
        const p = people.byRole(mention.text, recentBefore(model, first.start));
        if (p) {
          // "the navy chief said …": a later "he" may refer to that person as to a name that spoke
          noteSpeaker(model, { pos: first.start, speaker: p.name, sentence: first.sentence });
          return { speaker: p.name, mention };
        }
      }
      // "the group said": the organisation named last
      const organisation = describedOrganisation(model, toks, first.start, mention.text);
      if (organisation) return { speaker: organisation, mention };
      const named = namedPlace(model, toks, np.to, mention);
      // ("Aides say …", "Respondents are obliged to …": a plural capitalised by its place alone)
      const alone =
        named === mention &&
        np.to - np.from === 1 &&
        first.cap &&
        capitalByPlace(toks, np.from) &&
        (roleNoun(head) || commonNounAt(model, toks, np.from));
      // ("the authors of the “Harbour Plan,”": no comma of the sentence inside the closing mark)
      const speaker = alone ? head : lowerOpening(named.text).replace(/[,;:]+(?=[”"’]$)/u, '');
      return { speaker, mention: named };
    }
  }
}
