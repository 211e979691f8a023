/** TEMPORARY STUB (replaced by the claims layer work): finds "..." spans, no speakers. */
import type { CorpusDocument } from '../corpus/types.js';
import type { DocumentClaims, ExtractedQuote } from './types.js';

export function extractClaims(doc: Pick<CorpusDocument, 'text' | 'blocks'>): DocumentClaims {
  const quotes: ExtractedQuote[] = [];
  const re = /["\u201c]([^"\u201d]+)["\u201d]/g;
  let utterance = 0;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    quotes.push({ text: m[1] ?? '', start: m.index, end: m.index + m[0].length, kind: 'quote', speaker: null, speakerMention: null, utterance: utterance++ });
  }
  return { quotes, paraphrases: [] };
}
