/**
 * Chrome removal: classifies every line of a raw page text (article text, blank, or which kind of chrome)
 * and groups the article lines into paragraphs. The text itself is never rewritten: blocks are offsets.
 */
import { captionKind, lineChrome, type ClassifiedLine } from './chrome.js';
import { markLinkLists } from './link-lists.js';
import { endsLikeSentence, forEachLine, wordCount } from './lines.js';
import type { TextBlock } from './types.js';

export type { ClassifiedLine } from './chrome.js';

export interface CleanResult {
  lines: ClassifiedLine[];
  /** Article paragraphs, in order. */
  blocks: TextBlock[];
}

const SPEECH_AT_END = /\b(?:says?|said|told|tells|added|stated|writes?|wrote)\s*$/i;

/** Numbered menu entries next to a skip link are the rest of that menu. */
function markMenus(lines: ClassifiedLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.chrome !== 'menu') continue;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.chrome === 'menu') break;
      if (l.chrome || !/^\d{1,2}[.)]\s+\S/.test(l.text) || l.words > 6) break;
      l.chrome = 'menu';
    }
  }
}

/** The alt text a site prints just above a credited caption ("Russian ships in …" / "… Image: TASS"). */
function markAltText(lines: ClassifiedLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    if (lines[i]!.chrome !== 'caption' || captionKind(lines[i]!.text) !== 'credit') continue;
    if (prev.chrome || !prev.text || prev.words > 20) continue;
    if (endsLikeSentence(prev.text) || SPEECH_AT_END.test(prev.text) || /["“”]/.test(prev.text)) continue;
    prev.chrome = 'caption';
  }
}

/** A headline-shaped line repeating an earlier line (the headline printed again above the body). */
function markDuplicates(lines: ClassifiedLine[]): void {
  const seen = new Set<string>();
  for (const l of lines) {
    // Only headline-shaped lines: live blogs legitimately repeat whole sentences ("It takes 1,237 …").
    // Being headline-shaped depends on the text alone, so only such lines need remembering.
    if (!l.text || l.words > 25 || endsLikeSentence(l.text) || /["“”]/.test(l.text)) continue;
    if (!l.chrome && seen.has(l.text)) l.chrome = 'duplicate';
    seen.add(l.text);
  }
}

/** `/^[a-z(]/` without a regular expression: it runs on every article line. */
function startsLowerOrParen(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 97 && c <= 122) || c === 40;
}

/**
 * Joins hard-wrapped lines: a line continues the previous paragraph when that one stopped mid-sentence and
 * this one starts in lower case. Otherwise every text line is its own paragraph (news pages put one
 * paragraph per line, often without blank lines between).
 */
function toBlocks(lines: ClassifiedLine[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let prev: ClassifiedLine | null = null;
  for (const l of lines) {
    if (!l.text || l.chrome) {
      prev = null;
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (prev && last && startsLowerOrParen(l.text) && !endsLikeSentence(prev.text)) last.end = l.end;
    else blocks.push({ start: l.start, end: l.end });
    prev = l;
  }
  return blocks;
}

/**
 * Classifies the lines of `text` and returns its article paragraphs.
 *
 * @example
 * const { blocks } = cleanText('Skip to content\nHeadline\n\nBody text, he said.\nShare this');
 * blocks.map((b) => text.slice(b.start, b.end)) // → ['Headline', 'Body text, he said.']
 */
export function cleanText(text: string): CleanResult {
  const lines: ClassifiedLine[] = [];
  forEachLine(text, (index, start, end, body) => {
    const words = wordCount(body);
    lines.push({ index, start, end, text: body, words, chrome: lineChrome(body, words) });
  });
  markMenus(lines);
  markAltText(lines);
  markLinkLists(lines);
  markDuplicates(lines);
  return { lines, blocks: toBlocks(lines) };
}

/** Article paragraphs of `text` (offsets into it). */
export function findBlocks(text: string): TextBlock[] {
  return cleanText(text).blocks;
}
