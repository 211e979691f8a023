/**
 * The article body of a parsed, pruned page as paragraphs. Readability (Mozilla's reader view) finds the
 * article; its result is read as paragraphs and tidied. When Readability finds nothing or clearly too
 * little — much less than the densest text container of the page, or than the article body the page
 * declares in JSON-LD — that other reading is used instead.
 */
import { Readability } from '@mozilla/readability';
import { BYLINE_OPENER, BYLINE_OPENER_CASED } from '../byline-words.js';
import { isDateLine } from '../dates.js';
import { densestContainer } from './container.js';
import { all, countWords, domShape, textOf, type DomDocument, type DomElement, SPACE_RUNS } from './dom.js';
import { parsePage } from './page.js';
import { type EmbeddedPost, markEmbeddedPosts } from './embeds.js';
import { toParagraphs, type Paragraph } from './paragraphs.js';
import { prunePage } from './prune.js';
import { bylineThenDate, CAPTION_CREDIT, DATE_LINE_WORDS, tidyParagraphs } from './tidy.js';

/** Which reading of the page gave the body. */
export type BodyMethod = 'readability' | 'container' | 'json-ld' | 'gallery';

export interface Body {
  paragraphs: Paragraph[];
  method: BodyMethod;
  /** Headings in the reading that are links (before tidying): many of them make a list of stories. */
  linkedHeadings: number;
  /**
   * Lines holding only a date near the top of the reading ("Tuesday 14 May 2024, 19:42", "Last modified on 14
   * March 2026"), in order, taken off the body; `above` when article text follows the line (a short article's
   * date line may close it).
   */
  /** `end`: read among the reading's last paragraphs, past its top (trusted after the page's address). */
  dateLines: { text: string; above: boolean; end: boolean }[];
  /** A byline and a date on one line near the top ("By Orla Kettering · June 14, 2026"), taken off the body. */
  bylineDateLine: string | null;
  /** The posts embedded in the page the body was read from. */
  posts: EmbeddedPost[];
}

/** A byline before a date on one line ("By Orla Kettering · June 14, 2026", "Par Claire Dumont | 14 juin 2026"). */
const BYLINE_BEFORE = new RegExp(String.raw`^${BYLINE_OPENER}\s+[^·•|—–]{1,80}?\s*[·•|—–]\s*`, 'i');
/** The first short paragraph near the top of a reading that `test` accepts, as written. */
const topLine = (raw: readonly Paragraph[], test: (text: string) => boolean): string | null =>
  raw.slice(0, DATE_LINE_WITHIN).find((p) => countWords(p.text) <= DATE_LINE_WORDS && test(p.text))?.text ?? null;

/** Every short paragraph near the top of a reading that `test` accepts, as written, and whether text follows it. */
function topLines(raw: readonly Paragraph[], test: (text: string) => boolean): { text: string; above: boolean; end: boolean }[] {
  const lines: { text: string; above: boolean; end: boolean }[] = [];
  raw.forEach((p, i) => {
    // at the top of the reading or closing it ("Published 10 March 2026" under a long article)
    if (i >= DATE_LINE_WITHIN && i < raw.length - DATE_LINE_WITHIN) return;
    if (countWords(p.text) > DATE_LINE_WORDS || !test(p.text)) return;
    lines.push({ text: p.text, above: raw.slice(i + 1).some((q) => countWords(q.text) > DATE_LINE_WORDS), end: i >= DATE_LINE_WITHIN });
  });
  return lines;
}

/** Paragraphs at the top of a reading, and at its end, where a date line is looked for. */
const DATE_LINE_WITHIN = 6;

/** Words of a line of a byline's block ("By Rosa Quill<br>March 10, 2026"): longer, a line is a sentence. */
const BYLINE_BLOCK_LINE_WORDS = 12;
/** A line that opens with a byline's word before a capitalised name ("By Rosa", "BY ROSA"; not "by night"). */
const BYLINE_LINE = new RegExp(String.raw`^${BYLINE_OPENER_CASED}\s+\p{Lu}`, 'u');

/**
 * The top of a reading with a byline's block split into its lines: a short paragraph above the text whose
 * lines (`<br>`) are a byline and a date ("By Rosa Quill<br>March 10, 2026"). Read as one paragraph it was
 * neither a byline nor a date line, and stayed in the text undated. Only paragraphs above the text (before
 * the first with a line longer than a byline's) are read, and only when one of the lines is a byline or a date: a poem or an address keeps its lines.
 */
