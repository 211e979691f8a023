/**
 * The subject of the clause a quotation sits in, for quotations carried by verbs that are not verbs of
 * saying ("Moore thanked him for “…”", "…, calling him “…”", "X released the following statement: “…”").
 */
import { headPhrase, type NounPhrase } from './phrases.js';
import { isFiller } from './speech-verbs.js';
import { personLike, runStartingAt } from './names.js';
import { roleNoun } from './role-nouns.js';
import { DASHES, type Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  TIME_DETERMINERS,
  TIME_UNITS,
  CAP_OPENERS,
  CLAUSE_OPENERS,
  COMMON_VERB_BASES,
  COMMON_VERB_THIRDS,
  PERSON_ROLE_NOUNS,
  DAYS,
  DETERMINERS,
  MONTHS_DAYS,
  INTRO,
  OPENING_ADVERBS,
  OWN_CLAUSE_OPENERS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVE,
  SINGULAR_PERSONAL_PRONOUNS,
  SPEECH_VERBS,
  VERBISH,
  VERB_FILLERS,
} = words;

/** Does a verb start at token i (after adverbs)? A guess from form: -ed, a known irregular, or a speech verb. */
export function verbAt(toks: readonly Token[], i: number, subject: NounPhrase): boolean {
  // "Sen. Ana Ruiz (D-Ore.) on Tuesday said": a parenthesis and a day may sit between subject and verb
  if (toks[i]?.text === '(') {
    let j = i + 1;
    while (j < toks.length && j < i + 8 && (toks[j] as Token).text !== ')') j++;
    if (toks[j]?.text === ')') i = j + 1;
  }
  if (toks[i]?.lower === 'on' && toks[i + 1]?.cap && DAYS.has((toks[i + 1] as Token).lower)) i += 2;
  while (isFiller(toks[i]) && !VERBISH.has((toks[i] as Token).lower)) i++;
  const t = toks[i];
  if (t?.kind !== 'word' || t.cap) return false;
  const w = t.lower;
  if (VERBISH.has(w) || SPEECH_VERBS.has(w) || VERB_FILLERS.has(w)) return true;
  if (w.length > 3 && w.endsWith('ed')) return true;
  // "the paper focuses", "Cox says": a present-tense verb after a singular name or pronoun
  const last = toks[subject.to - 1] as Token;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && (last.cap || PRONOUNS.has(last.text))) return true;
  if (subject.kind !== 'desc' || last.cap || last.kind !== 'word') return false;
  const plural = last.lower.length > 3 && last.lower.endsWith('s') && !last.lower.endsWith('ss');
  if (plural ? COMMON_VERB_BASES.has(w) : COMMON_VERB_THIRDS.has(w)) return true;
  return PERSON_ROLE_NOUNS.has(last.lower) && /[^s]s$/.test(w);
}

/**
 * The last personal pronoun with a verb of its own inside the opening phrase [open, end) (not in a clause "that" or a
 * relative pronoun opens); a subordinate clause's own subject right after its opener ("When she came back") is
 * passed over. -1 when there is none.
 */
function pronounAfterOpening(toks: readonly Token[], open: number, end: number): number {
  let j = open + 1;
  if (OWN_CLAUSE_OPENERS.has((toks[open] as Token).lower)) {
    const own = headPhrase(toks, j, end);
    if (own && verbAt(toks, own.to, own)) j = own.to;
  }
  let found = -1;
  for (; j < end; j++) {
    const t = toks[j] as Token;
    if (t.kind !== 'word' || t.lower === 'that' || RELATIVE.has(t.lower)) break;
    if (SINGULAR_PERSONAL_PRONOUNS.has(t.lower) && verbAt(toks, j + 1, { kind: 'pron', from: j, to: j + 1 })) found = j;
  }
  return found;
}

