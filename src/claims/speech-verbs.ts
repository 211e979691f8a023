/**
 * Which words are verbs of saying where they stand: a speech-verb form that is a noun after a determiner or a
 * possessive ("her remarks"), a bare form that is a noun ("a phone call"), particle cues ("pointed out",
 * "made clear", "put it"), and the adverbs and auxiliaries that may sit before a verb.
 */
import { pluralPerson } from './role-nouns.js';
import type { Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  BASE_FORMS,
  BASE_SUBJECTS,
  CLAIMED_THINGS,
  DETERMINERS,
  PARTICIPLE_ONLY_FORMS,
  IRREGULAR_PAST_FORMS,
  LY_ADJECTIVES,
  LY_NOUNS_AND_VERBS,
  NAMING_PARTICIPLES,
  NEEDS_PARTICLE,
  NOUN_BEFORE,
  ORG_WORDS,
  ORGANISATION_HEADS,
  PERSON_ROLE_NOUNS,
  PLURAL_QUANTIFIERS,
  PREPOSITIONS,
  PRONOUNS,
  QUANTIFIERS,
  SPEAKS_OF,
  SPEECH_LEMMA,
  SPEECH_PARTICLE,
  SPEECH_VERBS,
  TIME_UNITS,
  TITLE_MODIFIERS,
  TITLES,
  TO_AS_PREPOSITION,
  VERB_FILLERS,
} = words;

/** An adverb, auxiliary or negation that can sit between a subject and its verb ("also", "has", "quickly"). */
export function isFiller(t: Token | undefined): boolean {
  // (an -ly word is an adverb unless it is a noun or a verb: "an interfaith rally by …")
  return Boolean(
    t &&
      t.kind === 'word' &&
      !t.cap &&
      (VERB_FILLERS.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4 && !LY_NOUNS_AND_VERBS.has(t.lower))),
  );
}

/**
 * "As Ana Ruiz had written, “…”": a participle after "have" (past adverbs) with no object after it; "a biography
 * written by", "has written a book" are no cues (`PARTICIPLE_ONLY_FORMS`).
 */
function perfectWithoutObject(toks: readonly Token[], i: number): boolean {
  let p = i - 1;
  while (p > 0 && isFiller(toks[p]) && !HAVE.has((toks[p] as Token).lower)) p--;
  const next = toks[i + 1];
  // ("had written a few years earlier": a time phrase is no object)
  const time = toks.slice(i + 2, i + 4).some((t) => TIME_UNITS.has(t.lower));
  return HAVE.has(toks[p]?.lower ?? '') && !(next?.kind === 'word' && DETERMINERS.has(next.lower) && !time);
}
const HAVE: ReadonlySet<string> = new Set(['had', 'has', 'have']);

/** Most words between an indefinite article and a naming participle ("a newly formed super PAC called"). */
const NAMED_THING_REACH = 5;

/**
 * "a program called Orbit", "a newly formed group dubbed Clear Skies": a participle after an indefinite noun phrase,
 * right before a capitalised name, gives the thing a name; it is no verb of saying ("the senator called Hale “a
 * liar”" keeps its verb: a definite subject, or a person after "a", may call someone something).
 */
function namesAThing(toks: readonly Token[], i: number): boolean {
  const t = toks[i] as Token;
  const n = toks[i + 1];
  if (!NAMING_PARTICIPLES.has(t.lower) || n?.kind !== 'word' || !n.cap || n.sentence !== t.sentence) return false;
  // (the noun before the participle names no person: "a man called Hale", "a senator called Hale" may be people)
  const head = (toks[i - 1] as Token | undefined)?.lower ?? '';
  if (pluralPerson(head) || PERSON_ROLE_NOUNS.has(head)) return false;
  for (let j = i - 1; j >= 0 && j >= i - NAMED_THING_REACH; j--) {
    const b = toks[j] as Token;
    if (b.kind !== 'word' || b.sentence !== t.sentence) return false;
    if (b.lower === 'a' || b.lower === 'an') return j < i - 1;
    if (DETERMINERS.has(b.lower) || PRONOUNS.has(b.lower) || b.poss || SPEECH_VERBS.has(b.lower)) return false;
  }
  return false;
}

