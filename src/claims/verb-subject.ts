/**
 * The speaker of one speech verb: its subject, the "by" agent of a passive, the subject a participle shares
 * with the clause it hangs on ("…, adding …"), or the name after an inverted verb ("…, said Ana Ruiz").
 */
import type { DocModel } from './document.js';
import { clauseSubject, verbAt } from './clause.js';
import { passiveAgent, withSubject } from './cues.js';
import { personLike, runName } from './names.js';
import { headPhrase, pluralPerson, roleNoun, tailPhrase, type NounPhrase } from './phrases.js';
import { isFiller, speechVerbAt } from './speech-verbs.js';
import { resolvePhrase, type Attribution } from './resolve.js';
import { subjectBefore } from './subject.js';
import { sentenceEnd, sentenceStart, type Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  AUXILIARIES,
  CLAUSE_STOP,
  CONTRACTING_PRONOUNS,
  DETERMINERS,
  DISPLAY_NOUNS,
  DOCUMENT_NOUNS,
  LEADING_VERBS,
  MONTHS_DAYS,
  NAMING_PARTICIPLES,
  OBJECT_PRONOUNS,
  ORG_WORDS,
  OWN_CLAUSE_OPENERS,
  PERCEIVING_VERBS,
  PLURAL_PERSONAL_PRONOUNS,
  PREPOSITIONS,
  PRONOUNS,
  PROGRESSIVE,
  RELATIVE,
  REPORTING_VERBS,
  SINGULAR_PERSONAL_PRONOUNS,
  SPEECH_NOUNS,
  SUBORDINATORS,
  SURVEY_NOUNS,
  TIME_UNITS,
  TIME_WORDS,
} = words;

/** A subject that is a person: "he", "she" or "I", or a name that looks like a person's or names one the document knows. */
function personSubject(model: DocModel, toks: readonly Token[], np: NounPhrase): boolean {
  if (np.kind === 'pron') return SINGULAR_PERSONAL_PRONOUNS.has((toks[np.from] as Token).lower);
  return np.kind === 'name' && Boolean(np.run && (personLike(toks, np.run) || model.people.lookup(runName(model.text, toks, np.run))));
}

