/**
 * Claims of one document: its quotations with speakers (split parts and paragraph continuations sharing an
 * utterance number), scare quotes and titles kept as phrases, and attributed reported speech. Which rule
 * attributes a quotation is decided by the ordered list in rules.ts; each quotation records it.
 */
import type { CorpusDocument } from '../corpus/types.js';
import { collectCitations } from './context.js';
import { buildModel } from './document.js';
import { type Decision, ruleName, runRules, type Rule } from './engine.js';
import { withNested } from './nested.js';
import { headlineReported } from './headline.js';
import { findReported } from './reported.js';
import { RULES } from './rules.js';
import { fragment, isTitle } from './titles.js';
import type { DocumentClaims, ExtractedQuote } from './types.js';

/** Options of `extractClaims`. */
export interface ExtractOptions {
  /** The attribution rules to run, in order (default: `RULES`). */
  rules?: readonly Rule[];
}

/** Utterance numbers: parts joined to the part before (or after), or hanging on one attribution, share one. */
function utterances(model: ReturnType<typeof buildModel>, decisions: readonly Decision[]): number[] {
  const out: number[] = [];
  let n = -1;
  for (let qi = 0; qi < decisions.length; qi++) {
    const d = decisions[qi] as Decision;
    const prev = decisions[qi - 1];
    const a = d.attribution;
    const p = prev?.attribution;
    // “…,” he said, “…” — both parts hang on one attribution
    const oneAttribution = Boolean(
      a && p && model.quotes[qi - 1]?.block === model.quotes[qi]?.block && p.mention.start === a.mention.start,
    );
    if (!(d.joins === 'previous' || oneAttribution)) n++;
    out.push(n);
  }
  for (let qi = decisions.length - 2; qi >= 0; qi--) if (decisions[qi]?.joins === 'next') out[qi] = out[qi + 1] as number;
  return out;
}

/**
 * Extracts quotations and reported speech from a document's blocks (text outside blocks is ignored).
 *
 * @example
 * extractClaims({ text: '“We are ready,” the minister said.', blocks: [{ start: 0, end: 33 }] })
 * // quotes[0]: { text: 'We are ready,', speaker: 'the minister', speakerMention: { text: 'the minister', … }, rule: 'verb-after' }
 */
export function extractClaims(doc: Pick<CorpusDocument, 'text' | 'blocks'>, options: ExtractOptions = {}): DocumentClaims {
  const model = buildModel(doc.text, doc.blocks);
  collectCitations(model);
  model.titles = model.quotes.map((_, qi) => isTitle(model, qi));
  const titles = model.titles;
  const decisions = runRules(model, options.rules ?? RULES);
  const numbers = utterances(model, decisions);
  const outer: ExtractedQuote[] = model.quotes.map((raw, qi) => {
    const d = decisions[qi] as Decision;
    const attr = d.attribution;
    const inner = doc.text.slice(raw.innerStart, raw.innerEnd);
    return {
      text: inner,
      start: raw.start,
      end: raw.end,
      kind: attr ? 'quote' : titles[qi] || fragment(inner) ? 'phrase' : 'quote',
      speaker: attr?.speaker ?? null,
      speakerMention: attr ? { ...attr.mention } : null,
      utterance: numbers[qi] as number,
      rule: ruleName(d),
    };
  });
  const quotes = withNested(model, outer);
  // a headline's clause around its words in marks is reported speech of the person it names
  const paraphrases = [...findReported(model), ...headlineReported(model, outer)].sort((a, b) => a.start - b.start);
  const spoke = new Set([...quotes, ...paraphrases].map((q) => q.speaker));
  const people = [...model.people.people.values()]
    .filter((p) => spoke.has(p.name))
    .map((p) => ({ name: p.name, aliases: [...p.aliases], roles: [...p.roles] }));
  return { quotes, paraphrases, people };
}
