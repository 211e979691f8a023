/** Small stores built without the quote extractor: each line of a document is `Speaker|words`. */
import type { DocumentClaims, ExtractedQuote } from '../../src/claims/types.js';
import type { CorpusDocument, LoadedCorpus } from '../../src/corpus/types.js';
import { buildParts } from '../../src/store/build.js';
import { ClaimStore } from '../../src/store/store.js';

export function doc(id: string, lines: string[], outlet: string | null = null): CorpusDocument {
  const text = lines.join('\n');
  let at = 0;
  const blocks = lines.map((l) => {
    const b = { start: at, end: at + l.length };
    at += l.length + 1;
    return b;
  });
  return { id, text, blocks, meta: { outlet, date: null, title: null, url: null, evidence: [] }, contentHash: id };
}

/** Reads `Speaker|words` lines as attributed quotations (`|words` for unattributed ones). */
export function lineExtractor(d: Pick<CorpusDocument, 'text' | 'blocks'>): DocumentClaims {
  const quotes: ExtractedQuote[] = d.blocks.map((b, i) => {
    const line = d.text.slice(b.start, b.end);
    const bar = line.indexOf('|');
    const speaker = line.slice(0, bar) || null;
    return {
      text: line.slice(bar + 1),
      start: b.start + bar + 1,
      end: b.end,
      kind: 'quote',
      speaker,
      speakerMention: speaker ? { start: b.start, end: b.start + bar, text: speaker } : null,
      utterance: i,
    };
  });
  return { quotes, paraphrases: [] };
}

export function corpusOf(documents: CorpusDocument[], dir = 'fixture'): LoadedCorpus {
  return { dir, documents, errors: [] };
}

export function storeOf(documents: CorpusDocument[]): ClaimStore {
  const corpus = corpusOf(documents);
  return ClaimStore.fromParts(buildParts(corpus, lineExtractor), corpus);
}
