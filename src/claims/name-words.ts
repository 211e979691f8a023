/**
 * Word-level tests the noun-phrase finders share: is a capitalised word a plausible name, is a word a role or
 * probably a verb, the name after a role ("Clinton ally James Carville"), and counted groups ("about 200
 * protesters").
 */
import { personLike, runStartingAt, type NameRun } from './names.js';
import type { NounPhrase } from './model.js';
import { isFiller, speechFormAt } from './speech-verbs.js';
import type { Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  APPROXIMATORS,
  AUXILIARIES,
  CLAUSE_STOP,
  COMMON_VERB_BASES,
  COMMON_VERB_THIRDS,
  DETERMINERS,
  DISTINCT_IRREGULAR_PASTS,
  FUNCTION_CAPS,
  IRREGULAR_PAST_FORMS,
  MONTHS_DAYS,
  NUMBER_WORDS,
  OBJECT_PRONOUNS,
  PERSON_ROLE_NOUNS,
  PREPOSITIONS,
  PRONOUNS,
  SINGULAR_STANDALONE,
  SPEECH_VERBS,
  STANDALONE,
  TIME_DETERMINERS,
  TITLES,
  VERB_PARTICLES,
} = words;

/** A lower-case word that is probably a verb (auxiliary or -ed form), ending a description. */
export function looksVerbal(t: Token): boolean {
  return !t.cap && (AUXILIARIES.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed')) || isFiller(t));
}

/**
 * "the ad targets a …", "his early videos show a …", "the campaign sent out an email", "Another advised, “…”": a verb right
 * after the head of a noun phrase (a common verb's third person after a singular head or its bare form after a plural
 * one, or a past), told from a noun or an adjective by what follows it: an object, a number, a time phrase, the
 * quotation, or a particle or a comma after the past, or "with" or "to" after the third person ("the party plans were",
 * "another retired general" keep theirs).
 * The head may be a determiner standing alone ("another", "many").
 */
export function verbAfterNoun(prev: Token | undefined, t: Token | undefined, next: Token | undefined): boolean {
  if (prev?.kind !== 'word' || t?.kind !== 'word' || t.cap || !next) return false;
  const p = prev.lower;
  const alone = STANDALONE.has(p);
  if ((DETERMINERS.has(p) && !alone) || PREPOSITIONS.has(p) || PRONOUNS.has(prev.text)) return false;
  const plural = alone ? !SINGULAR_STANDALONE.has(p) : !prev.cap && p.length > 3 && p.endsWith('s') && !p.endsWith('ss');
  const past = IRREGULAR_PAST_FORMS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed'));
  if (!past && !(plural ? COMMON_VERB_BASES : COMMON_VERB_THIRDS).has(t.lower)) return false;
  if (next.kind === 'quote') return true;
  if (past && (next.text === ',' || next.text === ':' || VERB_PARTICLES.has(next.lower))) return true;
  // ("the meeting began with …", "as the hearing began vowing …": an irregular past no noun shares before a preposition
  // or an -ing form)
  if (
    DISTINCT_IRREGULAR_PASTS.has(t.lower) &&
    next.kind === 'word' &&
    !next.cap &&
    (PREPOSITIONS.has(next.lower) || next.lower.endsWith('ing'))
  )
    return true;
  if (next.kind !== 'word') return false;
  // ("the 30 second clip ends with …", "the ad turns to …": a common verb's third person after a singular lower-case head
  // and before "with" or "to", which a verb takes; a plural noun a singular one modifies comes before "for", "of", "in":
  // "the harbour plans for the quay")
  if (!past && !plural && !alone && !prev.cap && (next.lower === 'with' || next.lower === 'to')) return true;
  const number = NUMBER_WORDS.has(next.lower) || /^\d/.test(next.text);
  return number || DETERMINERS.has(next.lower) || TIME_DETERMINERS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower);
}

