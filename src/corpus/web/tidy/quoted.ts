/**
 * Quotations printed twice: a pull quote set apart from the text it repeats (`pullQuotes`), and a summary at the
 * top quoting words the article quotes below (`quotingSummaries`).
 */
import { countWords } from '../dom.js';
import type { Paragraph } from '../paragraphs.js';

/** Fewest and most words of a pull quote. */
const PULL_QUOTE_WORDS = [5, 60] as const;

/** A pull quote's signature after its words ("… any longer” — Marit Oyelowo"), or a cite line alone. */
const SIGNATURE = /(?:\s+[—–―-]{1,2}|[—―])\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}(?:,[^.!?]{0,60})?$/u;

const QUOTED = /^\s*["“”«»„‘’']/;

/**
 * A quotation that opens its paragraph, then a few words after its closing mark and no other mark: the words
 * that credit it in a `<blockquote>` ("“…,” Vorsk said."), or its signature glued to it from its box's lines
 * ("“…”Elin Vorsk").
 */
const QUOTED_LEAD = /^\s*["“«„‘']([^"“”«»„]{10,}?)["”»“’'](\s*)([^"“”«»„]*)$/u;

/** Most words crediting a pull quote after its closing mark. */
const PULL_QUOTE_CREDIT_WORDS = 5;

/** Words for comparison: letters and digits only, lower case, one space between, a space at both ends. */
export const bare = (s: string): string =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * Pull quotes: a quotation the page prints again, set apart (a `<blockquote>`, or a paragraph that is nothing
 * but the quotation), beside the paragraph that quotes it ("“We have waited long enough,” said Marit
 * Oyelowo …"). Pages class them `pullquote` or not at all; kept, the words were quoted twice, once without
 * the sentence that credits them, and a signature line below ("Marit Oyelowo") could sign the next quotation.
 * Dropped, with its signature line, when its words (without a few words crediting them after the closing mark,
 * "“…,” Vorsk said."; cut at an ellipsis or an editor’s bracket, "[the board]", each piece in order) are all in
 * another, longer paragraph of the article.
 */
export function pullQuotes(paragraphs: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  const texts = paragraphs.map((p) => bare(p.text));
  const quoted = paragraphs.map(pullQuotePieces);
  const holders = paragraphsHolding(texts, quoted);
  paragraphs.forEach((p, i) => {
    const pieces = quoted[i];
    if (!pieces) return;
    const within = (t: string): boolean => {
      let at = 0;
      for (const piece of pieces) {
        const found = t.indexOf(piece, at);
        if (found < 0) return false;
        at = found + piece.length - 1;
      }
      return true;
    };
    // only the paragraphs holding the pieces' rarest three words in a row can hold the pieces
    let rarest: readonly number[] = [];
    for (const [k, key] of pieces.flatMap(wordTriples).entries()) {
      const held = holders.get(key) ?? [];
      if (k === 0 || held.length < rarest.length) rarest = held;
    }
    if (!rarest.some((j) => j !== i && !out.has(j) && texts[j]!.length > texts[i]!.length && within(texts[j]!))) return;
    out.add(i);
    // the pull quote's signature, printed in its box on a line of its own (<cite>Marit Oyelowo</cite>)
    const next = paragraphs[i + 1];
    const signed = next && (p.tag === 'blockquote' ? next.tag === 'blockquote' : /^[—–―-]/.test(next.text));
    if (next && signed && countWords(next.text) <= 8 && SIGNATURE.test(` — ${next.text.replace(/^[—–―-]+\s*/, '')}`)) out.add(i + 1);
  });

  return out;
}

/**
 * A paragraph that may be a pull quote (a `<blockquote>`, or one opening with a quotation mark, of 5 to 60 words):
 * its quotation's pieces, bare (`bare`) and of three words or more, cut at an ellipsis or an editor's bracket,
 * without a few words crediting it after its closing mark or its signature; else null.
 */
function pullQuotePieces(p: Paragraph): string[] | null {
  const words = countWords(p.text);
  if (words < PULL_QUOTE_WORDS[0] || words > PULL_QUOTE_WORDS[1]) return null;
  if (p.tag !== 'blockquote' && !QUOTED.test(p.text)) return null;
  const unsigned = p.text.replace(SIGNATURE, '');
  // the quotation without the words that credit it after its closing mark ("“…,” Vorsk said.")
  const lead = QUOTED_LEAD.exec(unsigned);
  // (a set-apart quotation's: in a paragraph of the text, "“…,” she repeated." is an echo, not a pull quote)
  const credited = lead && countWords(lead[3]!) <= PULL_QUOTE_CREDIT_WORDS && (p.tag === 'blockquote' || (lead[3] && !lead[2]));
  const quoted = credited ? lead[1]! : unsigned;
  const pieces = quoted
    .split(/…|\.\.\.|\[[^\]]{0,40}\]/)
    .map(bare)
    .filter((t) => t.trim().split(' ').length >= 3);
  return pieces.length ? pieces : null;
}

