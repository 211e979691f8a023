/**
 * Finds quotation spans in a document's blocks with one left-to-right pass: straight and curly double marks,
 * single-mark quotations told apart from apostrophes, and quotations continued across paragraphs.
 */
import { INVISIBLE } from '../corpus/invisible.js';
import { DETERMINERS, TAG_PRONOUNS, TAG_VERBS } from './words/index.js';

/** One quotation part inside one block: `start`/`end` include the marks, `innerStart`/`innerEnd` do not. */
export interface RawQuote {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  block: number;
  /** False when the block ended before a closing mark (the quotation runs on into the next paragraph). */
  closed: boolean;
  /** True when this part carries on a quotation left open by the previous block. */
  continued: boolean;
}

const DOUBLE = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);
const SINGLE = new Set(["'", '\u2018', '\u2019']);
const OPEN_GLYPH = new Set(['\u201c', '\u201e', '\u00ab', '\u2018']);
const CLOSE_GLYPH = new Set(['\u201d', '\u00bb', '\u2019']);
/** Characters after which a mark opens a quotation (besides whitespace and the start of the block). */
const BEFORE_OPEN = new Set(['(', '[', '{', '\u2014', '\u2013', '-', '/', ':', '\u201c', '\u2018', '"', "'"]);
const SPACE = /\s/;
const MARKS = /["'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]/g;
const WORDCHAR = /[\p{L}\p{N}]/u;
/** A single-mark quotation longer than this is taken to be an apostrophe and dropped. */
const MAX_SINGLE = 300;

function isSpace(c: string | undefined): boolean {
  return c === undefined || SPACE.test(c);
}

/** The visible character before `i` within the block (undefined at its start). */
function visibleBefore(text: string, i: number, blockStart: number): string | undefined {
  let j = i - 1;
  while (j >= blockStart && INVISIBLE.test(text[j] as string)) j--;
  return j >= blockStart ? text[j] : undefined;
}
/** The visible character after `i` before `blockEnd` (undefined at the block's end). */
function visibleAfter(text: string, i: number, blockEnd: number): string | undefined {
  let j = i + 1;
  while (j < blockEnd && INVISIBLE.test(text[j] as string)) j++;
  return j < blockEnd ? text[j] : undefined;
}

/** Is the mark at `i` in a position where it opens (or closes) a quotation, judged by its neighbours? */
function openContext(text: string, i: number, blockStart: number): boolean {
  const prev = visibleBefore(text, i, blockStart);
  const next = visibleAfter(text, i, text.length);
  return (prev === undefined || isSpace(prev) || BEFORE_OPEN.has(prev)) && !isSpace(next);
}
/**
 * "” … the train has left the station,” wrote …": a closing mark that opens its paragraph before an ellipsis is an
 * opening one set the wrong way round (the words begin mid-sentence).
 */
function turnedOpening(text: string, i: number, blockStart: number): boolean {
  return text[i] === '\u201d' && visibleBefore(text, i, blockStart) === undefined && /^\s*(\u2026|\.\.\.)/.test(text.slice(i + 1, i + 8));
}
function closeContext(text: string, i: number, blockEnd: number): boolean {
  const prev = visibleBefore(text, i, 0);
  const next = visibleAfter(text, i, blockEnd);
  return !isSpace(prev) && (next === undefined || !WORDCHAR.test(next));
}

/** `… ‘above the president,’ ” said`: a closing mark set off by a space after a nested closing single mark. */
function nestedClose(text: string, i: number): boolean {
  return text[i - 1] === ' ' && (text[i - 2] === "'" || text[i - 2] === '\u2019') && /[\s,.;:!?]/.test(text[i + 1] ?? ' ');
}

/**
 * A fresh opening mark inside an open quotation starts a nested one when its own closing mark follows soon
 * and the outer quotation goes on after it (another closing mark later in the paragraph, or, for a quotation
 * that opens its paragraph, `runsOn`: the next paragraph opens with a mark, carrying it on unclosed).
 */
function nestedFollows(text: string, i: number, blockEnd: number, runsOn: boolean): boolean {
  MARKS_AFTER.lastIndex = i + 1;
  const close = MARKS_AFTER.exec(text);
  if (!close || close.index >= blockEnd || close.index - i > 80) return false;
  if (runsOn) return true;
  MARKS_AFTER.lastIndex = close.index + 1;
  const outer = MARKS_AFTER.exec(text);
  return Boolean(outer && outer.index < blockEnd);
}
const MARKS_AFTER = /["\u201c\u201d]/g;

/**
 * The closing double mark of a quotation nested at `i` in the curly single quotation opened at `sOpen` (British style:
 * ‘… “…” …’), when the single quotation closes after it within reach; -1 otherwise.
 */
function nestedInSingle(text: string, sOpen: number, i: number, blockEnd: number): number {
  if (text[sOpen] !== '\u2018' || !openContext(text, i, sOpen)) return -1;
  let close = -1;
  for (let j = i + 1; j < blockEnd && j - sOpen <= MAX_SINGLE; j++) {
    const c = text[j] as string;
    if (close < 0) {
      if (DOUBLE.has(c)) {
        if (!closeContext(text, j, blockEnd)) return -1;
        close = j;
      }
    } else if (DOUBLE.has(c)) return -1;
    else if (c === '\u2019' && closeContext(text, j, blockEnd) && !possessive(text, j)) return close;
  }
  return -1;
}

/** `s’ word`: a plural possessive apostrophe rather than a closing single mark. */
function possessive(text: string, i: number): boolean {
  return /s/i.test(text[i - 1] ?? '') && text[i + 1] === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '');
}

/** The first character of a block that is neither space nor invisible (`end` when there is none). */
function firstVisible(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (isSpace(text[i]) || INVISIBLE.test(text[i] as string))) i++;
  return i;
}
function opensWithMark(text: string, block: { start: number; end: number } | undefined): boolean {
  return block !== undefined && DOUBLE.has(text[firstVisible(text, block.start, block.end)] ?? '');
}