/** Is token i a speech verb (with its particle, for "pointed out")? Returns the index after the cue, or -1. */
export function speechVerbAt(toks: readonly Token[], i: number): number {
  const t = toks[i];
  if (t?.kind !== 'word' || t.cap || !SPEECH_VERBS.has(t.lower)) return -1;
  if (PARTICIPLE_ONLY_FORMS.has(t.lower) && !perfectWithoutObject(toks, i)) return -1;
  if (namesAThing(toks, i)) return -1;
  // "Kim’s mental state", "his remarks", "the reports": after a determiner or a possessive the word is a noun
  const p = toks[i - 1];
  const n = toks[i + 1];
  const reportsAfter = n && (n.kind === 'quote' || n.lower === 'that' || n.text === ':' || n.text === ',');
  // ("the aides each said", "each says": a quantifier floating after its subject leaves a past or an -s form a verb)
  const floated = p?.lower === 'each' && (IRREGULAR_PAST_FORMS.has(t.lower) || /[^s]s$/.test(t.lower));
  if (p && p.kind === 'word' && (NOUN_BEFORE.has(p.lower) || (p.poss && !reportsAfter)) && !t.lower.endsWith('ed') && !floated) return -1;
  // "responded to Hale’s claim, saying …": a bare form after a possessive is a noun that a comma closes ("he’s said, “…”"
  // is no bare form; "Li’s claim that …" still reports Li's words)
  if (p?.poss && n?.text === ',' && SPEECH_LEMMA.get(t.lower) === t.lower) return -1;
  // "in many Asian states, …", "the United States": after a capitalised word "states" is the noun, unless its words follow
  if (t.lower === 'states' && p?.cap && !(n && (n.kind === 'quote' || n.lower === 'that' || n.text === ':'))) return -1;
  // "Li’s remarks “…”": after a possessive an -s form is a noun whatever follows ("he’s said" is a verb)
  if (p?.poss && t.lower.endsWith('s') && !t.lower.endsWith('ss') && SPEECH_LEMMA.get(t.lower) !== t.lower) return -1;
  // "his opening remarks", "her anti-war comments": determiner, adjective, then an -s form is a noun
  const pp = toks[i - 2];
  if (
    p &&
    pp &&
    t.lower.endsWith('s') &&
    p.kind === 'word' &&
    !p.cap &&
    ADJECTIVE.test(p.lower) &&
    pp.kind === 'word' &&
    (pp.poss || NOUN_BEFORE.has(pp.lower))
  )
    return -1;
  if (pluralNounAt(toks, i)) return -1;
  // "after the Bergen attacks": a preposition, a determiner and a name before an -s form make it a noun
  const ppp = toks[i - 3];
  if (p?.cap && pp && ppp && t.lower.endsWith('s') && NOUN_BEFORE.has(pp.lower) && ppp.kind === 'word' && PREPOSITIONS.has(ppp.lower))
    return -1;
  // "a few questions", "32% of Republican claims": after a quantifier, or one word after "of", an -s form is a noun
  // ("according to remarks by Ruiz", "in comments Tuesday": no verb in the third person follows a preposition)
  if (p && t.lower.endsWith('s') && (QUANTIFIERS.has(p.lower) || /^\d/.test(p.text) || pp?.lower === 'of' || PREPOSITIONS.has(p.lower)))
    return -1;
  // "the key states of Ohio", "Labour claims of “…”": an -s form before "of" is a noun, unless its verb speaks of something
  if (n?.lower === 'of' && t.lower.endsWith('s') && !SPEAKS_OF.has(SPEECH_LEMMA.get(t.lower) ?? t.lower)) return -1;
  // "his mental state", "a phone call": a bare form after a lower-case singular word is a noun
  // ("Residents of the town say", "officials in each ministry insist": people, then a short phrase of place, keep it a verb)
  if (
    BASE_FORMS.has(t.lower) &&
    p &&
    p.kind === 'word' &&
    !p.cap &&
    !BASE_SUBJECTS.has(p.lower) &&
    !isFiller(p) &&
    !p.lower.endsWith('s') &&
    !peopleBeforePhrase(toks, i)
  )
    return -1;
  // "GOP state leaders", "the county report writers": a bare form before the plural of a role noun modifies it
  if (BASE_FORMS.has(t.lower) && n?.kind === 'word' && n.lower.endsWith('s') && PERSON_ROLE_NOUNS.has(n.lower.slice(0, -1))) return -1;
  if (BASE_FORMS.has(t.lower) && p?.cap && capitalModifier(toks, i)) return -1;
  // "until the council agreed to pay": consent to a deed, not a verb of saying ("agreed that …" and "agreed to “…”",
  // the words themselves, still report)
  if (n?.lower === 'to' && toks[i + 2]?.kind === 'word' && SPEECH_LEMMA.get(t.lower) === 'agree') return -1;
  // "Hale claiming the nomination", "claimed the seat": a thing taken, not words said
  if (SPEECH_LEMMA.get(t.lower) === 'claim') {
    const object = n && DETERMINERS.has(n.lower) ? toks[i + 2] : n;
    if (object?.kind === 'word' && CLAIMED_THINGS.has(object.lower)) return -1;
  }
  // "a gift compared to his plans": a comparison, not a verb of saying
  if (SPEECH_LEMMA.get(t.lower) === 'compare' && (n?.lower === 'to' || n?.lower === 'with')) return -1;
  if (NEEDS_PARTICLE.has(t.lower)) return particleCueEnd(toks, i);
  return i + 1;
}

