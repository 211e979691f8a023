/**
 * A web page's HTML → its article: body text in paragraphs and metadata with evidence, or the reason the
 * page holds no article. Metadata and wall markers are read first, from the page as served; then the page
 * is pruned and the body extracted (body.ts).
 */
import { changedDate, dateLineDate, orderNote, type ToldDayOrder } from '../dates.js';
import { declaredBody, extractBody } from './body.js';
import { dateClockEntries, datedParts, dayHeadingLines, liveEntries } from './dated-parts.js';
import { clip, type Found, urlDate } from './meta-tags.js';
import { all, countWords, domShape, seenText, textOf, SPACE_RUNS } from './dom.js';
import { parsePage } from './page.js';
import { takeLeadHeadline } from './lead.js';
import { noArticleReason, pageSignals, partialReason, SHELL_WORDS, wordsBesideChrome } from './no-article.js';
import { readPageMeta } from './page-meta.js';
import { flightArticleProse } from './flight-article.js';
import { videoDescription } from './video-page.js';
import type { Paragraph } from './paragraphs.js';
import { isProse, MIN_WORDS, scriptDataBody, wordsIn } from './script-data.js';
import type { ExtractOptions, ExtractResult } from './types.js';
import type { LiveEntry } from './dated-parts.js';

/**
 * Pages with more elements are refused unread: article pages hold a few thousand, and reading costs time in
 * proportion (about 50 ms per thousand elements), so a hostile page cannot hold the reader for minutes.
 */
export const MAX_PAGE_ELEMENTS = 100_000;
/**
 * Pages whose markup opens more elements than this (twice `MAX_PAGE_ELEMENTS`, start tags counted outside
 * scripts, styles and comments: `startTagsOver`) are refused before parsing: parsing and walking millions of tiny
 * elements took a reading thread past its memory limit (over 1 GB for 2.6 million), and there V8 stops the whole
 * process, not only the thread (src/corpus/web/README.md, "Reading time").
 */
export const MAX_PAGE_START_TAGS = 2 * MAX_PAGE_ELEMENTS;

/** The end of a script's or a style's text, from which markup is read again. */
const RAW_TEXT_END = /<\/(?:script|style)\s*>/gi;

/**
 * Whether the page's markup holds more than `most` start tags (`<` and a letter): a script's or a style's text and
 * comments are passed over, as they open no elements. One pass from start to end, stopping once over `most`.
 */
export function startTagsOver(html: string, most: number): boolean {
  let tags = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1) | 0x20;
    if (next >= 0x61 && next <= 0x7a) {
      if (++tags > most) return true;
      const name = html.slice(i + 1, i + 7).toLowerCase();
      if (name === 'script' || name.startsWith('style')) {
        RAW_TEXT_END.lastIndex = i;
        if (!RAW_TEXT_END.exec(html)) return false;
        i = RAW_TEXT_END.lastIndex - 1;
      }
    } else if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) return false;
      i = end;
    }
  }
  return false;
}

/**
 * Pages whose elements nest deeper are refused unread: a browser nests no deeper than 512 levels (it sets the
 * rest beside the 512th), no publishing tool makes such a page, and reading one costs time growing with the square
 * of its depth (over 30 s measured for 30,000 nested boxes).
 */
export const MAX_PAGE_DEPTH = 5_000;

/**
 * The root element of a news feed or a sitemap, after an optional BOM, XML declaration, processing
 * instructions, comments and doctype. Sites serve them as text/html too; read as a page, a feed became one
 * run-on paragraph of its items glued together, with "0.1" taken from the declaration as its outlet.
 */
