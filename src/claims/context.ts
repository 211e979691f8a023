/**
 * Attributions from outside a quotation's own clause: the sentence before it ("Bolton said he would help.
 * “…”"), the paragraph before it ("X said:"), "according to X", and the documents a text cites with their
 * authors ("…”, is in the same note").
 */
import { personPhrase, sentenceLike, subjectOfClause } from './before.js';
import { clauseSubject, verbAt } from './clause.js';
import type { DocModel } from './document.js';
import { documentOwner, headPhrase, pluralPerson, tailPhrase, type NounPhrase } from './phrases.js';
import { participle } from './cues.js';
import { isFiller, speechVerbAt } from './speech-verbs.js';
import { resolvePhrase, type Attribution } from './resolve.js';
import { sentenceEnd, sentenceStart, type Token } from './tokens.js';
import { outerReporter, viaSubject } from './verb-subject.js';
import { subjectBefore } from './subject.js';
import * as words from './words/index.js';

/** The forms of "report" that name a reporter at the end of a sentence. */
const REPORT: ReadonlySet<string> = new Set(['reported', 'reports']);

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  ADDRESSEE_VERBS,
  CONTROL_VERBS,
  DAY_EDGES,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FINDING_NOUNS,
  MONTHS_DAYS,
  OBTAINING_PARTICIPLES,
  OWN_CLAUSE_OPENERS,
  PERSON_ROLE_NOUNS,
  LAW_NOUNS,
  RELATIVE_SPEAKERS,
  PREPOSITIONS,
  VERBISH,
  VERB_PARTICLES,
  REPORTING_VERBS,
  SENDING_VERBS,
  SURVEY_NOUNS,
  PRONOUNS,
  SINGULAR_PERSONAL_PRONOUNS,
  SPEECH_BASES,
  SPEECH_NOUNS,
  QUOTE_NOUNS,
  SPEECH_VERBS,
  TALKED_PASTS,
  TIME_UNITS,
  WHEN,
  WHEN_UNITS,
} = words;

/**
 * Records every cited document with a named author ("a statement released by X", "X issued a statement", "X said
 * in a statement", "the union’s statement") as a citation event, for a later "the statement said".
 */
export function collectCitations(model: DocModel): void {
  for (const toks of model.blocks) {
    for (let n = 0; n < toks.length; n++) {
      // cheap test first: a document noun, then the determiner that opens its phrase
      if (!DOCUMENT_NOUNS.has((toks[n] as Token).lower)) continue;
      let i = n - 1;
      while (i >= 0 && i > n - 4 && !DETERMINERS.has((toks[i] as Token).lower)) i--;
      const np = i >= 0 && DETERMINERS.has((toks[i] as Token).lower) ? headPhrase(toks, i, toks.length) : null;
      const { sentence, lower: noun } = toks[n] as Token;
      if (np?.author) {
        const a = resolvePhrase(model, toks, np);
        if (a) model.citations.push({ pos: a.mention.start, speaker: a.speaker, sentence, noun, named: true });
        n = np.to - 1;
        continue;
      }
      const a = documentWriter(model, toks, np ? i : -1, n);
      if (a) model.citations.push({ pos: (toks[np ? i : n] as Token).start, speaker: a.speaker, sentence, noun });
    }
  }
}

/**
 * Who a document noun at `n` (its phrase opening with the determiner at `det`, -1 when none) is written by, where
 * the sentence says so around it: its owner ("the union’s statement"), the subject of a verb of sending it out
 * ("Ruiz issued a statement", "the campaign sent out an email") or of saying in it ("Ruiz said in a statement", "In a
 * statement, Ruiz said").
 */
function documentWriter(model: DocModel, toks: readonly Token[], det: number, n: number): Attribution | null {
  const owner = documentOwner(toks, sentenceStart(toks, n), n + 1);
  if (owner) return resolvePhrase(model, toks, owner);
  if (det < 1) return null;
  let v = det - 1;
  if (toks[v]?.lower === 'out') v--;
  if (SENDING_VERBS.has(toks[v]?.lower ?? '')) return senderOf(model, toks, v);
  if (toks[det - 1]?.lower !== 'in') return null;
  if (speechVerbAt(toks, det - 2) > 0) return viaSubject(model, toks, det - 2);
  // "In a statement, Ruiz said": the sentence opens with the document, then its speaker and verb
  if (det - 1 !== sentenceStart(toks, det)) return null;
  let c = n + 1;
  while (c < toks.length && c < n + 8 && (toks[c] as Token).kind === 'word') c++;
  if (toks[c]?.text !== ',') return null;
  for (let j = c + 2; j < toks.length && j < c + 8 && (toks[j] as Token).kind === 'word'; j++)
    if (speechVerbAt(toks, j) > 0) return viaSubject(model, toks, j);
  return null;
}

/** The subject of a verb of sending out at `sv`, opening its clause ("After the call, Li’s campaign sent out"). */
function senderOf(model: DocModel, toks: readonly Token[], sv: number): Attribution | null {
  const s = (toks[sv] as Token).sentence;
  let a = sv;
  while (a > 0 && (toks[a - 1] as Token).sentence === s && (toks[a - 1] as Token).text !== ',') a--;
  const np = tailPhrase(toks, a, sv);
  return np && np.from === a ? resolvePhrase(model, toks, np) : null;
}

