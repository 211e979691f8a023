/**
 * Attribution before a quotation: the nearest speech verb before it in its sentence (Li said the two should
 * “…”), the outer reporting verb whose clause holds that verb, the subject of the clause the quotation sits
 * in (Moore thanked him for “…”), and titles in marks inside a reported clause.
 */
import type { DocModel } from './document.js';
import { personLike, runName } from './names.js';
import { clauseSubject, verbAt } from './clause.js';
import { authorPhraseBeforeThat } from './cues.js';
import { laterInSentence } from './after.js';
import { headPhrase, pluralPerson, roleNoun, tailPhrase, type NounPhrase } from './phrases.js';
import { counted } from './name-words.js';
import { capitalByPlace, commonNounAt } from './common-nouns.js';
import { isFiller, passiveAside, speechVerbAt } from './speech-verbs.js';
import { resolvePhrase, type Attribution } from './resolve.js';
import { DASHES, sentenceEnd, type Token } from './tokens.js';
import { subjectBefore } from './subject.js';
import { objectSpeaker, thatClauseAt, viaSubject } from './verb-subject.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  ADDRESSEE_VERBS,
  AUXILIARIES,
  BE,
  CAP_OPENERS,
  DETERMINERS,
  NUMBER_WORDS,
  OWN_CLAUSE_OPENERS,
  PERSON_ROLE_NOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  PRONOUNS,
  REPORTING_BASES,
  REPORTING_PARTICIPLES,
  REPORTING_VERBS,
  RELATIVE_SUBJECTS,
  SCOPE_STOP,
  SPEECH_NOUNS,
  SUBORDINATE_AFTER_WORDS,
  SUBORDINATOR_ADVERBS,
  SURVEY_FINDINGS,
  SURVEY_NOUNS,
  TALK_FORMS,
  TALKED_OF_PREPOSITIONS,
  WORK_MARKERS,
} = words;

/** How far back (in tokens) from an inner speech verb the reporting verb of its clause is sought ("Li noted that although …, she wrote"). */
const OUTER_REPORT_REACH = 20;

/** Li said the two should “…”: the nearest speech verb before the quotation whose subject resolves. */
export function before(model: DocModel, toks: readonly Token[], k: number, scoped = true): Attribution | null {
  const s = (toks[k] as Token).sentence;
  for (let i = k - 1; i >= 0 && (toks[i] as Token).sentence === s; i--) {
    const t = toks[i] as Token;
    if (t.text === ';' || (scoped && t.kind === 'word' && SCOPE_STOP.has(t.lower))) break;
    // “medical problem,” a doctor typed “…”: a quotation that closes its own clause bounds the search
    // (not one that closes a clause opened inside the words a "that" reports: "Li said that although the vote was an
    // “important step,” it was “far from perfect”" — the clause goes on in the report)
    if (t.kind === 'quote' && t.comma && !closesReportedSubordinate(toks, i)) break;
    const cue = speechVerbAt(toks, i);
    // ("Hale’s dictum to his interns (repeated to me for years) was, “…”": a participle set off right after a noun
    // says something of the noun and reports nothing; the noun before it is no speaker)
    if (cue > 0 && passiveAside(toks, i, k)) continue;
    if (cue > 0) {
      const a = parenthetical(model, toks, i, cue, k) ?? viaSubject(model, toks, i) ?? inverted(model, toks, i, cue, k);
      if (a && closedBefore(toks, a, i, k)) continue;
      // ("… battered by Tom Hale’s conclusion that her acts were “…”": a named owner's noun of saying nearer the words
      // says them; the possessive cue below reads it)
      if (a && ownedSaying(toks, cue, k)) return null;
      // ("Hale recalled Ruiz saying “…”": the one perceived saying the words is no part of a clause Hale reports)
      if (a) return (objectSpeaker(model, toks, i) ? null : (surveyReport(model, toks, i) ?? outerReport(model, toks, i, k, scoped))) ?? a;
    }
  }
  return null;
}

/** Most tokens between a subordinating conjunction and the quotation that closes its clause with a comma. */
const SUBORDINATE_REACH = 15;