const XML_LIST_ROOT = /^\uFEFF?\s*(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(rss|feed|rdf:RDF|urlset|sitemapindex)\b/i;

/** Why a feed or sitemap is no article, or null for anything else. */
export function xmlListReason(html: string): string | null {
  const root = XML_LIST_ROOT.exec(html.slice(0, 4096))?.[1]?.toLowerCase();
  if (!root) return null;
  const what = root === 'urlset' || root === 'sitemapindex' ? 'a sitemap' : root === 'feed' ? 'an Atom news feed' : 'an RSS news feed';
  return `it is ${what}, a list of articles that are added one by one by their own links`;
}

/** Words a page's <noscript> must hold to be read as its article when the rest of the page shows almost none. */
const NOSCRIPT_ARTICLE_WORDS = 60;

/**
 * Whether the page is a script shell whose article is printed in <noscript> for readers without scripts
 * (some sites do so for crawlers): read as served, it was refused as "built by scripts". A shell showing only its
 * chrome beside it — a menu, a cookie or consent banner (`wordsBesideChrome`) — is one too: read as served, it
 * was refused as a cookie notice.
 */
function noscriptArticle(doc: ReturnType<typeof parsePage>): boolean {
  const body = doc.body;
  if (!body) return false;
  const inNoscript = all(body, 'noscript').reduce((n, el) => n + countWords(textOf(el)), 0);
  return inNoscript >= NOSCRIPT_ARTICLE_WORDS && wordsBesideChrome(body) < SHELL_WORDS;
}

export type { ExtractedPage, ExtractOptions, ExtractResult, NoArticle } from './types.js';

/**
 * Extracts the article of an HTML page.
 *
 * @example
 * const page = extractArticle(html, { url: 'https://news.example/story' });
 * if (page.ok) page.text // → 'First paragraph…\n\nSecond paragraph…'
 * else page.reason // → 'the page shows only 41 words of the article; the rest is behind a paywall'
 */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractResult {
  const list = xmlListReason(html);
  if (list) return { ok: false, code: 'no_article', reason: list };
  if (startTagsOver(html, MAX_PAGE_START_TAGS)) {
    return {
      ok: false,
      code: 'no_article',
      reason: `the page has over ${MAX_PAGE_START_TAGS.toLocaleString('en-US')} elements, more than any article page holds`,
    };
  }
  let doc = parsePage(html, [options.url]);
  if (noscriptArticle(doc)) {
    // The article is there for readers without scripts: read the page as they see it.
    html = html.replace(/<\/?noscript\b[^>]*>/gi, '');
    doc = parsePage(html, [options.url]);
  }
  const { elements, depth } = domShape(doc.documentElement);
  if (elements > MAX_PAGE_ELEMENTS) {
    return {
      ok: false,
      code: 'no_article',
      reason: `the page has ${elements.toLocaleString('en-US')} elements, more than any article page holds`,
    };
  }
  if (depth > MAX_PAGE_DEPTH) {
    return {
      ok: false,
      code: 'no_article',
      reason: `the page nests its elements ${depth.toLocaleString('en-US')} levels deep, deeper than any article page`,
    };
  }
  const meta = readPageMeta(doc, options.url ?? null);
  const signals = pageSignals(doc, meta.ld?.freeToRead === false, options.url ?? null);
  // Declared not free, yet holding the parts it declares restricted: the page served the whole article.
  const declaredNotFree = meta.ld?.freeToRead === false && !meta.ld.restrictedParts.some((sel) => heldPart(doc, sel));
  // A script shell may carry its article in its JSON data (Next.js's __NEXT_DATA__ and the like), its chrome aside
  // (an App Router page printing only its chrome is read from its flight data below, a video's description told apart).
  const chromeOnly = !html.includes('__next_f') && doc.body !== null && wordsBesideChrome(doc.body) < SHELL_WORDS;
  const shell = signals.visibleWords < SHELL_WORDS || chromeOnly;
  const declared = meta.ld?.articleBody ?? (shell ? scriptDataBody(doc) : null);
  const entries = liveEntries(doc);
  // the addresses links pointing into the page are told by (`own-links.ts`): the one read from, the declared one
  const pageUrls = [options.url, meta.url];
  let body = extractBody(doc, html, meta.headlines, declared, meta.author?.split(/\s*,\s*/) ?? [], pageUrls);
  // an App Router page may print only its chrome, its article rendered by scripts from its flight data
  if (!declared && !signals.paywall && proseWords(body.paragraphs) < MIN_WORDS) {
    const flight = unprintedFlightArticle(html, meta.headlines, meta.url ?? options.url ?? null);
    if (flight) body = declaredBody(flight, body.posts);
  }
  // a live blog's day headings ("Tuesday, 4 March") date its entries, and are no entry's words
  const dayLines = dayHeadingLines(entries);
  const clocked = entries.filter((e) => e.clock);
  const unstamped = stampsOff(clocked);
  const paragraphs = takeLeadHeadline(meta, body.paragraphs)
    .filter((p) => !dayLines.has(p.text.replace(SPACE_RUNS, ' ').trim()))
    .map((p) => {
      const rest = unstamped.get(p.text.replace(SPACE_RUNS, ' ').trim());
      return rest === undefined ? p : { ...p, text: rest };
    });
  let parts = datedParts(paragraphs, clocked.length ? [] : entries, body.posts);
  const kept = entries.filter((e) => parts.some((p) => p.kind === 'entry' && p.detail.includes(`"${e.datetime}"`)));
  if (kept.length) liveBlogDate(meta, kept);
  const lineDates = body.dateLines.flatMap((line) => {
    const found = dateLineDate(line.text, meta.dayOrder?.order);
    return found ? [{ ...line, found }] : [];
  });
  const lineDate = (changed: boolean, end = false): Found | null => {
    const line = lineDates.find((l) => Boolean(l.found.changed) === changed && l.end === end);
    if (!line) return null;
    const where = line.above ? 'above' : 'below';
    const note = changed ? ' (the day the page was last changed: it gives no day it was published)' : '';
    return {
      value: line.found.iso,
      detail: clip(`a date line ${where} the article: ${line.text}${orderNote(line.found, meta.dayOrder)}${note}`),
    };
  };
  // the day it was published, however the page gives it, before the day it was last changed
  const classed = meta.classedDate;
  const printed = meta.printedDate;
  const lateDate =
    lineDate(false) ??
    (classed?.changed ? null : classed) ??
    bylineDate(body.bylineDateLine, meta.dayOrder) ??
    (printed?.changed ? null : printed) ??
    urlDate(meta.url) ??
    // a date line closing a long article, past its top: after the address's, as a box of events may close it
    lineDate(false, true) ??
    earliestEntry(kept) ??
    lineDate(true) ??
    lineDate(true, true) ??
    classed ??
    printed;
  const changedClassed = classed?.changed ? classed.value : null;
  const changedLine = body.dateLines.map((l) => changedDate(l.text, meta.dayOrder?.order)).find((found) => found !== null);
  const modified = meta.modified?.value ?? changedLine?.iso ?? changedClassed ?? (printed?.changed ? printed.value : null);
  if (meta.date === null && lateDate) {
    meta.date = lateDate.value;
    meta.evidence.push({ field: 'date', source: 'page', detail: lateDate.detail });
  }
  if (clocked.length) {
    // entries stamped by a clock time alone are dated from the page's day, once that is known
    const shown = new Set(paragraphs.map((p) => p.text.replace(SPACE_RUNS, ' ').trim()));
    const dateEvidence = meta.evidence.find((e) => e.field === 'date')?.detail ?? '';
    // a page dated by nothing but its last change (`article:modified_time`) dates its newest entry by it, not
    // itself: the day it was changed is not the day it was published
    const byModified = meta.date === null && meta.modified !== null;
    const updated = byModified || /modified|updated/i.test(dateEvidence);
    parts = datedParts(
      paragraphs,
      dateClockEntries(
        clocked.filter((e) => shown.has(e.first)),
        byModified ? meta.modified!.value : meta.date,
        updated,
      ),
      body.posts,
    );
  }
  const reason = noArticleReason(signals, paragraphs, body.linkedHeadings);
  if (reason) return { ok: false, code: 'no_article', reason };
  return {
    ok: true,
    title: meta.title,
    text: paragraphs.map((p) => p.text).join('\n\n'),
    outlet: meta.outlet,
    date: meta.date,
    url: meta.url,
    author: meta.author,
    lang: meta.lang,
    evidence: meta.evidence,
    partial: partialReason(signals, declaredNotFree),
    datedParts: parts,
    ...(modified ? { modified } : {}),
  };
}

/** The day a byline's line gives ("By Orla Kettering · June 14, 2026"), with its evidence. */
function bylineDate(line: string | null, order: ToldDayOrder | null): Found | null {
  const found = line ? dateLineDate(line, order?.order) : null;
  return found ? { value: found.iso, detail: clip(`the byline above the article: ${line}${orderNote(found, order)}`) } : null;
}

/**
 * A live blog dated by one of its entries' stamps (the first in the page: the newest, as live blogs list them)
 * is dated by its first entry instead: the day it began, as a declared `datePublished` dates it. Dated by the
 * newest entry, every earlier entry's words seemed published days after they were.
 */
function liveBlogDate(meta: ReturnType<typeof readPageMeta>, entries: readonly LiveEntry[]): void {
  const at = meta.evidence.findIndex((e) => e.field === 'date');
  const evidence = at >= 0 ? meta.evidence[at]! : null;
  if (!evidence || !entries.some((e) => evidence.detail.includes(`datetime="${e.datetime}"`))) return;
  const first = entries.reduce((a, b) => (b.date < a.date ? b : a));
  meta.date = first.date;
  meta.evidence[at] = {
    field: 'date',
    source: 'page',
    detail: clip(`the earliest of the live blog's ${entries.length} entry stamps: <time datetime="${first.datetime}">`),
  };
}

/**
 * A live blog dated by nothing but its entries' `<time datetime>` stamps: the earliest, the day it began (the
 * day its last change gives, or none, made every entry seem published later or left the page undated).
 */
function earliestEntry(entries: readonly LiveEntry[]): Found | null {
  if (!entries.length) return null;
  const first = entries.reduce((a, b) => (b.date < a.date ? b : a));
  return {
    value: first.date,
    detail: clip(`the earliest of the live blog's ${entries.length} entry stamps: <time datetime="${first.datetime}">`),
  };
}

/**
 * A live blog's paragraphs opened by their entry's printed stamp (`<p><b>14:05</b>The harbour …</p>`, read
 * "14:05The harbour …"), each mapped to its words without the stamp; the entries start at those words. The
 * time is kept as the entry's dated part, not glued into its first sentence.
 */
function stampsOff(entries: LiveEntry[]): Map<string, string> {
  const off = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.opensParagraph || !entry.first.startsWith(entry.datetime)) continue;
    const rest = entry.first.slice(entry.datetime.length).replace(/^[\s:–—-]+/, '');
    if (!/^[\p{Lu}\p{N}"“‘«]/u.test(rest)) continue;
    off.set(entry.first, rest);
    entry.first = rest;
  }
  return off;
}

/** A paragraph's end: a sentence's, with a closing quotation mark or bracket. */
const ENDS_SENTENCE = /[.!?…]["”’»)]?$/;

/**
 * Words of a reading in paragraphs of prose (sentences ending in a stop, mostly not links; no headings): a
 * menu, a footer's links, a cookie notice's or newsletter box's few lines hold hardly any.
 */
function proseWords(paragraphs: readonly Paragraph[]): number {
  return paragraphs
    .filter((p) => !/^h[1-6]$/.test(p.tag) && 2 * p.linkChars < p.text.length && isProse(p.text) && ENDS_SENTENCE.test(p.text.trim()))
    .reduce((n, p) => n + countWords(p.text), 0);
}

/**
 * The page's own article's prose in its flight data (`flight-article.ts`) when the markup does not print it
 * (less than half its words are in the text a reader sees), or null: a page printing it was read from its markup,
 * and a video's page whose prose is its video's description (`video-page.ts`) is no article.
 */
function unprintedFlightArticle(html: string, headlines: readonly string[], pageUrl: string | null): string[] | null {
  // read from the page as served: the first reading pruned its scripts away
  if (!html.includes('__next_f')) return null;
  const fresh = parsePage(html, [pageUrl]);
  const read = flightArticleProse(fresh, headlines, pageUrl);
  const prose = read.paragraphs;
  // a video's own page: its description is no article, as the markup showing only a player says
  if (!prose.length || videoDescription(fresh, read)) return null;
  const shown = seenText(fresh.body);
  const printed = prose.filter((p) => shown.includes(p.replace(SPACE_RUNS, ' ').trim())).reduce((n, p) => n + countWords(p), 0);
  return 2 * printed < wordsIn(prose) ? prose : null;
}

/** Words a part declared not free must hold for the page to have served it. */
const HELD_PART_WORDS = 30;

/** Whether the page holds text in the elements a (page-given, possibly invalid) CSS selector picks. */
function heldPart(doc: ReturnType<typeof parsePage>, selector: string): boolean {
  try {
    return all(doc, selector).reduce((n, el) => n + countWords(textOf(el)), 0) >= HELD_PART_WORDS;
  } catch {
    return false;
  }
}