/** The subject of the speech verb at token v, resolved: its own, or the clause's for a participle. */
export function viaSubject(model: DocModel, toks: readonly Token[], v: number): Attribution | null {
  const verb = toks[v] as Token;
  const prev = toks[v - 1];
  const passive = passiveAgent(model, toks, v, sentenceEnd(toks, v));
  if (passive !== undefined) return passive;
  // "…, saying “…”" and "went on to say" take the subject of the clause they hang on ("is already claiming" is a
  // progressive, past its adverb)
  let aux = v - 1;
  while (aux > 0 && isFiller(toks[aux]) && !PROGRESSIVE.has((toks[aux] as Token).lower)) aux--;
  // ("why she’s protesting": a pronoun's "’s" before an -ing form is "is", which the tokens leave out)
  const pronoun = toks[aux];
  const contractedIs =
    pronoun !== undefined && CONTRACTING_PRONOUNS.has(pronoun.text) && /^['\u2019]s$/i.test(model.text.slice(pronoun.end, pronoun.end + 2));
  const progressive = PROGRESSIVE.has(pronoun?.lower ?? '') || contractedIs;
  const dependent = (verb.lower.endsWith('ing') && !progressive) || prev?.lower === 'to';
  const absolute = dependent ? withSubject(toks, v) : null;
  if (absolute) return resolvePhrase(model, toks, absolute);
  // "long before officials began to portray it as “…”": an infinitive right after a verb of beginning or trying has
  // that verb's subject, not the subject of a verb of saying earlier in the sentence
  if (prev?.lower === 'to' && LEADING_VERBS.has(toks[v - 2]?.lower ?? '')) {
    const np = subjectBefore(toks, v - 2);
    const a = np ? resolvePhrase(model, toks, np) : null;
    if (a) return a;
  }
  const object = dependent ? objectSpeaker(model, toks, v) : null;
  if (object) return object;
  const ofName = dependent ? nameAfterOf(model, toks, v) : null;
  if (ofName) return ofName;
  if (dependent) {
    // "Hollande said …, noting …": a participle shares the subject of the speech verb it follows
    const s = verb.sentence;
    // past a title in marks ("said on “Morning Talk,” adding, “…”"), not past words someone said
    const said = (t: Token) => t.kind === 'quote' && !model.titles[t.quote];
    for (let j = v - 1; j >= 0 && (toks[j] as Token).sentence === s && !said(toks[j] as Token); j--) {
      const w = toks[j] as Token;
      // "Li was praised, though at a briefing he used harsher words, saying …", "He wrote when Ana ended the debate,
      // remarking …": a subordinate clause with a person (a pronoun or a name) for its subject holds the participle;
      // the speech verb before the clause does not give it its subject
      if (w.kind === 'word' && !w.cap && OWN_CLAUSE_OPENERS.has(w.lower)) {
        const own = clauseSubject(toks, v);
        if (own && personSubject(model, toks, own) && own.from > j) return resolvePhrase(model, toks, own);
        // ("Ruiz apologized for the posts after they came out, saying …": a clause whose subject is "they", things as
        // often as people, leaves the participle to the person subject of the clause it hangs on)
        // ("He sent an email as the committee meeting began vowing …": nor does a clause whose subject is a thing that
        // cannot speak, no person, body or document)
        const mute = own && own.from > j && own.to < v && verbAt(toks, own.to, own) && speechlessThing(toks, own);
        if (mute || (own?.kind === 'pron' && own.from > j && PLURAL_PERSONAL_PRONOUNS.has((toks[own.from] as Token).lower))) {
          const outer = clauseSubject(toks, j);
          if (outer && personSubject(model, toks, outer) && outer.to <= j) return resolvePhrase(model, toks, outer);
        }
      }
      // ("shared a syllabus for a class called “Ports” on his page, writing …": a participle naming a noun before it is
      // no verb of the clause)
      if (w.kind === 'word' && NAMING_PARTICIPLES.has(w.lower) && namesNoun(toks[j - 1])) continue;
      if (w.kind === 'word' && !w.lower.endsWith('ing') && w.lower !== 'to' && speechVerbAt(toks, j) > 0 && toks[j - 1]?.lower !== 'to') {
        const np = subjectBefore(toks, j);
        // "Li said Monday that rivals rejected his plan, calling it “…”": a verb inside a "that" clause leaves the
        // participle to the reporting verb whose clause it is
        const outer = np ? reporterOf(toks, np.from) : -1;
        if (outer >= 0) return viaSubject(model, toks, outer);
        if (np) return resolvePhrase(model, toks, np);
        break;
      }
    }
  }
  // "footage of Ana Ruiz asking, “…”", "with Sen. Ana Ruiz calling it “…”": a name right before the participle is its
  // subject (past an adverb: "Ruiz privately saying")
  let n = v - 1;
  while (n > 0 && isFiller(toks[n]) && toks[n]?.lower.endsWith('ly')) n--;
  const named = toks[n];
  if (dependent && named && named.kind === 'word' && named.cap && named.lower !== 'to') {
    const own = tailPhrase(toks, sentenceStart(toks, v), n + 1);
    if (own && own.kind === 'name' && own.run && (personLike(toks, own.run) || model.people.lookup(runName(model.text, toks, own.run))))
      return resolvePhrase(model, toks, own);
  }
  // "After saying the plan was “…,” she left": the subject of the main clause after the opening phrase
  if (
    dependent &&
    prev &&
    SUBORDINATORS.has(prev.lower) &&
    (v < 2 || (toks[v - 2] as Token).sentence !== verb.sentence || toks[v - 2]?.text === ',')
  ) {
    let c = v + 1;
    while (
      c < toks.length &&
      (toks[c] as Token).sentence === verb.sentence &&
      !((toks[c] as Token).text === ',' || (toks[c] as Token).comma)
    )
      c++;
    const main = (toks[c] as Token | undefined)?.sentence === verb.sentence ? headPhrase(toks, c + 1, sentenceEnd(toks, v)) : null;
    if (main && verbAt(toks, main.to, main)) return resolvePhrase(model, toks, main);
  }
  const np = dependent ? clauseSubject(toks, v) : subjectBefore(toks, v);
  if (np) return resolvePhrase(model, toks, np) ?? (dependent ? relativeAntecedent(model, toks, v) : null);
  const antecedent = dependent ? relativeAntecedent(model, toks, v) : null;
  if (antecedent) return antecedent;
  // "…, said Marla Kilfoyle": with no subject before it, a name right after the verb is its subject
  if (prev?.text === ',') {
    const after = headPhrase(toks, speechVerbAt(toks, v), sentenceEnd(toks, v));
    if (after && after.kind === 'name') return resolvePhrase(model, toks, after);
  }
  return null;
}

/**
 * Is `np` a description of a thing that cannot speak ("the committee meeting", "the vote")? Its head a lower-case noun
 * of no person, body, document, survey, display or speech.
 */
function speechlessThing(toks: readonly Token[], np: NounPhrase): boolean {
  if (np.kind !== 'desc') return false;
  const head = toks[np.to - 1] as Token;
  if (head.kind !== 'word' || head.cap) return false;
  const w = head.lower;
  return !(
    roleNoun(w) ||
    pluralPerson(w) ||
    ORG_WORDS.has(w) ||
    DOCUMENT_NOUNS.has(w) ||
    DISPLAY_NOUNS.has(w) ||
    SPEECH_NOUNS.has(w) ||
    SURVEY_NOUNS.has(w) ||
    PRONOUNS.has(w)
  );
}

/** A lower-case word a naming participle may follow as its noun ("a class called"): no auxiliary, pronoun or adverb. */
function namesNoun(t: Token | undefined): boolean {
  return Boolean(
    t && t.kind === 'word' && !t.cap && !AUXILIARIES.has(t.lower) && !PRONOUNS.has(t.lower) && !isFiller(t) && !RELATIVE.has(t.lower),
  );
}

/**
 * "Hale gives an account of Ana Ruiz telling a clerk to “…”", "Hale reminds me of Ana Ruiz saying that “…”": a person
 * named after "of" right before the participle is its subject, not the subject of a verb earlier in the sentence.
 */
function nameAfterOf(model: DocModel, toks: readonly Token[], v: number): Attribution | null {
  let n = v - 1;
  while (n > 0 && isFiller(toks[n]) && toks[n]?.lower.endsWith('ly')) n--;
  const last = toks[n];
  if (last?.kind !== 'word' || !last.cap) return null;
  let f = n;
  while (f > 0 && (toks[f - 1] as Token).kind === 'word' && (toks[f - 1] as Token).cap && (toks[f - 1] as Token).sentence === last.sentence)
    f--;
  if (toks[f - 1]?.lower !== 'of') return null;
  const own = tailPhrase(toks, f, n + 1);
  const person = own?.kind === 'name' && own.run && (personLike(toks, own.run) || model.people.lookup(runName(model.text, toks, own.run)));
  return person && own ? resolvePhrase(model, toks, own) : null;
}

/** How many tokens back from a participle the "who" of a relative clause it follows may stand. */
const RELATIVE_REACH = 15;

/**
 * "There was talk about Ana Ruiz, who spoke last, saying “…”": a participle right after the comma closing a relative
 * clause on a person's name, when the clause it hangs on gives it no subject, is said by that person.
 */
function relativeAntecedent(model: DocModel, toks: readonly Token[], v: number): Attribution | null {
  if (toks[v - 1]?.text !== ',') return null;
  const s = (toks[v] as Token).sentence;
  for (let i = v - 2; i > 1 && v - i <= RELATIVE_REACH && (toks[i] as Token).sentence === s; i--) {
    const t = toks[i] as Token;
    if (t.kind === 'quote' || t.text === ',' || t.text === ';') return null;
    if (t.lower !== 'who' || (toks[i - 1] as Token).text !== ',') continue;
    let a = i - 1;
    while (a > 0 && (toks[a - 1] as Token).sentence === s && (toks[a - 1] as Token).text !== ',' && (toks[a - 1] as Token).kind !== 'quote')
      a--;
    const own = tailPhrase(toks, a, i - 1);
    const person =
      own?.kind === 'name' && own.run && (personLike(toks, own.run) || model.people.lookup(runName(model.text, toks, own.run)));
    return person && own ? resolvePhrase(model, toks, own) : null;
  }
  return null;
}

/**
 * "The Herald quoted Ana Ruiz as saying …", "cited a senior aide as saying", "Hale recalled Ruiz telling him …", "a
 * video shows Li saying": the object of the verb before the participle at `v` (past "as"; without it, only after a
 * verb of perceiving or recalling) does the saying, not that verb's subject (unless that subject is a document). A
 * name, an object pronoun or a person's description (after a verb of perceiving, a body's too: "saw the board defending");
 * null for anything else.
 */
export function objectSpeaker(model: DocModel, toks: readonly Token[], v: number): Attribution | null {
  const s = (toks[v] as Token).sentence;
  if (!(toks[v] as Token).lower.endsWith('ing') || toks[v - 1]?.lower === 'to') return null;
  let n = v - 1;
  while (n > 0 && isFiller(toks[n]) && toks[n]?.lower.endsWith('ly')) n--;
  const as = toks[n]?.lower === 'as';
  if (as) n--;
  const last = toks[n];
  if (last?.kind !== 'word' || last.sentence !== s) return null;
  const np: NounPhrase | null =
    OBJECT_PRONOUNS.has(last.lower) || last.lower === 'her'
      ? { kind: 'pron', from: n, to: n + 1 }
      : tailPhrase(toks, sentenceStart(toks, v), n + 1);
  if (!np) return null;
  const person =
    np.kind === 'pron'
      ? np.to - np.from === 1 && (OBJECT_PRONOUNS.has(last.lower) || last.lower === 'her')
      : np.kind === 'name'
        ? Boolean(np.run && (personLike(toks, np.run) || model.people.lookup(runName(model.text, toks, np.run))))
        : // ("to see a harbour board defending the idea that …": a body speaks as a person would)
          roleNoun(last.lower) || (!as && ORG_WORDS.has(last.lower));
  const verb = toks[np.from - 1];
  if (!person || verb?.kind !== 'word' || verb.cap || verb.sentence !== s) return null;
  if (!(as ? verbLike(verb) : PERCEIVING_VERBS.has(verb.lower))) return null;
  // ("An early tweet quoted the president as saying “…”": a document that carries the words speaks for them, as
  // everywhere else)
  let c = np.from - 2;
  while (c > 0 && isFiller(toks[c])) c--;
  if (DOCUMENT_NOUNS.has(toks[c]?.lower ?? '')) return null;
  return resolvePhrase(model, toks, np);
}

/** A lower-case word that may be a verb with an object after it ("quoted", "cites", "heard"): no function word. */
function verbLike(t: Token): boolean {
  return !(DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || CLAUSE_STOP.has(t.lower) || PRONOUNS.has(t.lower));
}

/**
 * Does a "that" clause open at token `c`, right after a verb of saying, past adverbs and a time phrase ("pointed out
 * that", "said Monday night that")?
 */
export function thatClauseAt(toks: readonly Token[], c: number): boolean {
  const end = c + 3;
  const passed = (t: Token | undefined) =>
    Boolean(t && (isFiller(t) || t.lower === 'on' || MONTHS_DAYS.has(t.lower) || TIME_WORDS.has(t.lower) || TIME_UNITS.has(t.lower)));
  while (c < end && passed(toks[c])) c++;
  return toks[c]?.lower === 'that';
}

/** The reporting verb whose "that" clause opens at token `from` ("said Monday that …"); -1 when none. */
function reporterOf(toks: readonly Token[], from: number): number {
  // (past a short phrase that opens the clause: "said that for decades critics had …")
  let that = from - 1;
  while (that > 0 && that > from - 4 && toks[that]?.kind === 'word' && toks[that]?.lower !== 'that') that--;
  if (toks[that]?.lower !== 'that') return -1;
  for (let i = that - 1; i >= 0 && i >= that - 4; i--) {
    const t = toks[i] as Token;
    if (t.sentence !== (toks[from] as Token).sentence || t.kind !== 'word') return -1;
    if (REPORTING_VERBS.has(t.lower) && !t.lower.endsWith('ing') && speechVerbAt(toks, i) > 0) return i;
    // ("pointed out that", "say that": any verb of saying with its "that" clause)
    if (!t.lower.endsWith('ing') && toks[i - 1]?.lower !== 'to' && speechVerbAt(toks, i) > 0 && thatClauseAt(toks, speechVerbAt(toks, i)))
      return i;
  }
  // ("wrote in a column for the Harbour News that …": a verb of saying with a prepositional phrase right after it)
  for (let i = that - 5; i >= 0 && i >= that - PHRASE_REACH; i--) {
    const t = toks[i] as Token;
    if (t.sentence !== (toks[from] as Token).sentence || t.kind !== 'word') return -1;
    if (t.lower.endsWith('ing') || toks[i - 1]?.lower === 'to') continue;
    const c = speechVerbAt(toks, i);
    if (c > 0 && PREPOSITIONS.has(toks[c]?.lower ?? '')) return i;
  }
  return -1;
}

/** Most words a reporting verb may stand before its "that" when a prepositional phrase comes between them. */
const PHRASE_REACH = 10;

/**
 * "Carter said that for years critics had been predicting …": the speaker of the reporting verb whose "that" clause
 * the attribution `a`'s subject opens, when there is one; null otherwise.
 */
export function outerReporter(model: DocModel, toks: readonly Token[], a: Attribution): Attribution | null {
  const from = toks.findIndex((t) => t.start === a.mention.start);
  const outer = from > 0 ? reporterOf(toks, from) : -1;
  return outer >= 0 ? viaSubject(model, toks, outer) : null;
}