/**
 * A single capitalised word that is a sentence-initial participle or adverb ("Adding", "Hastily"), a date, a number
 * word or a single letter is no name.
 */
export function plausibleName(toks: readonly Token[], run: NameRun): boolean {
  if (run.to - run.from > 1) return true;
  const w = (toks[run.from] as Token).lower;
  // ("Q: “…”": a single letter is a label, no name)
  if (MONTHS_DAYS.has(w) || NUMBER_WORDS.has(w) || /^\p{L}$/u.test(w)) return false;
  if (!w.endsWith('ing') && !w.endsWith('ly')) return true;
  const before = toks[run.from - 1];
  if (before && before.sentence === (toks[run.from] as Token).sentence && before.kind === 'word') return true;
  // "Beijing said" is a name; "Adding, …" and "Hastily …" are not
  const next = toks[run.to];
  return Boolean(next && next.kind === 'word' && (SPEECH_VERBS.has(next.lower) || AUXILIARIES.has(next.lower)));
}

/** A role noun or title, also as the last part of a compound ("co-host"). */
export function roleWord(t: Token): boolean {
  const w = t.lower.replace(/^.*-/, '');
  return PERSON_ROLE_NOUNS.has(w) || TITLES.has(w);
}

/** "Former Obama spokesman Robert Gibbs", "Band member Flea": skip to the name after a role noun. */
export function laterName(toks: readonly Token[], run: NameRun, ceil: number): NameRun | null {
  let i = run.to;
  let role = false;
  let verbal = false;
  while (i < ceil && i < run.to + 4 && (toks[i] as Token).kind === 'word' && !(toks[i] as Token).cap) {
    const t = toks[i] as Token;
    if (roleWord(t)) role = true;
    // a word that may be a verb ("Roloson supports Democrat Ana Lind") keeps the later name apart
    if (looksVerbal(t) || t.lower.endsWith('s') || speechFormAt(toks, i) || CLAUSE_STOP.has(t.lower) || PREPOSITIONS.has(t.lower))
      verbal = true;
    i++;
  }
  // ("Clinton’s top foreign policy aide Jake Lind": a fourth word only when it is the role the name follows, past no verb)
  if (i === run.to || (i === run.to + 4 && (verbal || !roleWord(toks[i - 1] as Token)))) return null;
  const next = runStartingAt(toks, i, ceil);
  if (!next) return null;
  // "Air Force 1st Lt. Tyler Lind", "Oversight ranking Democrat Elijah Moss": a titled or full name after a few
  // modifiers that are no verbs is the person the words before describe
  if (!role && !verbal && personLike(toks, next) && (next.nameFrom > next.from || next.to - next.nameFrom >= 2)) return next;
  if (!role) return null;
  // "Clinton ally James Carville", "Blaze co-host Ana Lind": any short lower-case role before a full name;
  // "Band member Flea": a single name right after its role noun
  const single = next.to - next.from === 1 && i === run.to + 1 && plausibleName(toks, next) && !FUNCTION_CAPS.has((toks[i] as Token).lower);
  return personLike(toks, next) || single ? next : null;
}

/** "about 200 protesters", "nearly 40 percent", "dozens of delegates": a counted group. */
export function counted(toks: readonly Token[], i: number, ceil: number): NounPhrase | null {
  let j = i;
  if (APPROXIMATORS.has((toks[j] as Token).lower)) j++;
  const n = toks[j];
  if (!n || !(/^\d/.test(n.text) || NUMBER_WORDS.has(n.lower))) return null;
  for (let e = j + 1; e < ceil && e <= j + 4; e++) {
    const w = toks[e] as Token;
    if (w.kind !== 'word' || w.cap || looksVerbal(w) || speechFormAt(toks, e)) return null;
    if (w.lower === 'of') continue;
    if (w.lower === 'percent' || (w.lower.endsWith('s') && w.lower.length > 3)) return { kind: 'desc', from: i, to: e + 1 };
  }
  return null;
}
