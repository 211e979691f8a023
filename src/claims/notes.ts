/**
 * Notes the outlet adds about the article itself: an editor's note and a correction or clarification
 * ("Editor's note: This story was updated …", "Correction: An earlier version of this article misquoted Karl
 * Dunne as saying “…”"). A quotation in a sentence of such a note telling what the outlet's own text said (“An
 * earlier version of this article misquoted …”, "The story reported that she had …") gives the words an earlier
 * text printed, often words nobody said and the note withdraws: it is credited to no one. Its other sentences
 * report as any other ("… said on Wednesday that the messages were “direct and private.”").
 */
import type { QuoteContext } from './engine.js';
import type { Token } from './tokens.js';

/** The label such a note opens its paragraph with (a Markdown file's italic or bold marks before it too). */
const NOTE_LABEL = /^[\s*_]*(?:editor['’]?s['’]?\s+notes?|corrections?|clarifications?)\s*[:—–]/iu;
/** A sentence about the outlet's own text: the text named, and what it said of someone. */
const OWN_TEXT = /\b(?:article|story|report|version|headline|caption|column|piece|post)s?\b/iu;
const TEXT_SAID = /\b(?:said|stated|quoted|misquoted|reported|attributed|misattributed|described|referred)\b/iu;

/** Whether the quotation stands in a sentence of an editor's note or a correction telling what the outlet's text said. */
export function inEditorsNote(q: QuoteContext): boolean {
  const first = q.toks[0];
  if (!first || !NOTE_LABEL.test(q.model.text.slice(first.start, first.start + 40))) return false;
  const from = (q.toks[q.sentenceStart] as Token).start;
  const to = (q.toks[q.sentenceEnd - 1] as Token).end;
  const sentence = q.model.text.slice(from, to);
  return OWN_TEXT.test(sentence) && TEXT_SAID.test(sentence);
}
