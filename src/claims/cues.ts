/**
 * Cues that sit after a quotation or around its verb: a subject and speech verb right after a comma
 * quotation, participles that carry on an earlier clause, "…, said Ana Ruiz." closing a sentence, and
 * passive speech verbs whose speaker is the "by" agent ("was asked by the host").
 */
import { clauseSubject } from './clause.js';
import type { DocModel } from './document.js';
import { pronounGender } from './gender.js';
import { personLike, runName } from './names.js';
import { occupationNoun } from './occupations.js';
import { headPhrase, peopleAt, pluralPerson, tailPhrase, type NounPhrase } from './phrases.js';
import { isFiller, passiveAside, speechVerbAt } from './speech-verbs.js';
import { groupName, resolvePhrase, type Attribution } from './resolve.js';
import { subjectBefore } from './subject.js';
import { NO_SPEAKER } from './engine.js';
import { DASHES, sentenceEnd, sentenceStart, type Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  AUTHOR_PREPOSITIONS,
  BE,
  CHANT_JOINERS,
  CHANT_NOUNS,
  COORDINATORS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  HEARER_PARTICIPLES,
  IRREGULAR_PAST_FORMS,
  MONTHS_DAYS,
  OWN_CLAUSE_OPENERS,
  PERSON_ROLE_NOUNS,
  PLURAL_PERSONAL_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  SPEECH_NOUNS,
  VIEWPOINT_NOUNS,
} = words;

/**
 * "X said that …, “…,” she said.": a quotation that ends in a comma and is followed by a subject and a
 * speech verb (or the verb and its subject) that end the sentence takes that attribution first.
 */
export function closesWithAttribution(model: DocModel, toks: readonly Token[], k: number, end: number): boolean {
  const q = model.quotes[(toks[k] as Token).quote];
  if (!q || !/[,?!]\s*$/.test(model.text.slice(q.innerStart, q.innerEnd))) return false;
  // "…, calling it “…,” Ruiz said as she left": a subject and its speech verb right after the quotation
  // (not when a speech verb right before it already reports it: shouted, “…,” Ana said)
  const np = headPhrase(toks, k + 1, end);
  if (np && np.kind !== 'pron' && speechAfter(toks, np.to) && !participle(toks[np.to]) && !reportedJustBefore(toks, k))
    // ("After Li said that … “smaller schools,” Ruiz said: “…”": a verb whose colon opens words of its own introduces them)
    return !introducesNext(toks, np.to);
  // "Li called it unserious - “we need details,” she said - and left": a pronoun and its verb set off by dashes
  if (np?.kind === 'pron' && !reportedJustBefore(toks, k)) {
    const after = speechVerbAt(toks, np.to);
    const closer = toks[after];
    // (or “…,” he said, adding …: a participle after the attribution carries it on)
    const adding = closer?.text === ',' && participle(toks[after + 1]);
    if (after > 0 && !participle(toks[np.to]) && (!closer || DASHES.has(closer.text) || adding)) return true;
    // "X seemed to hint at it: “…,” he told the paper.": words after a colon open a clause of their own, whose
    // attribution may go on past the verb
    if (after > 0 && toks[k - 1]?.text === ':' && !participle(toks[np.to])) return true;
  }
  // “… potential?” asked Ana Ruiz, now a partner at …: an inverted verb and a name right after the words
  const inverted = participle(toks[k + 1]) ? -1 : speechVerbAt(toks, k + 1);
  if (inverted > 0 && headPhrase(toks, inverted, end)?.kind === 'name') return true;
  if (end - k > 6) return false;
  // “…,” but Ruiz called it “fine.”: a clause joined after the words has a subject of its own, no speaker of them
  const next = toks[k + 1]?.text === ',' ? toks[k + 2] : toks[k + 1];
  if (next && COORDINATORS.has(next.lower)) return false;
  for (let j = k + 1; j < end; j++) {
    // “…,” adding, “…”: a participle carries on the clause before the quotation, it does not attribute it anew
    if (speechVerbAt(toks, j) > 0) return !participle(toks[j]);
  }
  return false;
}