/** "Attorneys for Ana Ruiz", "an aide to Ana Ruiz": a role noun `np` ends with, "for" or "to" and a name with its verb after it. */
function servedBy(toks: readonly Token[], np: NounPhrase, ceil: number): NounPhrase | null {
  const prep = toks[np.to];
  if (!prep || (prep.lower !== 'for' && prep.lower !== 'to') || !roleNoun((toks[np.to - 1] as Token).lower)) return null;
  const person = headPhrase(toks, np.to + 1, ceil);
  return person?.kind === 'name' && verbAt(toks, person.to, person) ? { kind: 'desc', from: np.from, to: person.to } : null;
}

/** The noun phrase opening the clause at `start` (skipping opening adverbs and an introductory phrase). */
function subjectAt(toks: readonly Token[], start: number, ceil: number, needVerb: boolean, comma = true): NounPhrase | null {
  let i = start;
  // "And then Trump went …": capitalised, an opening adverb can only start the sentence
  const opening = (j: number): boolean =>
    j === 0 ||
    (toks[j - 1] as Token).sentence !== (toks[j] as Token).sentence ||
    (j > start && CAP_OPENERS.has((toks[j - 1] as Token).lower) && opening(j - 1));
  // ("in fact" is one, "in a news conference" opens a phrase)
  while (
    i < ceil &&
    OPENING_ADVERBS.has((toks[i] as Token).lower) &&
    !(PREPOSITIONS.has((toks[i] as Token).lower) && DETERMINERS.has(toks[i + 1]?.lower ?? '')) &&
    (!(toks[i] as Token).cap || (CAP_OPENERS.has((toks[i] as Token).lower) && opening(i)))
  )
    i++;
  if (i < ceil && INTRO.has((toks[i] as Token).lower)) {
    // skip "In an attempt to make its point," up to its comma; without a comma there is no intro to skip
    let c = i;
    while (c < ceil && (toks[c] as Token).text !== ',' && c - i < 30) c++;
    // "When she came back she began by saying", "though at a briefing he used harsher words, saying": with no comma
    // that leaves a clause of its own before `ceil`, the opening phrase ends at the pronoun with a verb of its own
    const main = c + 1 < ceil ? -1 : pronounAfterOpening(toks, i, c);
    if (main >= 0) i = main;
    else i = c < ceil && (toks[c] as Token).text === ',' ? c + 1 : i + 1;
    // "On July 6, 2015, Sanders said": the year after the date's comma belongs to the opening phrase
    if (/^\d{4}$/.test(toks[i]?.text ?? '') && toks[i + 1]?.text === ',') i += 2;
    // "Speaking in Bergen, Norway, Lind said": a state or country after the city the opening phrase ends in
    // (a state of two words, "New Hampshire", when a subject with its verb follows its comma)
    else if (toks[i - 2]?.cap && toks[i]?.cap) {
      const state = runStartingAt(toks, i, ceil);
      if (
        state &&
        state.to - state.from <= 2 &&
        toks[state.to]?.text === ',' &&
        (!personLike(toks, state) || subjectAt(toks, state.to + 1, ceil, true, false))
      )
        i = state.to + 1;
    }
    // "In Dover, which hosts the vote, …": the opening phrase goes on in a relative clause
    if (i < ceil && RELATIVE.has((toks[i] as Token).lower)) return null;
  }
  for (let tries = 0; tries < 3 && i < ceil; tries++) {
    const t = toks[i] as Token;
    if (t.kind !== 'word') return null;
    const np = headPhrase(toks, i, ceil);
    // "That morning, an angry crowd had gathered": a time phrase before a comma is no subject
    // (nor is "this week" or "last month" before a verb: "painters and writers this week published …")
    const timeOnly = np?.kind === 'desc' && np.to - np.from === 2 && TIME_DETERMINERS.has(t.lower);
    if (np?.kind === 'desc' && (toks[np.to]?.text === ',' || timeOnly) && TIME_UNITS.has((toks[np.to - 1] as Token).lower)) {
      i = np.to + 1;
      continue;
    }
    if (np) {
      if (!needVerb || verbAt(toks, np.to, np) || (comma && (toks[np.to] as Token | undefined)?.text === ',')) return np;
      // "Attorneys for Ana Ruiz opposed …, saying": a role and the person it works for or serves, then the verb
      const served = np.kind !== 'pron' ? servedBy(toks, np, ceil) : null;
      if (served) return served;
      // "House Speaker Ana Ruiz of Wisconsin lamented …": a person's place after the name, then the verb
      const of = toks[np.to];
      const place = np.kind === 'name' && (of?.lower === 'of' || of?.lower === 'from') ? runStartingAt(toks, np.to + 1, ceil) : null;
      if (place && verbAt(toks, place.to, np)) return np;
      return null;
    }
    // a leading number or adjective ("17-year-old Jared Potts", "Former Secretary …")
    if (DETERMINERS.has(t.lower) || t.cap) return null;
    // "and fighting for voters' rights": a participle opens a clause with no subject of its own
    if (t.lower.length > 4 && t.lower.endsWith('ing')) return null;
    i++;
  }
  return null;
}