/**
 * The end of the particle verb's cue at `i` ("fired back", "weighed in", "put it", "made clear", "went on, “…”"), or -1
 * when its particle (or "it", or "clear") does not follow.
 */
function particleCueEnd(toks: readonly Token[], i: number): number {
  const n = toks[i + 1];
  const lemma = SPEECH_LEMMA.get((toks[i] as Token).lower);
  // "as Ruth Marcus put it, …": "put" speaks only with "it"
  if (lemma === 'put') return n?.lower === 'it' ? i + 2 : -1;
  // "made clear that …", "has made it clear that …"
  if (lemma === 'make') {
    if (n?.lower === 'clear') return i + 2;
    return n?.lower === 'it' && toks[i + 2]?.lower === 'clear' ? i + 3 : -1;
  }
  // ("went back to work", "a point in time", "shot in the head": each verb speaks with its own particle only)
  if (!n || !lemma || !SPEECH_PARTICLE.get(lemma)?.has(n.lower)) return -1;
  // "went on, “…”", "went on about …" speak; "the debate went on and …" does not: "went on" needs its words next
  const n2 = toks[i + 2];
  if (
    lemma === 'go' &&
    n2 &&
    !(n2.kind === 'quote' || n2.text === ',' || n2.text === ':' || n2.lower === 'that' || n2.lower === 'to' || n2.lower === 'about')
  )
    return -1;
  return i + 2;
}

/**
 * Whether the word at `i` is a form of a verb of saying that may be one there, by its word and, for a particle verb,
 * its particle: without it the bare "fire", "point", "shoot" or "hit" is an ordinary word ("said fire chief Mara
 * Doyle", "the point guard"), so it neither ends nor breaks a noun phrase. Its other forms ("hits", "went", "makes")
 * and a bare form after a subject ("many people make", "they hit") stay verbs.
 */
export function speechFormAt(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (t?.kind !== 'word' || !SPEECH_VERBS.has(t.lower)) return false;
  // ("the state police chief", "the state fire marshal": a bare form between a determiner and a lower-case word
  // modifies the noun after it)
  const p = toks[i - 1];
  const n = toks[i + 1];
  const bare = SPEECH_LEMMA.get(t.lower) === t.lower;
  if (bare && p?.kind === 'word' && NOUN_BEFORE.has(p.lower) && n?.kind === 'word' && !n.cap && !REPORT_OPENERS.has(n.lower)) return false;
  if (!NEEDS_PARTICLE.has(t.lower) || particleCueEnd(toks, i) > 0 || SPEECH_LEMMA.get(t.lower) !== t.lower) return true;
  return afterSubject(toks[i - 1]) && !prepositionTo(toks, i - 1);
}

/**
 * Whether a verb of saying at `i`, inside a person's role, is a noun of the title rather than a verb that ends it:
 * a bare or plural form after an office's "of" ("secretary of state", "head of state", "director of claims"), or
 * capitalised after a capitalised word of its sentence ("the United States", "Ohio State"), or a bare form before a
 * noun of a role, a title or a body that no subject comes before ("former state senator", "the state department",
 * "state party chairman"; "voters tell Sen. Ruiz" keeps its verb, and a modifier after it, "ask former senator", is
 * no noun).
 */
export function titleWordAt(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (t?.kind !== 'word') return false;
  const lemma = SPEECH_LEMMA.get(t.lower);
  if (!lemma) return false;
  const bare = lemma === t.lower;
  const plural = t.lower === `${lemma}s`;
  const p = toks[i - 1];
  if (p?.kind === 'word' && p.sentence === t.sentence && ((p.lower === 'of' && (bare || plural)) || (p.cap && t.cap))) return true;
  const n = toks[i + 1];
  if (!bare || n?.kind !== 'word') return false;
  const noun =
    PERSON_ROLE_NOUNS.has(n.lower) ||
    (TITLES.has(n.lower) && !TITLE_MODIFIERS.has(n.lower)) ||
    ORG_WORDS.has(n.lower) ||
    ORGANISATION_HEADS.has(n.lower);
  return noun && !afterSubject(p);
}

/** Is the token at `i` a "to" that is a preposition ("according to", "thanks to")? */
function prepositionTo(toks: readonly Token[], i: number): boolean {
  return toks[i]?.lower === 'to' && TO_AS_PREPOSITION.has(toks[i - 1]?.lower ?? '');
}

/** "people", "friends", "they", "will", "also": a word after which a bare form is a verb, not a noun's modifier. */
function afterSubject(p: Token | undefined): boolean {
  if (p?.kind !== 'word' || DETERMINERS.has(p.lower)) return false;
  const plural = p.lower.endsWith('s') && !p.lower.endsWith('ss') && !p.poss;
  return BASE_SUBJECTS.has(p.lower) || PRONOUNS.has(p.lower) || pluralPerson(p.lower) || isFiller(p) || plural;
}

