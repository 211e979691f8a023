/**
 * Attribution after a quotation: a speech verb right after it (“…,” he said / “…,” said Li / “…,” Shi Yi,
 * spokesman for …, said), or one later in its sentence, past other quotations (“…” that led to “…,” Tan said).
 */
import type { DocModel } from './document.js';
import { verbAt } from './clause.js';
import { invertedAtEnd, passiveAgent, shortAttribution, speechAfter } from './cues.js';
import type { Carried, Decision } from './engine.js';
import { pronounGender } from './gender.js';
import { personLike } from './names.js';
import { headPhrase, pastReleaseDay, peopleAt, tailPhrase, type NounPhrase } from './phrases.js';
import { isFiller, speechVerbAt } from './speech-verbs.js';
import { resolvePhrase, type Attribution } from './resolve.js';
import { sentenceEnd, type Token } from './tokens.js';
import { viaSubject } from './verb-subject.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  ADDRESSEE_VERBS,
  AUXILIARIES,
  BE,
  CHANT_NOUNS,
  DETERMINERS,
  PERSON_ROLE_NOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  REPLY_NOUNS,
  REPLY_VERBS,
  SCOPE_STOP,
  SPEECH_VERBS,
  SUBORDINATE_AFTER_WORDS,
} = words;

/** Is the word at `p` a lower-case preposition right before a verb of saying that is no participle ("over says")? */
function particleBeforeSaying(toks: readonly Token[], p: number): boolean {
  const t = toks[p];
  const verb = toks[p + 1];
  if (t?.kind !== 'word' || t.cap || !PREPOSITIONS.has(t.lower) || verb?.kind !== 'word' || verb.lower.endsWith('ing')) return false;
  // (the verb read on its own: after a preposition the phrase finders take a verb form for a noun)
  return SPEECH_VERBS.has(verb.lower) && !verb.cap;
}

/** How many tokens after a quotation an attribution may start. */
const AFTER_WINDOW = 16;

/** Does a form of "be" open a noun phrase at `i`, past a comma ("is one common saying", "was a popular refrain")? */
function copulaPhrase(toks: readonly Token[], i: number): boolean {
  if (toks[i]?.text === ',') i++;
  const next = toks[i + 1]?.lower ?? '';
  return BE.has(toks[i]?.lower ?? '') && (DETERMINERS.has(next) || next === 'one');
}

/**
 * The last character of `text[start, end)` that `skip` does not match ('' when none): what a quotation ends
 * with, read backwards instead of slicing and trimming every quotation.
 */
function lastCharBefore(text: string, start: number, end: number, skip: RegExp): string {
  let i = end - 1;
  while (i >= start && skip.test(text[i]!)) i--;
  return i >= start ? text[i]! : '';
}