/** Does the speech verb at or past token i (past adverbs) end in a colon before a quotation ("Ruiz said: “…”")? */
function introducesNext(toks: readonly Token[], i: number): boolean {
  while (isFiller(toks[i]) && speechVerbAt(toks, i) < 0) i++;
  const e = speechVerbAt(toks, i);
  return e > 0 && toks[e]?.text === ':' && toks[e + 1]?.kind === 'quote';
}

/** A speech verb within the three words before quotation k, in its sentence ("called it “…”"). */
function reportedJustBefore(toks: readonly Token[], k: number): boolean {
  const s = (toks[k] as Token).sentence;
  for (let j = k - 1; j >= 0 && j >= k - 3 && (toks[j] as Token).sentence === s && (toks[j] as Token).kind !== 'quote'; j--)
    if (speechVerbAt(toks, j) > 0) return true;
  return false;
}

/** An -ing form ("adding", "saying"): hangs on the clause before it. */
export function participle(t: Token | undefined): boolean {
  return Boolean(t && t.kind === 'word' && t.lower.endsWith('ing'));
}

/** A speech verb at token i, after adverbs. */
export function speechAfter(toks: readonly Token[], i: number): boolean {
  while (isFiller(toks[i]) && speechVerbAt(toks, i) < 0) i++;
  return speechVerbAt(toks, i) > 0;
}

/** A short sentence that is only an attribution ("Trump said."): a speech verb and no quotation. */
export function shortAttribution(toks: readonly Token[], from: number, to: number): boolean {
  let verb = false;
  for (let j = from; j < to; j++) {
    if ((toks[j] as Token).kind === 'quote') return false;
    if (speechVerbAt(toks, j) > 0) verb = true;
  }
  return verb;
}

/**
 * "… it used “velvet gloves” in the region, said Ana Ruiz, an expert.": a speech verb after a comma whose
 * subject follows it and closes the sentence (or an appositive) reports the whole sentence.
 */
export function invertedAtEnd(model: DocModel, toks: readonly Token[], v: number, cue: number, end: number): Attribution | null {
  // (the comma may close a quotation inside its marks: "… was to be a “warning tale,” said Ana Ruiz.")
  const comma = toks[v - 1]?.text === ',' || Boolean(toks[v - 1]?.comma);
  if (!comma || participle(toks[v])) return null;
  const np = headPhrase(toks, cue, end);
  if (!np || np.kind === 'pron') return null;
  const after = toks[np.to];
  if (after && after.text !== ',' && after.text !== '.' && after.sentence === (toks[v] as Token).sentence && !verbAtDay(toks, np.to))
    return null;
  return resolvePhrase(model, toks, np);
}

/** "said Ana Ruiz on Monday.": a weekday phrase may close the inverted attribution. */
function verbAtDay(toks: readonly Token[], i: number): boolean {
  return toks[i]?.lower === 'on' && Boolean(toks[i + 1]?.cap);
}

/** Endings of a noun a reduced passive may follow ("emails labeled … by", "a town called … by"). */
const NOUN_END = /(s|tion|ment|ity|ness|ance|ence|ship|er|or|ist)$/;

/**
 * "Sanders was asked by the host, “…”", "has been called “…” by a professor": a passive speech verb reports
 * the words of its "by" agent; without one, its subject only heard them ("Li was asked, “…”"), so null.
 * Returns undefined when the verb at v is not passive.
 */