/** Words that open what a verb of saying reports ("that", "the", "they"). */
const REPORT_OPENERS: ReadonlySet<string> = new Set([...NOUN_BEFORE, ...PRONOUNS, 'that']);

/** Most words of the phrase between people and a bare form ("Residents of the old town say"). */
const PLACE_PHRASE_REACH = 4;

/**
 * "Residents of the town say", "voters in each state say": a plural of people, a preposition and a few words without a
 * verb of saying or a mark among them, right before the bare form at `i`, which is then their verb, not a noun.
 */
function peopleBeforePhrase(toks: readonly Token[], i: number): boolean {
  // (what follows must open its words: "say that", "say the", "say they", "say Ruiz", "say “…”"; "the county state
  // office", "the town call centre" hold a noun)
  const n = toks[i + 1];
  if (!n || (n.kind === 'word' && !n.cap && !REPORT_OPENERS.has(n.lower))) return false;
  for (let j = i - 2; j >= 1 && j >= i - 1 - PLACE_PHRASE_REACH; j--) {
    const w = toks[j] as Token;
    if (w.kind !== 'word' || SPEECH_VERBS.has(w.lower)) return false;
    if (!PREPOSITIONS.has(w.lower)) continue;
    const head = toks[j - 1] as Token;
    return head.kind === 'word' && pluralPerson(head.lower);
  }
  return false;
}

/**
 * Is the speech verb's form at `i` a noun by the words around it? "Multiple news reports" (a quantifier
 * that wants a plural, then a lower-case word), "the deadly attacks" (a determiner, then an adjective in -ly); a bare
 * form ("both sides stress") stays a verb. Phrase finders that end a phrase at a verb of saying ask this too.
 */
export function pluralNounAt(toks: readonly Token[], i: number): boolean {
  const t = toks[i] as Token;
  // (and a bare form a capitalised word modifies, "a heavily Democratic state", see `capitalModifier`)
  if (i >= 2 && BASE_FORMS.has(t.lower) && toks[i - 1]?.cap) return capitalModifier(toks, i);
  if (!t.lower.endsWith('s') || i < 2) return false;
  const p = toks[i - 1] as Token;
  const pp = toks[i - 2] as Token;
  if (p.kind !== 'word' || p.cap || pp.kind !== 'word' || SPEECH_LEMMA.get(t.lower) === t.lower) return false;
  // "the 2011 harbour attacks", "the 2016 attacks": a year before it (and a determiner before a year alone) makes it a noun
  const year = (w: Token): boolean => /^\d{4}$/.test(w.text);
  if ((year(pp) && !year(p)) || (year(p) && NOUN_BEFORE.has(pp.lower))) return true;
  return PLURAL_QUANTIFIERS.has(pp.lower) || (LY_ADJECTIVES.has(p.lower) && (pp.poss || NOUN_BEFORE.has(pp.lower)));
}

/**
 * "a heavily Democratic state", "the Republican state": a bare form after a capitalised word (no plural) is a noun
 * when a determiner or an adverb in -ly comes before that word ("the Democrats claim", "Ruiz and Li state" stay verbs).
 */
function capitalModifier(toks: readonly Token[], i: number): boolean {
  const p = toks[i - 1] as Token;
  if (p.lower.endsWith('s') || p.kind !== 'word') return false;
  const pp = toks[i - 2];
  return pp?.kind === 'word' && !pp.cap && (NOUN_BEFORE.has(pp.lower) || (pp.lower.endsWith('ly') && isFiller(pp)));
}

/** Word endings of adjectives ("opening", "anti-war", "recent", "racial"). */
const ADJECTIVE = /(ing|-\p{L}+|al|ic|ous|ive|ful|ent|ant|est|er)$/u;

/**
 * "(repeated to me for years)", ", repeated for years,": a verb of saying not in -ing right after an opening bracket or
 * a comma, a preposition, an -ly adverb or the closing mark after it, and the bracket or comma closed before the quotation at `k`: a
 * passive participle set off after a noun (with no subject of its own).
 */
export function passiveAside(toks: readonly Token[], v: number, k: number): boolean {
  const open = toks[v - 1]?.text;
  const verb = toks[v] as Token;
  const next = toks[v + 1];
  if ((open !== '(' && open !== ',') || verb.lower.endsWith('ing') || verb.lower.endsWith('s')) return false;
  const close = open === '(' ? ')' : ',';
  if (open === '(' && next?.text === ')') return true;
  if (next?.kind !== 'word' || next.cap || !(PREPOSITIONS.has(next.lower) || next.lower.endsWith('ly'))) return false;
  for (let j = v + 2; j < k; j++) if ((toks[j] as Token).text === close) return true;
  return false;
}
