/**
 * The DOM the web layer works on: linkedom (a fast, spec-leaning DOM over htmlparser2; see README.md for the
 * measurement against happy-dom and jsdom), seen through the few members this layer uses. The project
 * compiles without the DOM type library, so these interfaces name exactly what is read.
 */
import { parseHTML } from 'linkedom';

/** Node types this layer tells apart. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** A node of a parsed page. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly previousSibling: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/** An element of a parsed page. */
export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly parentElement: DomElement | null;
  readonly children: ArrayLike<DomElement>;
  readonly id: string;
  readonly className: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  contains(other: DomNode | null): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  remove(): void;
  appendChild(node: DomNode): DomNode;
  insertBefore(node: DomNode, before: DomNode | null): DomNode;
}

/** A parsed page. */
export interface DomDocument {
  readonly documentElement: DomElement;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  createElement(tagName: string): DomElement;
  createTextNode(data: string): DomNode;
}

/**
 * Parses a page's markup as it arrived. A fragment without `<html>`/`<body>` is wrapped first: linkedom builds a
 * document without a body element for it, which Readability cannot walk. `parsePage` of page.ts also moves the parts
 * a React page streams after its first markup into their places.
 *
 * @example parseMarkup('<p>Hello</p>').body?.textContent // → 'Hello'
 */
export function parseMarkup(html: string): DomDocument {
  html = closeHeadings(html);
  const parse = (source: string): DomDocument => parseHTML(source).document as unknown as DomDocument;
  const doc = parse(html);
  if (doc.documentElement?.tagName !== 'HTML' || !doc.body) return parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return doc;
}

/** Scripts, styles, comments and raw text, skipped whole; or a heading's start or end tag. */
const HEADING_TAG = /<(script|style|textarea|title)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<(\/?)h([1-6])\b[^>]*>/gi;

/**
 * The page with each heading's end tag naming the heading it closes, as an HTML5 browser reads it: any
 * `</h1>`…`</h6>` closes the open heading, whatever its level. htmlparser2 (under linkedom) ignores an end tag
 * that names another level, so `<h1>Title</h2><p>By A</p>…` kept the `<h1>` open to the end of its box, and
 * the byline and the article's paragraphs became the headline.
 *
 * @example closeHeadings('<h1>Title</h2><p>By A</p>') // → '<h1>Title</h1><p>By A</p>'
 */
export function closeHeadings(html: string): string {
  let open: string | null = null;
  return html.replace(HEADING_TAG, (tag, raw: string | undefined, slash: string, level: string) => {
    if (raw !== undefined || !level) return tag;
    if (!slash) {
      open = level;
      return tag;
    }
    const closes = open;
    open = null;
    return closes && closes !== level ? `</h${closes}>` : tag;
  });
}

/** Elements matching `selectors`, as an array. */
export function all(root: DomElement | DomDocument, selectors: string): DomElement[] {
  return Array.from(root.querySelectorAll(selectors));
}

const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The text a reader sees in a node: its text nodes joined with a space (scripts, styles, templates and
 * noscript left out), whitespace collapsed. Unlike `textContent`, the texts of adjacent elements of minified
 * markup stay apart: `<h1>Budget</h1><p>Sign in to read</p>` → 'Budget Sign in to read', not 'BudgetSign in…'.
 * Elements in `leaveOut` are left out with their text.
 */
export function seenText(node: DomNode | null | undefined, leaveOut?: ReadonlySet<DomNode>): string {
  const parts: string[] = [];
  // walked with a stack, not by recursion: thousands of nested boxes do not overflow the call stack
  const stack: DomNode[] = node ? [node] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT_NODE) parts.push(n.textContent ?? '');
    else if (n.nodeType === ELEMENT_NODE && (UNSEEN.has(n.nodeName.toUpperCase()) || leaveOut?.has(n))) continue;
    // linkedom builds childNodes anew on each read: read it once per node; pushed last first, read in order
    const children = Array.from(n.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join(' ').replace(SPACE_RUNS, ' ').trim();
}

/**
 * Runs of whitespace other than a lone space: `s.replace(SPACE_RUNS, ' ')` collapses whitespace as
 * `s.replace(/\s+/g, ' ')` does, to the same string. `/\s+/g` matches every single space between words, and
 * V8 rebuilds the string from all those matches (about 0.1 s a megabyte of text, most in garbage collection);
 * text's spaces are mostly lone ones already, so this matches a few runs and leaves the rest as it is.
 */
export const SPACE_RUNS = /\s\s+|[^\S ]/g;

/** Whether an element stands inside one of `boxes`. */
export function insideAny(el: DomElement, boxes: ReadonlySet<DomElement>): boolean {
  if (!boxes.size) return false;
  for (let up = el.parentElement; up; up = up.parentElement) if (boxes.has(up)) return true;
  return false;
}

/** Whitespace-collapsed text of a node (null → ''). */
export function textOf(node: DomNode | null | undefined): string {
  return (node?.textContent ?? '').replace(SPACE_RUNS, ' ').trim();
}

/** A letter or digit at `lastIndex` (a whole code point); a Chinese or Japanese one. */
const WORD_CHARACTER = /[\p{L}\p{N}]/uy;
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/uy;
/** ASCII letters and digits, told without a regular expression. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => Number(/[A-Za-z0-9]/.test(String.fromCharCode(c))));

/**
 * Number of words in a string: runs of letters or digits; in scripts written without spaces (Chinese,
 * Japanese) every two characters count as a word (a run holding any such character counts half its length),
 * so length thresholds mean the same in every language.
 */
export function countWords(s: string): number {
  // a character at a time, ASCII by a table: a page's paragraphs are counted a dozen times over, and matching
  // their every word (`/[\p{L}\p{N}]+/gu`, a match object each) was the largest part of reading a big page
  let words = 0;
  let runStart = -1;
  let runCjk = false;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let width = 1;
    let word: boolean;
    let cjk = false;
    if (c < 128) word = ASCII_WORD[c] === 1;
    else {
      WORD_CHARACTER.lastIndex = i;
      word = WORD_CHARACTER.test(s);
      if (word) {
        width = WORD_CHARACTER.lastIndex - i;
        CJK_CHARACTER.lastIndex = i;
        cjk = CJK_CHARACTER.test(s);
      } else if (isSurrogatePair(s, i)) width = 2;
    }
    if (word) {
      if (runStart < 0) {
        runStart = i;
        runCjk = false;
      }
      if (cjk) runCjk = true;
    } else if (runStart >= 0) {
      words += runCjk ? Math.ceil((i - runStart) / 2) : 1;
      runStart = -1;
    }
    i += width;
  }
  if (runStart >= 0) words += runCjk ? Math.ceil((s.length - runStart) / 2) : 1;
  return words;
}

/** Whether a character written as two UTF-16 units (an emoji, a rare ideograph) starts at `i`. */
function isSurrogatePair(s: string, i: number): boolean {
  const high = s.charCodeAt(i);
  const low = s.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** Number of elements and the depth of the deepest one, counted without recursion. */
export function domShape(root: DomElement): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [DomElement, number][] = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    elements++;
    if (d > depth) depth = d;
    for (const child of Array.from(el.children)) stack.push([child, d + 1]);
  }
  return { elements, depth };
}
