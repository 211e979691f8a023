/**
 * Words in marks that a sentence talks about, not words its speaker says: a clause in marks right after a verb of
 * saying that is the subject of a predicate of its own ("Dahl said “we will finish the bridge by June” was a promise
 * the mayor could not keep"), or the object a verb of naming casts as something ("Dahl called “we will finish the
 * bridge by June” a promise she could not keep"). The speaker comments on someone else's words: they are the words of
 * the person the predicate names as their owner ("a promise the mayor could not keep", "the mayor's line", "a pledge
 * by the mayor"), else no one's. A noun phrase in marks ("Li said “local forces” must lead") stays the speaker's
 * wording: only a clause of its own (a personal pronoun or an auxiliary among its words) is cited.
 */
import { personPhrase } from './before.js';
import { verbAt } from './clause.js';
import type { DocModel } from './document.js';
import { headPhrase, tailPhrase } from './phrases.js';
import { resolvePhrase, type Attribution } from './resolve.js';
import { isFiller, speechVerbAt } from './speech-verbs.js';
import { sentenceEnd, type Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once. */
const { AUXILIARIES, BE, NAMING_VERBS, POSSESSIVE_PRONOUNS, SUBJECT_PERSONAL_PRONOUNS } = words;

/** Finite forms of "be" that open a predicate ("… was a promise"); "be", "been", "being" need a verb before them. */
const FINITE_BE = new Set([...BE].filter((w) => w !== 'be' && w !== 'been' && w !== 'being'));

/** Verbs that link a subject to what it is or seems ("… sounded hollow", "… proved false"). */
const LINKING_VERBS = new Set(['became', 'becomes', 'proved', 'proves', 'remained', 'remains', 'seemed', 'seems', 'sounded', 'sounds']);

/** Modals before "be" ("… would be a hard sell"). */
const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'will', 'would']);

/** Words that open the phrase a verb of naming casts its object as ("called “…” a promise", "his worst line"). */
const COMPLEMENT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'nothing', 'just', 'merely', 'more']);

/** Fewest words a clause in marks holds to be cited as a whole. */
const FEWEST_CLAUSE_WORDS = 3;

/** Is the quotation at `k` a clause of its own (a subject pronoun or an auxiliary among three words or more), with no mark closing it? */
function clauseInMarks(model: DocModel, toks: readonly Token[], k: number): boolean {
  const raw = model.quotes[(toks[k] as Token).quote];
  if (!raw) return false;
  const inner = model.text.slice(raw.innerStart, raw.innerEnd).trim();
  // ("… said “we will finish,” and left": words a mark closes end their own sentence or clause)
  if (/[.,!?;:]$/.test(inner)) return false;
  const ws = inner
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[^\p{L}']+/u)
    .filter(Boolean);
  if (ws.length < FEWEST_CLAUSE_WORDS) return false;
  return ws.some((w) => {
    const stem = w.replace(/'.*$/, '');
    return SUBJECT_PERSONAL_PRONOUNS.has(stem) || stem === 'you' || AUXILIARIES.has(stem) || w.endsWith("n't");
  });
}

/** Where the predicate's complement starts when a predicate of its own opens at token `i` ("was a …", "would be …"); -1 when none does. */
function predicateAt(toks: readonly Token[], i: number): number {
  let j = i;
  const word = (n: number) => (toks[n]?.kind === 'word' ? (toks[n] as Token).lower : '');
  if (MODALS.has(word(j)) || word(j) === 'has' || word(j) === 'had' || word(j) === 'have') {
    j++;
    while (isFiller(toks[j]) || word(j) === 'not') j++;
    if (word(j) !== 'be' && word(j) !== 'been' && !LINKING_VERBS.has(word(j)) && word(j) !== 'become' && word(j) !== 'sound') return -1;
    return j + 1;
  }
  if (FINITE_BE.has(word(j)) || LINKING_VERBS.has(word(j))) return j + 1;
  return -1;
}

/**
 * The owner the predicate in [from, end) names for the words: a person after "by" or "from" ("a pledge by the mayor",
 * "a line the mayor took from Churchill": where the words came from comes first), a person's possessive ("the mayor's
 * promise"), or a person subject of a clause on the noun ("a promise the mayor could not keep"); null when it names none.
 */
function ownerIn(model: DocModel, toks: readonly Token[], from: number, end: number): Attribution | null {
  let stop = from;
  while (stop < end && (toks[stop] as Token).kind === 'word') stop++;
  for (let j = from; j < stop; j++) {
    const t = toks[j] as Token;
    if (t.lower !== 'by' && t.lower !== 'from') continue;
    const np = headPhrase(toks, j + 1, stop);
    if (np && personPhrase(model, toks, np)) return resolvePhrase(model, toks, np);
  }
  for (let j = from; j < stop; j++) {
    const t = toks[j] as Token;
    // ("was her promise": a possessive pronoun opening the predicate's phrase)
    if (j === from && POSSESSIVE_PRONOUNS.has(t.lower) && t.lower !== 'its')
      return resolvePhrase(model, toks, { kind: 'pron', from: j, to: j + 1 });
    if (t.poss) {
      const owner = tailPhrase(toks, from, j + 1);
      if (owner && owner.kind !== 'pron' && personPhrase(model, toks, owner)) return resolvePhrase(model, toks, owner);
      continue;
    }
    if (j === from || t.lower === 'by' || t.lower === 'from') continue;
    const np = headPhrase(toks, j, stop);
    if (np && np.from === j && personPhrase(model, toks, np) && verbAt(toks, np.to, np)) return resolvePhrase(model, toks, np);
  }
  return null;
}

/**
 * Whose are the words in marks at `k` when the sentence talks about them rather than saying them: the owner the
 * predicate names, false for no one; null when the quotation is no such subject or object.
 */
export function citedWords(model: DocModel, toks: readonly Token[], k: number): Attribution | false | null {
  const q = toks[k] as Token;
  let v = k - 1;
  if (toks[v]?.lower === 'that') v--;
  const verb = toks[v];
  if (verb?.kind !== 'word' || verb.sentence !== q.sentence || q.comma) return null;
  const naming = v === k - 1 && NAMING_VERBS.has(verb.lower);
  if (!naming && speechVerbAt(toks, v) < 0) return null;
  if (!clauseInMarks(model, toks, k)) return null;
  const next = toks[k + 1];
  if (next?.kind !== 'word' || next.sentence !== q.sentence) return null;
  const from = naming ? (COMPLEMENT_OPENERS.has(next.lower) ? k + 1 : -1) : predicateAt(toks, k + 1);
  if (from < 0) return null;
  let end = k + 1;
  const last = sentenceEnd(toks, k);
  while (end < last && (toks[end] as Token).kind !== 'quote' && (toks[end] as Token).text !== ',') end++;
  return ownerIn(model, toks, from, end) ?? false;
}
