/**
 * Attribution rules for one quotation, tried in order of reliability: a speech verb right after it
 * (“…,” he said / said Li), one before it in the same sentence (Li said the two should “…”), one later in
 * the sentence, "according to …", and a document named after it ("…”, is in the same note").
 */
import { runName, type DocModel } from './document.js';
import { DETERMINERS, DOCUMENT_NOUNS, REPORTING_VERBS } from './lexicon.js';
import { clauseSubject, verbAt } from './clause.js';
import { headPhrase, isFiller, speechVerbAt, tailPhrase } from './phrases.js';
import { subjectBefore } from './subject.js';
import { personLike } from './names.js';
import { resolvePhrase, type Attribution } from './resolve.js';
import { closesWithAttribution, invertedAtEnd, passiveAgent, possessiveCue, shortAttribution, speechAfter, withSubject } from './cues.js';
import { colonName, signedAfter } from './signed.js';
import type { Token } from './tokens.js';

/** Words that end the scope of a speech verb before a quotation ("China said it is neutral but keeps an “x” tie"). */
const SCOPE_STOP = new Set(['but', 'whereas', 'however', 'yet']);
/** How many tokens after a quotation an attribution may start. */
const AFTER_WINDOW = 16;

/** Index one past the last token of the sentence that token k belongs to. */
export function sentenceEnd(toks: readonly Token[], k: number): number {
  const s = (toks[k] as Token).sentence;
  let e = k + 1;
  while (e < toks.length && (toks[e] as Token).sentence === s) e++;
  return e;
}

/** Index of the first token of the sentence that token k belongs to. */
export function sentenceStart(toks: readonly Token[], k: number): number {
  const s = (toks[k] as Token).sentence;
  let i = k;
  while (i > 0 && (toks[i - 1] as Token).sentence === s) i--;
  return i;
}

/** Words that open an adverbial phrase with a participle ("After saying …, she left"). */
const SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'by', 'without', 'in']);
/** Auxiliaries that make an -ing form progressive ("he was saying"), with its own subject before it. */
const PROGRESSIVE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', "he's", "she's"]);

