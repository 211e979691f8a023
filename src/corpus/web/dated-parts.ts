/**
 * Parts of an article with a date of their own: a live blog's entries (each stamped with its `<time
 * datetime>`) and embedded posts (the day the post was posted). A live blog is one page dated once, yet its
 * entries run over days, and an embedded post was posted before the article quoting it; each part's own day is
 * kept beside the text (`DocumentMeta.datedParts`) so an answer can date words by the part that carries them.
 */
import { MONTH_PATTERN, monthNumber, WEEKDAY_STEMS } from '../calendar.js';
import type { DatedPart } from '../types.js';
import { all, countWords, textOf, type DomDocument, type DomElement, SPACE_RUNS } from './dom.js';
import type { EmbeddedPost } from './embeds.js';
import { isoDay } from './meta-tags.js';
import type { Paragraph } from './paragraphs.js';

/** A live entry found in the page: the text of its first block and its time. */
export interface LiveEntry {
  /** The entry's first heading or paragraph, whitespace collapsed: where it starts in the extracted text. */
  first: string;
  /** ISO day; empty for a stamp written as a clock time only until `dateClockEntries` gives it the page's day. */
  date: string;
  /** The `datetime` as written, or the clock time as printed (evidence). */
  datetime: string;
  /** `HH:MM`, 24-hour, when the stamp gives a time. */
  time?: string;
  /** The zone the stamp states, as written (`ET`, `GMT`, `+02:00`); absent when it states none. */
  zone?: string;
  /** A stamp printed as text ("2:15 p.m. ET"): its day is the page's, read by `dateClockEntries`. */
  clock?: boolean;
  /**
   * The stamp opens the entry's one paragraph in a box of its own (`<div><p><b>14:05</b>The harbour …</p></div>`):
   * a live blog's furniture, to take off the text (a timeline's times printed among paragraphs stay its words).
   */
  opensParagraph?: true;
  /**
   * The day heading printed above the entry ("Thursday 19 November"), as written, when such headings stand
   * between the entries: the day of an entry stamped by a clock time alone; a line to take off the text.
   */
  dayHeading?: string;
}

/** Entries a page needs, with two or more different times, to be read as a live blog. */
const LIVE_ENTRIES = 2;
const BLOCKS = 'h2, h3, h4, h5, h6, p, li';
const norm = (s: string): string => s.replace(SPACE_RUNS, ' ').trim();

/**
 * A clock time printed alone as a live entry's stamp: "2:15 p.m. ET", "14:05 GMT", "Updated 9.05am BST",
 * "10 a.m.". The zone is taken only as written: a letter code or an offset.
 */
