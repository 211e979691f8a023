/**
 * The article of a page built by scripts from data it carries in a `<script type="application/json">`
 * (Next.js's `__NEXT_DATA__`, and the like) or assigns to a global (`window.__INITIAL_STATE__ = {…}`): read only when the page shows almost no text of its own. The
 * data is walked without knowing its schema, boundedly, for the longest run of prose: a list whose items are
 * sentences (strings, or objects holding them: `{ type: 'paragraph', text }`; a block of a picture, a
 * player, related links or an ad, `{ type: 'image', caption }`, and a caption or credit of any block are no
 * part of it), or one long string (plain text with line breaks, or HTML with `<p>`s).
 */
import { all, countWords, textOf, type DomDocument, type DomElement, SPACE_RUNS } from './dom.js';
import { parsePage } from './page.js';
import { flightData, isFlightElement } from './next-flight.js';

/** Nodes of the JSON walked at most, and the depth. */
const MAX_NODES = 200_000;
const MAX_DEPTH = 40;
/** Flight data nests elements deeply (each element's children one level, its props another). */
export const FLIGHT_DEPTH = 160;
/** A string is prose with this many words and a sentence's end in it. */
const PROSE_WORDS = 5;
const SENTENCE_END = /[.!?…]["”’»)]?(?:\s|$)/;
/** Fewer words than this in the best run is no article. */
export const MIN_WORDS = 60;

export const isProse = (s: string): boolean => countWords(s) >= PROSE_WORDS && SENTENCE_END.test(s) && !/^\s*[{[]/.test(s);

/** Paragraphs of one long string: HTML's block elements, or its lines. */
export function stringParagraphs(s: string): string[] {
  if (/<p[\s>]/i.test(s))
    return all(parsePage(s), 'p, h2, h3, blockquote, li')
      .map((el) => textOf(el))
      .filter(Boolean);
  return s
    .split(/\n+/)
    .map((t) => t.replace(SPACE_RUNS, ' ').trim())
    .filter(Boolean);
}

/** Keys of a block's words that are no part of its text: a picture's caption, credit and description. */
const NOT_TEXT_KEYS = /^(?:caption|credit|alt|alt_?text|copyright)$/i;
/** Keys naming a block's kind ("type": "image"). */
const KIND_KEYS = ['type', '_type', 'kind', '__typename', 'blockType', 'component'];
/** Kinds of blocks beside the text: pictures, galleries, players, related links, promotions, ads. */
const BESIDE_KINDS = /image|photo|picture|gallery|video|figure|figcaption|related|promo|^ad(?:vert\w*)?$|^ad[_-]?(?:slot|unit)$/i;

/** A block of an article's list that is beside its text ("type": "image" with its caption; "related" links). */
const besideText = (item: object): boolean =>
  KIND_KEYS.some((k) => {
    const kind = (item as Record<string, unknown>)[k];
    return typeof kind === 'string' && BESIDE_KINDS.test(kind);
  });

export const wordsIn = (ps: readonly string[]): number => ps.reduce((n, p) => n + countWords(p), 0);

/** Keys of a rich-text block's parts, and of a part's words (`{ children: [{ text }] }`, `{ content: [{ value }] }`). */
const PART_KEYS = ['children', 'content'];
const PART_TEXT_KEYS = ['text', 'value'];
/** Levels of parts read (a link's words are parts of a part). */
const PART_DEPTH = 3;

/**
 * A rich-text block's words joined from its parts (Portable Text's `{ _type: 'block', children: [{ _type:
 * 'span', text }] }`, Contentful's `{ nodeType: 'paragraph', content: [{ nodeType: 'text', value }] }`): its
 * emphasis and links split a paragraph into parts, none a sentence on its own. Empty for any other object.
 */
function partsText(item: object, depth = 0): string {
  // an element's words are read as its own (`next-flight.ts`)
  if (depth > PART_DEPTH || besideText(item) || isFlightElement(item)) return '';
  const fields = item as Record<string, unknown>;
  for (const key of PART_TEXT_KEYS) if (depth > 0 && typeof fields[key] === 'string') return fields[key] as string;
  for (const key of PART_KEYS) {
    const parts = fields[key];
    if (!Array.isArray(parts) || !parts.length || !parts.every((p) => p && typeof p === 'object' && !Array.isArray(p))) continue;
    return parts.map((p: object) => partsText(p, depth + 1)).join('');
  }
  return '';
}

/** The prose of a list's items, in order: its strings, and the strings of its blocks that are text. */
export function proseRun(items: readonly unknown[]): string[] {
  const run: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') {
      if (isProse(item)) run.push(item.replace(SPACE_RUNS, ' ').trim());
    } else if (item && typeof item === 'object' && !Array.isArray(item) && !besideText(item)) {
      const before = run.length;
      for (const [key, value] of Object.entries(item))
        if (typeof value === 'string' && !NOT_TEXT_KEYS.test(key) && isProse(value)) run.push(value.replace(SPACE_RUNS, ' ').trim());
      // a block of rich text holds its words in parts
      const joined = run.length === before ? partsText(item) : '';
      if (joined && isProse(joined)) run.push(joined.replace(SPACE_RUNS, ' ').trim());
    }
  }
  return run;
}

/** The longest run of prose in `data`, as paragraphs (`maxDepth`: deeper nodes are not walked). */
export function longestProse(data: unknown, maxDepth = MAX_DEPTH): string[] {
  let best: string[] = [];
  let nodes = 0;
  const offer = (ps: string[]): void => {
    if (wordsIn(ps) > wordsIn(best)) best = ps;
  };
  const walk = (v: unknown, depth: number): void => {
    if (++nodes > MAX_NODES || depth > maxDepth || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      offer(proseRun(v));
      for (const item of v) walk(item, depth + 1);
      return;
    }
    for (const value of Object.values(v)) {
      if (typeof value === 'string' && countWords(value) >= MIN_WORDS) offer(stringParagraphs(value));
      else walk(value, depth + 1);
    }
  };
  walk(data, 0);
  return best;
}

/**
 * A script setting the page's state as a global for the framework to render
 * (`window.__INITIAL_STATE__ = {…};`, `window["__PRELOADED_STATE__"] = JSON.parse("…")`): the assigned value.
 */
const STATE_ASSIGNMENT = /^\s*(?:window|self|globalThis)\s*(?:\.\s*|\[\s*["'])__[A-Za-z0-9_]+__(?:["']\s*\])?\s*=/;
/** The same value written as a string handed to `JSON.parse`. */
const PARSED_STRING = /^JSON\.parse\(\s*("(?:[^"\\]|\\[\s\S])*")\s*\)$/;

/** The JSON a data script carries, or undefined when it carries none that parses. */
function scriptJson(el: DomElement): unknown {
  const text = el.textContent ?? '';
  const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
  try {
    if (type === 'application/json') return JSON.parse(text);
    if (type !== '' && type !== 'text/javascript' && type !== 'module') return undefined;
    const opening = STATE_ASSIGNMENT.exec(text);
    if (!opening) return undefined;
    const assigned = text.slice(opening[0].length).trim().replace(/;$/, '').trimEnd();
    const quoted = PARSED_STRING.exec(assigned)?.[1];
    // a value written as JavaScript rather than JSON (`undefined`, functions) is no data to read
    return quoted === undefined ? JSON.parse(assigned) : JSON.parse(JSON.parse(quoted) as string);
  } catch {
    return undefined;
  }
}

/**
 * The article body carried in the page's data (a `<script type="application/json">`, or a script assigning the
 * page's state to a global), as text with a paragraph a line; null when none is found.
 */
export function scriptDataBody(doc: DomDocument): string | null {
  let best: string[] = [];
  for (const el of all(doc, 'script')) {
    const data = scriptJson(el);
    if (data === undefined) continue;
    const found = longestProse(data);
    if (wordsIn(found) > wordsIn(best)) best = found;
  }
  // an App Router page streams its state (`self.__next_f.push(…)`): its elements nest deeply
  for (const root of flightData(doc)) {
    const found = longestProse(root, FLIGHT_DEPTH);
    if (wordsIn(found) > wordsIn(best)) best = found;
  }
  return wordsIn(best) >= MIN_WORDS ? best.join('\n') : null;
}