export function passiveAgent(model: DocModel, toks: readonly Token[], v: number, end: number): Attribution | null | undefined {
  const verb = toks[v] as Token;
  let p = v - 1;
  while (p >= 0 && isFiller(toks[p]) && !BE.has((toks[p] as Token).lower)) p--;
  const before = toks[p];
  if (!before || !(verb.lower.endsWith('ed') || verb.lower === 'told')) return undefined;
  // "was quoted as saying", "is reported to have said": the subject is still the speaker
  if (verb.lower === 'quoted' || verb.lower === 'reported' || verb.lower === 'heard') return undefined;
  // "(is) called “…” by X", and without "be": "as described by X", "a town called “…” by its people"
  const be = BE.has(before.lower);
  const reduced =
    !be && (before.kind === 'punct' || (before.kind === 'word' && !before.cap && (before.lower === 'as' || NOUN_END.test(before.lower))));
  if (!be && !reduced) return undefined;
  for (let j = v + 1; j < end && j < v + 12; j++) {
    const t = toks[j] as Token;
    if (t.lower === 'by') {
      // ("was asked by reporters": people in the plural with no determiner)
      const bare = peopleAt(toks, j + 1, end);
      const np = headPhrase(toks, j + 1, end) ?? (bare > 0 ? { kind: 'desc' as const, from: j + 1, to: bare } : null);
      if (np && np.kind !== 'pron') return resolvePhrase(model, toks, np);
      return be ? null : undefined;
    }
    if (t.text === ';') break;
  }
  return be && verb.lower === 'asked' ? null : undefined;
}

/** How many auxiliaries and adverbs may stand between a subject and its passive verb ("has since been told"). */
const HEARER_REACH = 4;

/** Is token v a passive verb of asking or telling ("was asked", "has been told")? */
function hearerPassive(toks: readonly Token[], v: number): boolean {
  if (!HEARER_PARTICIPLES.has(toks[v]?.lower ?? '')) return false;
  let p = v - 1;
  while (p >= 0 && v - p <= HEARER_REACH && isFiller(toks[p]) && !BE.has((toks[p] as Token).lower)) p--;
  return BE.has(toks[p]?.lower ?? '');
}

/**
 * “Why now?” Hale was asked. / “You are fired,” Li was told by the board.: words right after which a subject is asked
 * or told them in the passive are the "by" agent's, else those of someone the sentence does not name (NO_SPEAKER);
 * null when no such passive follows. A question or exclamation may end its sentence before the attribution.
 */