/** "Adding, “…”": a sentence that is only a capitalised participle of saying before the quotation. */
function participleLead(toks: readonly Token[], s0: number, k: number): boolean {
  const t = toks[s0] as Token;
  if (!t.cap || !t.lower.endsWith('ing') || !SPEECH_VERBS.has(t.lower)) return false;
  for (let j = s0 + 1; j < k; j++) if ((toks[j] as Token).kind !== 'punct') return false;
  return true;
}

/** Bolton said he would help. “I am going to support him.”: a speech verb in the sentence before, same paragraph. */
export function previousSentenceLead(model: DocModel, qi: number): Attribution | null {
  const [b, k] = model.quoteAt[qi] as [number, number];
  const toks = model.blocks[b] as Token[];
  const s0 = sentenceStart(toks, k);
  const lead = s0 !== k && participleLead(toks, s0, k);
  if (s0 === 0 || (s0 !== k && !lead)) return null;
  for (let i = s0 - 1; i >= 0 && (toks[i] as Token).sentence === (toks[s0 - 1] as Token).sentence; i--) {
    if ((toks[i] as Token).kind === 'quote' && !lead) return null;
    if (speechVerbAt(toks, i) > 0) {
      // "… if asked." has no subject of its own: keep looking for the verb that has one
      const a = viaSubject(model, toks, i);
      if (a) return a;
    }
  }
  return null;
}

/**
 * Ana Ruiz also spoke about the harbour case. (The council hears it in May.) ¶ “The quay is ours. …”: a paragraph that
 * is only a sentence-like quotation, after a paragraph whose last sentence (past an aside in parentheses) says a person
 * spoke or talked and quotes nothing, is that person's: the words are what the talk was.
 */
export function talkedLead(model: DocModel, qi: number): Attribution | null {
  const [b, k] = model.quoteAt[qi] as [number, number];
  const toks = model.blocks[b] as Token[];
  const lead = model.blocks[b - 1];
  if (k !== 0 || toks.length > 2 || !lead || !sentenceLike(model, qi)) return null;
  let last = lead.length - 1;
  while (last > 0 && (lead[last] as Token).kind === 'punct' && (lead[last] as Token).text !== ')') last--;
  if ((lead[last] as Token | undefined)?.text === ')') {
    while (last > 0 && (lead[last] as Token).text !== '(') last--;
    last--;
    while (last > 0 && (lead[last] as Token).kind === 'punct') last--;
  }
  // (the whole paragraph is read: an abbreviation such as "v." may cut its last sentence short)
  for (let i = last; i > 0; i--) {
    const t = lead[i] as Token;
    if (t.kind === 'quote') return null;
    if (!TALKED_PASTS.has(t.lower)) continue;
    const np = clauseSubject(lead, i);
    return np && np.to <= i && personPhrase(model, lead, np) ? resolvePhrase(model, lead, np) : null;
  }
  return null;
}

/** May a word of sentence `s` belong to an antecedent (not a verb, its particle or a preposition: "passed out caps")? */
function antecedentWord(t: Token, s: number): boolean {
  if (t.sentence !== s || t.kind !== 'word') return false;
  if (t.cap) return true;
  return (
    !VERBISH.has(t.lower) && !VERB_PARTICLES.has(t.lower) && !PREPOSITIONS.has(t.lower) && !(t.lower.length > 3 && t.lower.endsWith('ed'))
  );
}

/**
 * "The crowd waved banners that said, “…”", "an actor who promises that Lind won't “…”": a verb of saying whose subject
 * is a relative pronoun right after its antecedent (no comma) is said by "that" or "who", standing for that antecedent.
 */
export function relativeSpeaker(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const s = (toks[k] as Token).sentence;
  for (let v = k - 1; v >= 2 && (toks[v] as Token).sentence === s && k - v <= 15; v--) {
    if ((toks[v] as Token).kind === 'quote') return null;
    if (speechVerbAt(toks, v) <= 0) continue;
    // "a candidate who has called for “…”": a verb with a preposition names a thing sought, left to the clause rules
    if (PREPOSITIONS.has(toks[v + 1]?.lower ?? '')) return null;
    let r = v - 1;
    while (r > 1 && isFiller(toks[r])) r--;
    const pronoun = toks[r] as Token;
    if (!RELATIVE_SPEAKERS.has(pronoun.text) || (toks[r - 1] as Token).kind !== 'word') return null;
    let a = r - 1;
    while (a > 0 && r - a < 6 && antecedentWord(toks[a - 1] as Token, s)) a--;
    const antecedent = tailPhrase(toks, a, r);
    // "Lind released a video that said …": what a named sender puts out speaks for the sender (rules below)
    const sender = antecedent ? clauseSubject(toks, antecedent.from) : null;
    if (sender?.kind === 'name' && sender.to <= antecedent!.from) return null;
    return antecedent && antecedent.kind !== 'pron' ? resolvePhrase(model, toks, { kind: 'pron', from: r, to: r + 1, antecedent }) : null;
  }
  return null;
}

/**
 * Brill has argued that the law failed. As a result, there is “a very powerful industry.”: a sentence-like quotation
 * alone in a sentence with no speech verb goes on with the report of the sentence before (no quotation of its own).
 */
