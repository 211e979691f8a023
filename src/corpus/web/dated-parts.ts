/**
 * Parts of an article with a date of their own: a live blog's entries (each stamped with its `<time
 * datetime>`) and embedded posts (the day the post was posted). A live blog is one page dated once, yet its
 * entries run over days, and an embedded post was posted before the article quoting it; each part's own day is
 * kept beside the text (`DocumentMeta.datedParts`) so an answer can date words by the part that carries them.
 */
import type { DatedPart } from '../types.js';
import { all, textOf, type DomDocument, type DomElement } from './dom.js';
import type { EmbeddedPost } from './embeds.js';
import { isoDay } from './meta-tags.js';
import type { Paragraph } from './paragraphs.js';

/** A live entry found in the page: the text of its first block and its time. */
export interface LiveEntry {
  /** The entry's first heading or paragraph, whitespace collapsed: where it starts in the extracted text. */
  first: string;
  date: string;
  /** The `datetime` as written (evidence). */
  datetime: string;
}

/** Entries a page needs, with two or more different times, to be read as a live blog. */
const LIVE_ENTRIES = 2;
const BLOCKS = 'h2, h3, h4, h5, h6, p, li';
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The live entries of a page: each `<time datetime>` (outside embedded posts) that stamps a box of its own —
 * the nearest ancestor holding a paragraph holds no other stamp — with that box's first heading or paragraph.
 * Empty unless the page has LIVE_ENTRIES or more at two or more different times (an article's published and
 * updated stamps share one header box). Call before pruning.
 */
export function liveEntries(doc: DomDocument): LiveEntry[] {
  const stamps = all(doc, 'time[datetime]').filter((t) => !inside(t, 'BLOCKQUOTE') && isoDay(t.getAttribute('datetime') ?? ''));
  const entries: LiveEntry[] = [];
  const used = new Set<DomElement>();
  for (const stamp of stamps) {
    let box = stamp.parentElement;
    while (box && all(box, 'p').length === 0) box = box.parentElement;
    if (!box || box === doc.body || used.has(box)) continue;
    if (all(box, 'time[datetime]').filter((t) => stamps.includes(t)).length !== 1) continue;
    const first = all(box, BLOCKS).find((b) => !b.contains(stamp) && !stamp.contains(b) && /[\p{L}\p{N}]/u.test(textOf(b)));
    if (!first) continue;
    used.add(box);
    const datetime = stamp.getAttribute('datetime')!.trim();
    entries.push({ first: norm(textOf(first)), date: isoDay(datetime)!, datetime });
  }
  return new Set(entries.map((e) => e.datetime)).size >= 2 && entries.length >= LIVE_ENTRIES ? entries : [];
}

function inside(el: DomElement, tag: string): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (up.tagName.toUpperCase() === tag) return true;
  return false;
}

/**
 * The dated parts of the final text (paragraphs joined by a blank line): each live entry from its first
 * paragraph to the next entry's, each embedded post's paragraph. Entries or posts whose paragraph the reading
 * dropped are left out, and entries altogether unless two or more at different times were kept.
 */
export function datedParts(paragraphs: readonly Paragraph[], entries: readonly LiveEntry[], posts: readonly EmbeddedPost[]): DatedPart[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.text.length + 2;
  }
  const end = (i: number): number => starts[i]! + paragraphs[i]!.text.length;
  const parts: DatedPart[] = [];
  const pending = [...entries];
  const opened: { index: number; entry: LiveEntry }[] = [];
  paragraphs.forEach((p, i) => {
    const k = pending.findIndex((e) => e.first === norm(p.text));
    if (k >= 0) opened.push({ index: i, entry: pending.splice(k, 1)[0]! });
  });
  // entries the reading kept: two or more at two different times, or no live blog (boxes beside an article
  // such as comments are pruned, so their stamps open nothing)
  if (opened.length < LIVE_ENTRIES || new Set(opened.map((o) => o.entry.datetime)).size < 2) opened.length = 0;
  opened.forEach(({ index, entry }, n) => {
    const last = n + 1 < opened.length ? opened[n + 1]!.index - 1 : paragraphs.length - 1;
    parts.push({ start: starts[index]!, end: end(last), date: entry.date, kind: 'entry', detail: `<time datetime="${entry.datetime}">` });
  });
  const unused = posts.filter((post) => post.date);
  paragraphs.forEach((p, i) => {
    const k = unused.findIndex((post) => norm(post.written) === norm(p.text));
    if (k < 0) return;
    const post = unused.splice(k, 1)[0]!;
    parts.push({ start: starts[i]!, end: end(i), date: post.date!, kind: 'post', detail: `the ${post.platform} post's own date` });
  });
  return parts.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The day of the words at `offset` of a document's text: the innermost dated part of the `kinds` asked for
 * holding them (an embedded post inside a live entry is dated as the post), else the document's date. The day
 * an outlet carried words is its entry's (`['entry']`); the day they were first posted may be a post's.
 *
 * @example dateAt(doc, quote.start) // → '2026-05-10' for a quotation in an entry stamped that day
 */
export function dateAt(
  doc: { meta: { date: string | null; datedParts?: readonly DatedPart[] } },
  offset: number,
  kinds: readonly DatedPart['kind'][] = ['entry', 'post'],
): string | null {
  let best: DatedPart | null = null;
  for (const part of doc.meta.datedParts ?? []) {
    if (!kinds.includes(part.kind)) continue;
    if (offset >= part.start && offset < part.end && (!best || part.end - part.start < best.end - best.start)) best = part;
  }
  return best?.date ?? doc.meta.date;
}