function splitBylineBlocks(raw: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  let top = true;
  for (const [i, p] of raw.entries()) {
    const lines = p.text.split('\n');
    // the text has begun at its first paragraph with a line longer than a byline's
    if (lines.some((l) => countWords(l) > BYLINE_BLOCK_LINE_WORDS)) top = false;
    if (!top || i >= DATE_LINE_WITHIN || lines.length < 2 || !lines.some((l) => BYLINE_LINE.test(l) || isDateLine(l))) {
      out.push(p);
      continue;
    }
    for (const text of lines) out.push({ ...p, text, linkChars: Math.min(p.linkChars, text.length) });
  }
  return out;
}

/**
 * Readability's running time grows steeply with nesting depth (seconds at a depth of a few hundred) and with
 * the number of elements; real articles stay far below these bounds, so a page beyond them is read by the
 * container alone.
 */
const READABILITY_MAX_DEPTH = 120;
const READABILITY_MAX_ELEMENTS = 40_000;

/** Below this many words Readability's reading is checked against the densest container. */
const SHORT_BODY_WORDS = 150;
/** The other reading replaces Readability's when it has this many times its words. */
const MUCH_MORE = 2;
/** Readability's reading is too little when it has less than this share of the JSON-LD articleBody's words. */
const LD_SHARE = 0.6;

const wordsOf = (ps: readonly Paragraph[]): number => ps.reduce((n, p) => n + countWords(p.text), 0);
const linkedHeadings = (ps: readonly Paragraph[]): number =>
  ps.filter((p) => /^h[1-6]$/.test(p.tag) && p.linkChars >= 0.9 * p.text.length).length;

function readabilityBody(doc: DomDocument): DomElement | null {
  const shape = doc.body ? domShape(doc.body) : null;
  if (!shape || shape.depth > READABILITY_MAX_DEPTH || shape.elements > READABILITY_MAX_ELEMENTS) return null;
  try {
    // Readability's typings name the DOM library's Document; linkedom's document is structurally one.
    const reader = new Readability<DomElement>(doc as never, {
      keepClasses: false,
      disableJSONLD: true,
      serializer: (n) => n as unknown as DomElement,
    });
    return reader.parse()?.content ?? null;
  } catch {
    // Readability throws on some malformed trees; the container reading still applies.
    return null;
  }
}

/** A body read as `method` gave it, with the date lines and byline found in its `raw` paragraphs. */
function reading(posts: EmbeddedPost[], paragraphs: Paragraph[], method: BodyMethod, raw: readonly Paragraph[]): Body {
  return {
    posts,
    paragraphs,
    method,
    linkedHeadings: linkedHeadings(raw),
    dateLines: topLines(raw, (t) => isDateLine(t)),
    bylineDateLine: topLine(raw, (t) => (BYLINE_BEFORE.test(t) && isDateLine(t.replace(BYLINE_BEFORE, ''))) || bylineThenDate(t)),
  };
}

/**
 * The body a page carries in its data rather than its markup (a paragraph each), read as a JSON-LD articleBody
 * is; `posts`: the posts embedded in the page.
 */
export function declaredBody(paragraphs: readonly string[], posts: EmbeddedPost[]): Body {
  const ps = paragraphs.map((text) => ({ text, linkChars: 0, tag: 'p' }));
  return reading(posts, ps, 'json-ld', ps);
}

/** Paragraphs of the JSON-LD articleBody: its line breaks are the only paragraph marks it has. */
function ldParagraphs(articleBody: string): Paragraph[] {
  return articleBody
    .split(/\n+/)
    .map((t) => t.replace(SPACE_RUNS, ' ').trim())
    .filter(Boolean)
    .map((text) => ({ text, linkChars: 0, tag: 'p' }));
}

/**
 * Extracts the body from `doc` (pruned and then changed by Readability in place). `html` is parsed again
 * only when a second reading is needed. `authors` are the page's authors' names (their bios leave the body).
 */