export function previousSentenceReport(model: DocModel, qi: number): Attribution | null {
  const [b, k] = model.quoteAt[qi] as [number, number];
  const toks = model.blocks[b] as Token[];
  const s0 = sentenceStart(toks, k);
  if (s0 === 0 || s0 === k || !sentenceLike(model, qi)) return null;
  for (let i = s0; i < sentenceEnd(toks, k); i++) if ((i !== k && toks[i]?.kind === 'quote') || speechVerbAt(toks, i) > 0) return null;
  let verb = -1;
  for (let i = s0 - 1; i >= 0 && toks[i]?.sentence === toks[s0 - 1]?.sentence; i--) {
    const t = toks[i] as Token;
    if (t.kind === 'quote') return null;
    if (verb < 0 && REPORTING_VERBS.has(t.lower) && !t.lower.endsWith('ing') && speechVerbAt(toks, i) > 0) verb = i;
  }
  return verb < 0 ? null : viaSubject(model, toks, verb);
}

/**
 * The attribution a paragraph gives to the quotation that opens the next one: "X said:" (any verb before a
 * colon), or a last sentence that reports X's speech ("Carter said that …" then a paragraph of quotation); with
 * `people`, a colon with no speech verb before it gives only a person; a thing that opens such a lead gives no one.
 */
export function colonLead(model: DocModel, b: number, people = false): Attribution | null {
  const toks = model.blocks[b];
  if (!toks || toks.length < 2) return null;
  const colon = (toks.at(-1) as Token).text === ':';
  const last = toks.length - 1;
  const s = (toks[last] as Token).sentence;
  for (let i = last - 1; i >= 0 && (toks[i] as Token).sentence === s; i--) {
    if (speechVerbAt(toks, i) > 0) {
      const a = viaSubject(model, toks, i);
      if (a) return outerReporter(model, toks, a) ?? a;
    }
  }
  if (!colon) return null;
  const np = clauseSubject(toks, last);
  if (np && thingLead(model, toks, np, last)) return null;
  return subjectOfClause(model, toks, last, people);
}

/** Marks that open an item of a list written one paragraph each ("• …", "- …"; "l …" where a bullet was lost to a letter). */
const BULLETS: ReadonlySet<string> = new Set(['•', '·', '*', '-', '–', 'l']);

/**
 * Does paragraph `b` open with a list item's mark? A mark the tokens leave out is read from the text before the
 * paragraph's first word; a lone "l" counts only before a capitalised word.
 */
function bulleted(model: DocModel, b: number): boolean {
  const toks = model.blocks[b];
  const first = toks?.[0];
  if (!first) return false;
  const lineStart = model.text.lastIndexOf('\n', first.start - 1) + 1;
  if (BULLETS.has(model.text.slice(lineStart, first.start).trim())) return true;
  return first.text === 'l' && Boolean(toks[1]?.cap && toks[1].start === first.end + 1);
}

/**
 * The paragraph that leads into paragraph `b`: the one before it, or where `b` is an item of a list written one
 * paragraph each ("Ruiz argued that: ¶ • … ¶ • …"), the one before the list's first item.
 */
export function leadBlock(model: DocModel, b: number): number {
  let lead = b - 1;
  if (!bulleted(model, b)) return lead;
  while (lead > 0 && bulleted(model, lead)) lead--;
  return lead;
}

/**
 * Does a lead with no verb of saying before its colon open on a thing rather than a speaker: "it" ("Wait, it gets
 * better:"), or a subject no person that the lead describes with "be" ("The reason is simple:", "The rationale the
 * critics use is blind faith:")? Such a lead sets off words without saying whose they are.
 */
function thingLead(model: DocModel, toks: readonly Token[], np: NounPhrase, last: number): boolean {
  if (np.kind === 'pron') return (toks[np.from] as Token).lower === 'it';
  // (a document speaks for its author: "The statement was brief:")
  if (np.kind === 'name' || words.DOCUMENT_NOUNS.has((toks[np.to - 1] as Token).lower)) return false;
  for (let i = np.to; i < last; i++) if (words.BE.has((toks[i] as Token).lower)) return !personPhrase(model, toks, np);
  return false;
}

/**
 * "according to X", or "per X" set off by a comma or opening its sentence ("“…,” per a spokesman"; "$5 per hour" is
 * no source): where the source's phrase starts when "according to" or "per" is at token `i`, else -1.
 */
function accordingAt(toks: readonly Token[], i: number): number {
  const t = toks[i] as Token;
  if (t.lower === 'according') return toks[i + 1]?.lower === 'to' ? i + 2 : -1;
  if (t.lower !== 'per') return -1;
  const before = toks[i - 1];
  const opens = !before || before.sentence !== t.sentence || before.text === ',' || before.comma === true;
  if (!opens) return -1;
  // ("Per Dahl said …": a given name, when the name after it runs straight on into its verb with no comma)
  const name = t.cap ? headPhrase(toks, i + 1, sentenceEnd(toks, i)) : null;
  return name?.kind === 'name' && verbAt(toks, name.to, name) ? -1 : i + 1;
}