export function rightAfter(model: DocModel, toks: readonly Token[], k: number, end: number, opens = true): Attribution | null {
  let i = k + 1;
  // “Is it negotiable?” the host pressed. — a question or exclamation ends its sentence before the attribution
  let questionEnds = false;
  if (end === k + 1 && toks[i] && (toks[i] as Token).cap) {
    const q = model.quotes[(toks[k] as Token).quote];
    const next = sentenceEnd(toks, i);
    questionEnds = Boolean(q && /[?!]/.test(lastCharBefore(model.text, q.innerStart, q.innerEnd, /\s/)));
    if (questionEnds) end = next;
    else if ((next - i <= 8 || appositiveOpens(toks, i, next)) && shortAttribution(toks, i, next)) end = next; // “… missing.” Trump said.
  }
  while (i < end && ((toks[i] as Token).text === ',' || (toks[i] as Token).text === '\u2014' || isFiller(toks[i]))) i++;
  if (!opens && relativeAfter(toks, k)) return null;
  // (“…,” is one common saying here: the words are the subject of "is", and an -ing form in the phrase after it is a
  // noun, no verb of saying)
  const copula = copulaPhrase(toks, k + 1);
  // “…,” the judge exclaimed: right after a quotation that ends in a comma, a subject and any verb attribute it
  const q = model.quotes[(toks[k] as Token).quote];
  // a nested quotation may close first: “… ‘above the president,’ ” said …
  const trailing =
    (q ? /[,!?]/.test(lastCharBefore(model.text, q.innerStart, q.innerEnd, /['\u2019"\u201d\s]/)) : false) || toks[k + 1]?.text === ',';
  if (trailing) {
    const head = headPhrase(toks, i, end);
    // (“…,” a voice over says: a preposition with no object between a description and its verb of saying is the
    // noun's particle, part of it, as with "a voice over saying")
    const np = head?.kind === 'desc' && particleBeforeSaying(toks, head.to) ? { ...head, to: head.to + 1 } : head;
    // “Are you ready?” She had written a note: a pronoun that opens the next sentence says the words only with a verb of
    // saying; with any other verb it begins a sentence of its own
    if (questionEnds && np?.kind === 'pron' && !speechAfter(toks, np.to)) return null;
    // (past the day a document was put out: “…,” the ruling released Friday said)
    const verb = np ? pastReleaseDay(toks, np.to) : -1;
    // mid-sentence (“…,” which is like …), any verb is too weak: only a speech verb attributes
    if (np && verbAt(toks, verb, np) && (opens || speechAfter(toks, verb)) && !(copula && toks[verb]?.lower.endsWith('ing')))
      // (a document with the day it was put out is named by both: "the ruling released Friday")
      return agentAfter(model, toks, np.to, end) ?? resolvePhrase(model, toks, np.kind === 'desc' ? { ...np, to: verb } : np);
    // “…,” Mitch McConnell, R-Ky., said: the name before an appositive that ends in the verb
    if (np && np.kind === 'name' && toks[np.to]?.text === ',') {
      for (let j = np.to + 1; j < end && j < np.to + AFTER_WINDOW; j++) {
        // (a title in marks may sit inside the appositive: “…,” Ana Ruiz, the author of “Going Viral,” said)
        if ((toks[j] as Token).kind === 'quote' && !model.titles[(toks[j] as Token).quote]) break;
        if (speechVerbAt(toks, j) > 0) {
          // (the comma may close the title: “Going Viral,” said)
          if ((toks[j - 1] as Token).text === ',' || (toks[j - 1] as Token).comma) return resolvePhrase(model, toks, np);
          // “…,” Ana Ruiz, the pollster who founded Tidewatch tweeted Wednesday.: an appositive with a relative clause
          // left unclosed, the verb closing the sentence
          const who = toks.slice(np.to + 1, j - 1).some((t) => t.lower === 'who');
          if (who && !(toks[j] as Token).lower.endsWith('ing') && end - j <= 5) return resolvePhrase(model, toks, np);
          break;
        }
      }
    }
    // “This is fantastic!” beamed the delegate (a participle is no inverted verb: “…,” saying the city …)
    // (the subject closes the attribution: “…,” denounced her record as … is a list of verb phrases, not this)
    const v = toks[i];
    if (v && v.kind === 'word' && !v.cap && !v.lower.endsWith('ing') && (v.lower.endsWith('ed') || speechVerbAt(toks, i) > 0)) {
      const subject = headPhrase(toks, i + 1, end);
      const close = subject ? toks[subject.to] : undefined;
      const closes = !close || close.sentence !== v.sentence || [',', '.', 'of', 'from'].includes(close.lower);
      if (subject && subject.kind !== 'pron' && closes && !owned(toks, subject)) return resolvePhrase(model, toks, subject);
    }
  }
  // “…,” said Li (a participle right after the quotation hangs on the clause before it: “…,” saying …)
  const inverted = toks[i]?.lower.endsWith('ing') ? -1 : speechVerbAt(toks, i);
  if (inverted > 0) {
    // ("…,” said police.": people in the plural with no determiner)
    const head = headPhrase(toks, inverted, end);
    const bare = head ? -1 : peopleAt(toks, inverted, end);
    const np = bare > 0 ? { kind: 'desc' as const, from: inverted, to: bare } : head;
    // Ruiz, who called Hale “a liar,” said he should resign.: a phrase with an auxiliary after it is the subject of
    // a clause the verb reports, no inverted speaker
    const aux = np ? toks[np.to] : undefined;
    if (aux?.kind === 'word' && aux.sentence === (toks[k] as Token).sentence && AUXILIARIES.has(aux.lower)) return null;
    if (np && owned(toks, np)) return namedAfter(model, toks, np, end);
    return np ? resolvePhrase(model, toks, np) : null;
  }
  let sub = -1;
  for (let j = i; j < end && j < i + AFTER_WINDOW; j++) {
    const t = toks[j] as Token;
    if (t.kind === 'quote') break;
    if (!opens) sub = subordinateAt(toks, j, sub);
    // “…” on the fares, which the board said were fair: a verb in a relative clause on a noun after the words reports
    // that clause, not them
    if (t.lower === 'which' && j > i && toks[j - 1]?.text === ',' && toks[j - 2]?.kind === 'word') break;
    const cue = speechVerbAt(toks, j);
    if (cue < 0 || (sub >= 0 && j > sub + 1)) continue;
    if (t.lower.endsWith('ing') && copula) break;
    // “…” about the decision, said Ana Ruiz, …: after a comma the verb comes first and its subject follows (not the
    // hearer of "told": “…,” a source, who …, told Radio North)
    if (j > i && toks[j - 1]?.text === ',' && !ADDRESSEE_VERBS.has(t.lower)) {
      const np = headPhrase(toks, cue, end);
      const after = np ? toks[np.to] : undefined;
      if (np && np.kind !== 'pron' && (!after || after.text === ',' || after.text === '.' || after.sentence !== t.sentence))
        return resolvePhrase(model, toks, np);
    }
    return viaSubject(model, toks, j);
  }
  return null;
}

/** Most tokens from the comma before the verb to the end of a sentence of attribution (", said in a statement."). */
const MOST_AFTER_VERB = 6;

/**
 * “…sound.” Ana Ruiz, the transport secretary, said on Monday.: a sentence after the words that opens with a name
 * and an appositive closed by a comma before a verb of saying, within the window after the words, is their
 * attribution however long the appositive is.
 */
function appositiveOpens(toks: readonly Token[], i: number, end: number): boolean {
  if (end - i > AFTER_WINDOW) return false;
  const np = headPhrase(toks, i, end);
  if (np?.kind !== 'name' || toks[np.to]?.text !== ',') return false;
  // (the verb closes the sentence, a day or a place at most after it: not "…, said the port would close.")
  for (let j = np.to + 1; j < end; j++) {
    if ((toks[j] as Token).text === ',' && speechVerbAt(toks, j + 1) > 0) return end - j <= MOST_AFTER_VERB;
  }
  return false;
}

/** How many auxiliaries and adverbs may stand between a subject and its passive verb ("has since been told"). */
const PASSIVE_REACH = 4;

/** “…,” Hale was told by Ana Ruiz.: the "by" agent of a passive verb of saying at `from` (past auxiliaries), or null. */
function agentAfter(model: DocModel, toks: readonly Token[], from: number, end: number): Attribution | null {
  let v = from;
  while (v < end && v < from + PASSIVE_REACH && (BE.has((toks[v] as Token).lower) || isFiller(toks[v]))) v++;
  if (v === from || speechVerbAt(toks, v) < 0) return null;
  return passiveAgent(model, toks, v, end) ?? null;
}

/**
 * "her record", "his plan": a thing a possessive pronoun opens is the object of a verb, never its inverted
 * subject ("added his campaign manager Ana Lind", "said his wife" are people).
 */
function owned(toks: readonly Token[], np: NounPhrase): boolean {
  return (
    np.kind === 'desc' &&
    POSSESSIVE_PRONOUNS.has((toks[np.from] as Token).lower) &&
    !PERSON_ROLE_NOUNS.has((toks[np.to - 1] as Token).lower)
  );
}

/**
 * “…,” said his pal, Lea Berg.: a thing a possessive pronoun opens, with a person's name set off after it, is that
 * person (whatever the noun).
 */
function namedAfter(model: DocModel, toks: readonly Token[], np: NounPhrase, end: number): Attribution | null {
  if (toks[np.to]?.text !== ',') return null;
  const name = headPhrase(toks, np.to + 1, end);
  const close = name ? toks[name.to] : undefined;
  const closed = !close || close.sentence !== (toks[np.from] as Token).sentence || close.text === ',' || close.text === '.';
  return name?.kind === 'name' && name.run && personLike(toks, name.run) && closed ? resolvePhrase(model, toks, name) : null;
}

/** “Spanish,” which is what some call …: a relative clause right after the words is about them, it attributes nothing. */
function relativeAfter(toks: readonly Token[], k: number): boolean {
  let i = k + 1;
  if (toks[i]?.text === ',') i++;
  return toks[i]?.lower === 'which' || toks[i]?.lower === 'where';
}

/** “…” that led to “…,” Tan said: a speech verb later in the sentence, past other quotations. */
export function laterInSentence(model: DocModel, toks: readonly Token[], k: number, end: number): Attribution | null {
  if (relativeAfter(toks, k)) return null;
  let sub = -1;
  for (let j = k + 1; j < end; j++) {
    if ((toks[j] as Token).kind === 'word' && SCOPE_STOP.has((toks[j] as Token).lower)) break;
    // (an aside in parentheses that opens with words of its own has its own speaker: "… booed. (“No,” said Li.)")
    if ((toks[j] as Token).text === '(' && toks[j + 1]?.kind === 'quote') break;
    sub = subordinateAt(toks, j, sub);
    if (sub >= 0 && j > sub + 1) continue;
    // (“…” on the fares, which the board said were fair: a relative clause on a noun after the words)
    if ((toks[j] as Token).lower === 'which' && toks[j - 1]?.text === ',' && toks[j - 2]?.kind === 'word') break;
    const cue = speechVerbAt(toks, j);
    if (cue > 0) {
      const a = invertedAtEnd(model, toks, j, cue, end) ?? viaSubject(model, toks, j);
      if (a) return a;
    }
  }
  return null;
}

/**
 * “…” when Ana asked about it: where a clause of its own opens after the words (at `j`), the index of its conjunction,
 * kept until a comma or a quotation closes the clause (-1 then); else `sub` as it was.
 */
function subordinateAt(toks: readonly Token[], j: number, sub: number): number {
  const t = toks[j] as Token;
  if (t.text === ',' || t.kind === 'quote') return -1;
  return t.kind === 'word' && !t.cap && SUBORDINATE_AFTER_WORDS.has(t.lower) ? j : sub;
}

/**
 * “…” is in the statement. “…,” he added.: "added" after a quotation goes on with the speaker of the quotation
 * just before it in the paragraph (a body's statement included), whom the pronoun stands for unless the text
 * gives that speaker the other gender; the pronoun stays the mention, and the rule carries that decision on.
 */
export function addedAfter(model: DocModel, toks: readonly Token[], k: number, earlier: Decision | null): Carried | null {
  let i = k + 1;
  while ((toks[i] as Token | undefined)?.text === ',') i++;
  const pron = toks[i];
  let v = i + 1;
  while (isFiller(toks[v])) v++;
  const verb = toks[v];
  const before = earlier?.attribution;
  if (!earlier || !before || pron?.kind !== 'word' || !verb || (verb.lower !== 'added' && verb.lower !== 'adds')) return null;
  const gender = pronounGender(pron.lower);
  if (!gender || (pron.lower !== 'he' && pron.lower !== 'she')) return null;
  const other = model.people.people.get(before.speaker)?.gender;
  if (other && other !== gender) return null;
  const mention = { start: pron.start, end: pron.end, text: pron.text };
  return { carried: { attribution: { speaker: before.speaker, mention }, rules: earlier.rules } };
}

/** How many words may describe a noun of replying ("came the curt, one-word reply"). */
const REPLY_MODIFIERS = 3;

/**
 * “Absolutely not,” came the reply from Ruiz. / “…,” was the answer from the minister. / “…,” came Ruiz’s reply.: a
 * noun of replying brought by "came" or "was" right after the words names who said them, after "from" or as its
 * owner; a possessive pronoun ("was her answer") stands for the person it refers to.
 */
export function replyAfter(model: DocModel, toks: readonly Token[], k: number, end: number): Attribution | null {
  let i = k + 1;
  while (i < end && ((toks[i] as Token).text === ',' || (toks[i] as Token).text === '\u2014')) i++;
  // (“…” — that was the reply from Ruiz)
  if (toks[i]?.lower === 'that' && toks[i - 1]?.text === '\u2014') i++;
  const verb = toks[i];
  if (i >= end || verb?.kind !== 'word' || verb.cap || !REPLY_VERBS.has(verb.lower)) return null;
  // "“Vote Ruiz,” read one sign. “Anybody but Lind,” was another.": "another" alone closing the sentence is its speaker
  const other = toks[i + 1];
  if (other?.lower === 'another' && (i + 2 >= end || (toks[i + 2] as Token).text === '.'))
    return resolvePhrase(model, toks, { kind: 'desc', from: i + 1, to: i + 2 });
  let n = i + 1;
  // ("“…,” came shouts from the crowd": a crowd's cries too)
  const replied = (t: Token | undefined): boolean => Boolean(t && (REPLY_NOUNS.has(t.lower) || CHANT_NOUNS.has(t.lower)));
  while (n < end && n - i <= REPLY_MODIFIERS + 1 && (toks[n] as Token).kind !== 'quote' && !replied(toks[n])) n++;
  const noun = toks[n];
  if (n >= end || !noun || !replied(noun) || noun.poss) return null;
  // "came the reply from Ruiz", "came a curt reply from her"
  if (toks[n + 1]?.lower === 'from') {
    const np = headPhrase(toks, n + 2, end);
    return np ? resolvePhrase(model, toks, np) : null;
  }
  // "came Ruiz’s reply", "was her answer", "came the minister’s curt reply": the owner of the noun
  for (let o = i + 1; o < n; o++) {
    const t = toks[o] as Token;
    if (t.kind !== 'word') return null;
    if (POSSESSIVE_PRONOUNS.has(t.lower) && o === i + 1) return resolvePhrase(model, toks, { kind: 'pron', from: o, to: o + 1 });
    if (t.poss) {
      const np = tailPhrase(toks, i + 1, o + 1);
      return np && np.kind !== 'pron' && (np.kind === 'name' || DETERMINERS.has((toks[np.from] as Token).lower))
        ? resolvePhrase(model, toks, np)
        : null;
    }
  }
  return null;
}

/** Most tokens a prepositional tail may run between a quotation and the comma before its attribution. */
const TAIL_REACH = 8;

/**
 * “The court takes no view on the merits” of the case, the opinion said.: a quotation that opens its sentence, a short
 * prepositional phrase finishing it, then a subject and a verb of saying that close the sentence ("…, said the
 * opinion." too).
 */
export function afterTail(model: DocModel, toks: readonly Token[], k: number, end: number): Attribution | null {
  const prep = toks[k + 1];
  if (prep?.kind !== 'word' || prep.cap || !PREPOSITIONS.has(prep.lower)) return null;
  for (let j = k + 2; j < end && j <= k + 1 + TAIL_REACH; j++) {
    const t = toks[j] as Token;
    if (t.kind === 'quote' || t.text === ';' || t.text === ':') return null;
    if (speechVerbAt(toks, j) > 0) return null;
    if (t.text !== ',') continue;
    const np = headPhrase(toks, j + 1, end);
    const cue = np ? speechVerbAt(toks, np.to) : -1;
    if (np && np.kind !== 'pron' && cue > 0 && cue >= end - 1) return resolvePhrase(model, toks, np);
    const inverted = speechVerbAt(toks, j + 1);
    const subject = inverted > 0 ? headPhrase(toks, inverted, end) : null;
    if (subject && subject.kind !== 'pron' && subject.to >= end - 1) return resolvePhrase(model, toks, subject);
    return null;
  }
  return null;
}