const CLOCK =
  /^(?:(?:updated|posted|published|last updated)\s*(?:at\s*)?:?\s*)?(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])?(\.?m\.?)?\s*(?:\(?\b([A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\)?)?$/i;
/** A stamp relative to the moment the page was served ("3 hours ago", "Updated 12 minutes ago"): undatable. */
const RELATIVE =
  /^(?:(?:updated|posted|published)\s*:?\s*)?(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago$/i;

/** Minutes after midnight and the zone of a printed clock time, or null when the text is not one. */
export function readClock(text: string): { minutes: number; time: string; zone?: string } | null {
  const m = CLOCK.exec(norm(text));
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (m[2] === undefined && !(half && m[4])) return null; // "10" alone is no time; "10 a.m." is
  if (half && !m[4] && m[2] === undefined) return null;
  // "12.50" alone is a number (a price, a score, a table's cell); with a.m./p.m. or a zone it is a time
  if (m[2] !== undefined && !/\d[:h]\d/i.test(m[0]) && !(half && m[4]) && !m[5]) return null;
  if (minute > 59 || hour > 23 || (half && (hour < 1 || hour > 12))) return null;
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  const zone = m[5];
  // a letter code that is no zone ("AM" alone is read above; "HRS" and the like)
  if (zone && /^[A-Z]+$/i.test(zone) && !/^(?:[A-Z]{1,3}T|[A-Z]{2}DT|[A-Z]{2}ST|UTC|GMT|Z)$/i.test(zone)) return null;
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return { minutes: hour * 60 + minute, time, ...(zone ? { zone: zone.toUpperCase() } : {}) };
}

const MON = MONTH_PATTERN;
/**
 * A heading naming one absolute day, as live blogs print between their days' entries: "Thursday 19 November",
 * "November 19", "Thu, 19 Nov 2026". "Yesterday", "Today" and the like name no day and are none.
 */
const DAY_HEADING = new RegExp(
  String.raw`^(?:(?:${WEEKDAY_STEMS.join('|')})[a-z]*\.?,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MON}|${MON}\s+(\d{1,2})(?:st|nd|rd|th)?),?(?:\s+(\d{4}))?$`,
  'i',
);

/**
 * The ISO day a day heading names. Without a year it is the year that puts the day nearest the page's date
 * (a blog begun on 31 December heads its next day "1 January"); without either, null.
 */
export function readDayHeading(text: string, pageDate: string | null): string | null {
  const m = DAY_HEADING.exec(norm(text));
  if (!m) return null;
  const day = Number(m[1] ?? m[4]);
  const month = monthNumber((m[2] ?? m[3])!);
  const iso = (y: number): string | null => {
    const d = new Date(Date.UTC(y, month - 1, day));
    return d.getUTCMonth() === month - 1 && day >= 1 ? d.toISOString().slice(0, 10) : null;
  };
  if (m[5]) return iso(Number(m[5]));
  if (!pageDate) return null;
  const base = Date.parse(`${pageDate}T00:00:00Z`);
  const year = Number(pageDate.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map(iso).filter((d): d is string => d !== null);
  candidates.sort((a, b) => Math.abs(Date.parse(`${a}T00:00:00Z`) - base) - Math.abs(Date.parse(`${b}T00:00:00Z`) - base));
  return candidates[0] ?? null;
}

/**
 * Whether a block holds an entry's words: letters or digits, and not a day heading printed in the entry's box
 * ("Tuesday, 4 March" above its first entry of the day), which leaves the text.
 */
function wordsOf(block: DomElement): boolean {
  const text = norm(textOf(block));
  return /[\p{L}\p{N}]/u.test(text) && !(text.length <= 40 && DAY_HEADING.test(text));
}

/** Elements whose whole text is a day heading (the outermost such element), outside embeds, in document order. */
function dayHeadings(doc: DomDocument): { el: DomElement; text: string }[] {
  const found: { el: DomElement; text: string }[] = [];
  for (const el of all(doc, 'body *')) {
    if (el.children.length > SMALL || /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|OPTION|BUTTON|SELECT|TD|TH|TIME|A)$/i.test(el.tagName)) continue;
    const text = norm(textOf(el));
    if (text.length > 40 || !DAY_HEADING.test(text)) continue;
    const parent = el.parentElement;
    if (parent && parent.children.length <= SMALL && norm(textOf(parent)) === text) continue;
    if (inside(el, 'BLOCKQUOTE') || inside(el, 'A')) continue;
    found.push({ el, text });
  }
  return found;
}

/** The time and zone a `datetime` value states ("2026-05-11T21:40:00Z" → 21:40, UTC). */
function datetimeClock(datetime: string): { time?: string; zone?: string } {
  const m = /T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(datetime.trim());
  if (!m) return {};
  const zone = m[3] ? (m[3].toUpperCase() === 'Z' ? 'UTC' : m[3]) : undefined;
  return { time: `${m[1]}:${m[2]}`, ...(zone ? { zone } : {}) };
}

/** Share of a box's text inside links above which it is a list's item (a "most read" headline), not an entry. */
const ENTRY_LINK_SHARE = 0.5;

/** Words from which a block without closing punctuation is still an entry's text rather than a title. */
const SENTENCE_WORDS = 15;

/**
 * Whether a box holds a sentence besides its stamp: a block ending as sentences end ("… the mayor said.") or
 * a long one. A live entry reports something; a video's teaser box ("Crews cheer as the ferry leaves" and
 * its duration "1:42", read like a clock time) holds only a title.
 */
function holdsSentence(box: DomElement, stamp: DomElement): boolean {
  return all(box, BLOCKS).some((b) => {
    if (stamp.contains(b)) return false;
    let text = norm(textOf(b));
    if (b.contains(stamp)) {
      // the paragraph the stamp opens: its words after the stamp
      const stamped = norm(textOf(stamp));
      if (!text.startsWith(stamped)) return false;
      text = text.slice(stamped.length).trim();
      if (!text) return false;
    }
    return /[.!?…]["”’»)]*$/u.test(text) || countWords(text) >= SENTENCE_WORDS;
  });
}

/** Whether a box is mostly link text: an item of a related-stories or most-read list, stamped as entries are. */
function linkBox(box: DomElement): boolean {
  const text = norm(textOf(box)).length;
  const linked = all(box, 'a').reduce((n, a) => n + (inside(a, 'A') ? 0 : norm(textOf(a)).length), 0);
  return text > 0 && linked > ENTRY_LINK_SHARE * text;
}

/**
 * The live entries of a page: each `<time datetime>` (outside embedded posts) that stamps a box of its own —
 * the nearest ancestor holding a paragraph holds no other stamp — with that box's first heading or paragraph.
 * Without such stamps, clock times printed as text ("2:15 p.m. ET", "14:05 GMT") are read the same way, or,
 * printed between an entry's paragraphs without a box of their own, open the paragraph after them. Boxes
 * made mostly of a link (a "most read" list's items, stamped like entries) are none. Empty unless the page
 * has LIVE_ENTRIES or more at two or more different times (an article's published and updated stamps share
 * one header box). Call before pruning.
 */
export function liveEntries(doc: DomDocument): LiveEntry[] {
  const stamps = all(doc, 'time[datetime]').filter((t) => !inside(t, 'BLOCKQUOTE') && isoDay(t.getAttribute('datetime') ?? ''));
  // which elements hold a paragraph and how many stamps each holds, counted once up the tree (asking each
  // stamp's ancestors costs the page's size times its stamps: seconds on a page of thousands of stamps)
  const holdsParagraph = new Set<DomElement>();
  for (const p of all(doc, 'p'))
    for (let up = p.parentElement; up && !holdsParagraph.has(up); up = up.parentElement) holdsParagraph.add(up);
  const stampsIn = new Map<DomElement, number>();
  for (const stamp of stamps) for (let up = stamp.parentElement; up; up = up.parentElement) stampsIn.set(up, (stampsIn.get(up) ?? 0) + 1);
  const entries: LiveEntry[] = [];
  const atOf: DomElement[] = [];
  const used = new Set<DomElement>();
  for (const stamp of stamps) {
    let box = stamp.parentElement;
    while (box && !holdsParagraph.has(box)) box = box.parentElement;
    if (!box || box === doc.body || used.has(box)) continue;
    if (stampsIn.get(box) !== 1) continue;
    if (linkBox(box)) continue;
    const first = all(box, BLOCKS).find((b) => !b.contains(stamp) && !stamp.contains(b) && wordsOf(b));
    if (!first) continue;
    used.add(box);
    const datetime = stamp.getAttribute('datetime')!.trim();
    entries.push({ first: norm(textOf(first)), date: isoDay(datetime)!, datetime, ...datetimeClock(datetime) });
    atOf.push(stamp);
  }
  const live = (found: LiveEntry[]): boolean => new Set(found.map((e) => e.datetime)).size >= 2 && found.length >= LIVE_ENTRIES;
  if (live(entries)) {
    // their day is the stamp's; the headings between them are noted only to leave the text
    markDayHeadings(doc, entries, atOf);
    return entries;
  }
  const clocked = clockEntries(doc);
  return live(clocked) ? clocked : [];
}

/** Elements whose whole text is a printed clock time (the outermost such element), outside embeds and `<time>`. */
function clockStamps(doc: DomDocument): { el: DomElement; text: string }[] {
  const found: { el: DomElement; text: string }[] = [];
  for (const el of all(doc, 'body *')) {
    // a stamp is a small element: its text is read only then (reading every element's text costs the page's
    // size times its depth)
    if (el.children.length > SMALL || /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|OPTION|BUTTON|SELECT|TD|TH)$/i.test(el.tagName)) continue;
    const text = clockText(el);
    if (!text) continue;
    const parent = el.parentElement;
    if (parent && parent.children.length <= SMALL && clockText(parent)) continue; // an outer element is the stamp
    if (inside(el, 'BLOCKQUOTE') || datetimeStamp(el) || inMedia(el)) continue;
    found.push({ el, text });
    if (found.length > MAX_CLOCK_STAMPS) return [];
  }
  return found;
}

/** A stamp of an entry's change ("Updated at 12.41 GMT"), as opposed to the time the entry was posted. */
const CHANGE_STAMP = /^(?:last )?updated\b/i;

/**
 * Stamps without those printing an entry's change under its own stamp ("14:05 GMT … Updated at 14.21 GMT" in
 * one entry's box): read as an entry of its own, it took the next entry's first paragraph and its time.
 */
function entryChanges<T extends { el: DomElement; text: string }>(stamps: readonly T[]): T[] {
  return stamps.filter(({ el, text }) => {
    if (!CHANGE_STAMP.test(text)) return true;
    let box = el.parentElement;
    while (box && all(box, 'p').length === 0) box = box.parentElement;
    if (!box) return true;
    const inBox = stamps.filter((s) => box!.contains(s.el));
    // a box holding every stamp is the page's, not an entry's
    if (inBox.length === stamps.length) return true;
    return !inBox.some((s) => s.el !== el && !CHANGE_STAMP.test(s.text));
  });
}

/** Children an element printing a stamp may have ("<span><b>2:15</b> p.m. ET</span>"). */
const SMALL = 3;
/** More clock stamps than this is no live blog to read (a timetable, a hostile page). */
const MAX_CLOCK_STAMPS = 500;

/** The element's text when it is a printed clock time, else null. */
function clockText(el: DomElement): string | null {
  const text = norm(textOf(el));
  return text.length <= 40 && readClock(text) ? text : null;
}

/** Media boxes, where a printed "1:42" is a video's or a sound's duration, not a clock time. */
const MEDIA = /^(?:FIGURE|PICTURE|VIDEO|AUDIO)$/i;

/** Inside (or) a figure, picture, video or audio element. */
function inMedia(el: DomElement): boolean {
  for (let up: DomElement | null = el; up; up = up.parentElement) if (MEDIA.test(up.tagName)) return true;
  return false;
}

/** Inside (or) a `<time datetime>`: read by the machine-readable path. */
function datetimeStamp(el: DomElement): boolean {
  for (let up: DomElement | null = el; up; up = up.parentElement)
    if (up.tagName.toUpperCase() === 'TIME' && up.hasAttribute('datetime')) return true;
  return false;
}

/**
 * Live entries stamped by clock times printed as text. An entry in a box of its own starts at the box's first
 * heading or paragraph; a stamp printed among the paragraphs (`<p><strong>14:05 GMT</strong></p>`) opens the
 * paragraph after it, or the one it starts (`<p><b>2:15 p.m.</b> Police said …</p>`). A box of its own without
 * a sentence (a video's teaser: a title and its duration) is no entry. Their day is read later, from the
 * page's (`dateClockEntries`).
 */
function clockEntries(doc: DomDocument): LiveEntry[] {
  const stamps = entryChanges(clockStamps(doc));
  if (stamps.length < LIVE_ENTRIES) return [];
  const stampEls = new Set(stamps.map((s) => s.el));
  const blocks = all(doc, BLOCKS);
  const order = new Map(all(doc, '*').map((el, i) => [el, i] as const));
  const entries: LiveEntry[] = [];
  const atOf: DomElement[] = [];
  const firsts = new Set<string>();
  for (const { el, text } of stamps) {
    let box = el.parentElement;
    while (box && all(box, 'p').length === 0) box = box.parentElement;
    if (!box) continue;
    const own = box !== doc.body && stamps.filter((s) => box!.contains(s.el)).length === 1;
    const isStamp = (b: DomElement): boolean => stampEls.has(b) || (b.children.length <= SMALL && clockText(b) !== null);
    let first: DomElement | undefined;
    let opens = false;
    if (own) {
      if (linkBox(box) || !holdsSentence(box, el)) continue;
      first = all(box, BLOCKS).find((b) => !b.contains(el) && !el.contains(b) && !isStamp(b) && wordsOf(b));
      // an entry of one paragraph its stamp opens (<div><p><span>14:05</span>The harbour …</p></div>)
      if (!first) {
        first = blocks.find((b) => box!.contains(b) && b.contains(el) && b !== el && norm(textOf(b)).length > text.length);
        opens = first !== undefined;
      }
    } else {
      const holder = blocks.find((b) => b.contains(el) && b !== el && norm(textOf(b)).length > text.length);
      if (holder) first = holder;
      else {
        const at = order.get(el) ?? -1;
        first = blocks.find((b) => (order.get(b) ?? -1) > at && !el.contains(b) && !isStamp(b) && wordsOf(b));
      }
      if (first && linkBox(first)) continue;
    }
    if (!first) continue;
    const written = norm(textOf(first));
    if (firsts.has(written)) continue;
    firsts.add(written);
    const clock = readClock(text)!;
    entries.push({
      first: written,
      date: '',
      datetime: text,
      time: clock.time,
      ...(clock.zone ? { zone: clock.zone } : {}),
      clock: true,
      ...(opens ? { opensParagraph: true as const } : {}),
    });
    atOf.push(el);
  }
  markDayHeadings(doc, entries, atOf, order);
  return entries;
}

/**
 * Day headings between the entries ("Thursday 19 November") give the entries after them their day
 * (`dayHeading`, read by `dateClockEntries` for entries stamped by a clock time alone); a heading above them
 * all counts only when another stands between entries (alone, it is the page's date line). `stamps[i]` is
 * the element stamping `entries[i]`.
 */
function markDayHeadings(
  doc: DomDocument,
  entries: LiveEntry[],
  stamps: readonly DomElement[],
  order: ReadonlyMap<DomElement, number> = new Map(all(doc, '*').map((el, i) => [el, i] as const)),
): void {
  const headings = dayHeadings(doc).map((h) => ({ ...h, at: order.get(h.el) ?? -1 }));
  if (!headings.length || !entries.length) return;
  const atOf = stamps.map((el) => order.get(el) ?? -1);
  const firstAt = Math.min(...atOf);
  const lastAt = Math.max(...atOf);
  if (!headings.some((h) => h.at > firstAt && h.at < lastAt)) return;
  entries.forEach((e, i) => {
    const above = headings.filter((h) => h.at < atOf[i]!).pop();
    if (above) e.dayHeading = above.text;
  });
}

/**
 * The day headings printed between a live blog's entries (`dayHeading` of its entries): lines of page
 * furniture, not of any entry, so they leave the text once they have dated the entries under them.
 */
export function dayHeadingLines(entries: readonly LiveEntry[]): Set<string> {
  return new Set(entries.flatMap((e) => (e.dayHeading ? [e.dayHeading] : [])));
}

/**
 * Gives entries stamped by a clock time alone the page's day: the page's date is the day the live blog
 * began (its first entry's), or, when the page dates itself by its last update, the day of its newest entry;
 * from there each clock time that goes back past midnight is the next day (or the day before). An entry
 * under a day heading printed between the entries ("Thursday 19 November") has that day instead. Printed
 * newest first or oldest first, as the times say. Without a page date, they get none and are left out.
 */
export function dateClockEntries(entries: readonly LiveEntry[], pageDate: string | null, updated: boolean): LiveEntry[] {
  if (!pageDate || entries.length < LIVE_ENTRIES) return [];
  const minutes = entries.map((e) => readClock(e.datetime)?.minutes ?? 0);
  let down = 0;
  let up = 0;
  for (let i = 1; i < minutes.length; i++) {
    if (minutes[i]! < minutes[i - 1]!) down++;
    else if (minutes[i]! > minutes[i - 1]!) up++;
  }
  const newestFirst = down >= up;
  // indices from the earliest entry to the newest
  const chrono = entries.map((_, i) => i);
  if (newestFirst) chrono.reverse();
  const days = new Array<number>(entries.length).fill(0);
  let day = 0;
  chrono.forEach((i, k) => {
    if (k > 0 && minutes[i]! < minutes[chrono[k - 1]!]!) day++;
    days[i] = day;
  });
  const shift = updated ? -day : 0; // the page's date is the newest entry's day
  // an entry under a day heading has the heading's day
  return entries.map((e, i) => {
    const headed = e.dayHeading ? readDayHeading(e.dayHeading, pageDate) : null;
    const { dayHeading, ...rest } = e;
    return headed ? { ...rest, dayHeading, date: headed } : { ...rest, date: addDays(pageDate, days[i]! + shift) };
  });
}

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Whether a text is a stamp relative to when the page was served ("Updated 3 hours ago"): no day can be read. */
export const relativeStamp = (text: string): boolean => RELATIVE.test(norm(text));

function inside(el: DomElement, tag: string): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (up.tagName.toUpperCase() === tag) return true;
  return false;
}

/** Items grouped by a key, each group in the items' order. */
function queuesBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const queues = new Map<string, T[]>();
  for (const item of items) {
    const queue = queues.get(key(item));
    if (queue) queue.push(item);
    else queues.set(key(item), [item]);
  }
  return queues;
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
  // each paragraph opens the first entry not yet placed that starts with its words (looked up by text, not
  // searched for: a page of thousands of entries)
  const pending = queuesBy(entries, (e) => e.first);
  const opened: { index: number; entry: LiveEntry }[] = [];
  paragraphs.forEach((p, i) => {
    const entry = pending.get(norm(p.text))?.shift();
    if (entry) opened.push({ index: i, entry });
  });
  // entries the reading kept: two or more at two different times, or no live blog (boxes beside an article
  // such as comments are pruned, so their stamps open nothing)
  if (opened.length < LIVE_ENTRIES || new Set(opened.map((o) => o.entry.datetime)).size < 2) opened.length = 0;
  opened.forEach(({ index, entry }, n) => {
    const last = n + 1 < opened.length ? opened[n + 1]!.index - 1 : paragraphs.length - 1;
    parts.push({
      start: starts[index]!,
      end: end(last),
      date: entry.date,
      kind: 'entry',
      ...(entry.time ? { time: entry.time } : {}),
      ...(entry.zone ? { zone: entry.zone } : {}),
      detail: entry.clock
        ? `the entry's time “${entry.datetime}” ${entry.dayHeading ? `under the day heading “${entry.dayHeading}”` : "on the page's day"}`
        : `<time datetime="${entry.datetime}">`,
    });
  });
  const unused = queuesBy(
    posts.filter((post) => post.date),
    (post) => norm(post.written),
  );
  paragraphs.forEach((p, i) => {
    const post = unused.get(norm(p.text))?.shift();
    if (!post) return;
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
