import { extractClaims } from '../../src/claims/extract.js';

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
