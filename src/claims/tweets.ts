/**
 * Posts pasted into an article as the text an embed shows without its script: the post's words, then its
 * signature "— Name (@handle) Month D, YYYY", in one paragraph or with the signature as the next paragraph.
 * No mark makes the words a quotation, yet they are one, their author's, as an embedded post of a web page is
 * (corpus/web/embeds.ts). Offsets must stay indices into the file's text, so no marks are added: the words
 * become a quotation without marks (its span is the words, trailing t.co and picture links left out), and the
 * `tweet-signature` rule credits it to the name signed. Anything short of the exact signature is left alone.
 * A section heading above a post is no part of it.
 */
import type { DocModel } from './model.js';
import type { RawQuote } from './quotes.js';
import type { Attribution } from './resolve.js';
import { titleLike } from './titles.js';
import type { Span } from './types.js';
import { MONTH_NAMES } from './words/index.js';

/** A month as a signature writes it: "June", or its first three or four letters ("Jun", "Sept."). */
const MONTH = [...new Set([...MONTH_NAMES].flatMap((m) => [m, m.slice(0, 4), m.slice(0, 3)]))]
  .map((m) => m.charAt(0).toUpperCase() + m.slice(1))
  .join('|');
const DASH = String.raw`(?:\u2014|\u2013|--)`;
/**
 * "— Carla Moreno (@cmoreno) June 29, 2016" closing a paragraph: a dash (set off by a space or opening the
 * paragraph), the display name (at most 50 characters, no dash set off inside it), the handle, the date.
 */
const SIGNATURE = new RegExp(
  String.raw`(?:^|\s)${DASH}[ \t]*((?:(?!\s${DASH})[^()\n]){1,50}?)[ \t]+\(@\w{1,15}\)[ \t]+(?:${MONTH})\.?[ \t]+\d{1,2},[ \t]+\d{4}\s*$`,
  'u',
);
/** Characters from "(@" to the end of a signature, at most ("(@" + handle + ") September 30, 2016"), with room. */
const TAIL = 64;
/** A Markdown blockquote marker opening a line ("> …"): the layout of the paste, not its words. */
const BLOCKQUOTE = /^>[ \t]*/;
/** Short links and picture links at the end of a post's words: a reader sees a link or a picture there. */
const TRAILING_LINKS = /(?:\s*(?:https?:\/\/t\.co\/\S+|(?:https?:\/\/)?pic\.(?:twitter|x)\.com\/\S+))+\s*$/iu;
const WORD = /[\p{L}\p{N}]/u;
/** A post holds 280 characters; links and names as an embed shows them lengthen it. Longer is no post. */
const MOST_CHARACTERS = 560;

/** The signatures of the posts found, by the quotation made of their words. */
const signatures = new WeakMap<RawQuote, Span>();

interface Signed {
  /** Where the signature's paragraph text starts (after a blockquote marker) and where the signature's dash is. */
  from: number;
  dash: number;
  name: Span;
}

/** The signature closing block [start, end) of `text`, or null. */
function signatureOf(text: string, start: number, end: number): Signed | null {
  // most paragraphs end far from any "(@handle)": a glance at the end spares them the full pattern
  if (!text.slice(Math.max(start, end - TAIL), end).includes('(@')) return null;
  const marker = BLOCKQUOTE.exec(text.slice(start, end));
  const from = start + (marker ? marker[0].length : 0);
  const found = SIGNATURE.exec(text.slice(from, end));
  const written = found?.[1]?.trim();
  if (!found || !written || !WORD.test(written)) return null;
  const nameStart = from + found.index + found[0].indexOf(written);
  const dash = from + found.index + (/^\s/.test(found[0]) ? 1 : 0);
  return { from, dash, name: { start: nameStart, end: nameStart + written.length, text: written } };
}

/** The most words of a section heading ("Reactions", "What The Council Said"). */
const MOST_HEADING_WORDS = 8;
/** A Markdown heading line ("## Reactions"). */
const MARKDOWN_HEADING = /^#{1,6}[ \t]/;