/** Each three words in a row of a bare text, as "a b c". */
function wordTriples(text: string): string[] {
  const words = text.trim().split(' ');
  return words.slice(2).map((_, k) => `${words[k]} ${words[k + 1]} ${words[k + 2]}`);
}

/**
 * The paragraphs (indexes, ascending) holding each three words in a row that the pull quotes' pieces hold. A bare
 * piece holds whole words with a space at both ends, so a paragraph holding it holds its every three words in a
 * row: looking for a piece only there, not in every paragraph, keeps a long article of many quoted paragraphs
 * from costing the square of its length (a 4 MB page spent 11 s here).
 */
function paragraphsHolding(texts: readonly string[], quoted: readonly (string[] | null)[]): Map<string, number[]> {
  const holders = new Map<string, number[]>();
  for (const pieces of quoted) for (const key of pieces?.flatMap(wordTriples) ?? []) holders.set(key, []);
  if (!holders.size) return holders;
  const firstWords = new Set([...holders.keys()].map((key) => key.slice(0, key.indexOf(' '))));
  texts.forEach((text, j) => {
    const words = text.trim().split(' ');
    for (let k = 0; k + 2 < words.length; k++) {
      if (!firstWords.has(words[k]!)) continue;
      const held = holders.get(`${words[k]} ${words[k + 1]} ${words[k + 2]}`);
      if (held && held[held.length - 1] !== j) held.push(j);
    }
  });
  return holders;
}

/** Paragraphs at the top of a reading where a standfirst (the summary under the headline) is looked for. */
const SUMMARY_WITHIN = 3;

/** The longest standfirst (in words). */
const SUMMARY_WORDS = 45;

/** Least share of a standfirst's words its repeated quotation makes: the rest only says who said it and why. */
const SUMMARY_QUOTED_SHARE = 0.4;

/** A quotation in marks of five words or more. */
const QUOTATION = /["“«„]([^"“”«»„]{20,}?)["”»“]/gu;

/**
 * A standfirst that repeats a quotation of the article ("“We cannot keep the channel open,” says the board's
 * chair, as tolls go up"): kept, the same words were quoted twice for one outlet, once credited to no name.
 * Dropped when one of the first paragraphs, short and without "said", is mostly quotations each found whole
 * in a longer paragraph further down; the paragraph quoting it stays.
 */
export function quotingSummaries(paragraphs: readonly Paragraph[], dropped: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  const texts = paragraphs.map((p) => bare(p.text));
  for (let i = 0; i < Math.min(SUMMARY_WITHIN, paragraphs.length); i++) {
    const p = paragraphs[i]!;
    const words = countWords(p.text);
    // a lede crediting its quotation in the past tense ("…,” said Orla Fenn on Tuesday) is the article's own
    // first paragraph, even when a later one quotes the words again; a standfirst says "says" or nothing
    if (dropped.has(i) || /^h[1-6]$/.test(p.tag) || words > SUMMARY_WORDS || /\bsaid\b/i.test(p.text)) continue;
    const quotations = [...p.text.matchAll(QUOTATION)].map((m) => m[1]!).filter((q) => countWords(q) >= 5);
    const quotedWords = quotations.reduce((n, q) => n + countWords(q), 0);
    if (!quotations.length || quotedWords < SUMMARY_QUOTED_SHARE * words) continue;
    const repeated = quotations.every((q) =>
      texts.some((t, j) => j > i && !dropped.has(j) && t.length > texts[i]!.length && t.includes(bare(q))),
    );
    if (repeated) out.add(i);
  }
  return out;
}
