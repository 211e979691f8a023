/**
 * Tokens of one block with every quotation folded into a single `quote` token, and sentence numbers that
 * respect quotations (a period inside “…” ends the sentence only when the quotation itself ends one).
 */
import { ABBREVIATIONS } from './lexicon.js';
import type { RawQuote } from './quotes.js';

export interface Token {
  start: number;
  end: number;
  /** The word as written (trailing sentence period and possessive ’s removed), or the punctuation mark. */
  text: string;
  lower: string;
  kind: 'word' | 'punct' | 'quote';
  /** For `quote` tokens: the index of the quotation in the document's quote list. */
  quote: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  sentence: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019\-.&]*|\.\.\.|[,;:()!?.\u2014\u2013]|(?<=\s)-(?=\s)/gu;
const UPPER = /^\p{Lu}/u;
const POSSESSIVE = /['\u2019]s?$/;

function pushWords(text: string, from: number, to: number, out: Token[]): void {
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let raw = m[0];
    if (m.index + raw.length > to) raw = raw.slice(0, to - m.index);
    const start = m.index;
    const isWord = /^[\p{L}\p{N}]/u.test(raw);
    if (!isWord) {
      out.push({ start, end: start + raw.length, text: raw, lower: raw, kind: 'punct', quote: -1, cap: false, sentence: 0 });
      continue;
    }
    let word = raw;
    let period = false;
    if (word.endsWith('.') && !word.endsWith('..')) {
      const bare = word.slice(0, -1);
      // "U.S." and "Sen." keep their period; "said." loses it and the period becomes its own token
      if (!(ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare) || bare.includes('.'))) {
        word = bare;
        period = true;
      }
    }
    word = word.replace(/-+$/, '');
    const clean = word.replace(POSSESSIVE, '') || word;
    out.push({ start, end: start + clean.length, text: clean, lower: clean.toLowerCase(), kind: 'word', quote: -1, cap: UPPER.test(clean), sentence: 0 });
    if (period) out.push({ start: start + word.length, end: start + word.length + 1, text: '.', lower: '.', kind: 'punct', quote: -1, cap: false, sentence: 0 });
  }
}

/**
 * Tokenises block [bs, be) of `text`, folding the quotations `quotes[qFrom..qTo)` (which lie in this block,
 * in order) into `quote` tokens, and numbers the sentences (first sentence = `firstSentence`).
 */
export function tokenizeBlock(text: string, bs: number, be: number, quotes: readonly RawQuote[], qFrom: number, qTo: number, firstSentence: number): Token[] {
  const out: Token[] = [];
  let pos = bs;
  for (let qi = qFrom; qi < qTo; qi++) {
    const q = quotes[qi] as RawQuote;
    pushWords(text, pos, q.start, out);
    out.push({ start: q.start, end: q.end, text: '', lower: '', kind: 'quote', quote: qi, cap: false, sentence: 0 });
    pos = q.end;
  }
  pushWords(text, pos, be, out);
  let sentence = firstSentence;
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    t.sentence = sentence;
    const next = out[i + 1];
    if (!next) break;
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '...')) {
      if (next.cap || next.kind === 'quote' || /^\p{N}/u.test(next.text)) sentence++;
    } else if (t.kind === 'quote' && (next.cap || next.kind === 'quote')) {
      // “… end.” Next sentence — the quotation closes its own sentence
      const q = quotes[t.quote] as RawQuote;
      const inner = text.slice(q.innerStart, q.innerEnd).trimEnd();
      if (/[.!?]$/.test(inner)) sentence++;
    }
  }
  return out;
}