/**
 * Does the quotation at `q`, with a comma inside its marks, close a clause that a conjunction right after "that" opens
 * ("said that although the vote was an “important step,” …")? Then the sentence goes on inside the report.
 */
function closesReportedSubordinate(toks: readonly Token[], q: number): boolean {
  const s = (toks[q] as Token).sentence;
  for (let j = q - 1; j > 0 && q - j <= SUBORDINATE_REACH && (toks[j] as Token).sentence === s; j--) {
    const t = toks[j] as Token;
    if (t.kind === 'quote' || t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (t.kind === 'word' && !t.cap && SUBORDINATE_AFTER_WORDS.has(t.lower)) return toks[j - 1]?.lower === 'that';
  }
  return false;
}

/**
 * "The poll also finds that, while 37 percent of voters say Li is “…”": a counted group whose verb of saying (at `v`)
 * sits in the clause a survey reports gives its answers to the survey, the source the sentence cites; so does a group
 * opening the words after a colon or a dash in a sentence a survey opens ("The poll shows how hard it is: six in 10
 * voters said …", "The poll has bad news for Li — 25 percent of voters say …").
 */
function surveyReport(model: DocModel, toks: readonly Token[], v: number): Attribution | null {
  const np = subjectBefore(toks, v);
  const group = np ? countedGroupStart(toks, np, v) : -1;
  if (group < 0) return null;
  const s = (toks[v] as Token).sentence;
  for (let i = group - 1; i > 0 && (toks[i] as Token).sentence === s && group - i < OUTER_REPORT_REACH; i--) {
    const t = toks[i] as Token;
    if (t.kind === 'quote' || t.text === ';') return null;
    if (t.text === ':' || DASHES.has(t.text)) return i === group - 1 ? openingSurvey(model, toks, i) : null;
    if (t.kind !== 'word' || !SURVEY_FINDINGS.has(t.lower) || toks[i + 1]?.lower !== 'that') continue;
    const survey = subjectBefore(toks, i);
    return survey && SURVEY_NOUNS.has((toks[survey.to - 1] as Token).lower) ? resolvePhrase(model, toks, survey) : null;
  }
  return null;
}

/** Where a count before the people of `np` starts ("37 percent of likely voters", "six in 10 voters"); -1 when none does. */
function countedGroupStart(toks: readonly Token[], np: NounPhrase, v: number): number {
  for (let j = Math.max(0, np.from - 6); j <= np.from; j++) {
    const c = counted(toks, j, v);
    // ("37 percent of likely voters": the count, then "of" and the people counted)
    if (c && (c.to === np.to || (toks[c.to]?.lower === 'of' && c.to < np.from && np.from - c.to <= 3))) return j;
  }
  // ("six in 10 voters": the phrase may start at the "10" or after it)
  const number = (t: Token | undefined): boolean => Boolean(t && (/^\d+$/.test(t.text) || NUMBER_WORDS.has(t.lower)));
  for (const ten of [np.from, np.from - 1]) if (number(toks[ten]) && toks[ten - 1]?.lower === 'in' && number(toks[ten - 2])) return ten - 2;
  return -1;
}

/** The survey a sentence opens with (past an opening "But", "And" …), before the mark at `mark`; null if it opens otherwise. */
function openingSurvey(model: DocModel, toks: readonly Token[], mark: number): Attribution | null {
  let p = mark;
  while (p > 0 && (toks[p - 1] as Token).sentence === (toks[mark] as Token).sentence) p--;
  while (p < mark && CAP_OPENERS.has((toks[p] as Token).lower)) p++;
  // (the first survey noun closes the phrase: "A new poll shows how …" may read on past its verb)
  let head = p;
  while (head < mark && head - p < 6 && !SURVEY_NOUNS.has((toks[head] as Token).lower)) head++;
  if (head >= mark || !SURVEY_NOUNS.has((toks[head] as Token).lower)) return null;
  const survey = tailPhrase(toks, p, head + 1);
  return survey?.from === p && survey.kind === 'desc' ? resolvePhrase(model, toks, survey) : null;
}

/**
 * A name's noun of saying with its "that" clause or its infinitive between tokens `from` and `k` ("Hale’s conclusion
 * that …", "Hale’s pledge to stay …"), or right before the words with "for" ("denounced Hale’s call for “…”"); a
 * possessive pronoun's, or the verb's own object's, only with a short "that" clause the words close ("mocking his
 * remark that the quay was “unsafe”").
 */
function ownedSaying(toks: readonly Token[], from: number, k: number): boolean {
  for (let j = from + 1; j < k; j++) {
    const t = toks[j] as Token;
    // ("rejected the claim by Tom Hale that the quay is “safe”": an author after "by", "from" or "of" owns the noun as a
    // name in the possessive does, for the words its short "that" clause closes)
    if (t.lower === 'that' && t.kind === 'word' && authorPhraseBeforeThat(toks, j) && shortClauseReaches(toks, j + 1, k)) return true;
    // (the words themselves what the noun calls for: no other reading of whose they are)
    const callsFor = toks[j + 1]?.lower === 'for' && j + 2 === k;
    if (t.kind !== 'word' || !SPEECH_NOUNS.has(t.lower) || !(callsFor || toks[j + 1]?.lower === 'that' || infinitiveAt(toks, j + 1)))
      continue;
    // (past up to two adjectives before the noun: "Hale’s earlier pledge to stay …")
    let o = j - 1;
    const ownerAt = (t: Token): boolean => Boolean(t.poss || POSSESSIVE_PRONOUNS.has(t.lower));
    while (o > from && o > j - 3 && toks[o]?.kind === 'word' && !(toks[o] as Token).cap && !ownerAt(toks[o] as Token)) o--;
    const owner = toks[o];
    // ("mocking his remark that …": a possessive pronoun owns it as a name in the possessive does; possessiveCue reads
    // whom it stands for)
    const pronoun = owner?.kind === 'word' && POSSESSIVE_PRONOUNS.has(owner.lower);
    if (!owner || !(pronoun || (owner.poss && owner.cap))) continue;
    if (callsFor) return true;
    let r = o;
    while (r > from && (toks[r - 1] as Token).cap) r--;
    if (r > from && !pronoun) return true;
    // (a pronoun's noun, or the verb's own object, "mocking his remark that the quay was “unsafe”": only words inside
    // the noun's short "that" clause; "said his remark that the quay was unsafe was “nonsense”" and "describing Mr.
    // Li’s statement that … as “…”" are the verb's subject's)
    if (toks[j + 1]?.lower === 'that' && shortClauseReaches(toks, j + 2, k)) return true;
  }
  return false;
}

/** Most words a short "that" clause runs to before the words in marks ("that the old quay was “unsafe”"). */
const SHORT_CLAUSE_WORDS = 8;

/**
 * Does the "that" clause opening at token `from` run on to the words at `k`: a few words, no mark of punctuation, at
 * most one form of "be" or auxiliary (a second is the main clause's verb: "that the quay was unsafe was “…”"), no "as"
 * (the object a verb of describing casts as the words)?
 */
function shortClauseReaches(toks: readonly Token[], from: number, k: number): boolean {
  if (k - from > SHORT_CLAUSE_WORDS) return false;
  let verbs = 0;
  for (let i = from; i < k; i++) {
    const t = toks[i] as Token;
    if (t.kind !== 'word' || t.lower === 'as') return false;
    if ((BE.has(t.lower) || AUXILIARIES.has(t.lower)) && ++verbs > 1) return false;
  }
  return true;
}

/**
 * Does an infinitive open at token `to` ("to stay", "to be"), not a hearer after "to" ("remarks to reporters", "a
 * letter to the board", "to Ana")?
 */
function infinitiveAt(toks: readonly Token[], to: number): boolean {
  const w = toks[to + 1];
  if (toks[to]?.lower !== 'to' || w?.kind !== 'word' || w.cap || /^\d/.test(w.text)) return false;
  if (DETERMINERS.has(w.lower) || POSSESSIVE_PRONOUNS.has(w.lower) || PRONOUNS.has(w.lower) || PREPOSITIONS.has(w.lower)) return false;
  return !(/[^s]s$/.test(w.lower) || roleNoun(w.lower) || pluralPerson(w.lower));
}

/**
 * "He held up the sign — which read “Vote Li” — and left, mouthing “thanks”": a relative clause set off by a dash ends
 * at the next dash, so its verb (at `v`) introduces no quotation (at `k`) past it; so does an aside "— as Li said —".
 */
function closedBefore(toks: readonly Token[], a: Attribution, v: number, k: number): boolean {
  let r = v - 1;
  while (r > 0 && v - r <= 14 && (toks[r] as Token).start > a.mention.start) r--;
  const rel = toks[r] as Token;
  if (rel.start !== a.mention.start) return false;
  // ("… small hands — as Li has said — and he can “…”": an aside "as X said" between dashes speaks of what came before)
  const mark = RELATIVE_SUBJECTS.has(rel.lower) ? toks[r - 1] : toks[r - 1]?.lower === 'as' ? toks[r - 2] : undefined;
  if (!mark || !DASHES.has(mark.text)) return false;
  for (let j = v + 1; j < k; j++) if ((toks[j] as Token).text === mark.text) return true;
  return false;
}

/**
 * "The paradox of Oslo, says Carl Anton, a historian, is that it was “…”": a speech verb set off by commas, with
 * a person's name after it and no subject of its own before the comma (only a noun's object), is inverted.
 */
function parenthetical(model: DocModel, toks: readonly Token[], v: number, cue: number, ceil: number): Attribution | null {
  if (toks[v - 1]?.text !== ',') return null;
  const np = headPhrase(toks, cue, ceil);
  // (any name right before the comma that opens the quotation: "…, explained Rosenberg, “…”")
  // (or before the colon that opens the words: "In other words, explained Ana Ruiz: “…”")
  const closer = toks[np?.to ?? -1]?.text;
  if (
    np?.kind !== 'name' ||
    !(closer === ',' || (closer === ':' && np.to + 1 === ceil)) ||
    !(personPhrase(model, toks, np) || np.to + 1 === ceil)
  )
    return null;
  // ("…, told Reuters, “…”": the name after a verb with a hearer is the hearer)
  if (np.to + 1 === ceil && !ADDRESSEE_VERBS.has((toks[v] as Token).lower)) return resolvePhrase(model, toks, np);
  const own = subjectBefore(toks, v);
  const prep = own ? toks[own.from - 1] : undefined;
  // ("The plan, said Ana Ruiz, is “…”": a phrase right before the comma is the subject of the verb after the name;
  // "Ruiz, the senator, said Hale, a …, had lied" has a subject of its own)
  if (own && !(prep?.kind === 'word' && PREPOSITIONS.has(prep.lower)) && !(own.to === v - 1 && verbAfterName(toks, np.to, own)))
    return null;
  return resolvePhrase(model, toks, np);
}

/** How many tokens an appositive set off after a name may run ("says Ana Ruiz, a historian at Ostend, is …"). */
const APPOSITIVE_REACH = 12;

/**
 * Does the verb of `subject` follow the comma at `comma` that closes a name, or the comma closing an appositive after
 * it ("The plan, says Ana Ruiz, a historian, is …")?
 */
function verbAfterName(toks: readonly Token[], comma: number, subject: NounPhrase): boolean {
  if (verbAt(toks, comma + 1, subject)) return true;
  const s = (toks[comma] as Token).sentence;
  for (let j = comma + 2; j < toks.length && j <= comma + APPOSITIVE_REACH; j++) {
    const t = toks[j] as Token;
    if (t.sentence !== s || t.kind === 'quote') return false;
    if (t.text === ',') return verbAt(toks, j + 1, subject);
  }
  return false;
}

/**
 * "The senator said he rarely asks friends to help, “except for people I am close to.”": a speech verb that
 * does not introduce the quotation itself but sits in the "that"-clause of an earlier reporting verb is
 * part of the reported words; the earlier verb's speaker says the quotation.
 */
function outerReport(model: DocModel, toks: readonly Token[], v: number, k: number, scoped: boolean): Attribution | null {
  // "Ana said the crowd was chanting “…”": an inner verb that introduces the quotation itself is reported too, but
  // only as the plain clause of the outer verb ("Ana said, as a man yelled “…”", "when Li said …, a man yelled" are not)
  const direct = k - v <= 3;
  const s = (toks[k] as Token).sentence;
  // the outer verb must come before the inner verb's subject ("Li, who was declared the winner, told …" has none)
  const inner = Math.min(v, subjectBefore(toks, v)?.from ?? v);
  // "When Li announced her bid, she called them “…”": the main clause after a subordinate one that opens the
  // sentence is not reported by the verb of the subordinate clause
  let s0 = inner;
  while (s0 > 0 && (toks[s0 - 1] as Token).sentence === s) s0--;
  // ("Ever since Li announced her bid, she has said …": an adverb may stand before the conjunction)
  if (SUBORDINATOR_ADVERBS.has((toks[s0] as Token).lower) && toks[s0 + 1]?.sentence === s) s0++;
  const subordinate = OWN_CLAUSE_OPENERS.has((toks[s0] as Token).lower);
  for (let i = inner - 1; i >= 0 && (toks[i] as Token).sentence === s && v - i < OUTER_REPORT_REACH; i--) {
    const t = toks[i] as Token;
    // (past a title in marks: "told ABC’s “Morning Talk” that he …")
    if ((t.kind === 'quote' && !model.titles[t.quote]) || t.text === ';' || (scoped && t.kind === 'word' && SCOPE_STOP.has(t.lower)))
      return null;
    // (a dash sets a clause off as a comma does: "… would close — a claim Ruiz called “absurd.”")
    if ((subordinate || direct) && (t.text === ',' || DASHES.has(t.text))) return null;
    if (direct && t.kind === 'word' && OWN_CLAUSE_OPENERS.has(t.lower)) return null;
    if (t.kind !== 'word') continue;
    const cue = speechVerbAt(toks, i);
    // (or a double hyphen, which stays out of the tokens: "… would close -- a claim Ruiz called “absurd.”")
    if (cue < 0 && (subordinate || direct) && t.afterDoubleHyphen) return null;
    if (cue < 0) continue;
    // "when Ana pointed out that Li …", "prosecutors say that he told …": any verb of saying with a "that" clause
    // reports it, as a reporting verb ("noted", "warns") does with or without "that"
    const reports = thatClauseAt(toks, cue);
    const participle = t.lower.endsWith('ing');
    const afterTo = toks[i - 1]?.lower === 'to';
    if (!participle && !afterTo && (REPORTING_VERBS.has(t.lower) || reports)) return viaSubject(model, toks, i);
    // "He laid out his plan, stating that the country should declare war on …": a reporting participle set off by a
    // comma reports the clause as well
    if (participle && toks[i - 1]?.text === ',' && (REPORTING_PARTICIPLES.has(t.lower) || reports)) return viaSubject(model, toks, i);
    // "She went on to say that, because Li testified that …": so does a reporting verb after "to"
    if (afterTo && (REPORTING_BASES.has(t.lower) || reports)) return viaSubject(model, toks, i);
  }
  return null;
}

/** “…,” said Marta Olsen, “…”: a verb right after an earlier quotation, with its subject after it. */
function inverted(model: DocModel, toks: readonly Token[], v: number, cue: number, ceil: number): Attribution | null {
  let p = v - 1;
  while (p >= 0 && ((toks[p] as Token).text === ',' || isFiller(toks[p]))) p--;
  if (p < 0 || (toks[p] as Token).kind !== 'quote') return null;
  // Ruiz, who called Hale “a liar,” said (that) the port was “fine.”: a clause the verb reports, no inverted subject
  if (toks[cue]?.lower === 'that') return null;
  const np = headPhrase(toks, cue, ceil);
  const aux = np ? toks[np.to] : undefined;
  if (aux?.kind === 'word' && aux.sentence === (toks[v] as Token).sentence && AUXILIARIES.has(aux.lower)) return null;
  return np ? resolvePhrase(model, toks, np) : null;
}

/** Quotations of five words or more, or ending a sentence: a clause subject may claim them, a scare quote no. */
export function sentenceLike(model: DocModel, qi: number): boolean {
  const q = model.quotes[qi];
  if (!q) return false;
  const inner = model.text.slice(q.innerStart, q.innerEnd).trim();
  return /[.!?]$/.test(inner) || inner.split(/\s+/).length >= 5;
}

/** Moore thanked him for “…”: the subject of the clause the quotation sits in (with `people`, only a person). */
export function subjectOfClause(model: DocModel, toks: readonly Token[], k: number, people = false): Attribution | null {
  // ("Wary of “chaos.”", "Oct. 31, 2012 The Obama “hug.”": a heading with no verb names no speaker, unless the phrase
  // opening it is a person, "Ana Ruiz On The “Quick Fix”", "The mayor on “chaos.”")
  const heading = sectionHeading(model, toks, k);
  const np = clauseSubject(
    toks,
    k,
    (opening) => !heading || personPhrase(model, toks, opening) || namesPerson(model, resolvePhrase(model, toks, opening)),
  );
  if (!np || capsHeading(toks, np)) return null;
  // (a lead before a colon, "Transcript as follows:", keeps its opening word: the annotators credit it)
  if ((toks[k] as Token).kind === 'quote' && openingModifier(model, toks, np)) return null;
  // ("Then came the storm: “…”": the subject of an inverted "came" that is no person says nothing after its colon)
  const came = toks[np.from - 1]?.lower === 'came' || toks[np.from - 1]?.lower === 'comes';
  const inverted = came && toks[k - 1]?.text === ':';
  if ((people || inverted) && !personPhrase(model, toks, np)) return null;
  return thingOwner(model, toks, np, k) ?? resolvePhrase(model, toks, np);
}

/** Most tokens a paragraph that is a heading holds, and most words of its quotation ("Wary of “chaos.”"). */
const HEADING_TOKENS = 10;
const HEADING_QUOTE_WORDS = 3;

/**
 * Is the quotation at token k the end of a short paragraph of one sentence that is a heading over the text after it:
 * a few words closed by a quotation of a few words ("Wary of “chaos.”", "The power of “we.”"), no colon before it?
 */
function sectionHeading(model: DocModel, toks: readonly Token[], k: number): boolean {
  const raw = (toks[k] as Token).kind === 'quote' ? model.quotes[(toks[k] as Token).quote] : undefined;
  if (!raw || toks.length > HEADING_TOKENS || (toks[0] as Token).sentence !== (toks.at(-1) as Token).sentence) return false;
  // ("WSJ editorial: “Deport Li.”": a lead before a colon names whose words follow)
  if (toks.slice(k + 1).some((t) => t.kind !== 'punct') || toks.slice(0, k).some((t) => t.text === ':')) return false;
  return model.text.slice(raw.innerStart, raw.innerEnd).trim().split(/\s+/).length <= HEADING_QUOTE_WORDS;
}

/** Does the attribution name a person: one the document names, or a name in full (two capitalised words or more)? */
function namesPerson(model: DocModel, answer: Attribution | null): boolean {
  return Boolean(answer && (model.people.lookup(answer.speaker) || /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(answer.speaker)));
}

/**
 * "Good information can still beat bad when “…”", "Harbour talk turned to “…”": a lone word capitalised only by its
 * place at the sentence start, with a lower-case word and no verb after it, opens a phrase of common words (an
 * adjective or a noun before its noun), no name; unless the document knows a person by that word.
 */
function openingModifier(model: DocModel, toks: readonly Token[], np: NounPhrase): boolean {
  if (np.kind !== 'name' || !np.run || np.to - np.from !== 1 || !capitalByPlace(toks, np.from)) return false;
  // ("Oslo's caution", "NATO allies": an owner or an acronym names someone)
  const word = toks[np.from] as Token;
  if (word.poss || word.text === word.text.toUpperCase()) return false;
  const next = toks[np.to];
  if (next?.kind !== 'word' || next.cap || next.sentence !== (toks[np.from] as Token).sentence || verbAt(toks, np.to, np)) return false;
  // ("Lind in her last weeks beat …", "Ruiz again beat …": a name may stand before a phrase or an adverb)
  // ("Article 12 says", "Psalm 23:4 reads": a number goes with the name)
  if (!/^\p{L}/u.test(next.text) || PREPOSITIONS.has(next.lower) || isFiller(next) || next.lower.endsWith('ly')) return false;
  // ("Federal dock unions have long fought “…”": a word the resolver already reads as common, as written)
  return !commonNounAt(model, toks, np.from) && !model.people.lookup(runName(model.text, toks, np.run));
}

/**
 * "his guilty pleasure is “…”", "Ana Ruiz’s favourite line was that “…”": a thing someone has, then "is"/"was" right
 * before the words, is the owner's to say (the thing says nothing); null for people ("her husband was “…”").
 */
function thingOwner(model: DocModel, toks: readonly Token[], np: NounPhrase, k: number): Attribution | null {
  if (np.kind !== 'desc' || personPhrase(model, toks, np)) return null;
  const be = toks[np.to];
  const reach = toks[np.to + 1]?.lower === 'that' ? np.to + 2 : np.to + 1;
  if (be?.kind !== 'word' || !BE.has(be.lower) || reach !== k) return null;
  const first = toks[np.from] as Token;
  if (POSSESSIVE_PRONOUNS.has(first.lower)) return resolvePhrase(model, toks, { kind: 'pron', from: np.from, to: np.from + 1 });
  for (let j = np.from; j < np.to - 1; j++) {
    if (!(toks[j] as Token).poss) continue;
    const owner = tailPhrase(toks, np.from, j + 1);
    return owner && owner.kind !== 'pron' ? resolvePhrase(model, toks, owner) : null;
  }
  return null;
}

/** Fewest letters an all-caps heading holds ("FAREWELL", "OPEN HOUSE"; "NATO" is an acronym). */
const HEADING_LETTERS = 5;

/**
 * Does the phrase lie in an all-caps label that opens its paragraph and a dash closes ("FAREWELL—“…”", "MOVING SHOP —
 * “…”", "PARIS -- “…”")? A newsletter's section label or a dateline names no speaker. (A headline in capitals run on
 * into the words it sums up, "HARBOUR FEES RISE “…”", is left as it was: the annotators credit it.)
 */
function capsHeading(toks: readonly Token[], np: NounPhrase): boolean {
  let letters = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (i >= np.to && (DASHES.has(t.text) || t.afterDoubleHyphen)) return letters >= HEADING_LETTERS;
    if (t.kind !== 'word') return false;
    const l = t.text.replace(/[^\p{L}]/gu, '');
    if (l !== l.toUpperCase()) return false;
    letters += l.length;
  }
  return false;
}