/** A short title-case line with no sentence punctuation: a section heading of the article, no post's words. */
function heading(line: string): boolean {
  const t = line.trim();
  if (MARKDOWN_HEADING.test(t)) return true;
  return WORD.test(t) && !/[.!?]/.test(t) && titleLike(t, MOST_HEADING_WORDS);
}

/** A paragraph's words: where they start and end, and whether a heading line above them was cut off. */
interface Words {
  start: number;
  end: number;
  headed: boolean;
}

/**
 * The post's words in text[from, to): links and spaces at the end left out, heading lines at the top cut off
 * (cleanText joins a post that opens in lower case to the line above it); the last line is one only when the
 * signature is not on it (`signed`). Null when no words remain, or when they end with a colon (a lead-in,
 * "Moreno wrote:", whose post was lost in the copy).
 */
function words(text: string, from: number, to: number, signed = false): Words | null {
  let headed = false;
  for (let br = text.indexOf('\n', from); br >= 0 && br < to; br = text.indexOf('\n', from)) {
    if (!heading(text.slice(from, br))) break;
    from = br + 1;
    headed = true;
  }
  const kept = text.slice(from, to).replace(TRAILING_LINKS, '').trimEnd();
  const lead = kept.length - kept.trimStart().length;
  if (!WORD.test(kept) || kept.endsWith(':') || kept.length - lead > MOST_CHARACTERS) return null;
  if (!signed && heading(kept)) return null;
  return { start: from + lead, end: from + kept.length, headed };
}

/** Only white space and post links between two paragraphs: the signature comes right after the words. */
function adjacent(text: string, from: number, to: number): boolean {
  return text.slice(from, to).replace(TRAILING_LINKS, '').trim() === '';
}

/**
 * `quotes` (from `findQuotes`, in text order) with the words of every signed post in `blocks` added as a
 * quotation without marks. Quotations inside the words give way to it (they are found again as nested ones);
 * a post whose words are one quotation already, or that a quotation runs into or out of, is left as it is.
 *
 * @example withPosts(text, blocks, quotes) // 'Run it. — Ana Ruiz (@ana) June 2, 2016' → adds [0, 7) 'Run it.'
 */
export function withPosts(text: string, blocks: readonly { start: number; end: number }[], quotes: RawQuote[]): RawQuote[] {
  let out = quotes;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as { start: number; end: number };
    const signed = signatureOf(text, block.start, block.end);
    if (!signed) continue;
    let span: { start: number; end: number } | null;
    let at = b;
    if (signed.dash > signed.from) span = words(text, signed.from, signed.dash, true);
    else {
      // the signature is a paragraph of its own: the words are the paragraph right before it
      const prev = blocks[b - 1];
      if (!prev || !adjacent(text, prev.end, block.start) || signatureOf(text, prev.start, prev.end)) continue;
      at = b - 1;
      const marker = BLOCKQUOTE.exec(text.slice(prev.start, prev.end));
      span = words(text, prev.start + (marker ? marker[0].length : 0), prev.end);
    }
    if (!span) continue;
    const { start, end } = span;
    const touching = out.filter((q) => q.block === at && q.start < end && q.end > start);
    const inside = (q: RawQuote) => q.start >= start && q.end <= end && q.closed && !q.continued;
    if (touching.some((q) => !inside(q) || (q.start === start && q.end === end))) continue;
    const post: RawQuote = { start, end, innerStart: start, innerEnd: end, block: at, closed: true, continued: false };
    signatures.set(post, signed.name);
    out = out.filter((q) => !touching.includes(q));
    const before = out.findIndex((q) => q.block > at || (q.block === at && q.start > start));
    out.splice(before < 0 ? out.length : before, 0, post);
  }
  return out;
}

/**
 * The author of quotation `raw` when it is a signed post's words (`withPosts`): the display name signed,
 * or the person of the document that name is. Null for every other quotation.
 */
export function postAuthor(model: DocModel, raw: RawQuote): Attribution | null {
  const name = signatures.get(raw);
  if (!name) return null;
  return { speaker: model.people.lookup(name.text)?.name ?? name.text, mention: { ...name } };
}