/** Is there a verb of saying between `start` and `i` with "that" after it (the clause it reports holds `i`)? */
function reportedBefore(toks: readonly Token[], start: number, i: number): boolean {
  for (let j = start; j < i; j++) {
    const cue = speechVerbAt(toks, j);
    if (cue < 0) continue;
    // (past a time after the verb: "said Tuesday morning that")
    let t = cue;
    const when = (w: string) => WHEN.has(w) || WHEN_UNITS.has(w) || TIME_UNITS.has(w) || MONTHS_DAYS.has(w) || DAY_EDGES.has(w);
    while (t < i && (toks[t] as Token).kind === 'word' && when((toks[t] as Token).lower)) t++;
    if (toks[t]?.lower === 'that') return true;
  }
  return false;
}

/** "according to X" anywhere in the quotation's sentence; with `reporters`, only an X that is no record of words. */
export function accordingTo(model: DocModel, toks: readonly Token[], k: number, reporters = false): Attribution | null {
  let end = sentenceEnd(toks, k);
  // “… Who pays for the quay?” the mayor asked, according to the Harbour News.: a question ends its sentence before the attribution
  const q = model.quotes[(toks[k] as Token).quote];
  if (end === k + 1 && q && /[?!][,\s]*$/.test(model.text.slice(q.innerStart, q.innerEnd)) && attributionNext(toks, k + 1))
    end = sentenceEnd(toks, k + 1);
  const start = sentenceStart(toks, k);
  for (let i = start; i < end - 1; i++) {
    const from = accordingAt(toks, i);
    // ("Li said that according to its count, the party won, but “…”": a source inside the clause a verb of saying
    // reports before the words is the speaker's own source, and the words stay the speaker's)
    if (from > 0 && i < k && reportedBefore(toks, start, i)) continue;
    if (from > 0) {
      const np = headPhrase(toks, from, end) ?? barePeople(toks, from, end) ?? bareSaying(toks, from) ?? bareFindings(toks, from, end);
      if (reporters && (!np || recordOfWords(toks, np) || !reporter(toks, np))) continue;
      const a = np ? resolvePhrase(model, toks, np) : null;
      if (a) return a;
    }
  }
  return null;
}

/**
 * "…, said Ana Ruiz, reports Radio North." / "… called it “…,” the Harbour News reported.": a named reporter set off
 * by a comma at the end of the sentence reports all of it, the words of the person it quotes included.
 */
export function reportedBy(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const end = sentenceEnd(toks, k);
  // "Li said …, according to a readout from the ministry, AFP reported.": a record of the words leaves them to the
  // person who said them, whoever relays the record
  for (let i = sentenceStart(toks, k); i < end - 1; i++) {
    const from = accordingAt(toks, i);
    if (from < 0) continue;
    const np = headPhrase(toks, from, end);
    if (np && recordOfWords(toks, np)) return null;
  }
  let last = end - 1;
  if (toks[last]?.text === '.') last--;
  // a time phrase may close it ("reported in 1991", "reported Tuesday")
  for (let n = 0; n < 2 && last > k && (/^\d{4}$/.test((toks[last] as Token).text) || MONTHS_DAYS.has((toks[last] as Token).lower)); n++)
    last -= toks[last - 1]?.lower === 'in' || toks[last - 1]?.lower === 'on' ? 2 : 1;
  const verb = toks[last];
  if (verb && REPORT.has(verb.lower)) {
    // "…, the Harbour News reported." (past an adverb: "…, Harbour Watch first reported.")
    let v = last;
    while (v - 1 > k && isFiller(toks[v - 1])) v--;
    let c = v - 1;
    while (c > k && (toks[c] as Token).kind === 'word' && v - c < 6) c--;
    // (the comma may close a quotation: "… “influence peddling,” the Post reported")
    const np = toks[c]?.text === ',' || toks[c]?.comma ? headPhrase(toks, c + 1, v) : null;
    return np && np.kind === 'name' && np.to === v ? resolvePhrase(model, toks, np) : null;
  }
  // "…, reports Radio North."
  for (let c = last - 1; c > k && last - c < 7; c--) {
    const t = toks[c] as Token;
    if (t.kind !== 'word') return null;
    if (REPORT.has(t.lower) && toks[c - 1]?.text === ',') {
      const np = headPhrase(toks, c + 1, last + 1);
      return np && np.kind === 'name' && np.to === last + 1 ? resolvePhrase(model, toks, np) : null;
    }
  }
  return null;
}

/** Does the sentence at `i` open with an attribution (“…?” Lind asked, …): a speech verb among its first words? */
function attributionNext(toks: readonly Token[], i: number): boolean {
  for (let j = i; j < toks.length && j < i + 5 && (toks[j] as Token).kind !== 'quote'; j++) if (speechVerbAt(toks, j) > 0) return true;
  return false;
}

/** "according to officials with knowledge of the talks", "according to police": people named by a plural alone. */
function barePeople(toks: readonly Token[], i: number, end: number): NounPhrase | null {
  for (let e = i; e < end && e < i + 3; e++) {
    const t = toks[e] as Token;
    if (t.kind !== 'word' || t.cap) return null;
    if (pluralPerson(t.lower)) return { kind: 'desc', from: i, to: e + 1 };
  }
  return null;
}