/**
 * A phrase that names a person or people: a pronoun other than "it", a person's name, a description headed by a
 * role noun, role nouns in the plural that a name owns ("Li Wei’s lawyers": people of someone), or a group of people
 * named by what it is, with no determiner ("Sanders supporters", "legal observers"; "many voters", "those voters"
 * generalise, and the narration's scare quotes near them are no one's words).
 */
export function personPhrase(model: DocModel, toks: readonly Token[], np: NounPhrase): boolean {
  if (np.kind === 'pron') return (toks[np.from] as Token).lower !== 'it';
  if (np.kind === 'name') return Boolean(np.run && (personLike(toks, np.run) || model.people.lookup(runName(model.text, toks, np.run))));
  const head = (toks[np.to - 1] as Token).lower;
  if (PERSON_ROLE_NOUNS.has(head)) return true;
  const owned = toks.slice(np.from, np.to - 1).some((t) => t.cap && t.poss);
  return (owned && roleNoun(head)) || (pluralPerson(head) && !DETERMINERS.has((toks[np.from] as Token).lower));
}

/**
 * A title or name in marks (“Black Lives Matter”) is reported words only inside a clause a speech verb
 * reports ("Li said he would fight “Clean Water Now” to the end"), and never as the object of a preposition.
 */
export function titleInClause(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  let p = k - 1;
  if (toks[p] && DETERMINERS.has((toks[p] as Token).lower)) p--;
  const prev = toks[p];
  if (prev?.kind !== 'word' || prev.sentence !== (toks[k] as Token).sentence || WORK_MARKERS.has(prev.lower)) return null;
  // "Jesús “Chuy” García": a nickname inside a name is part of the name
  if (p === k - 1 && prev.cap && toks[k + 1]?.kind === 'word' && toks[k + 1]?.cap) return null;
  // "on NBC’s “Meet the Press”", "told “Fox and Friends”": a programme owned or addressed
  if ((prev.poss && prev.cap) || ADDRESSEE_VERBS.has(prev.lower)) return null;
  // a verb after a comma that follows the title has the title inside its subject ("Ana, wearing “Vote Li” pins, said")
  // (the comma may stand inside the title's marks: "Ana, author of “Going Viral,” said")
  let stop = k + 1;
  const end = sentenceEnd(toks, k);
  while (stop < end && !(toks[k] as Token).comma && (toks[stop] as Token).text !== ',') stop++;
  return before(model, toks, k) ?? laterInSentence(model, toks, k, stop);
}