/** The subject of the speech verb at token v, resolved: its own, or the clause's for a participle. */
export function viaSubject(model: DocModel, toks: readonly Token[], v: number): Attribution | null {
  const verb = toks[v] as Token;
  const prev = toks[v - 1];
  const passive = passiveAgent(model, toks, v, sentenceEnd(toks, v));
  if (passive !== undefined) return passive;
  // "…, saying “…”" and "went on to say" take the subject of the clause they hang on
  const dependent = (verb.lower.endsWith('ing') && !(prev && PROGRESSIVE.has(prev.lower))) || prev?.lower === 'to';
  const absolute = dependent ? withSubject(toks, v) : null;
  if (absolute) return resolvePhrase(model, toks, absolute);
  if (dependent) {
    // "Hollande said …, noting …": a participle shares the subject of the speech verb it follows
    const s = verb.sentence;
    for (let j = v - 1; j >= 0 && (toks[j] as Token).sentence === s && (toks[j] as Token).kind !== 'quote'; j--) {
      const w = toks[j] as Token;
      if (w.kind === 'word' && !w.lower.endsWith('ing') && w.lower !== 'to' && speechVerbAt(toks, j) > 0 && toks[j - 1]?.lower !== 'to') {
        const np = subjectBefore(toks, j);
        if (np) return resolvePhrase(model, toks, np);
        break;
      }
    }
  }
  // "footage of Ana Ruiz asking, “…”", "with Sen. Ana Ruiz calling it “…”": a name right before the participle is its subject
  if (dependent && prev && prev.kind === 'word' && prev.cap && prev.lower !== 'to') {
    const own = tailPhrase(toks, sentenceStart(toks, v), v);
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
  if (np) return resolvePhrase(model, toks, np);
  // "…, said Marla Kilfoyle": with no subject before it, a name right after the verb is its subject
  if (prev?.text === ',') {
    const after = headPhrase(toks, speechVerbAt(toks, v), sentenceEnd(toks, v));
    if (after && after.kind === 'name') return resolvePhrase(model, toks, after);
  }
  return null;
}

/** “…,” he said / “…,” said Li / “…,” Shi Yi, spokesman for …, said. */
/**
 * The last character of `text[start, end)` that `skip` does not match ('' when none): what a quotation ends
 * with, read backwards instead of slicing and trimming every quotation.
 */
function lastCharBefore(text: string, start: number, end: number, skip: RegExp): string {
  let i = end - 1;
  while (i >= start && skip.test(text[i]!)) i--;
  return i >= start ? text[i]! : '';
}

function rightAfter(model: DocModel, toks: readonly Token[], k: number, end: number, opens = true): Attribution | null {
  let i = k + 1;
  // “Is it negotiable?” the host pressed. — a question or exclamation ends its sentence before the attribution
  if (end === k + 1 && toks[i] && (toks[i] as Token).cap) {
    const q = model.quotes[(toks[k] as Token).quote];
    const next = sentenceEnd(toks, i);
    if (q && /[?!]/.test(lastCharBefore(model.text, q.innerStart, q.innerEnd, /\s/))) end = next;
    else if (next - i <= 8 && shortAttribution(toks, i, next)) end = next; // “… missing.” Trump said.
  }
  while (i < end && ((toks[i] as Token).text === ',' || (toks[i] as Token).text === '\u2014' || isFiller(toks[i]))) i++;
  // “…,” the judge exclaimed: right after a quotation that ends in a comma, a subject and any verb attribute it
  const q = model.quotes[(toks[k] as Token).quote];
  // a nested quotation may close first: “… ‘above the president,’ ” said …
  const trailing =
    (q ? /[,!?]/.test(lastCharBefore(model.text, q.innerStart, q.innerEnd, /['\u2019"\u201d\s]/)) : false) || toks[k + 1]?.text === ',';
  if (trailing) {
    const np = headPhrase(toks, i, end);
    // mid-sentence (“…,” which is like …), any verb is too weak: only a speech verb attributes
    if (np && verbAt(toks, np.to, np) && (opens || speechAfter(toks, np.to))) return resolvePhrase(model, toks, np);
    // “…,” Mitch McConnell, R-Ky., said: the name before an appositive that ends in the verb
    if (np && np.kind === 'name' && toks[np.to]?.text === ',') {
      for (let j = np.to + 1; j < end && j < np.to + AFTER_WINDOW; j++) {
        if ((toks[j] as Token).kind === 'quote') break;
        if (speechVerbAt(toks, j) > 0) {
          if ((toks[j - 1] as Token).text === ',') return resolvePhrase(model, toks, np);
          break;
        }
      }
    }
    // “This is fantastic!” beamed the delegate
    const v = toks[i];
    if (v && v.kind === 'word' && !v.cap && (v.lower.endsWith('ed') || speechVerbAt(toks, i) > 0)) {
      const subject = headPhrase(toks, i + 1, end);
      if (subject && subject.kind !== 'pron') return resolvePhrase(model, toks, subject);
    }
  }
  const inverted = speechVerbAt(toks, i);
  if (inverted > 0) {
    const np = headPhrase(toks, inverted, end);
    return np ? resolvePhrase(model, toks, np) : null;
  }
  for (let j = i; j < end && j < i + AFTER_WINDOW; j++) {
    const t = toks[j] as Token;
    if (t.kind === 'quote') break;
    const cue = speechVerbAt(toks, j);
    if (cue < 0) continue;
    // “…” about the decision, said Ana Ruiz, …: after a comma the verb comes first and its subject follows
    if (j > i && toks[j - 1]?.text === ',') {
      const np = headPhrase(toks, cue, end);
      const after = np ? toks[np.to] : undefined;
      if (np && np.kind !== 'pron' && (!after || after.text === ',' || after.text === '.' || after.sentence !== t.sentence))
        return resolvePhrase(model, toks, np);
    }
    return viaSubject(model, toks, j);
  }
  return null;
}

/** Li said the two should “…”: the nearest speech verb before the quotation whose subject resolves. */
function before(model: DocModel, toks: readonly Token[], k: number, scoped = true): Attribution | null {
  const s = (toks[k] as Token).sentence;
  for (let i = k - 1; i >= 0 && (toks[i] as Token).sentence === s; i--) {
    const t = toks[i] as Token;
    if (t.text === ';' || (scoped && t.kind === 'word' && SCOPE_STOP.has(t.lower))) break;
    // “medical problem,” a doctor typed “…”: a quotation that closes its own clause bounds the search
    if (t.kind === 'quote' && t.comma) break;
    const cue = speechVerbAt(toks, i);
    if (cue > 0) {
      const a = viaSubject(model, toks, i) ?? inverted(model, toks, i, cue, k);
      if (a) return outerReport(model, toks, i, k, scoped) ?? a;
    }
  }
  return null;
}

/**
 * "The senator said he rarely asks friends to help, “except for people I am close to.”": a speech verb that
 * does not introduce the quotation itself but sits in the "that"-clause of an earlier reporting verb is
 * part of the reported words; the earlier verb's speaker says the quotation.
 */
function outerReport(model: DocModel, toks: readonly Token[], v: number, k: number, scoped: boolean): Attribution | null {
  if (k - v <= 3) return null;
  const s = (toks[k] as Token).sentence;
  for (let i = v - 1; i >= 0 && (toks[i] as Token).sentence === s && v - i < 12; i--) {
    const t = toks[i] as Token;
    if (t.kind === 'quote' || t.text === ';' || (scoped && t.kind === 'word' && SCOPE_STOP.has(t.lower))) return null;
    if (t.kind === 'word' && REPORTING_VERBS.has(t.lower) && speechVerbAt(toks, i) > 0 && !t.lower.endsWith('ing'))
      return viaSubject(model, toks, i);
  }
  return null;
}

/** “…,” said Marta Olsen, “…”: a verb right after an earlier quotation, with its subject after it. */
function inverted(model: DocModel, toks: readonly Token[], v: number, cue: number, ceil: number): Attribution | null {
  let p = v - 1;
  while (p >= 0 && ((toks[p] as Token).text === ',' || isFiller(toks[p]))) p--;
  if (p < 0 || (toks[p] as Token).kind !== 'quote') return null;
  const np = headPhrase(toks, cue, ceil);
  return np ? resolvePhrase(model, toks, np) : null;
}

/** “…” that led to “…,” Tan said: a speech verb later in the sentence, past other quotations. */
function laterInSentence(model: DocModel, toks: readonly Token[], k: number, end: number): Attribution | null {
  for (let j = k + 1; j < end; j++) {
    if ((toks[j] as Token).kind === 'word' && SCOPE_STOP.has((toks[j] as Token).lower)) break;
    const cue = speechVerbAt(toks, j);
    if (cue > 0) {
      const a = invertedAtEnd(model, toks, j, cue, end) ?? viaSubject(model, toks, j);
      if (a) return a;
    }
  }
  return null;
}

/** "according to X" anywhere in the sentence, or "in the same note" right after the quotation. */
function cited(model: DocModel, toks: readonly Token[], k: number, end: number): Attribution | null {
  for (let i = sentenceStart(toks, k); i < end - 2; i++) {
    if ((toks[i] as Token).lower === 'according' && (toks[i + 1] as Token).lower === 'to') {
      const np = headPhrase(toks, i + 2, end);
      const a = np ? resolvePhrase(model, toks, np) : null;
      if (a) return a;
    }
  }
  for (let i = k + 1; i < end && i < k + 6; i++) {
    const t = toks[i] as Token;
    if (t.kind === 'quote') break;
    if (t.lower === 'in' || t.lower === 'from') {
      const np = headPhrase(toks, i + 1, end);
      if (np && np.kind === 'desc' && DOCUMENT_NOUNS.has((toks[np.to - 1] as Token).lower)) return resolvePhrase(model, toks, np);
    }
  }
  return null;
}

/** The attribution of quotation `qi` from its own sentence, or null. Records the speaker for later pronouns. */
export function attributeQuote(model: DocModel, qi: number): Attribution | null {
  const [b, k] = model.quoteAt[qi] as [number, number];
  const toks = model.blocks[b] as Token[];
  const end = sentenceEnd(toks, k);
  // a quotation inside a reported clause belongs to that clause's verb, not to an outer "AFP reported"
  const opens = sentenceStart(toks, k) === k;
  const a =
    signedAfter(model, toks, k) ??
    (opens
      ? rightAfter(model, toks, k, end)
      : closesWithAttribution(model, toks, k, end)
        ? (rightAfter(model, toks, k, end) ?? before(model, toks, k))
        : before(model, toks, k)) ??
    (opens ? null : rightAfter(model, toks, k, end, false)) ??
    laterInSentence(model, toks, k, end) ??
    cited(model, toks, k, end) ??
    colonName(model, toks, k) ??
    // "Ruiz says voters want change, but instead the board is offering “more of the same old plans.”": words
    // that are a clause of their own stay in the reported speech past "but"; a scare quote does not
    possessiveCue(model, toks, k) ??
    (opens || !sentenceLike(model, qi) ? null : (before(model, toks, k, false) ?? subjectOfClause(model, toks, k)));
  if (a) noteSpeaker(model, a);
  return a;
}

/** Prepositions and naming words after which a title in marks is the name of a work, not reported words. */
export const WORK_MARKERS = new Set([
  'on',
  'in',
  'at',
  'of',
  'from',
  'by',
  'with',
  'titled',
  'entitled',
  'named',
  'nicknamed',
  'for',
  'about',
  'into',
  'called',
  'like',
]);

/**
 * A title or name in marks (“Black Lives Matter”) is reported words only inside a clause a speech verb
 * reports ("Li said he would fight “Clean Water Now” to the end"), and never as the object of a preposition.
 */
export function attributeTitle(model: DocModel, qi: number): Attribution | null {
  const [b, k] = model.quoteAt[qi] as [number, number];
  const toks = model.blocks[b] as Token[];
  let p = k - 1;
  if (toks[p] && DETERMINERS.has((toks[p] as Token).lower)) p--;
  const prev = toks[p];
  if (prev?.kind !== 'word' || prev.sentence !== (toks[k] as Token).sentence || WORK_MARKERS.has(prev.lower)) return null;
  // a verb after a comma that follows the title has the title inside its subject ("Ana, wearing “Vote Li” pins, said")
  let stop = k + 1;
  const end = sentenceEnd(toks, k);
  while (stop < end && (toks[stop] as Token).text !== ',') stop++;
  const a = before(model, toks, k) ?? laterInSentence(model, toks, k, stop);
  if (a) noteSpeaker(model, a);
  return a;
}

/** Quotations of five words or more, or ending a sentence: a clause subject may claim them, a scare quote no. */
function sentenceLike(model: DocModel, qi: number): boolean {
  const q = model.quotes[qi];
  if (!q) return false;
  const inner = model.text.slice(q.innerStart, q.innerEnd).trim();
  return /[.!?]$/.test(inner) || inner.split(/\s+/).length >= 5;
}

/** Moore thanked him for “…”: the subject of the clause the quotation sits in. */
export function subjectOfClause(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const np = clauseSubject(toks, k);
  return np ? resolvePhrase(model, toks, np) : null;
}

/** Records a resolved speaker as salient from its mention on (kept in ascending order). */
export function noteSpeaker(model: DocModel, a: Attribution): void {
  const list = model.speakers;
  let i = list.length;
  while (i > 0 && (list[i - 1] as { pos: number }).pos > a.mention.start) i--;
  list.splice(i, 0, { pos: a.mention.start, speaker: a.speaker });
}
