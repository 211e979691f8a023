/**
 * Reported speech without quotation marks ("Li stressed that …", "X said the two countries should …").
 * Precision first: a resolvable subject, a reporting verb, and a clause of several words with no quotation.
 */
import type { DocModel } from './document.js';
import { speechVerbAt } from './speech-verbs.js';
import { subjectBefore } from './subject.js';
import { resolvePhrase } from './resolve.js';
import type { Token } from './tokens.js';
import type { ReportedSpeech } from './types.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const { ADDRESSEE_VERBS, DETERMINERS, PRONOUNS, REPORTING_VERBS, WHEN, WHEN_UNITS } = words;

/** Fewest words a reported clause must have. */
const MIN_WORDS = 4;
/** Words that may open a clause reported without "that" ("said the two countries should …"). */
function clauseOpener(t: Token): boolean {
  return t.kind === 'word' && (DETERMINERS.has(t.lower) || PRONOUNS.has(t.text) || t.cap);
}

/** Skips a time phrase right after the verb ("said last month that …", "said on Monday the …"). */
function afterTime(toks: readonly Token[], i: number): number {
  let j = i;
  while (j < toks.length && j < i + 3 && (WHEN.has((toks[j] as Token).lower) || WHEN_UNITS.has((toks[j] as Token).lower))) j++;
  // a lone "this" or "on" opens the clause itself ("said this was …")
  return j > i && WHEN_UNITS.has((toks[j - 1] as Token).lower)
    ? j
    : WHEN.has((toks[i] as Token)?.lower ?? '') && !['this', 'on', 'last', 'next'].includes((toks[i] as Token).lower)
      ? i + 1
      : i;
}

/** The attributed reported clauses of a document, in text order. */
export function findReported(model: DocModel): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (const toks of model.blocks) {
    for (let v = 1; v < toks.length; v++) {
      const verb = toks[v] as Token;
      if (verb.kind !== 'word' || verb.cap || !REPORTING_VERBS.has(verb.lower) || speechVerbAt(toks, v) < 0) continue;
      let c = afterTime(toks, v + 1);
      if (ADDRESSEE_VERBS.has(verb.lower)) {
        while (c < toks.length && c < v + 5 && (toks[c] as Token).lower !== 'that') c++;
      }
      const opener = toks[c];
      if (!opener || opener.sentence !== verb.sentence) continue;
      const withThat = opener.lower === 'that';
      if (!withThat && !(verb.lower === 'said' || verb.lower === 'says')) continue;
      if (!withThat && !clauseOpener(opener)) continue;
      const from = withThat ? c + 1 : c;
      let to = from;
      let words = 0;
      let quoted = false;
      while (to < toks.length && (toks[to] as Token).sentence === verb.sentence) {
        const t = toks[to] as Token;
        if (t.kind === 'quote') quoted = true;
        if (t.kind === 'word') words++;
        to++;
      }
      while (to > from && (toks[to - 1] as Token).kind === 'punct') to--;
      if (quoted || words < MIN_WORDS || to <= from) continue;
      const np = subjectBefore(toks, v);
      const a = np ? resolvePhrase(model, toks, np) : null;
      if (!a) continue;
      const s = (toks[from] as Token).start;
      const e = (toks[to - 1] as Token).end;
      out.push({ text: model.text.slice(s, e), start: s, end: e, speaker: a.speaker, speakerMention: a.mention });
    }
  }
  return out;
}