/** Does the block open with mark `mark` itself (a paragraph of a run-on quotation set in the same marks)? */
function opensWithSame(text: string, mark: string, block: { start: number; end: number } | undefined): boolean {
  return block !== undefined && text[firstVisible(text, block.start, block.end)] === mark;
}

/**
 * Every quotation part in `blocks`, in text order. Text outside blocks is never looked at.
 * Linear in the length of the blocks: each character is visited once.
 */
export function findQuotes(text: string, blocks: readonly { start: number; end: number }[]): RawQuote[] {
  const out: RawQuote[] = [];
  let carry = false; // the previous block left a double quotation open
  for (let b = 0; b < blocks.length; b++) {
    const { start: bs, end: be } = blocks[b] as { start: number; end: number };
    const first = firstVisible(text, bs, be);
    const firstIsMark = first < be && DOUBLE.has(text[first] as string);
    // a paragraph that opens with a mark after an unclosed one continues it (the usual news convention)
    const continuing = carry && firstIsMark;
    carry = false;
    let dOpen = -1;
    let sOpen = -1;
    let dContinued = false;
    let nested = false;
    // jump from mark to mark: the regex scan is native, the rules below run only at quotation marks
    MARKS.lastIndex = first;
    for (let m = MARKS.exec(text); m && m.index < be; m = MARKS.exec(text)) {
      const i = m.index;
      const c = m[0];
      if (DOUBLE.has(c)) {
        // ‘I told him, “never again”,’ she said: double marks inside an open curly single quotation are nested in it
        const inner = sOpen >= 0 && dOpen < 0 ? nestedInSingle(text, sOpen, i, be) : -1;
        if (inner >= 0) {
          MARKS.lastIndex = inner + 1;
          continue;
        }
        sOpen = -1;
        if (dOpen < 0) {
          const opens = openContext(text, i, bs) || (OPEN_GLYPH.has(c) && !closeContext(text, i, be)) || turnedOpening(text, i, bs);
          if (opens) {
            dOpen = i;
            dContinued = continuing && i === first;
          }
        } else if (
          closeContext(text, i, be) ||
          (CLOSE_GLYPH.has(c) && !openContext(text, i, bs)) ||
          // « … » spaced inside, as French sets them: a » after an open « closes, whatever stands around it
          (c === '\u00bb' && text[dOpen] === '\u00ab') ||
          /[,.!?]/.test(text[i - 1] ?? '') ||
          nestedClose(text, i)
        ) {
          if (nested) {
            nested = false; // “… shouted “Go!” as he left.”: the inner quotation closes, the outer goes on
            continue;
          }
          // French sets its marks apart from the words with a (thin) space: the words start and end at a letter
          let innerStart = dOpen + 1;
          let innerEnd = i;
          while (innerStart < innerEnd && isSpace(text[innerStart])) innerStart++;
          while (innerEnd > innerStart && isSpace(text[innerEnd - 1])) innerEnd--;
          if (innerEnd > innerStart) {
            out.push({ start: dOpen, end: i + 1, innerStart, innerEnd, block: b, closed: true, continued: dContinued });
          }
          dOpen = -1;
        } else if (openContext(text, i, bs)) {
          // "Fares must fall. The “Small Print” hides them. (next paragraph: "…): a paragraph of a run-on quotation
          // whose next paragraph opens with the same mark; a stray mark before curly ones stays stray
          if (nestedFollows(text, i, be, dOpen === first && opensWithSame(text, text[dOpen] as string, blocks[b + 1]))) nested = true;
          else {
            dOpen = i; // an unclosed mark followed by a fresh opening one: the first was stray
            dContinued = false;
          }
        }
      } else if (dOpen < 0 && SINGLE.has(c)) {
        if (sOpen < 0) {
          if (c !== '\u2019' && openContext(text, i, bs) && WORDCHAR.test(text[i + 1] ?? '')) sOpen = i;
        } else if (c !== '\u2018' && closeContext(text, i, be) && !possessive(text, i)) {
          if (i > sOpen + 1)
            out.push({ start: sOpen, end: i + 1, innerStart: sOpen + 1, innerEnd: i, block: b, closed: true, continued: false });
          sOpen = -1;
        }
        if (sOpen >= 0 && i - sOpen > MAX_SINGLE) sOpen = -1;
      }
    }
    // a quotation the next paragraph carries on may report someone inside it ("When I called, she said, …")
    const cut = dOpen >= 0 && !opensWithMark(text, blocks[b + 1]) ? missingClose(text, dOpen + 1, be) : -1;
    if (cut >= 0) {
      out.push({ start: dOpen, end: cut, innerStart: dOpen + 1, innerEnd: cut, block: b, closed: true, continued: dContinued });
    } else if (dOpen >= 0) {
      let end = be;
      while (end > dOpen + 1 && isSpace(text[end - 1])) end--;
      if (end > dOpen + 1) {
        out.push({ start: dOpen, end, innerStart: dOpen + 1, innerEnd: end, block: b, closed: false, continued: dContinued });
        carry = true;
      }
    }
  }
  return out;
}