/** "according to remarks by Ana Ruiz", "comments from the mayor": a noun of saying with no determiner, before its author. */
function bareSaying(toks: readonly Token[], i: number): NounPhrase | null {
  const t = toks[i];
  const by = toks[i + 1]?.lower;
  return t && t.kind === 'word' && !t.cap && SPEECH_NOUNS.has(t.lower) && (by === 'by' || by === 'from')
    ? { kind: 'desc', from: i, to: i + 1 }
    : null;
}

/** "according to calculations by Ana Ruiz", "estimates from the port trust": the author of what was worked out. */
function bareFindings(toks: readonly Token[], i: number, end: number): NounPhrase | null {
  const t = toks[i];
  const by = toks[i + 1]?.lower;
  if (t?.kind !== 'word' || t.cap || !FINDING_NOUNS.has(t.lower) || (by !== 'by' && by !== 'from')) return null;
  return headPhrase(toks, i + 2, end);
}

/** Someone who can report words: a name, or people ("officials with knowledge of …", "a source"). */
function reporter(toks: readonly Token[], np: NounPhrase): boolean {
  if (np.kind !== 'desc') return np.kind === 'name';
  for (let i = np.from; i < np.to; i++) {
    const w = (toks[i] as Token).lower;
    if (PERSON_ROLE_NOUNS.has(w) || PERSON_ROLE_NOUNS.has(w.replace(/s$/, '')) || (toks[i] as Token).cap) return true;
  }
  return false;
}

/** A document that records what was said ("a readout from the ministry", "the statement"), not a reporter of it. */
function recordOfWords(toks: readonly Token[], np: NounPhrase): boolean {
  if (np.author) return true;
  // ("the Post", "The Times": a capitalised word is a paper's name, no document)
  for (let i = np.from; i < np.to; i++) if (!(toks[i] as Token).cap && DOCUMENT_NOUNS.has((toks[i] as Token).lower)) return true;
  return false;
}

/** Documents that are someone speaking: their words are the speaker's. */
const SPOKEN_DOCUMENTS: ReadonlySet<string> = new Set(['interview', 'speech']);

/** How many words a verb may stand before the words it casts ("brought it up as “…”"). */
const CAST_REACH = 6;

/**
 * "a delay Li brought up as “…” in an interview": the person subject of the verb right before the words (a past, with
 * only its object and particles between); null when there is none, or it is no person.
 */
function spokenBy(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const s = (toks[k] as Token).sentence;
  for (let i = k - 1; i >= 0 && k - i <= CAST_REACH && (toks[i] as Token).sentence === s; i--) {
    const t = toks[i] as Token;
    if (t.kind !== 'word' || t.cap) return null;
    if (!VERBISH.has(t.lower) && !(t.lower.length > 4 && t.lower.endsWith('ed'))) continue;
    const np = subjectBefore(toks, i);
    return np && personPhrase(model, toks, np) ? resolvePhrase(model, toks, np) : null;
  }
  return null;
}

/** "…”, is in the same note": a document named right after the quotation speaks for its author. */
export function namedDocument(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const end = sentenceEnd(toks, k);
  for (let i = k + 1; i < end && i < k + 6; i++) {
    const t = toks[i] as Token;
    if (t.kind === 'quote') break;
    if (t.lower === 'in' || t.lower === 'from') {
      const np = headPhrase(toks, i + 1, end);
      const head = np?.kind === 'desc' ? (toks[np.to - 1] as Token).lower : '';
      // ("a delay Li brought up as “…” in an interview with a paper": words spoken in an interview or a speech are
      // the speaker's, the person subject of their clause, never the interview's)
      if (np && SPOKEN_DOCUMENTS.has(head)) return spokenBy(model, toks, k);
      if (np && DOCUMENT_NOUNS.has(head)) return resolvePhrase(model, toks, np);
    }
  }
  return null;
}

/**
 * “…,” Ana said, and her husband cut in. “Don't forget me.”: a quotation that opens its sentence, after a
 * sentence of narration whose last clause has a person for subject, is that person's.
 */
export function previousSentenceSubject(model: DocModel, qi: number): Attribution | null {
  const [b, k] = model.quoteAt[qi] as [number, number];
  const toks = model.blocks[b] as Token[];
  if (sentenceStart(toks, k) !== k || k === 0) return null;
  let last = k - 1;
  while (last > 0 && (toks[last] as Token).kind === 'punct') last--;
  if ((toks[last] as Token).kind === 'quote') return null;
  const np = clauseSubject(toks, last);
  if (!np || (toks[np.from] as Token).sentence !== (toks[last] as Token).sentence || !personPhrase(model, toks, np)) return null;
  // "… to see if they have it.": a plural or impersonal pronoun rarely is the next speaker
  if (np.kind === 'pron' && !SINGULAR_PERSONAL_PRONOUNS.has((toks[np.from] as Token).lower)) return null;
  for (let i = np.from; i <= last; i++) if ((toks[i] as Token).kind === 'quote') return null;
  // "She said she and Hale had cut the fees. “…”": the subject of the clause a verb of saying reports is no speaker; the
  // verb's own subject is, read by the rule for the verb of the sentence before
  // (the subject may be the second of two joined by "and": "said she and Hale had …")
  let from = np.from;
  if (toks[from - 1]?.lower === 'and') {
    let j = from - 2;
    if (toks[j]?.kind === 'word' && PRONOUNS.has((toks[j] as Token).text)) j--;
    else while (j > 0 && toks[j]?.kind === 'word' && (toks[j] as Token).cap) j--;
    if (j < from - 2) from = j + 1;
  }
  const that = toks[from - 1]?.lower === 'that' ? from - 1 : from;
  if (that > 0 && speechVerbAt(toks, that - 1) > 0) return null;
  // “…,” he said as Lea Berg looked on. “…”: the subject of a clause that "as", "while" or "after" opens is no speaker
  const opener = toks[np.from - 1];
  if (
    opener?.kind === 'word' &&
    opener.sentence === (toks[np.from] as Token).sentence &&
    opener.lower !== 'but' &&
    OWN_CLAUSE_OPENERS.has(opener.lower)
  )
    return null;
  return resolvePhrase(model, toks, np);
}