/**
 * "WASHINGTON, Dec. 8 (UPI) — In response to …": a wire story's dateline (a place in capitals, a date, an
 * agency, then a dash) opens its first sentence; the sentence proper starts after the dash.
 */
function pastDateline(toks: readonly Token[], s0: number, k: number): number {
  const first = toks[s0] as Token;
  if (first.text.length < 3 || first.text !== first.text.toUpperCase() || !/\p{Lu}/u.test(first.text) || toks[s0 + 1]?.text !== ',')
    return s0;
  for (let i = s0 + 2; i < k && i < s0 + 12; i++) if (DASHES.has((toks[i] as Token).text)) return i + 1;
  return s0;
}

/**
 * "Even before Li took the stage, her campaign sent a text saying …": a subordinate clause closed by a comma is followed
 * by the main clause; the subject of that clause, with its verb, right after one of the next few commas before k.
 */
function mainAfter(toks: readonly Token[], from: number, k: number): NounPhrase | null {
  let commas = 0;
  for (let c = from; c < k - 1 && commas < 3; c++) {
    if ((toks[c] as Token).text !== ',') continue;
    commas++;
    const first = toks[c + 1] as Token;
    if (first.kind !== 'word' || !(first.cap || DETERMINERS.has(first.lower) || POSSESSIVE_PRONOUNS.has(first.lower))) continue;
    const main = subjectAt(toks, c + 1, k, true, false);
    if (main && main.from === c + 1) return main;
  }
  return null;
}

/**
 * "Berg backs Ruiz and in a statement credited her …", "… but in a later interview said": is token `and` an "and" (or
 * a "but") followed by a preposition and a
 * determiner, where the phrase `phraseFrom` finds from the preposition is that preposition's object? Then the "and"
 * joins a second verb to the subject before it, and the phrase is no subject of its own (not so "and at one point the
 * crowd reprised", whose phrase runs past the object; nor "and about four in 10 said", with no determiner).
 */
export function andBeforeObject(toks: readonly Token[], and: number, phraseFrom: (prep: number) => NounPhrase | null | undefined): boolean {
  return (
    (toks[and]?.lower === 'and' || toks[and]?.lower === 'but') &&
    PREPOSITIONS.has(toks[and + 1]?.lower ?? '') &&
    DETERMINERS.has(toks[and + 2]?.lower ?? '') &&
    phraseFrom(and + 1)?.from === and + 2
  );
}

/**
 * Past an opening preposition and a time ("within weeks", "in March", "by 2015") right after a clause opener ("and within
 * weeks the campaign had …"): the token after them, where the clause's subject stands; else `i` itself.
 */
function pastTimePhrase(toks: readonly Token[], i: number): number {
  const prep = toks[i];
  const time = toks[i + 1];
  if (prep?.kind !== 'word' || prep.cap || !INTRO.has(prep.lower) || time?.kind !== 'word') return i;
  const when = TIME_UNITS.has(time.lower) || MONTHS_DAYS.has(time.lower) || /^(1[89]|20)\d\d$/.test(time.text);
  return when && toks[i + 2]?.sentence === prep.sentence ? i + 2 : i;
}

