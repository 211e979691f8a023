/**
 * Notes a page prints beside a link about where it leads, not part of the sentence: the file's type and size
 * ("the plan (PDF, 2.1MB).", "the report [PDF]", "(Word document, 12 pages)") and "(opens in a new window)",
 * "(link is external)". A reader skips them; kept, they split the sentence ("on the website (PDF, 2.1MB). Critics
 * …"). Removed with the space before them, so the stop after the link follows its words: "on the website."
 */
import { all, ELEMENT_NODE, TEXT_NODE, textOf, type DomDocument, type DomElement, type DomNode } from './dom.js';

const FILE_TYPE =
  '(?:PDF|pdf|DOCX?|docx?|XLSX?|xlsx?|PPTX?|pptx?|CSV|csv|ODT|ODS|ODP|RTF|ZIP|zip|EPUB|MP3|MP4|Word|Excel|PowerPoint)(?: (?:file|document|download|format))?';
const FILE_SIZE = String.raw`\d+(?:[.,]\d+)?\s?(?:[KMGkmg]i?[Bb]|bytes)`;
const PAGE_COUNT = String.raw`\d+ (?:pages?|pp\.?)`;
const NOTE_ITEM = `(?:${FILE_TYPE}|${FILE_SIZE}|${PAGE_COUNT})`;
/** A file's note: its type, size or length, one to three of them ("PDF, 2.1MB", "2.1 MB PDF", "PDF – 12 pages"). */
const FILE_NOTE = String.raw`${NOTE_ITEM}(?:\s*[,;:|·•–—-]?\s*${NOTE_ITEM}){0,2}`;
/** Where the link opens ("opens in a new window", "link is external", "external site"). */
const WHERE_NOTE = '(?:opens|open|opening) in (?:a )?new (?:window|tab)|link is external|external (?:link|site|website)';
const BRACKETED = String.raw`[([]\s*(?:${FILE_NOTE}|${WHERE_NOTE})\s*[)\]]`;

/** A note opening the text after a link, with the space before it. */
const NOTE_AFTER = new RegExp(String.raw`^\s*${BRACKETED}`);
/** A note closing a link's own words ("Annual report (PDF, 2.1MB)"). */
const NOTE_CLOSING = new RegExp(String.raw`\s*${BRACKETED}\s*$`);
/** An element that is only a bracketed note (`<a href="…">[PDF]</a>`). */
const NOTE_ALONE = new RegExp(String.raw`^\s*${BRACKETED}\s*$`);
/**
 * An element that is only a file's note without brackets, its size in it (`<span class="file-size">PDF, 2.1
 * MB</span>`): a type alone ("PDF", "Word") may be the sentence's word, "download it as <a>PDF</a>".
 */
const SIZED_NOTE_ALONE = new RegExp(String.raw`^\s*(?=.*${FILE_SIZE})${FILE_NOTE}\s*$`);

type WritableText = DomNode & { textContent: string };

/** Removes link notes after and inside links, with the space before each. */
export function removeLinkNotes(doc: DomDocument): void {
  for (const link of all(doc, 'a')) {
    const own = textOf(link);
    if (NOTE_ALONE.test(own) && /\S/.test(seenBefore(link))) {
      // "the report <a>[PDF]</a>": the link is the note, after words of its own line
      dropWithSpaceBefore(link);
      continue;
    }
    const last = lastText(link);
    if (last && NOTE_CLOSING.test(last.textContent ?? '') && !NOTE_ALONE.test(own)) {
      last.textContent = (last.textContent ?? '').replace(NOTE_CLOSING, '');
    }
    noteAfter(link);
  }
}

/** The note opening what follows a link: in the text after it, or an inline element holding only the note. */
function noteAfter(link: DomElement): void {
  const spaces: DomNode[] = [];
  let next = link.nextSibling;
  while (next && next.nodeType === TEXT_NODE && !/\S/.test(next.textContent ?? '')) {
    spaces.push(next);
    next = next.nextSibling;
  }
  if (!next) return;
  if (next.nodeType === TEXT_NODE) {
    const text = next as WritableText;
    if (NOTE_AFTER.test(text.textContent)) text.textContent = text.textContent.replace(NOTE_AFTER, '');
    return;
  }
  if (next.nodeType !== ELEMENT_NODE) return;
  const el = next as DomElement;
  if (!/^(?:SPAN|SMALL|EM|I|B|STRONG|ABBR)$/i.test(el.tagName) || el.querySelector('a')) return;
  const note = textOf(el);
  if (!NOTE_ALONE.test(note) && !SIZED_NOTE_ALONE.test(note)) return;
  for (const space of spaces) (space as unknown as DomElement).remove();
  el.remove();
}

/** Removes an element and the spaces just before it ("the report <a>[PDF]</a>." → "the report."). */
function dropWithSpaceBefore(el: DomElement): void {
  const before = el.previousSibling;
  if (before && before.nodeType === TEXT_NODE) {
    const text = before as WritableText;
    text.textContent = text.textContent.replace(/\s+$/, '');
    if (el.nextSibling && el.nextSibling.nodeType === TEXT_NODE && /^[\p{L}\p{N}]/u.test(el.nextSibling.textContent ?? '')) {
      text.textContent += ' ';
    }
  }
  el.remove();
}

/** The text just before an element in its parent (words on its line). */
function seenBefore(el: DomElement): string {
  let out = '';
  for (let at = el.previousSibling; at; at = at.previousSibling) out = (at.textContent ?? '') + out;
  return out;
}

/** The last text node with words inside an element. */
function lastText(el: DomNode): WritableText | null {
  const children = Array.from(el.childNodes);
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!;
    if (child.nodeType === TEXT_NODE) {
      if (/\S/.test(child.textContent ?? '')) return child as WritableText;
    } else if (child.nodeType === ELEMENT_NODE) {
      const inner = lastText(child);
      if (inner) return inner;
      if (/\S/.test(child.textContent ?? '')) return null;
    }
  }
  return null;
}