/**
 * "At each rally he vows to cut fares. Then, the laugh line: “…”": a quotation right after the colon of a lead that opens
 * with "Then" or "Later" and names no one (no verb of saying, no pronoun, no other quotation) goes on from the sentence
 * before: its subject, when a person (across a paragraph break too, when the lead opens its paragraph). Null when
 * the lead is not of that kind; `undefined` when it is but the sentence before has no person for subject.
 */
export function thenColonSubject(model: DocModel, b: number, k: number): Attribution | null | undefined {
  const toks = model.blocks[b] as Token[];
  if (toks[k - 1]?.text !== ':') return null;
  const s0 = sentenceStart(toks, k);
  const lead = toks[s0]?.lower === 'and' ? s0 + 1 : s0;
  if (toks[lead]?.lower !== 'then' && toks[lead]?.lower !== 'later') return null;
  for (let i = s0; i < k - 1; i++) {
    const t = toks[i] as Token;
    if (t.kind === 'quote' || speechVerbAt(toks, i) > 0 || (t.kind === 'word' && PRONOUNS.has(t.lower))) return null;
  }
  const prevToks = s0 > 0 ? toks : model.blocks[b - 1];
  if (!prevToks?.length) return undefined;
  let last = (s0 > 0 ? s0 : prevToks.length) - 1;
  while (last > 0 && (prevToks[last] as Token).kind === 'punct') last--;
  if ((prevToks[last] as Token).kind === 'quote') return undefined;
  const np = clauseSubject(prevToks, last);
  if (!np || (prevToks[np.from] as Token).sentence !== (prevToks[last] as Token).sentence || !personPhrase(model, prevToks, np))
    return undefined;
  if (np.kind === 'pron' && !SINGULAR_PERSONAL_PRONOUNS.has((prevToks[np.from] as Token).lower)) return undefined;
  return resolvePhrase(model, prevToks, np) ?? undefined;
}

/**
 * "In a poll released Monday, 31% of voters said they were “…”", "Under Florida law, battery is “…”": a
 * sentence opened by a survey or a law speaks through it; the opening phrase is the source of its quotations.
 */
export function openingSource(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const s0 = sentenceStart(toks, k);
  const lead = toks[s0];
  if (!lead || (lead.lower !== 'in' && lead.lower !== 'under')) return null;
  let c = s0 + 1;
  while (c < k && c < s0 + 12 && (toks[c] as Token).text !== ',') c++;
  if ((toks[c] as Token | undefined)?.text !== ',' || c >= k) return null;
  const nouns = lead.lower === 'in' ? SURVEY_NOUNS : LAW_NOUNS;
  let head = -1;
  // (not past a clause of its own: "In a memo released as polls closed Tuesday," opens with no survey)
  for (let i = s0 + 1; i < c && !OWN_CLAUSE_OPENERS.has((toks[i] as Token).lower); i++) if (nouns.has((toks[i] as Token).lower)) head = i;
  if (head < 0) return null;
  const first = toks[s0 + 1] as Token;
  const last = toks[c - 1] as Token;
  const mention = { start: first.start, end: last.end, text: model.text.slice(first.start, last.end) };
  return { speaker: mention.text.replace(/^(The|A|An)\b/, (d) => d.toLowerCase()), mention };
}

/**
 * "Li called the plan “a relic,” the mayor said Friday." / "…, Song wrote." / "…, the source recalled, adding …": a
 * subject and its speech verb (or the verb and a name) after a comma that close the sentence attribute all of it.
 */
