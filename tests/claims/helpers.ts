import { extractClaims } from '../../src/claims/extract.js';
import type { DocumentClaims, ExtractedQuote } from '../../src/claims/types.js';

/** Builds a `{ text, blocks }` document from paragraphs, one block per paragraph. */
export function doc(...paragraphs: string[]): { text: string; blocks: { start: number; end: number }[] } {
  const blocks: { start: number; end: number }[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  return { text, blocks };
}

/** The quotations of a document made of `paragraphs`, each with its speaker and the mention that names it. */
export const speakersIn = (...paragraphs: string[]) =>
  extractClaims(doc(...paragraphs)).quotes.map((q) => ({ text: q.text, speaker: q.speaker, mention: q.speakerMention?.text ?? null }));

/** Claims whose quotations are spoken by the given names, as written (for the speaker index). */
export function claims(...speakers: string[]): DocumentClaims {
  const quotes: ExtractedQuote[] = speakers.map((speaker, i) => ({
    text: `words ${i}`,
    start: i * 10,
    end: i * 10 + 8,
    kind: 'quote',
    speaker,
    speakerMention: { start: 0, end: speaker.length, text: speaker },
    utterance: i,
  }));
  return { quotes, paraphrases: [] };
}
