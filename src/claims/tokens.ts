/**
 * Tokens of one block with every quotation folded into a single `quote` token, and sentence numbers that
 * respect quotations (a period inside “…” ends the sentence only when the quotation itself ends one).
 */
import { isTrimSpace } from '../corpus/lines.js';
import type { RawQuote } from './quotes.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const { ABBREVIATIONS, CONTRACTED_AUXILIARY, CONTRACTING_PRONOUNS, FUNCTION_CAPS, FUNCTION_WORDS, HYPHEN_PARTICLES, VERBISH } = words;

/** A word, punctuation mark, or a whole quotation folded into one token. */
export interface Token {
  start: number;
  end: number;
  /** The word as written (trailing sentence period and possessive ’s removed), or the punctuation mark. */
  text: string;
  /**
   * The word in lower case, as the word lists hold it; an acronym that spells a function word, written among
   * lower-case words ("the WHO said", "said US officials"), keeps its capitals so that it matches none of them.
   */
  lower: string;
  kind: 'word' | 'punct' | 'quote';
  /** For `quote` tokens: the index of the quotation in the document's quote list. */
  quote: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  sentence: number;
  /** The word carried a possessive ’s that was removed ("Kim’s"). */
  poss?: boolean;
  /** For `quote` tokens: the quotation ends in a comma (“…,”), closing a clause of the sentence. */
  comma?: boolean;
  /**
   * A double hyphen set off by spaces comes right before this word ("a candidate -- Ana Ruiz"): a dash in
   * typewriter style. It stays out of the tokens (read as a dash token it changed other rules for the worse).
   */
  afterDoubleHyphen?: boolean;
  /** For `quote` tokens: one or two capitalised words and nothing else, as a nickname inside a name is (“Tig”). */
  nickname?: boolean;
}

/** One or two capitalised words, no mark: what a nickname in marks holds. */
const NICKNAME = /^\p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*)?$/u;

const UPPER = /^\p{Lu}/u;
const POSSESSIVE = /['\u2019]s?$/;

/** Dashes that set a source off or sign a quotation (em, en, horizontal bar, hyphen used as a dash). */
export const DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '\u2015', '-']);

const PUNCT = new Set([',', ';', ':', '(', ')', '!', '?', '.', '\u2014', '\u2013', '\u2015', '-', '...']);

/** "al-Hassan", "el-Sayed": a name particle joined by a hyphen to a capitalised part is a capitalised name word. */
export function particleName(word: string): boolean {
  const hyphen = word.indexOf('-');
  return hyphen > 0 && hyphen < word.length - 1 && HYPHEN_PARTICLES.has(word.slice(0, hyphen)) && isUpper(word.slice(hyphen + 1));
}

function isUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word);
}

/** Letter or digit: ASCII by range, other scripts by code point (quotation marks, dashes and spaces excluded). */
function wordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c >= 0xc0 && !(c >= 0x2000 && c <= 0x206f) && c !== 0xd7 && c !== 0xf7 && c !== 0x3000 && c !== 0xfeff;
}

/** Characters that continue a word after its first letter: letters, digits, apostrophes, - . & */
function innerChar(c: number): boolean {
  return wordChar(c) || c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38;
}

/**
 * "PeÃ±a", "SarukhÃ¡n": UTF-8 read as Latin-1 writes a letter as Ã or Â and a sign of U+0080–U+00BF; that sign
 * continues the word (the caller asks only for such a sign, where a word would end).
 */
function mojibakeTail(text: string, e: number): boolean {
  const p = text.charCodeAt(e - 1);
  // (or as A with a combining tilde or circumflex, the same letters decomposed)
  return p === 0xc3 || p === 0xc2 || ((p === 0x303 || p === 0x302) && text.charCodeAt(e - 2) === 65);
}

/** The end of a web address ("….com", "….org", "….co.uk"): a last dotted part of two or more lower-case letters. */
const WEB_END = /\.[a-z]{2,}$/;