/**
 * The subject of the clause containing token k: the nearest clause opening before k whose first noun
 * phrase is followed by a verb, else the noun phrase opening the sentence (when `verbless` accepts it: a sentence
 * with no verb after its opening phrase).
 */
export function clauseSubject(toks: readonly Token[], k: number, verbless: (np: NounPhrase) => boolean = () => true): NounPhrase | null {
  const sentence = (toks[k] as Token).sentence;
  let s0 = k;
  while (s0 > 0 && (toks[s0 - 1] as Token).sentence === sentence) s0--;
  s0 = pastDateline(toks, s0, k);
  let colon = false;
  for (let i = k - 1; i > s0; i--) {
    const t = toks[i] as Token;
    const opens =
      t.text === ';' ||
      t.text === ':' ||
      t.text === '\u2013' ||
      t.text === '\u2014' ||
      Boolean(t.comma) ||
      (t.kind === 'word' && !t.cap && CLAUSE_OPENERS.has(t.lower)) ||
      // ("… followed by one in which he took credit for “…”": a relative clause after a preposition has its own subject;
      // not past a colon: "she offered a sound bite for which she later apologized: “…”" is the sound bite's owner's)
      (!colon && (t.lower === 'which' || t.lower === 'whom') && PREPOSITIONS.has(toks[i - 1]?.lower ?? ''));
    if (t.text === ':') colon = true;
    // "If Lind would hold a meeting, he laughed and said …": after a comma, a pronoun with its verb opens the clause
    const pronounClause = t.text === ',' && toks[i + 1]?.kind === 'word' && PRONOUNS.has((toks[i + 1] as Token).text);
    // "Filling in for Li at the event where Ruiz spoke, West landed a dig at “…”": so does a name with its verb
    const nameClause = t.text === ',' && toks[i + 1]?.kind === 'word' && (toks[i + 1] as Token).cap;
    if (!opens && !pronounClause && !nameClause) continue;
    // ("Berg backs Ruiz and in a statement credited her for “…”": "and" before a preposition joins a verb, no subject)
    if (andBeforeObject(toks, i, (p) => subjectAt(toks, p, k, true, false)) && !toks.slice(i + 1, k).some((x) => x.text === ',')) continue;
    // mid-sentence ("went after Bush, calling him"), a phrase before a comma is an object, not a subject
    // (past a time phrase: "and within weeks the campaign had …, calling it “…”")
    const np = subjectAt(toks, pastTimePhrase(toks, i + 1), k, true, false);
    if (np && (opens || np.kind === 'pron' || (np.kind === 'name' && np.from === i + 1)))
      return (t.kind === 'word' && OWN_CLAUSE_OPENERS.has(t.lower) && t.lower !== 'but' && mainAfter(toks, np.to, k)) || np;
  }
  // "Hours later, Trump returned …": when the opening phrase is not a subject with a verb, try after its comma
  const strict = subjectAt(toks, s0, k, true);
  if (strict) return strict;
  // "In Ohio, which votes next, Li said …": an opening phrase may hold a relative clause of its own, so a few commas are tried
  let commas = 0;
  for (let c = s0; c < k && c < s0 + 40 && commas < 3; c++) {
    if ((toks[c] as Token).text !== ',') continue;
    // past the first comma only a phrase that starts right after the comma and has its verb counts
    const first = toks[c + 1];
    // "In Dover, which hosts the vote, …": a relative clause is no subject, the next comma may open the clause
    if (first && RELATIVE.has(first.lower)) {
      commas++;
      continue;
    }
    const later = commas > 0;
    const after = later && !(first && (first.cap || DETERMINERS.has(first.lower))) ? null : subjectAt(toks, c + 1, k, true, !later);
    if (after && (!later || after.from === c + 1)) return after;
    commas++;
    if (c >= s0 + 12 && commas === 1) break;
  }
  const np = subjectAt(toks, s0, k, false);
  return np && verbless(np) ? np : null;
}