export function extractBody(
  doc: DomDocument,
  html: string,
  headlines: readonly string[],
  ldBody: string | null,
  authors: readonly string[] = [],
  pageUrls: readonly (string | null | undefined)[] = [],
): Body {
  const posts = markEmbeddedPosts(doc);
  prunePage(doc, pageUrls);
  const root = readabilityBody(doc);
  const rawRead = root ? splitBylineBlocks(toParagraphs(root)) : [];
  const read = tidyParagraphs(rawRead, headlines, authors);
  const result = (paragraphs: Paragraph[], method: BodyMethod, raw: readonly Paragraph[]): Body => reading(posts, paragraphs, method, raw);
  const readWords = wordsOf(read);
  const ld = ldBody ? ldParagraphs(ldBody) : [];
  const ldWords = wordsOf(ld);
  const tooLittleForLd = ldWords >= 50 && readWords < LD_SHARE * ldWords;
  if (readWords >= SHORT_BODY_WORDS && !tooLittleForLd) return result(read, 'readability', rawRead);

  const fresh = parsePage(html, pageUrls);
  // the same posts, written the same way: the first reading's list stands for both
  markEmbeddedPosts(fresh);
  prunePage(fresh, pageUrls);
  const box = fresh.body ? densestContainer(fresh.body) : null;
  const rawBox = box ? splitBylineBlocks(toParagraphs(box)) : [];
  const boxed = tidyParagraphs(rawBox, headlines, authors);
  const boxWords = wordsOf(boxed);
  if (tooLittleForLd) {
    // The container when it agrees with the declared body in size (it keeps the paragraphs), else the declared body.
    if (boxWords >= LD_SHARE * ldWords && boxWords <= 1.5 * ldWords) return result(boxed, 'container', rawBox);
    return result(ld, 'json-ld', ld);
  }
  const chosen = boxWords >= MUCH_MORE * Math.max(readWords, 1) ? result(boxed, 'container', rawBox) : result(read, 'readability', rawRead);
  if (wordsOf(chosen.paragraphs) >= GALLERY_BELOW) return chosen;
  // too little for an article: a gallery's words are its captions
  const gallery = galleryPage(html, pageUrls);
  if (!gallery) return chosen;
  markEmbeddedPosts(gallery);
  prunePage(gallery, pageUrls);
  const galleryBox = gallery.body ? densestContainer(gallery.body) : null;
  const rawGallery = galleryBox ? splitBylineBlocks(toParagraphs(galleryBox)) : [];
  const captioned = tidyParagraphs(rawGallery, headlines, authors);
  return wordsOf(captioned) > wordsOf(chosen.paragraphs) ? result(captioned, 'gallery', rawGallery) : chosen;
}

/** Below this many words a reading is too little for an article, and a gallery's captions are read instead. */
const GALLERY_BELOW = 60;
/** Pictures with captions a gallery holds at least. */
const GALLERY_FIGURES = 3;
/** Words its captions hold together at least. */
const GALLERY_WORDS = 40;
/** Elements of a caption holding its credit ("Photo: Ana Brel"), by class. */
const CREDIT_PART = '[class*="credit" i], [class*="copyright" i], [class*="byline" i]';

/**
 * A photo gallery's page with each captioned picture replaced by its caption as a paragraph (credits left out),
 * or null when the page holds fewer than three captioned pictures. Captions leave an article's text (they
 * describe its pictures); a gallery has no other words, so it was refused as "too few words for an article",
 * the quotations in its captions unread.
 */
function galleryPage(html: string, pageUrls: readonly (string | null | undefined)[]): DomDocument | null {
  const doc = parsePage(html, pageUrls);
  const figures = all(doc, 'figure').filter((f) => f.querySelector('img, picture, amp-img') && f.querySelector('figcaption'));
  if (figures.length < GALLERY_FIGURES) return null;
  let words = 0;
  for (const figure of figures) {
    const caption = figure.querySelector('figcaption')!;
    for (const credit of all(caption, CREDIT_PART)) credit.remove();
    const text = textOf(caption).replace(CAPTION_CREDIT, '').trim();
    words += countWords(text);
    const p = doc.createElement('p');
    p.appendChild(doc.createTextNode(text));
    figure.parentNode && (figure.parentNode as DomElement).insertBefore(p, figure);
    figure.remove();
  }
  return words >= GALLERY_WORDS ? doc : null;
}
