/**
 * Names in marks that a sentence gives a thing: "They opposed an inflation formula called the “chained CPI”", "a fund
 * for what is today called “harbour medicine”". The participle is no verb of saying and the thing before it (no person)
 * is not its subject; the name is a scare quote of the clause it sits in (rules.ts: its person subject's wording, else
 * no one's). An active "what Li called “…”", "which Li had called “…”" or a person before the participle ("the mayor
 * called “…”") is left to the other rules, and so is a "by" after the words ("called “…” by Ana Ruiz"). Passives
 * with a subject ("the lab was known as “…”", "who was dubbed “…”") and "so-called" are left as they were: the
 * annotators mostly credit the one the clause is about, or the speech verb before.
 */
import { personPhrase } from './before.js';
import type { DocModel } from './document.js';
import { tailPhrase } from './phrases.js';
import { resolvePhrase, type Attribution } from './resolve.js';
import type { Token } from './tokens.js';
import { viaSubject } from './verb-subject.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once. */
const { AUXILIARIES, BE, FRAMED_BY_PARTICIPLES, FRAMING_VERBS, NAMING_PARTICIPLES } = words;

/** Articles between the participle and the name in marks ("called the “…”"). */
const ARTICLES = new Set(['a', 'an', 'the']);

/** Words that open a clause whose subject names the thing ("what Li called", "which aides dubbed"). */
const RELATIVES = new Set(['that', 'what', 'which', 'who', 'whom']);

/** Adverbs between the verb "be" or a noun and the participle ("is today typically called", "informally dubbed"). */
function adverb(t: Token | undefined): boolean {
  return t?.kind === 'word' && !t.cap && (t.lower.endsWith('ly') || t.lower === 'today' || t.lower === 'now' || t.lower === 'once');
}

/** Is the quotation at `k` a name a participle gives a thing (no one's words by the participle)? */
export function namedNotSaid(model: DocModel, toks: readonly Token[], k: number): boolean {
  const q = toks[k] as Token;
  let i = k - 1;
  if (ARTICLES.has(toks[i]?.lower ?? '')) i--;
  const p = toks[i];
  if (p?.kind !== 'word' || p.sentence !== q.sentence || !NAMING_PARTICIPLES.has(p.lower)) return false;
  // ("… called “…” by Ana Ruiz": the agent named them)
  if (toks[k + 1]?.lower === 'by') return false;
  let j = i - 1;
  while (adverb(toks[j])) j--;
  const b = toks[j];
  if (b?.kind !== 'word' || b.sentence !== q.sentence) return false;
  // "what is called “…”", "what’s called “…”"
  if (BE.has(b.lower)) return toks[j - 1]?.lower === 'what';
  if (b.poss && b.lower === 'what') return true;
  // ("which Li had called “…”": an active verb with its subject before)
  if (AUXILIARIES.has(b.lower)) return false;
  let a = j;
  while (a > 0 && (toks[a - 1] as Token).sentence === q.sentence) a--;
  const np = tailPhrase(toks, a, j + 1);
  if (np?.kind !== 'desc') return false;
  const opener = toks[np.from - 1];
  if (opener?.kind === 'word' && RELATIVES.has(opener.lower)) return false;
  return !personPhrase(model, toks, np);
}

/** Most words between "as" and the words in marks ("as more than just a “…”"). */
const AS_REACH = 5;

/** Most tokens between a framing verb and its "as" ("portray the shooting at the harbour as …"). */
const FRAME_REACH = 10;

/**
 * "The council portrays the plan as a “quick fix”", "Li dismissed them as part of the “old guard”": words in marks
 * after "as" that a framing verb before them sets up are the framing of the verb's subject; a passive with no "by"
 * after the words ("was portrayed as “…”") names no one (false), one with its "by" before "as" ("seen by planners as a
 * “lifeboat”", with a verb of regarding too) names that agent. Null when the sentence has no such verb.
 */
export function framedAs(model: DocModel, toks: readonly Token[], k: number): Attribution | false | null {
  const s = (toks[k] as Token).sentence;
  let a = k - 1;
  // (no verb between: "why being portrayed as such is a “…”" frames nothing in marks)
  const between = (t: Token | undefined) => t?.kind === 'word' && !AUXILIARIES.has(t.lower) && !BE.has(t.lower);
  while (a >= k - 1 - AS_REACH && between(toks[a]) && toks[a]?.lower !== 'as') a--;
  if (toks[a]?.lower !== 'as' || (toks[a] as Token).sentence !== s) return null;
  const agent = agentBeforeAs(model, toks, a);
  if (agent) return agent;
  for (let v = a - 1; v >= 0 && a - v <= FRAME_REACH; v--) {
    const t = toks[v] as Token;
    if (t.sentence !== s || t.kind === 'quote' || t.text === ';' || t.text === ',') return null;
    if (t.kind !== 'word' || !FRAMING_VERBS.has(t.lower)) continue;
    if (t.lower.startsWith('wav') && toks[v + 1]?.lower !== 'off') return null;
    let b = v - 1;
    while (adverb(toks[b])) b--;
    if (BE.has(toks[b]?.lower ?? '')) return byAfter(toks, k) ? null : false;
    return forSubject(model, toks, v) ?? viaSubject(model, toks, v);
  }
  return null;
}

/**
 * "an option seen by planners as a “lifeboat”", "was portrayed by the board as a “…”": a participle of regarding or
 * framing, then "by" and a phrase that runs up to the "as" at `as`; that phrase frames the words.
 */
function agentBeforeAs(model: DocModel, toks: readonly Token[], as: number): Attribution | null {
  for (let by = as - 2; by > 0 && as - by <= FRAME_REACH; by--) {
    const t = toks[by] as Token;
    if (t.kind !== 'word' || t.sentence !== (toks[as] as Token).sentence) return null;
    if (t.lower !== 'by') continue;
    let v = by - 1;
    while (adverb(toks[v])) v--;
    if (!FRAMED_BY_PARTICIPLES.has(toks[v]?.lower ?? '')) return null;
    const np = tailPhrase(toks, by + 1, as);
    return np && np.from === by + 1 && np.to === as ? resolvePhrase(model, toks, np) : null;
  }
  return null;
}

/** "It is common for news sites to portray …": the phrase between "for" and "to" is the subject of the verb at `v`. */
function forSubject(model: DocModel, toks: readonly Token[], v: number): Attribution | null {
  if (toks[v - 1]?.lower !== 'to') return null;
  for (let f = v - 2; f >= 0 && v - f <= 6; f--) {
    const t = toks[f] as Token;
    if (t.kind !== 'word') return null;
    if (t.lower !== 'for') continue;
    const np = tailPhrase(toks, f + 1, v - 1);
    return np && np.from === f + 1 ? resolvePhrase(model, toks, np) : null;
  }
  return null;
}

/** Does "by" follow the quotation at `k` in its sentence (a passive's agent)? */
function byAfter(toks: readonly Token[], k: number): boolean {
  const s = (toks[k] as Token).sentence;
  for (let j = k + 1; j < toks.length && (toks[j] as Token).sentence === s; j++) if ((toks[j] as Token).lower === 'by') return true;
  return false;
}