function pushWord(text: string, start: number, end: number, out: Token[]): void {
  let word = text.slice(start, end);
  let period = false;
  if (word.charCodeAt(word.length - 1) === 46 && !word.endsWith('..')) {
    const bare = word.slice(0, -1);
    // "U.S." and "Sen." keep their period; "said." loses it and the period becomes its own token
    // ("Tchad.com." and "nytimes.com." are web addresses that end a sentence: a dotted word whose last part is two or
    // more lower-case letters loses its period too)
    if (!(ABBREVIATIONS.has(bare.toLowerCase()) || (bare.length === 1 && isUpper(bare)) || (bare.includes('.') && !WEB_END.test(bare)))) {
      word = bare;
      period = true;
    }
  }
  if (word.charCodeAt(word.length - 1) === 45) word = word.replace(/-+$/, '');
  const apostrophe = word.includes("'") || word.includes('\u2019');
  const clean = apostrophe ? word.replace(POSSESSIVE, '') || word : word;
  // (a possessive's ending, stripped above, is no auxiliary's: the cheaper test first)
  if (apostrophe && clean === word && contraction(word, start, out)) {
    if (period) pushPeriod(start + word.length, out);
    return;
  }
  const tok: Token = {
    start,
    end: start + clean.length,
    text: clean,
    lower: clean.toLowerCase(),
    kind: 'word',
    quote: -1,
    cap: isUpper(clean) || particleName(clean),
    sentence: 0,
  };
  // ("she’s said", "he's leading": a pronoun's "’s" is "is" or "has", never a possessive, which is "her" or "his")
  if (clean.length < word.length && !CONTRACTING_PRONOUNS.has(clean)) tok.poss = true;
  out.push(tok);
  if (period) pushPeriod(start + word.length, out);
}

/** The period a word's end gave up, as its own token at `at`. */
function pushPeriod(at: number, out: Token[]): void {
  out.push({ start: at, end: at + 1, text: '.', lower: '.', kind: 'punct', quote: -1, cap: false, sentence: 0 });
}

/**
 * "They’ve", "she'd", "you’ll": a pronoun with an auxiliary's ending, pushed as two words, the pronoun and the auxiliary
 * ("’ve", read as "have"), so that the pronoun is the subject before its verb; false for any other word.
 */
function contraction(word: string, start: number, out: Token[]): boolean {
  const a = word.search(/['\u2019]/);
  const aux = CONTRACTED_AUXILIARY.get(word.slice(a + 1).toLowerCase());
  const pronoun = word.slice(0, a);
  if (aux === undefined || !CONTRACTING_PRONOUNS.has(pronoun)) return false;
  const cap = isUpper(pronoun);
  out.push({ start, end: start + a, text: pronoun, lower: pronoun.toLowerCase(), kind: 'word', quote: -1, cap, sentence: 0 });
  out.push({
    start: start + a,
    end: start + word.length,
    text: word.slice(a),
    lower: aux,
    kind: 'word',
    quote: -1,
    cap: false,
    sentence: 0,
  });
  return true;
}

/** Words and punctuation of text[from, to), scanned by character code (no regex per token). */
function pushWords(text: string, from: number, to: number, out: Token[]): void {
  let i = from;
  let doubleHyphen = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (wordChar(c)) {
      let e = i + 1;
      for (; e < to; e++) {
        const d = text.charCodeAt(e);
        if (!innerChar(d) && !(d >= 0x80 && d <= 0xbf && mojibakeTail(text, e))) break;
      }
      const first = out.length;
      pushWord(text, i, e, out);
      if (doubleHyphen && out[first]) (out[first] as Token).afterDoubleHyphen = true;
      doubleHyphen = false;
      i = e;
      continue;
    }
    const ch = text[i] as string;
    if (ch === '-' && text[i + 1] === '-' && /\s/.test(text[i - 1] ?? '')) {
      let e = i + 2;
      while (text[e] === '-') e++;
      doubleHyphen = /\s/.test(text[e] ?? '');
      i = e;
      continue;
    }
    if (!isTrimSpace(c)) doubleHyphen = false;
    if (ch === '.' && text.startsWith('...', i)) {
      out.push({ start: i, end: i + 3, text: '...', lower: '...', kind: 'punct', quote: -1, cap: false, sentence: 0 });
      i += 3;
      continue;
    }
    // a lone hyphen between spaces works as a dash
    // (and "” -Ana Ruiz, …": a hyphen after a space that runs into a capitalised word signs a quotation)
    const dash = ch === '-' && i > 0 && /\s/.test(text[i - 1] ?? '') && (/\s/.test(text[i + 1] ?? '') || isUpper(text[i + 1] ?? ''));
    if (PUNCT.has(ch) && (ch !== '-' || dash))
      out.push({ start: i, end: i + 1, text: ch, lower: ch, kind: 'punct', quote: -1, cap: false, sentence: 0 });
    i++;
  }
}

/**
 * Tokenises block [bs, be) of `text`, folding the quotations `quotes[qFrom..qTo)` (which lie in this block,
 * in order) into `quote` tokens, and numbers the sentences (first sentence = `firstSentence`).
 */
export function tokenizeBlock(
  text: string,
  bs: number,
  be: number,
  quotes: readonly RawQuote[],
  qFrom: number,
  qTo: number,
  firstSentence: number,
): Token[] {
  const out: Token[] = [];
  let pos = bs;
  for (let qi = qFrom; qi < qTo; qi++) {
    const q = quotes[qi] as RawQuote;
    pushWords(text, pos, q.start, out);
    const tok: Token = { start: q.start, end: q.end, text: '', lower: '', kind: 'quote', quote: qi, cap: false, sentence: 0 };
    const inner = text.slice(q.innerStart, q.innerEnd);
    if (/,\s*$/.test(inner)) tok.comma = true;
    if (NICKNAME.test(inner)) tok.nickname = true;
    out.push(tok);
    pos = q.end;
  }
  pushWords(text, pos, be, out);
  let sentence = firstSentence;
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    t.sentence = sentence;
    const next = out[i + 1];
    if (!next) break;
    if (t.kind === 'punct' && SENTENCE_ENDS.has(t.text)) {
      if (opensSentence(next)) sentence++;
    } else if (t.text === ')' && t.kind === 'punct' && SENTENCE_ENDS.has(out[i - 1]?.text ?? '') && opensSentence(next)) {
      // "Li was sure. (She was not.) “It was a trick,” …": a sentence closed inside its bracket ends there, so the next
      // sentence starts after the bracket and does not run on from the aside (one opening with a bracket after a full
      // stop is still read with the sentence before it, whose subject a pronoun after the aside refers to)
      sentence++;
    } else if (t.kind === 'word' && next.cap && initialismEnd(t) && FUNCTION_CAPS.has(next.lower) && !VERBISH.has(next.lower)) {
      // "… entering the U.S. While Li has …": a dotted initialism keeps its period, which still ends the sentence
      // when a capitalised function word follows (not a verb: a headline's "U.S. Will Pay")
      sentence++;
    } else if (t.kind === 'quote' && (next.cap || next.kind === 'quote')) {
      // “… end.” Next sentence — the quotation closes its own sentence
      const q = quotes[t.quote] as RawQuote;
      const inner = text.slice(q.innerStart, q.innerEnd).trimEnd();
      if (/[.!?]$/.test(inner)) sentence++;
    }
  }
  keepAcronyms(out);
  return out;
}