export function askedAfter(model: DocModel, toks: readonly Token[], k: number, end: number): Attribution | typeof NO_SPEAKER | null {
  let i = k + 1;
  const q = model.quotes[(toks[k] as Token).quote];
  if (end === i && toks[i]?.cap && q && /[?!][\s\u2019'"\u201d]*$/.test(model.text.slice(q.innerStart, q.innerEnd)))
    end = sentenceEnd(toks, i);
  while (i < end && ((toks[i] as Token).text === ',' || DASHES.has((toks[i] as Token).text))) i++;
  const np = headPhrase(toks, i, end);
  if (!np) return null;
  let v = np.to;
  while (v < end && v - np.to < HEARER_REACH && (BE.has((toks[v] as Token).lower) || isFiller(toks[v]))) v++;
  if (v >= end || !hearerPassive(toks, v)) return null;
  return passiveAgent(model, toks, v, end) ?? NO_SPEAKER;
}

/**
 * Hale was asked: “Why now?” / Li was told by an aide that the port was “finished.”: words after a passive verb of
 * asking or telling, the first verb of saying in their sentence and the nearest before them, are its "by" agent's,
 * else those of someone the sentence does not name (NO_SPEAKER); null for any other shape.
 */
export function askedBefore(model: DocModel, toks: readonly Token[], k: number): Attribution | typeof NO_SPEAKER | null {
  const s0 = sentenceStart(toks, k);
  let v = -1;
  for (let j = k - 1; j >= s0 && (toks[j] as Token).kind !== 'quote'; j--) {
    if (speechVerbAt(toks, j) > 0) {
      v = j;
      break;
    }
  }
  if (v < 0 || !hearerPassive(toks, v)) return null;
  for (let j = s0; j < v; j++) if ((toks[j] as Token).kind === 'quote' || speechVerbAt(toks, j) > 0) return null;
  // the words are what was asked or told: right after the verb (past its agent: "was asked by reporters, “…”"), after
  // "to" ("told to “smile”") or inside a clause of what was asked ("told that the port was “finished”"); not words
  // of the subject's own that the sentence goes on to ("was asked to defend his criticism of “…”", "asked about the “…” comment")
  let j = v + 1;
  if (toks[j]?.lower === 'by') {
    const bare = peopleAt(toks, j + 1, k);
    j = headPhrase(toks, j + 1, k)?.to ?? (bare > 0 ? bare : j);
  }
  const at = toks[j] as Token;
  const clause = at.kind === 'word' && ASKED_CLAUSE_OPENERS.has(at.lower);
  if (clause) {
    for (let n = j + 1; n < k; n++) {
      const t = toks[n] as Token;
      if (t.lower === 'to' || SPEECH_NOUNS.has(t.lower) || speechVerbAt(toks, n) > 0) return null;
    }
  } else if (!(at.lower === 'to' && j + 1 === k)) {
    for (let n = j; n < k; n++) if ((toks[n] as Token).kind !== 'punct') return null;
  }
  return passiveAgent(model, toks, v, k) ?? NO_SPEAKER;
}

/** Words that open a clause of what someone was asked or told ("told that …", "asked whether …"). */
const ASKED_CLAUSE_OPENERS = new Set(['if', 'that', 'whether']);

/**
 * "…, with Ana Ruiz telling reporters “…”", "with many marchers chanting “…”": in an absolute phrase the
 * noun phrase after "with" is the subject of the participle (and of a verb that participle leads to).
 */
export function withSubject(toks: readonly Token[], v: number): NounPhrase | null {
  const s = (toks[v] as Token).sentence;
  // "with Ana Ruiz tweeting that it was a “disaster” and asking, …": a participle joined by "and" shares the
  // subject of the one before it, past that one's words
  const joined = toks[v - 1]?.lower === 'and';
  for (let w = v - 1; w >= 0 && w > v - 14; w--) {
    const t = toks[w] as Token;
    if (t.sentence !== s || (t.kind === 'quote' && !joined) || t.text === ',' || t.text === ';') return null;
    if (t.lower !== 'with') continue;
    let np = headPhrase(toks, w + 1, v) ?? barePlural(toks, w + 1, v);
    if (!np) return null;
    // "began an ad buy, with cable spots casting Ruiz as …": things with no determiner do not speak; the clause's
    // subject does (a bare plural is a subject here only when it names people: "with marchers chanting")
    if (np.kind === 'desc' && !pluralPeopleHead(toks, np)) return null;
    // "with marchers and spectators chanting": a coordinated phrase runs on to the participle
    if (toks[np.to]?.lower === 'and') {
      let e = np.to + 1;
      while (e < v && e < np.to + 5 && (toks[e] as Token).kind === 'word' && !(toks[e] as Token).lower.endsWith('ing')) e++;
      np = { ...np, to: e };
    }
    // "with the campaign of the former mayor of Leeds saying": an "of" phrase belongs to the subject up to the participle
    if (toks[np.to]?.lower === 'of' && np.kind === 'desc') {
      let e = np.to + 1;
      while (e < v && (toks[e] as Token).kind === 'word' && !(toks[e] as Token).lower.endsWith('ing')) e++;
      if (e === v && e > np.to + 1) np = { ...np, to: e };
    }
    // "with a voice over saying": a preposition with no object before the participle is the noun's particle, part of it
    const particle = toks[np.to];
    const prep = particle?.kind === 'word' && !particle.cap && PREPOSITIONS.has(particle.lower);
    if (prep && np.to + 1 === v) np = { ...np, to: v };
    // "with a man on stage saying", "with Ana Ruiz at her side saying": a short place phrase between the subject and
    // its participle
    const placed = prep && np.to + 1 < v && np.to + 5 >= v;
    if (placed && (headPhrase(toks, np.to + 1, v)?.to === v || fewLowerWords(toks, np.to + 1, v))) return np;
    let i = np.to;
    while (i < v && isFiller(toks[i])) i++;
    const part = toks[i];
    return part && part.kind === 'word' && !part.cap && part.lower.endsWith('ing') ? np : null;
  }
  return null;
}

/** Does the bare phrase `np` (no determiner before it) end on a plural noun of people ("marchers", "local officials")? */
function pluralPeopleHead(toks: readonly Token[], np: NounPhrase): boolean {
  const first = toks[np.from] as Token;
  if (first.kind !== 'word' || first.cap || DETERMINERS.has(first.lower) || POSSESSIVE_PRONOUNS.has(first.lower)) return true;
  const head = (toks[np.to - 1] as Token).lower;
  if (pluralPerson(head)) return true;
  const singular = head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.replace(/e?s$/, '');
  return occupationNoun(singular) || occupationNoun(head.slice(0, -1));
}

/** "stage", "her side": are the words from `from` to `ceil` up to three in lower case, no participle among them? */
function fewLowerWords(toks: readonly Token[], from: number, ceil: number): boolean {
  for (let e = from; e < ceil; e++) {
    const w = toks[e] as Token;
    if (w.kind !== 'word' || w.cap || w.lower.endsWith('ing') || e - from >= 3) return false;
  }
  return true;
}

/** "students and teachers", "protesters": a determiner-less plural phrase of up to four words before a participle. */
function barePlural(toks: readonly Token[], from: number, ceil: number): NounPhrase | null {
  let e = from;
  while (
    e < ceil &&
    e < from + 4 &&
    (toks[e] as Token).kind === 'word' &&
    !(toks[e] as Token).cap &&
    !(toks[e] as Token).lower.endsWith('ing')
  )
    e++;
  const last = toks[e - 1];
  return e > from && last && last.lower.endsWith('s') ? { kind: 'desc', from, to: e } : null;
}

/**
 * "… over her remark that “…”", "Li's warning that the deal would be “…”": a noun of saying owned by a
 * possessive pronoun or a name in the possessive attributes the quotation in its clause to that owner; so does one
 * whose author a name after "by", "from" or "of" gives ("the claim by Li Wei that the quay is “unsafe”").
 */
export function possessiveCue(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const s = (toks[k] as Token).sentence;
  // "Romney’s “47 percent” comment": the quotation sits between the owner and the noun
  const noun = toks[k + 1];
  const owner = toks[k - 1];
  if (noun && owner && noun.kind === 'word' && SPEECH_NOUNS.has(noun.lower) && owner.sentence === s) {
    if (POSSESSIVE_PRONOUNS.has(owner.lower)) return ownerPronoun(model, toks, k - 1);
    if (owner.poss && owner.cap) {
      const np = tailPhrase(toks, Math.max(0, k - 5), k);
      if (np && np.kind === 'name') return resolvePhrase(model, toks, np);
    }
  }
  // (a bracketed aside does not count against the reach: "Hale’s dictum (repeated to me over the years) was, “…”")
  let reach = 14;
  for (let j = k - 1; j >= 0 && j > k - reach; j--) {
    const t = toks[j] as Token;
    if (t.sentence !== s || t.kind === 'quote' || t.text === ';') return null;
    if (t.text === ')') reach += bracketLength(toks, j);
    // (past a participle set off after a noun: "Hale’s dictum (repeated to me for years) was, “…”")
    if (speechVerbAt(toks, j) > 0 && !passiveAside(toks, j, k)) return null;
    if (t.lower === 'that' && t.kind === 'word') {
      const by = authorBeforeThat(model, toks, j);
      if (by) return by;
    }
    if (t.kind !== 'word' || !SPEECH_NOUNS.has(t.lower)) continue;
    // the owner: right before the noun, past up to three adjectives ("his past comments", "her own admission")
    let o = j - 1;
    // ("her March comment", "his 2012 remarks": a month or a year among them)
    while (
      o >= 0 &&
      o > j - 4 &&
      (toks[o] as Token).kind === 'word' &&
      (!(toks[o] as Token).cap || MONTHS_DAYS.has((toks[o] as Token).lower)) &&
      !(toks[o] as Token).poss &&
      !POSSESSIVE_PRONOUNS.has((toks[o] as Token).lower)
    )
      o--;
    const owner = toks[o];
    if (!owner || owner.sentence !== s || owner.kind !== 'word') return null;
    if (POSSESSIVE_PRONOUNS.has(owner.lower)) return ownerPronoun(model, toks, o);
    if (owner.poss && owner.cap) {
      const np = tailPhrase(toks, Math.max(0, o - 4), o + 1);
      return np && np.kind === 'name' ? resolvePhrase(model, toks, np) : null;
    }
    return null;
  }
  return null;
}

/** How many tokens a bracketed aside closing at `close` spans, brackets included (0 when it opens in no sight). */
function bracketLength(toks: readonly Token[], close: number): number {
  for (let o = close - 1; o >= 0 && close - o <= 20; o--) if ((toks[o] as Token).text === '(') return close - o + 1;
  return 0;
}

/** Most words a name after "by", "from" or "of" may run to before its "that" ("the contention of former mayor Ana Ruiz that"). */
const AUTHOR_REACH = 10;

/**
 * "a report by the Harbour News that he “invented” it", "the contention of Ana Ruiz that the files were “…”": a noun
 * of saying or a document, then "by", "from" or "of" and a name right before "that" (at `that`): the name said the
 * clause (nearer the words than any noun of saying a possessive owns).
 */
function authorBeforeThat(model: DocModel, toks: readonly Token[], that: number): Attribution | null {
  const np = authorPhraseBeforeThat(toks, that);
  return np ? resolvePhrase(model, toks, np) : null;
}

/**
 * The name a noun of saying or a document gives its author with after "by", "from" or "of", right before the "that"
 * at `that` ("the claim by Ana Ruiz that"); null when there is none.
 */
export function authorPhraseBeforeThat(toks: readonly Token[], that: number): NounPhrase | null {
  const last = toks[that - 1];
  if (last?.kind === 'word' && !last.cap && PERSON_ROLE_NOUNS.has(last.lower)) return describedAuthorBeforeThat(toks, that);
  if (!last?.cap || last.kind !== 'word') return null;
  const np = tailPhrase(toks, Math.max(0, that - AUTHOR_REACH), that);
  if (np?.kind !== 'name') return null;
  // past a role before the name ("of former secretary of state Ana Ruiz"): lower-case words only, to the preposition
  for (let p = np.from - 1; p > 0 && that - p <= AUTHOR_REACH; p--) {
    const t = toks[p] as Token;
    if (t.kind !== 'word' || t.cap) return null;
    const noun = toks[p - 1] as Token;
    if (AUTHOR_PREPOSITIONS.has(t.lower) && (SPEECH_NOUNS.has(noun.lower) || DOCUMENT_NOUNS.has(noun.lower))) return np;
  }
  return null;
}

/**
 * "the suggestion by a potential mayor that …", "the claim of the harbour master that …": a description of a person
 * after "by", "from" or "of" a noun of saying or a document takes, in lower-case words, right before "that".
 */
function describedAuthorBeforeThat(toks: readonly Token[], that: number): NounPhrase | null {
  for (let p = that - 2; p > 0 && that - p <= AUTHOR_REACH; p--) {
    const t = toks[p] as Token;
    if (t.kind !== 'word' || t.cap) return null;
    const noun = toks[p - 1] as Token;
    if (AUTHOR_PREPOSITIONS.has(t.lower) && (SPEECH_NOUNS.has(noun.lower) || DOCUMENT_NOUNS.has(noun.lower)))
      return DETERMINERS.has((toks[p + 1] as Token).lower) ? { kind: 'desc', from: p + 1, to: that } : null;
  }
  return null;
}

/**
 * "Trump stood by his comment that …": a possessive pronoun in a clause whose subject is a name refers to
 * that name (the mention stays the pronoun); otherwise it resolves like any pronoun. A subject the document or
 * the name lists take to be of the other gender ("Ana Ruiz answered Tom Hale's letter; “…” was his reply") is
 * passed over: the pronoun then resolves like any other, to the nearest earlier person of its gender.
 */
function ownerPronoun(model: DocModel, toks: readonly Token[], o: number): Attribution | null {
  const self = resolvePhrase(model, toks, { kind: 'pron', from: o, to: o + 1 });
  const subject = clauseSubject(toks, o);
  if (!self || !subject || subject.kind !== 'name' || subject.to > o) return self;
  const named = resolvePhrase(model, toks, subject);
  const pronoun = pronounGender((toks[o] as Token).lower);
  // ("Residents rejected his claim that …": a "his" or "her" stands for no plural noun of people)
  if (!named || (pronoun && pluralPerson(named.speaker))) return self;
  // ("Ana Ruiz shares more with the campaign than their slogan": a "their" stands for no one person, nor a place)
  if (PLURAL_PERSONAL_PRONOUNS.has((toks[o] as Token).lower) && !groupName(model, named.speaker)) return self;
  const subjectGender = model.people.people.get(named.speaker)?.gender;
  if (pronoun && subjectGender && subjectGender !== pronoun) return self;
  return { speaker: named.speaker, mention: self.mention };
}

/**
 * "their chants of “…”", "the crowd reprised the chant “…”", "supporters broke into chants of “…”": words a crowd calls
 * out together are said by the chant's owner, else by the subject of the verb that takes the chant up; a chant no one
 * is said to call out ("walked in to chants of “…”", "was met with cries of “…”") is no one's, whoever the sentence is about.
 */
export function chantSpeaker(model: DocModel, toks: readonly Token[], k: number): Attribution | typeof NO_SPEAKER | null {
  let n = k - 1;
  const link = toks[n];
  if (link && (link.lower === 'of' || link.text === ':' || link.text === ',')) n--;
  const noun = toks[n];
  if (noun?.kind !== 'word' || noun.cap || !CHANT_NOUNS.has(noun.lower)) return null;
  // ("protesters chant “…”": a form the verb rules read as a verb where it stands is theirs, unless "of" makes it a noun)
  if (link?.lower !== 'of' && speechVerbAt(toks, n) > 0) return null;
  const s = noun.sentence;
  // the owner or the determiner before the noun, past up to two adjectives ("their loud chants", "the caustic chant")
  let o = n - 1;
  while (o >= 0 && o > n - 3 && adjective(toks[o] as Token, s)) o--;
  const owner = toks[o];
  if (!owner || owner.sentence !== s || owner.kind !== 'word') return null;
  // ("can’t just point their fingers and cry “…”", "asked them to chant “…”": the verb, not the noun, which takes an
  // owner, a determiner, an adjective or a preposition before it; the bare form only no preposition)
  const bare = !noun.lower.endsWith('s');
  const preposition = PREPOSITIONS.has(owner.lower) || CHANT_JOINERS.has(owner.lower);
  if (
    !(POSSESSIVE_PRONOUNS.has(owner.lower) || owner.poss || DETERMINERS.has(owner.lower) || o < n - 1 || preposition) ||
    (bare && preposition && o === n - 1)
  )
    return null;
  // (a crowd's "their" is left to no one rather than to the last name in the plural or place it may find)
  if (POSSESSIVE_PRONOUNS.has(owner.lower))
    return owner.lower === 'his' || owner.lower === 'her' ? ownerPronoun(model, toks, o) : NO_SPEAKER;
  if (owner.poss) {
    const np = tailPhrase(toks, Math.max(sentenceStart(toks, o), o - 4), o + 1);
    return (np && resolvePhrase(model, toks, np)) ?? NO_SPEAKER;
  }
  let v = DETERMINERS.has(owner.lower) ? o - 1 : o;
  if (CHANT_JOINERS.has(toks[v]?.lower ?? '')) v--;
  const verb = toks[v];
  const before = toks[v - 1];
  // (a verb in the past or the third person, not a passive: "was met with chants of")
  const verbal =
    verb?.kind === 'word' &&
    !verb.cap &&
    verb.sentence === s &&
    ((verb.lower.length > 4 && verb.lower.endsWith('ed')) || IRREGULAR_PAST_FORMS.has(verb.lower) || /[^s]s$/.test(verb.lower)) &&
    !(before && BE.has(before.lower));
  const np = verbal ? subjectBefore(toks, v) : null;
  return (np && resolvePhrase(model, toks, np)) ?? NO_SPEAKER;
}

/** A lower-case word that may be an adjective before a noun ("loud", "caustic"): no determiner, preposition or verb. */
function adjective(t: Token, s: number): boolean {
  const w = t.lower;
  return (
    t.kind === 'word' &&
    !t.cap &&
    !t.poss &&
    t.sentence === s &&
    !DETERMINERS.has(w) &&
    !POSSESSIVE_PRONOUNS.has(w) &&
    !PREPOSITIONS.has(w) &&
    !CHANT_JOINERS.has(w) &&
    !COORDINATORS.has(w) &&
    !BE.has(w) &&
    !(w.length > 4 && w.endsWith('ed'))
  );
}

/**
 * "To Ana Ruiz, the levy is a “lifeline”", "because to her, the plan was “a gift”", "In Li's view, the port is “done”":
 * words in a clause that a person's point of view opens (to a person, or "in" a person's view, mind, eyes …) are that
 * person's, when no verb of saying and no other quotation stands between the phrase and them; null for any other shape.
 */
export function viewpointHolder(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const s0 = sentenceStart(toks, k);
  for (let c = k - 1; c > s0; c--) {
    const t = toks[c] as Token;
    if (t.kind === 'quote' || speechVerbAt(toks, c) > 0) return null;
    if (t.text !== ',') continue;
    const holder = viewpointBefore(model, toks, s0, c);
    if (holder) return holder;
  }
  return null;
}

/** The person of a point-of-view phrase that ends at the comma `c` and opens its clause; null else. */
function viewpointBefore(model: DocModel, toks: readonly Token[], s0: number, c: number): Attribution | null {
  const last = toks[c - 1] as Token;
  let np: NounPhrase | null = null;
  let opener = -1;
  if (last.kind === 'word' && !last.cap && (last.lower === 'him' || last.lower === 'her') && toks[c - 2]?.lower === 'to') {
    np = { kind: 'pron', from: c - 1, to: c };
    opener = c - 2;
  } else if (last.kind === 'word' && !last.cap && VIEWPOINT_NOUNS.has(last.lower)) {
    // "in his view", "in Ana Ruiz's eyes"
    const owner = toks[c - 2];
    if (owner?.kind !== 'word') return null;
    if (POSSESSIVE_PRONOUNS.has(owner.lower) && owner.lower !== 'its' && owner.lower !== 'their') {
      np = { kind: 'pron', from: c - 2, to: c - 1 };
      opener = c - 3;
    } else if (owner.poss && owner.cap) {
      np = namedPerson(model, toks, s0, c - 1);
      opener = np ? np.from - 1 : -1;
    }
    if (toks[opener]?.lower !== 'in') return null;
  } else if (last.kind === 'word' && last.cap) {
    np = namedPerson(model, toks, s0, c);
    opener = np ? np.from - 1 : -1;
    if (toks[opener]?.lower !== 'to') return null;
  }
  if (!np || opener < s0) return null;
  // the phrase opens its sentence or a clause ("because to him, …", "but in her view, …")
  const before = toks[opener - 1];
  const opens =
    opener === s0 ||
    before?.text === ',' ||
    (before?.kind === 'word' && (OWN_CLAUSE_OPENERS.has(before.lower) || before.lower === 'and' || before.lower === 'but'));
  return opens ? resolvePhrase(model, toks, np) : null;
}

/** A person's name (not a place or a body) of capitalised words that ends right before `end`; null else. */
function namedPerson(model: DocModel, toks: readonly Token[], s0: number, end: number): NounPhrase | null {
  let f = end - 1;
  while (f > s0 && (toks[f - 1] as Token).kind === 'word' && (toks[f - 1] as Token).cap) f--;
  const np = tailPhrase(toks, f, end);
  if (np?.kind !== 'name' || !np.run) return null;
  return personLike(toks, np.run) || model.people.lookup(runName(model.text, toks, np.run)) ? np : null;
}