export function closingAttribution(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const end = sentenceEnd(toks, k);
  // a sentence with "according to" is left to the rules that weigh its source ("…, according to a readout, AFP reported.")
  for (let i = sentenceStart(toks, k); i < end - 1; i++)
    if ((toks[i] as Token).lower === 'according' && (toks[i + 1] as Token).lower === 'to') return null;
  let last = end - 1;
  if (toks[last]?.text === '.') last--;
  // (a participle after a comma carries the attribution on: "…, the source recalled, adding that …")
  for (let j = k + 1; j < last; j++) {
    if ((toks[j] as Token).kind === 'quote') return null;
    if ((toks[j] as Token).text === ',' && participle(toks[j + 1]) && speechVerbAt(toks, j + 1) > 0) {
      last = j - 1;
      break;
    }
  }
  // (a time phrase may close it: "said Friday", "wrote in 2015")
  for (let n = 0; n < 2 && last > k && (/^\d{4}$/.test((toks[last] as Token).text) || MONTHS_DAYS.has((toks[last] as Token).lower)); n++)
    last -= toks[last - 1]?.lower === 'in' || toks[last - 1]?.lower === 'on' ? 2 : 1;
  const opensPart = (c: number) => c >= k && ((toks[c] as Token).text === ',' || Boolean((toks[c] as Token).comma));
  // "…, wrote Ana Ruiz."
  for (let v = last - 1; v > k && last - v < 7 && (toks[v] as Token).kind === 'word'; v--) {
    // (not the hearer of "told": "…, Ana Ruiz, a delegate, told Radio North.")
    if (!opensPart(v - 1) || speechVerbAt(toks, v) <= 0 || participle(toks[v]) || ADDRESSEE_VERBS.has((toks[v] as Token).lower)) continue;
    const np = headPhrase(toks, speechVerbAt(toks, v), last + 1);
    return np?.kind === 'name' && np.to === last + 1 ? resolvePhrase(model, toks, np) : null;
  }
  const verb = toks[last];
  if (!verb || last <= k || speechVerbAt(toks, last) <= 0 || participle(verb)) return null;
  let v0 = last;
  while (v0 > k + 1 && isFiller(toks[v0 - 1])) v0--;
  let c = v0 - 1;
  while (c > k && (toks[c] as Token).kind === 'word' && v0 - c < 7) c--;
  if (!opensPart(c)) return null;
  const np = headPhrase(toks, c + 1, v0);
  return np && np.to === v0 ? resolvePhrase(model, toks, np) : null;
}

/** How far back from "to" the verb whose object is made to speak is sought ("prompted the Harbour Council to state"). */
const CONTROL_REACH = 8;

/**
 * "The ruling prompted the Harbour Council to state, “…”", "The vote led Ana Ruiz to declare that “…”": a speech
 * verb after "to" whose nearest verb before is one that brings its object to speak is said by that object, not by
 * the subject of the sentence (past a clause set off by commas: "prompted the Atlas, which tracks the votes, to state").
 */
export function controlledSpeaker(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const s = (toks[k] as Token).sentence;
  for (let v = k - 1; v >= 2 && (toks[v] as Token).sentence === s; v--) {
    const t = toks[v] as Token;
    if (t.kind === 'quote' || t.text === ';') return null;
    // (any verb of saying in its bare form after "to": "to counter that …")
    const bare = toks[v - 1]?.lower === 'to' && t.kind === 'word' && SPEECH_BASES.has(t.lower);
    if (speechVerbAt(toks, v) < 0 && !bare) continue;
    if (toks[v - 1]?.lower !== 'to') return null;
    let e = v - 1;
    if (toks[e - 1]?.text === ',') {
      let j = e - 2;
      while (j > 0 && (toks[j] as Token).sentence === s && (toks[j] as Token).text !== ',' && (toks[j] as Token).kind !== 'quote') j--;
      if (toks[j]?.text !== ',' || (toks[j] as Token).sentence !== s) return null;
      e = j;
    }
    for (let c = e - 1; c >= 0 && e - c <= CONTROL_REACH && (toks[c] as Token).sentence === s; c--) {
      const w = toks[c] as Token;
      if (w.kind !== 'word') return null;
      if (!CONTROL_VERBS.has(w.lower) || w.cap) continue;
      const np = tailPhrase(toks, c + 1, e);
      return np ? resolvePhrase(model, toks, np) : null;
    }
    return null;
  }
  return null;
}

/**
 * "A March 3 letter from the Port Authority obtained by the Gazette warns that “…”", "One such memo, obtained by the
 * Gazette, sets out a “gag rule”": the document that is the subject of the clause speaks (for its author), not the
 * outlet that came by it.
 */
export function documentSubject(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const s = (toks[k] as Token).sentence;
  const s0 = sentenceStart(toks, k);
  for (let n = s0; n < k && n - s0 < 8; n++) {
    const t = toks[n] as Token;
    if (t.kind !== 'word' || !DOCUMENT_NOUNS.has(t.lower)) continue;
    let d = n - 1;
    while (d > s0 && d > n - 4 && !DETERMINERS.has((toks[d] as Token).lower)) d--;
    if (d !== s0 || !DETERMINERS.has((toks[d] as Token).lower)) return null;
    const np = headPhrase(toks, d, k);
    if (!np) return null;
    let e = np.to;
    const comma = toks[e]?.text === ',';
    if (comma) e++;
    if (!OBTAINING_PARTICIPLES.has(toks[e]?.lower ?? '') || toks[e + 1]?.lower !== 'by') return null;
    const by = headPhrase(toks, e + 2, k);
    if (!by) return null;
    e = by.to;
    if (comma) {
      if (toks[e]?.text !== ',') return null;
      e++;
    }
    // the clause's own verb follows at once (past adverbs), and no other verb of saying comes before the words
    while (isFiller(toks[e])) e++;
    const verb = toks[e];
    if (verb?.kind !== 'word' || verb.cap || verb.sentence !== s) return null;
    for (let j = e + 1; j < k; j++) if ((toks[j] as Token).kind === 'quote' || speechVerbAt(toks, j) > 0) return null;
    return resolvePhrase(model, toks, np);
  }
  return null;
}

