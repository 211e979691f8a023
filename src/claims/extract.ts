/**
 * Claims of one document: its quotations with speakers (split parts and paragraph continuations sharing an
 * utterance number), scare quotes and titles kept as phrases, and attributed reported speech.
 */
import type { CorpusDocument } from '../corpus/types.js';
import { WORK_MARKERS, attributeQuote, attributeTitle, noteSpeaker } from './attribute.js';
import { DETERMINERS } from './lexicon.js';
import { collectCitations, colonLead, previousSentenceLead } from './context.js';
import { buildModel, type DocModel } from './document.js';
import { findReported } from './reported.js';
import { signedBelow } from './signed.js';
import type { Attribution } from './resolve.js';
import type { Token } from './tokens.js';
import type { DocumentClaims, ExtractedQuote } from './types.js';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'vs', 'de']);

/** A title or name in marks (“Meet the Press”, ‘Northern/Interaction-2023’): title case, no closing punctuation. */
function titleLike(inner: string): boolean {
  const t = inner.trim();
  // most quotations are sentences: more than six words is decided without splitting them all
  const gaps = /\s+/g;
  for (let n = 0; gaps.exec(t); ) if (++n >= 6) return false;
  const words = t.split(/\s+/);
  if (/[.!?,;:]$/.test(t)) return false;
  return words.every((w) => SMALL_WORDS.has(w) || /^[\p{Lu}\p{N}]/u.test(w));
}

/** “Going Viral,” after "author of", "titled": a name in marks that closes a clause is still a title there. */
function afterWorkMarker(model: DocModel, qi: number): boolean {
  const [b, k] = model.quoteAt[qi] as [number, number];
  const toks = model.blocks[b] as Token[];
  let p = k - 1;
  if (toks[p] && DETERMINERS.has((toks[p] as Token).lower)) p--;
  const prev = toks[p];
  return Boolean(prev && prev.kind === 'word' && WORK_MARKERS.has(prev.lower));
}

/** A short fragment that is not a sentence: a scare quote unless a speech verb claims it. */
function fragment(inner: string): boolean {
  const t = inner.trim();
  return t.split(/\s+/).length <= 4 && !/[.!?]$/.test(t);
}

/** Is the quotation the first thing in its sentence (so an earlier speaker may carry on into it)? */
function opensSentence(model: DocModel, qi: number): boolean {
  const [b, k] = model.quoteAt[qi] as [number, number];
  const toks = model.blocks[b] as Token[];
  const prev = toks[k - 1];
  return !prev || prev.sentence !== (toks[k] as Token).sentence || prev.kind === 'quote';
}

/**
 * “First sentence.” “Second one,” Ana Ruiz notes.: an unattributed quotation right before another quotation
 * of the same paragraph whose attribution follows it is the same speaker's, one utterance.
 */
function carryBack(model: DocModel, quotes: ExtractedQuote[], attributions: (Attribution | null)[]): void {
  for (let qi = quotes.length - 2; qi >= 0; qi--) {
    const q = quotes[qi] as ExtractedQuote;
    const next = quotes[qi + 1] as ExtractedQuote;
    const a = attributions[qi + 1];
    if (attributions[qi] || !a || q.kind !== 'quote' || a.mention.start < next.end) continue;
    const [b, k] = model.quoteAt[qi] as [number, number];
    const [nb, nk] = model.quoteAt[qi + 1] as [number, number];
    if (nb !== b || nk !== k + 1 || !/[.!?]\s*$/.test(q.text)) continue;
    attributions[qi] = a;
    quotes[qi] = { ...q, speaker: a.speaker, speakerMention: { ...a.mention }, utterance: next.utterance };
  }
}

/**
 * Extracts quotations and reported speech from a document's blocks (text outside blocks is ignored).
 *
 * @example
 * extractClaims({ text: '“We are ready,” the minister said.', blocks: [{ start: 0, end: 33 }] })
 * // quotes[0]: { text: 'We are ready,', speaker: 'the minister', speakerMention: { text: 'the minister', … } }
 */
export function extractClaims(doc: Pick<CorpusDocument, 'text' | 'blocks'>): DocumentClaims {
  const model = buildModel(doc.text, doc.blocks);
  collectCitations(model);
  const quotes: ExtractedQuote[] = [];
  const attributions: (Attribution | null)[] = [];
  let utterance = -1;
  for (let qi = 0; qi < model.quotes.length; qi++) {
    const raw = model.quotes[qi]!;
    const inner = doc.text.slice(raw.innerStart, raw.innerEnd);
    const prevRaw = qi > 0 ? model.quotes[qi - 1] : undefined;
    const prev = quotes[qi - 1];
    const prevAttr = attributions[qi - 1] ?? null;
    const title = titleLike(inner) || (afterWorkMarker(model, qi) && titleLike(inner.replace(/,\s*$/, '')));
    const signed = title ? null : signedBelow(model, qi);
    if (signed) noteSpeaker(model, signed);
    let attr = title ? attributeTitle(model, qi) : (signed ?? attributeQuote(model, qi));
    let sameUtterance = false;
    if (!attr && !title && prevRaw && prev) {
      if (raw.continued && !prevRaw.closed && prevRaw.block === raw.block - 1) {
        attr = prevAttr;
        sameUtterance = true;
      } else if (opensSentence(model, qi) && prevAttr && prevRaw.block === raw.block) {
        attr = prevAttr; // “…,” he said. “More words.”
      } else if ((model.quoteAt[qi] as [number, number])[1] === 0 && prevAttr && prevRaw.block === raw.block - 1) {
        attr = prevAttr; // a paragraph of quotation right after the speaker's last one
      }
    }
    if (!attr && !title) {
      attr = previousSentenceLead(model, qi);
      if (attr) noteSpeaker(model, attr);
    }
    if (!attr && !title && (model.quoteAt[qi] as [number, number])[1] === 0 && raw.block > 0) {
      attr = colonLead(model, raw.block - 1);
      if (attr) noteSpeaker(model, attr);
    }
    if (!sameUtterance && attr && prev && prevAttr && prevRaw?.block === raw.block && prevAttr.mention.start === attr.mention.start) {
      sameUtterance = true; // “…,” he said, “…” — both parts hang on one attribution
    }
    if (!sameUtterance) utterance++;
    attributions.push(attr);
    quotes.push({
      text: inner,
      start: raw.start,
      end: raw.end,
      kind: attr ? 'quote' : title || fragment(inner) ? 'phrase' : 'quote',
      speaker: attr?.speaker ?? null,
      speakerMention: attr ? { ...attr.mention } : null,
      utterance,
    });
  }
  carryBack(model, quotes, attributions);
  const paraphrases = findReported(model);
  const spoke = new Set([...quotes, ...paraphrases].map((q) => q.speaker));
  const people = [...model.people.people.values()]
    .filter((p) => spoke.has(p.name))
    .map((p) => ({ name: p.name, aliases: [...p.aliases], roles: [...p.roles] }));
  return { quotes, paraphrases, people };
}
