/**
 * Quotations inside quotations: “Crooked Hillary ‘was extremely careless’. Not fit!” Trump tweeted, quoting
 * Comey’s statement. The inner words are the quoted person's, not the outer speaker's (who repeats them): each
 * becomes a quotation of its own, credited to the person the sentence says is quoted ("quoting X", "citing X",
 * "echoing X", "in X's words", "in the words of X"), or named with a verb of saying right after them inside the outer
 * words (“‘…,’ said Ruiz, and …”), else to no one. The outer quotation keeps its speaker.
 */
import type { DocModel } from './model.js';
import { headPhrase } from './phrases.js';
import { findNested } from './quotes.js';
import { type Attribution, resolvePhrase } from './resolve.js';
import { fragment, titleLike } from './titles.js';
import { sentenceEnd, sentenceStart, type Token } from './tokens.js';
import type { ExtractedQuote, Span } from './types.js';
import * as words from './words/index.js';

/** The word list this module reads, bound once. */
const { QUOTING_CUES, SPEECH_VERBS } = words;

/** The speaker of the noun phrase at token `i` of the sentence, when it resolves to one (a name, a pronoun, a role). */
function speakerAt(model: DocModel, toks: readonly Token[], i: number, end: number): Attribution | null {
  const np = headPhrase(toks, i, end);
  return np ? resolvePhrase(model, toks, np) : null;
}

/**
 * The person whose words quotation `qi` repeats, as its sentence (or the sentence of its attribution,
 * `mention`: “… Not fit!” Trump tweeted, quoting Comey) says: "quoting X" and the like, "in X's words",
 * "in the words of X". Null when neither says.
 */
export function quotedSource(model: DocModel, qi: number, mention: Span | null = null): Attribution | null {
  const at = model.quoteAt[qi];
  if (!at) return null;
  const toks = model.blocks[at[0]] as Token[];
  const k = at[1];
  const said = mention ? toks.findIndex((t) => t.start <= mention.start && mention.start < t.end) : -1;
  const sentences = said >= 0 && (toks[said] as Token).sentence !== (toks[k] as Token).sentence ? [k, said] : [k];
  for (const s of sentences) {
    const source = sourceInSentence(model, toks, sentenceStart(toks, s), sentenceEnd(toks, s));
    if (source) return source;
  }
  return null;
}

/** "quoting X", "in X's words", "in the words of X" within tokens [from, end). */
function sourceInSentence(model: DocModel, toks: readonly Token[], from: number, end: number): Attribution | null {
  for (let i = from; i < end; i++) {
    const t = toks[i] as Token;
    if (t.kind !== 'word') continue;
    if (QUOTING_CUES.has(t.lower)) {
      const source = speakerAt(model, toks, i + 1, end);
      if (source) return source;
    }
    if (t.lower !== 'in') continue;
    const owner = toks[i + 1];
    // "in Lind’s words"
    if (owner?.poss && owner.cap && toks[i + 2]?.lower === 'words') {
      const source = speakerAt(model, toks, i + 1, i + 2);
      if (source) return source;
    }
    // "in the words of Lind"
    if (owner?.lower === 'the' && toks[i + 2]?.lower === 'words' && toks[i + 3]?.lower === 'of') {
      const source = speakerAt(model, toks, i + 4, end);
      if (source) return source;
    }
  }
  return null;
}

const NAME = String.raw`(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})`;
/** The same cues inside the outer quotation's own words, before the nested one (“We were told, in Holt’s words, ‘…’”). */
const CUE_IN_WORDS = new RegExp(
  String.raw`\b(?:(?:${[...QUOTING_CUES].join('|')}|in the words of) ${NAME}|in ${NAME}['’]s? words)[^\p{L}]*$`,
  'u',
);

/** The person a cue just before the nested quotation at `at`, inside the outer one's words from `from`, names. */
function sourceInQuote(model: DocModel, from: number, at: number): Attribution | null {
  const found = CUE_IN_WORDS.exec(model.text.slice(from, at));
  const name = found?.[1] ?? found?.[2];
  if (!found || !name) return null;
  const start = from + found.index + found[0].indexOf(name);
  const person = model.people.lookup(name);
  return { speaker: person?.name ?? name, mention: { start, end: start + name.length, text: name } };
}

/** “…,” Ruiz responded / “…,” said Ruiz: a name and a verb of saying (either order) right after a nested quotation. */
const NAMED_AFTER = new RegExp(String.raw`^[\s,]*(?:${NAME} (\p{Ll}+)|(\p{Ll}+) ${NAME})\b`, 'u');

/**
 * The person a verb of saying right after the nested quotation ending at `at`, inside the outer one's words up to `to`,
 * names (“Li’s aide wrote: “‘We won,’ Li told us, and we did.”"); only a person the article names, never a participle.
 */
function namedAfterInQuote(model: DocModel, at: number, to: number): Attribution | null {
  const found = NAMED_AFTER.exec(model.text.slice(at, to));
  if (!found) return null;
  const [name, verb] = found[1] ? [found[1], found[2]] : [found[4], found[3]];
  if (!name || !verb || !SPEECH_VERBS.has(verb) || verb.endsWith('ing')) return null;
  // (by the full name or the surname: "Joseph" is no mention of a Joseph Kahn here)
  const person = model.people.lookup(name);
  if (!person || !(person.name === name || person.name.endsWith(` ${name}`))) return null;
  const start = at + found.index + found[0].indexOf(name);
  return { speaker: person.name, mention: { start, end: start + name.length, text: name } };
}

/**
 * `quotes` (one per quotation of `model`, in order) with the quotations nested in each put right after it:
 * words said (not a short scare quote or a title in marks) credited to `quotedSource`, each an utterance of
 * its own numbered after every existing one.
 */
export function withNested(model: DocModel, quotes: readonly ExtractedQuote[]): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  let next = quotes.reduce((n, q) => Math.max(n, q.utterance + 1), 0);
  quotes.forEach((quote, qi) => {
    out.push(quote);
    const raw = model.quotes[qi];
    if (!raw || quote.kind !== 'quote') return;
    const spans = findNested(model.text, raw);
    if (!spans.length) return;
    const source = quotedSource(model, qi, quote.speakerMention);
    for (const span of spans) {
      const text = model.text.slice(span.innerStart, span.innerEnd);
      const said = !fragment(text) && !titleLike(text);
      const credit = sourceInQuote(model, raw.innerStart, span.start) ?? namedAfterInQuote(model, span.end, raw.innerEnd) ?? source;
      out.push({
        text,
        start: span.start,
        end: span.end,
        kind: said ? 'quote' : 'phrase',
        speaker: said ? (credit?.speaker ?? null) : null,
        speakerMention: said && credit ? { ...credit.mention } : null,
        utterance: next++,
        rule: said && credit ? 'nested-quoting' : 'nested',
      });
    }
  });
  return out;
}