/** Marks that end a sentence when a capital, a number or a quotation opens the next. */
const SENTENCE_ENDS = new Set(['.', '!', '?', '...']);

/** Can token `t` open a sentence: a capitalised word, a number or a quotation. */
function opensSentence(t: Token | undefined): boolean {
  return Boolean(t && (t.cap || t.kind === 'quote' || /^\p{N}/u.test(t.text)));
}

/** Two or more capital letters and nothing else ("WHO", "US"). */
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * "said the WHO", "US officials said": an all-capitals word among lower-case words of its sentence is an acronym,
 * never the function word it spells (the "who" or "us" of the word lists); it keeps its capitals as `lower`. A
 * sentence written all in capitals ("WHO SAID IT") keeps its function words, and so does a word in a run of
 * capitals ("NOW OPEN — …", a heading shouted before the text).
 */
function keepAcronyms(toks: Token[]): void {
  // (a word at a time, the sentence read only for the rare candidate: this runs on every block of every document)
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.kind !== 'word' || !t.cap || !FUNCTION_WORDS.has(t.lower) || !ACRONYM.test(t.text)) continue;
    if (shouted(toks[j - 1], t.sentence) || shouted(toks[j + 1], t.sentence) || !lowerCaseIn(toks, j)) continue;
    t.lower = t.text;
  }
}

/** An all-capitals word of sentence `s` ("NOW" of "NOW OPEN"). */
function shouted(n: Token | undefined, s: number): boolean {
  return n?.kind === 'word' && n.sentence === s && ACRONYM.test(n.text);
}

/** Does the sentence of token `k` hold a word with a lower-case letter? */
function lowerCaseIn(toks: readonly Token[], k: number): boolean {
  for (let i = sentenceStart(toks, k), e = sentenceEnd(toks, k); i < e; i++) {
    const t = toks[i] as Token;
    if (t.kind === 'word' && t.text !== t.text.toUpperCase()) return true;
  }
  return false;
}

/** "U.S.", "D.C.": a word of dotted initials, whose last period may also end a sentence. */
function initialismEnd(t: Token): boolean {
  return t.text.length > 2 && t.text.endsWith('.') && t.text.slice(0, -1).includes('.');
}

/** Index one past the last token of the sentence that token k belongs to. */
export function sentenceEnd(toks: readonly Token[], k: number): number {
  const s = (toks[k] as Token).sentence;
  let e = k + 1;
  while (e < toks.length && (toks[e] as Token).sentence === s) e++;
  return e;
}

/** Index of the first token of the sentence that token k belongs to. */
export function sentenceStart(toks: readonly Token[], k: number): number {
  const s = (toks[k] as Token).sentence;
  let i = k;
  while (i > 0 && (toks[i - 1] as Token).sentence === s) i--;
  return i;
}