/**
 * "After the call ended, Li’s campaign sent out a press release saying Ruiz owes “…”": the words a document says
 * are those of whoever sent it out.
 */
export function documentSender(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const s = (toks[k] as Token).sentence;
  for (let v = k - 1; v >= 3 && (toks[v] as Token).sentence === s; v--) {
    const t = toks[v] as Token;
    if (t.kind === 'quote' || t.text === ';') return null;
    if (speechVerbAt(toks, v) < 0) continue;
    if (!participle(t) || !DOCUMENT_NOUNS.has(toks[v - 1]?.lower ?? '')) return null;
    let d = v - 2;
    while (d > 0 && d > v - 5 && !DETERMINERS.has((toks[d] as Token).lower)) d--;
    if (!DETERMINERS.has((toks[d] as Token).lower)) return null;
    let sv = d - 1;
    if (toks[sv]?.lower === 'out') sv--;
    return SENDING_VERBS.has(toks[sv]?.lower ?? '') ? senderOf(model, toks, sv) : null;
  }
  return null;
}

/**
 * “We will not back down.” So said Ana Ruiz. / That was how Ruiz put it. / That is what Ruiz told us. / Those were the words
 * of Ruiz. / That was the message from Ruiz. / The words were Ruiz’s.: a quotation that is a sentence (or a paragraph) of its
 * own, and the sentence right after it that says whose words they were.
 */
export function namedAfterWords(model: DocModel, qi: number): Attribution | null {
  const [b, k] = model.quoteAt[qi] as [number, number];
  let toks = model.blocks[b] as Token[];
  if (sentenceStart(toks, k) !== k) return null;
  let n = k + 1;
  if (toks[n]?.sentence === (toks[k] as Token).sentence) return null;
  if (n >= toks.length) {
    // the quotation is the whole paragraph: the next one opens with the sentence
    const next = model.blocks[b + 1];
    if (k !== 0 || !next) return null;
    toks = next;
    n = 0;
  }
  const end = sentenceEnd(toks, n);
  const w = (i: number) => (i < end ? toks[i]?.lower : undefined);
  const named = (i: number, owner = false): Attribution | null => {
    const np = headPhrase(toks, i, end);
    if (!np || Boolean((toks[np.to - 1] as Token).poss) !== owner) return null;
    return owner ? resolvePhrase(model, toks, np) : verbAt(toks, np.to, np) || np.to >= end - 1 ? resolvePhrase(model, toks, np) : null;
  };
  // "So said Ruiz", "Or so says the mayor"
  const so = w(n) === 'or' ? n + 1 : n;
  if (w(so) === 'so' && (w(so + 1) === 'said' || w(so + 1) === 'says')) return sayer(model, toks, so + 2, end);
  // "Those were the words of Ruiz"
  if ((w(n) === 'those' || w(n) === 'these') && w(n + 1) === 'were' && w(n + 2) === 'the' && w(n + 3) === 'words' && w(n + 4) === 'of')
    return sayer(model, toks, n + 5, end);
  // "The words were Ruiz’s", "The words belonged to Ruiz"
  if (w(n) === 'the' && w(n + 1) === 'words') {
    if (w(n + 2) === 'were' || w(n + 2) === 'are') return named(n + 3, true);
    if ((w(n + 2) === 'belonged' || w(n + 2) === 'belong') && w(n + 3) === 'to') return sayer(model, toks, n + 4, end);
    return null;
  }
  // "That quote from Ruiz ran in 1990", "The remark by Ruiz drew boos": the words' noun, its author, then a verb
  if ((w(n) === 'that' || w(n) === 'this' || w(n) === 'the') && (w(n + 2) === 'from' || w(n + 2) === 'by')) {
    const noun = w(n + 1) ?? '';
    const np = SPEECH_NOUNS.has(noun) || QUOTE_NOUNS.has(noun) ? headPhrase(toks, n + 3, end) : null;
    if (np && np.kind !== 'pron' && !(toks[np.to - 1] as Token).poss && (verbAt(toks, np.to, np) || toks[np.to]?.text === ','))
      return resolvePhrase(model, toks, np);
  }
  if (w(n) !== 'that' && w(n) !== 'this') return null;
  // "That’s how Ruiz put it", "That was what Ruiz told us", "That is the message from Ruiz"
  let j = n + 1;
  if (!(toks[n] as Token).poss) {
    if (w(j) !== 'is' && w(j) !== 'was') return null;
    j++;
  }
  if (w(j) === 'how' || w(j) === 'what') return named(j + 1);
  if (w(j) === 'the' && SPEECH_NOUNS.has(w(j + 1) ?? '') && (w(j + 2) === 'of' || w(j + 2) === 'from'))
    return sayer(model, toks, j + 3, end);
  return null;
}

/** The person or body a phrase at `i` names, closing its sentence or before a comma ("So said Ruiz, the mayor, on Monday."). */
function sayer(model: DocModel, toks: readonly Token[], i: number, end: number): Attribution | null {
  const np = headPhrase(toks, i, end);
  if (!np || np.kind === 'pron' || (toks[np.to - 1] as Token).poss) return null;
  const after = toks[np.to];
  return np.to >= end - 1 || after?.text === ',' || after?.lower === 'on' || after?.lower === 'in' ? resolvePhrase(model, toks, np) : null;
}