/**
 * "Ana Ruiz, who thinks the board is “asleep,” left early": a quotation inside a relative clause on a person, with no
 * speech verb of its own in that clause, is the wording of "who", which stands for that person (not when the clause
 * is passive: "who was called a “traitor” by Li"). After a name the clause needs no comma ("Ana Ruiz who is looking to
 * bring “…”").
 */
export function relativeClause(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const s = (toks[k] as Token).sentence;
  for (let i = k - 1; i >= 1 && (toks[i] as Token).sentence === s && k - i <= 15; i--) {
    const t = toks[i] as Token;
    if (t.kind === 'quote' || t.text === ',' || t.text === ';' || t.text === ':' || t.lower === 'by') return null;
    if (speechVerbAt(toks, i) > 0) return null;
    if (t.lower !== 'who') continue;
    // ("Hale contrasted that with Ruiz who is looking to bring “…”": a name's clause needs no comma, and "is" before
    // an -ing form is no passive)
    const commaBefore = (toks[i - 1] as Token).text === ',';
    const be = BE.has((toks[i + 1] as Token | undefined)?.lower ?? '');
    const progressive = be && Boolean(toks[i + 2]?.lower.endsWith('ing'));
    if (!(commaBefore || (toks[i - 1] as Token).cap) || (be && !progressive)) return null;
    const close = commaBefore ? i - 1 : i;
    let a = close;
    while (a > 0 && (toks[a - 1] as Token).sentence === s && (toks[a - 1] as Token).text !== ',' && (toks[a - 1] as Token).kind !== 'quote')
      a--;
    const antecedent = tailPhrase(toks, a, close);
    if (!antecedent || antecedent.kind === 'pron' || !personPhrase(model, toks, antecedent)) return null;
    if (!commaBefore && antecedent.kind !== 'name') return null;
    return resolvePhrase(model, toks, { kind: 'pron', from: i, to: i + 1, antecedent });
  }
  return null;
}

