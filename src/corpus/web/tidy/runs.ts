/**
 * Rules over runs of paragraphs: a sentence broken across two paragraphs joined, headings repeated down the page,
 * the tail after a paywall notice, and lists of linked items.
 */
import { countWords } from '../dom.js';
import type { Paragraph } from '../paragraphs.js';
import { SHORT, dropReason } from './lines.js';

/** Blocks a sentence broken by an element set inside its paragraph may be read as. */
const RUNNING_TEXT = /^(?:p|div|article|section|main|span|)$/;

/** A sentence left open: a comma, a dash or a word without a stop closes the block. */
const LEFT_OPEN = /(?:[,;–—]|\p{Ll})\s*$/u;

const GOES_ON = /^\s*\p{Ll}/u;

/**
 * Paragraphs joined again where a box set inside a paragraph (an ad, a "Read more" link, a picture) broke its
 * sentence in two: the parser closes the `<p>` at the box, so “… Vostrik told reporters,” and “adding that …”
 * were read as two paragraphs, with the quotation's speaker apart from the rest of its sentence. Joined when
 * the first leaves the sentence open and the second goes on in lower case.
 */
export function joinBrokenSentences(paragraphs: readonly Paragraph[]): Paragraph[] {
  // each paragraph with the parts joined to it, joined once (joining as they come copies a long run again each time)
  const groups: { first: Paragraph; texts: string[]; linkChars: number }[] = [];
  for (const p of paragraphs) {
    const group = groups.at(-1);
    const last = group?.texts.at(-1);
    if (
      group &&
      last !== undefined &&
      RUNNING_TEXT.test(group.first.tag) &&
      RUNNING_TEXT.test(p.tag) &&
      LEFT_OPEN.test(last) &&
      GOES_ON.test(p.text)
    ) {
      group.texts.push(p.text.trim());
      group.linkChars += p.linkChars;
      continue;
    }
    groups.push({ first: p, texts: [p.text], linkChars: p.linkChars });
  }
  return groups.map(({ first, texts, linkChars }) =>
    texts.length === 1 ? first : { ...first, text: texts.map((t, i) => (i === 0 ? t.trimEnd() : t)).join(' '), linkChars },
  );
}

/** A heading printed this many times in one reading is a template's label ("Update", "Key event"), not the article's. */
const REPEATED_HEADING = 3;

/** Short headings whose exact words come back REPEATED_HEADING times or more: live blogs title every entry "Update". */
export function repeatedHeadings(paragraphs: readonly Paragraph[]): Set<string> {
  const seen = new Map<string, number>();
  for (const p of paragraphs) {
    if (/^h[1-6]$/.test(p.tag) && countWords(p.text) <= SHORT) seen.set(p.text, (seen.get(p.text) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= REPEATED_HEADING).map(([text]) => text));
}

/**
 * The short lines of a wall's box printed after its notice ("Testen Sie 4 Wochen kostenlos", "Lee sin
 * límites", "Cancel anytime"): once a paragraph is the wall's notice, the short unquoted paragraphs right
 * after it are the offer, not the article, up to the next paragraph of the article's length.
 */
export function wallTail(paragraphs: readonly Paragraph[], headlines: readonly string[]): Set<number> {
  const tail = new Set<number>();
  let inWall = false;
  paragraphs.forEach((p, i) => {
    if (dropReason(p, headlines) === 'wall') inWall = true;
    else if (inWall && countWords(p.text) <= SHORT && !/["“”«»„]/.test(p.text)) tail.add(i);
    else inWall = false;
  });
  return tail;
}

/** Share of an item's characters in links from which it is a linked headline ("1 Apr <a>Bus drivers vote …</a>"). */
const LINKED_ITEM = 0.5;

/** Share of a run's items that must be linked headlines, and of its characters that must be link text. */
const LINKED_RUN_ITEMS = 2 / 3;

const LINKED_RUN_CHARS = 0.5;

/** The longest heading (in words) taken as a link list's title ("Related", "More on this story", "Most read"). */
const LIST_TITLE = 6;

/**
 * Runs of list items that are mostly one link each — "Related", "More on this story", "Most read": linked
 * headlines, with a date or a section label beside the link — whatever the headlines' length, and the short
 * title right above such a run (a heading or a bold line, not a sentence). A run is two or more consecutive items (`Paragraph.item`); it goes when
 * two thirds of its items are mostly link text and so is half of its characters. An article's bulleted facts
 * (little or no link text) stay.
 */
export function linkLists(paragraphs: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < paragraphs.length) {
    if (paragraphs[i]!.item === undefined) {
      i++;
      continue;
    }
    let j = i;
    while (j < paragraphs.length && paragraphs[j]!.item !== undefined) j++;
    const items = new Map<number, { chars: number; link: number }>();
    for (let k = i; k < j; k++) {
      const p = paragraphs[k]!;
      const it = items.get(p.item!) ?? { chars: 0, link: 0 };
      it.chars += p.text.length;
      it.link += p.linkChars;
      items.set(p.item!, it);
    }
    const all = [...items.values()];
    const chars = all.reduce((n, it) => n + it.chars, 0);
    const link = all.reduce((n, it) => n + it.link, 0);
    const linked = all.filter((it) => it.link >= LINKED_ITEM * it.chars).length;
    if (all.length >= 2 && linked >= LINKED_RUN_ITEMS * all.length && link >= LINKED_RUN_CHARS * chars) {
      for (let k = i; k < j; k++) out.add(k);
      const title = paragraphs[i - 1];
      if (title && countWords(title.text) <= LIST_TITLE && title.item === undefined && !/[.!?"“”]$/.test(title.text)) out.add(i - 1);
    }
    i = j;
  }
  return out;
}