const TAG_WORD = /[\p{L}][\p{L}.'\u2019-]*|[,.;:!?]/gu;

/**
 * Where a quotation left open to its paragraph's end should have closed: just after the comma (or "?", "!")
 * before a speaker tag written as if the words had closed ("We will rebuild, said Ana Ruiz, who …",
 * "…, Ana Ruiz said."), so the tag credits the words instead of being swallowed by them; -1 when there is none.
 */
function missingClose(text: string, from: number, to: number): number {
  for (let p = from; p < to; p++) {
    const c = text[p];
    if (c !== ',' && c !== '?' && c !== '!') continue;
    TAG_WORD.lastIndex = p + 1;
    const tokens: string[] = [];
    for (let m = TAG_WORD.exec(text); m && m.index < to && tokens.length < 7; m = TAG_WORD.exec(text)) tokens.push(m[0]);
    if (speakerTag(tokens)) return p + 1;
  }
  return -1;
}

/** "said Ana Ruiz" / "said she" / "Ana Ruiz said," / "the mayor said." at the start of `tokens`. */
function speakerTag(tokens: readonly string[]): boolean {
  const [first = '', second = ''] = tokens;
  if (TAG_VERBS.has(first)) return TAG_PRONOUNS.has(second) || /^\p{Lu}\p{Ll}/u.test(second);
  const capitalised = (t: string) => /^\p{Lu}\p{Ll}/u.test(t);
  let k = 0;
  if (TAG_PRONOUNS.has(first)) k = 1;
  else if (DETERMINERS.has(first) && !capitalised(first)) {
    k = 1;
    while (k < 3 && /^\p{Ll}/u.test(tokens[k] ?? '') && !TAG_VERBS.has(tokens[k] ?? '')) k++;
  } else while (k < 4 && capitalised(tokens[k] ?? '')) k++;
  if (k === 0 || !TAG_VERBS.has(tokens[k] ?? '')) return false;
  const after = tokens[k + 1];
  return after === undefined || after === ',' || after === '.';
}

/** A quotation inside another one's wording; offsets as in `RawQuote`. */
export interface NestedSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
}

const NESTED_CLOSE: Record<string, ReadonlySet<string>> = {
  '\u2018': new Set(['\u2019', "'"]),
  "'": new Set(["'", '\u2019']),
  '\u201c': new Set(['\u201d', '"']),
  '"': new Set(['"', '\u201d']),
};

/**
 * The quotations nested in a double-marked quotation (“… ‘were careless,’ she said …”): single marks, or
 * double marks inside double ones, opened and closed where a quotation would be, apostrophes and plural
 * possessives passed over. Only the outermost nesting level is returned; nothing for a single-marked quotation.
 */
export function findNested(text: string, quote: RawQuote): NestedSpan[] {
  const out: NestedSpan[] = [];
  if (SINGLE.has(text[quote.start] ?? '') && quote.innerStart > quote.start) return out;
  const from = quote.innerStart;
  const to = quote.innerEnd;
  for (let i = from; i < to; i++) {
    const closers = NESTED_CLOSE[text[i] as string];
    if (!closers || !openContext(text, i, from) || !WORDCHAR.test(text[i + 1] ?? '')) continue;
    for (let j = i + 1; j < to && j - i <= MAX_SINGLE; j++) {
      const c = text[j] as string;
      if (!closers.has(c) || !closeContext(text, j, to) || possessive(text, j)) continue;
      out.push({ start: i, end: j + 1, innerStart: i + 1, innerEnd: j });
      i = j;
      break;
    }
  }
  return out;
}