/** Most words between a verb of talking's "about" or "of" and the opening mark ("talked about continuing the “…”"). */
const TALKED_OF_REACH = 6;

/**
 * "The lawyer is already talking about “a fierce urgency”", "She often speaks of breaking “that … ceiling”": a verb of
 * talking, then "about" or "of" and a few words of its clause before the quotation (no verb of saying among them): the
 * words are the talker's, the verb's subject as for a verb of saying ("heard Lind talk of “…”": Lind). Not a noun ("the
 * talks about …", "his talk of …").
 */
export function talkedOf(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const s = (toks[k] as Token).sentence;
  for (let p = k - 1; p >= 1 && k - p <= TALKED_OF_REACH + 1; p--) {
    const t = toks[p] as Token;
    if (t.sentence !== s || t.kind !== 'word' || speechVerbAt(toks, p) > 0) return null;
    if (!TALKED_OF_PREPOSITIONS.has(t.lower)) continue;
    const v = p - 1;
    const verb = toks[v] as Token;
    const det = toks[v - 1];
    if (verb.cap || !TALK_FORMS.has(verb.lower) || (det && (det.poss || DETERMINERS.has(det.lower)))) return null;
    // ("Peace talks about the “…” stalled": a plural noun, unless a person talks)
    const subject = verb.lower === 'talks' ? subjectBefore(toks, v) : null;
    if (subject && !personPhrase(model, toks, subject)) return null;
    return viaSubject(model, toks, v);
  }
  return null;
}
