/**
 * The page's own markup metadata: `<meta name|property|itemprop>` values, `<link rel=canonical>`,
 * `<time datetime>` in the article header, `<html lang>`, and dates written in them parsed to ISO days.
 */
import { dateLineDate, findDate, orderNote, type ToldDayOrder } from '../dates.js';
import { all, type DomDocument, type DomElement, insideAny, TEXT_NODE, SPACE_RUNS } from './dom.js';

/** A value found in markup and the markup that says it (evidence). */
export interface Found {
  value: string;
  detail: string;
}

const MAX_DETAIL = 200;

/** Shortens evidence text for display. */
export const clip = (s: string): string => (s.length > MAX_DETAIL ? `${s.slice(0, MAX_DETAIL - 1)}…` : s);

/** Meta tag values by lower-cased name, property or itemprop; the first tag with a value wins. */
export type MetaTags = Map<string, Found>;

/** Reads every `<meta>` with a name, property, itemprop or http-equiv and a non-empty content. */
export function metaTags(doc: DomDocument): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of all(doc, 'meta')) {
    const content = (el.getAttribute('content') ?? '').replace(SPACE_RUNS, ' ').trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      // Some sites list several properties in one attribute ("og:title twitter:title").
      for (const k of key ? key.split(/\s+/) : []) {
        if (!tags.has(k)) tags.set(k, { value: content, detail: clip(`<meta ${attr}="${k}" content="${content}">`) });
      }
    }
  }
  return tags;
}

/** The first of `keys` present in `tags`. */
export function firstTag(tags: MetaTags, keys: readonly string[]): Found | null {
  for (const k of keys) {
    const found = tags.get(k);
    if (found) return found;
  }
  return null;
}

/**
 * Seconds since 1970 (ten digits: from 2001 on) or milliseconds (thirteen), as some CMSs write a date in a meta
 * tag or JSON-LD: "1767225600", "1767225600000". Fewer digits are no date of today's news (and "20230115" is a day).
 */
const EPOCH = /^(\d{10}|\d{13})(?:\.\d+)?$/;

/**
 * An ISO day `YYYY-MM-DD` from a machine or human date: "2024-05-14T19:42:00+00:00" (the day as written, in
 * its own offset), "20230115", "2024/05/14", "May 14, 2024", an epoch time "1767225600" (the day in UTC, as
 * the number names no zone). Null when no full date with a year is there.
 */
export function isoDay(raw: string): string | null {
  const s = raw.trim();
  const epoch = EPOCH.exec(s);
  if (epoch) {
    const ms = epoch[1]!.length === 13 ? Number(epoch[1]) : Number(epoch[1]) * 1000;
    const day = new Date(ms).toISOString().slice(0, 10);
    return day <= '2100' ? day : null;
  }
  const machine = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]|$)/.exec(s);
  const candidate = machine ? `${machine[1]}-${machine[2]}-${machine[3]}` : s;
  return findDate(candidate)?.iso ?? null;
}

/** Meta keys that carry a publication date, most specific first. */
export const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'original-publish-date',
  'article:published',
  'datecreated',
  'dc.created',
  'article.published',
  'article_date_original',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'og:published_time',
  'cxenseparse:recs:publishtime',
] as const;

/** Meta keys that carry the day an article was last changed (never its publication day). */
export const MODIFIED_KEYS = [
  'article:modified_time',
  'og:article:modified_time',
  'og:updated_time',
  'datemodified',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
] as const;

const ARTICLE_HEADER = 'article time[datetime], header time[datetime], [itemprop="datePublished"], time[pubdate]';

/** The nearest ancestor of `el` with this tag name (upper case), or null. */
function ancestor(el: DomElement, tag: string): DomElement | null {
  for (let up = el.parentElement; up; up = up.parentElement) if (up.tagName === tag) return up;
  return null;
}

/**
 * The page's own `<article>`: the one holding its headline (`headline`, the `<h1>` read as the headline), else
 * the one with the most words. A list of other stories printed as `<article>` teasers before it (a "Latest"
 * sidebar, each with its `<time>`) is not the page's article.
 */
export function pageArticle(doc: DomDocument, headline: DomElement | null = null): DomElement | null {
  const own = headline ? (headline.tagName === 'ARTICLE' ? headline : ancestor(headline, 'ARTICLE')) : null;
  if (own) return own;
  let best: DomElement | null = null;
  let most = -1;
  for (const a of all(doc, 'article')) {
    const n = (a.textContent ?? '').split(/\s+/).length;
    if (n > most) [best, most] = [a, n];
  }
  return best;
}

/** A site's masthead: a header holding its menu, its logo or a link to its front page. */
function siteHeader(header: DomElement): boolean {
  return (
    header.querySelector('nav, [class*="logo" i], [class*="brand" i], [class*="masthead" i]') !== null ||
    all(header, 'a[href]').some((a) => /^(?:\/|(?:https?:)?\/\/[^/]+\/?)$/.test((a.getAttribute('href') ?? '').trim()))
  );
}

/** Whether `el` is inside an `<article>` other than the page's own `article` (another story's teaser). */
export function inOtherArticle(el: DomElement, article: DomElement | null): boolean {
  const inArticle = ancestor(el, 'ARTICLE');
  return inArticle !== null && article !== null && inArticle !== article && !inArticle.contains(article) && !article.contains(inArticle);
}

/**
 * A publication day from a `<time datetime>` in the page's article or in the header holding its headline (or
 * itemprop=datePublished, `pubdate`). A `<time>` in another story's teaser, in the site's masthead (today's
 * date, printed on every page) or in a reader thread (`threads`: a comment's day) dates another story or none.
 */
export function headerTime(
  doc: DomDocument,
  headline: DomElement | null = null,
  threads: ReadonlySet<DomElement> = new Set(),
): Found | null {
  const article = pageArticle(doc, headline);
  // a stamp only classed as the change's dates the page when it is the only one (a theme classing its one stamp
  // "updated"); one marked or printed as the change never does
  let classedChange: Found | null = null;
  for (const el of all(doc, ARTICLE_HEADER)) {
    const change = changeStamp(el);
    if (inOtherArticle(el, article) || insideAny(el, threads) || change === 'marked') continue;
    const inArticle = ancestor(el, 'ARTICLE');
    const header = inArticle ? null : ancestor(el, 'HEADER');
    const marked = el.hasAttribute('itemprop') || el.hasAttribute('pubdate');
    if (header && !marked && (headline ? !header.contains(headline) : siteHeader(header))) continue;
    const raw = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '';
    const day = isoDay(raw);
    if (!day) continue;
    const found = { value: day, detail: clip(`<${el.tagName.toLowerCase()} ${describe(el)}>${raw.trim()}`) };
    if (!change) return found;
    classedChange ??= found;
  }
  return classedChange;
}

/** Words printed right before a stamp of the page's last change ("Updated", "Last modified on"). */
const CHANGE_WORDS = /(?:updated|modified|last updated|last modified)(?:\s+on)?\s*:?\s*$/i;
/** Class words of a change's stamp ("updated", "date-modified"), on a stamp not also classed as published. */
const CHANGE_CLASS = /(?:^|[\s_-])(?:updated|modified)(?:$|[\s_-])/i;

/**
 * Whether a `<time>` stamps the page's last change rather than its publication: `marked` so
 * (`itemprop="dateModified"`, or printed after "Updated": "Updated <time>14 March</time> · Published <time>10
 * March</time>"), or `classed` "updated" or "modified" (and not "published", as WordPress classes one stamp
 * both ways).
 */
function changeStamp(el: DomElement): 'marked' | 'classed' | null {
  if (el.getAttribute('itemprop') === 'dateModified') return 'marked';
  const before = el.previousSibling;
  if (before?.nodeType === TEXT_NODE && CHANGE_WORDS.test(before.textContent ?? '')) return 'marked';
  const cls = el.getAttribute('class') ?? '';
  return CHANGE_CLASS.test(cls) && !/publish/i.test(cls) ? 'classed' : null;
}

function describe(el: DomElement): string {
  const attr = ['itemprop', 'datetime', 'class'].find((a) => el.hasAttribute(a));
  return attr ? `${attr}="${el.getAttribute(attr)}"` : '';
}

const DATED_CLASS =
  '[class*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i], [class*="byline" i], [class*="dateline" i]';
/** Longest text (in words) of an element read as a date label ("Published May 14, 2024 at 7:42 pm"). */
const DATE_LABEL_WORDS = 16;

/** A date-classed element's day; `changed` when it gives only the day the page was last changed ("Last updated …"). */
export type ClassedDate = Found & { changed?: true };

/**
 * A day written in an element classed as a date or byline ("<span class="post-date">May 14, 2024</span>")
 * inside the page's article (`pageArticle`; or main) element, the first in document order, reader threads
 * (`threads`) aside. Call before pruning.
 */
export function classedDate(
  doc: DomDocument,
  headline: DomElement | null = null,
  order: ToldDayOrder | null = null,
  threads: ReadonlySet<DomElement> = new Set(),
): ClassedDate | null {
  const scope = pageArticle(doc, headline) ?? doc.querySelector('main');
  if (!scope) return null;
  let changed: ClassedDate | null = null;
  for (const el of all(scope, DATED_CLASS)) {
    if (insideAny(el, threads)) continue;
    const text = (el.textContent ?? '').replace(SPACE_RUNS, ' ').trim();
    if (!text || text.split(' ').length > DATE_LABEL_WORDS) continue;
    const found = dateLineDate(text, order?.order);
    if (!found) continue;
    const detail = clip(`<${el.tagName.toLowerCase()} class="${el.className}">${text}${orderNote(found, order)}`);
    // the day it was published, in another element, before the day it was last changed ("Last updated …")
    if (!found.changed) return { value: found.iso, detail };
    changed ??= { value: found.iso, detail: `${detail} (the day the page was last changed)`, changed: true };
  }
  return changed;
}

/** The date a news URL carries in its path ("/2024/05/14/slug", "/2024-05-14-slug"). */
export function urlDate(url: string | null): Found | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/.exec(new URL(url).pathname);
  const day = m ? isoDay(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`) : null;
  return day ? { value: day, detail: clip(`the date in the page's address ${url}`) } : null;
}

/** `<link rel=canonical>` resolved against `base` (a relative one without a base is not an address). */
export function canonicalLink(doc: DomDocument, base: string | null): Found | null {
  for (const el of all(doc, 'link[rel]')) {
    if (!/(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) continue;
    const href = el.getAttribute('href')?.trim();
    const url = href ? absoluteUrl(href, base) : null;
    if (url) return { value: url, detail: clip(`<link rel="canonical" href="${href}">`) };
  }
  return null;
}

/** An http(s) URL from `href`, resolved against `base`; null for anything else. */
export function absoluteUrl(href: string, base: string | null): string | null {
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The page's language from `<html lang>` (or xml:lang). */
export function htmlLang(doc: DomDocument): Found | null {
  const el = doc.documentElement;
  for (const attr of ['lang', 'xml:lang']) {
    const v = el.getAttribute(attr)?.trim();
    if (v && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(v)) return { value: v, detail: `<html ${attr}="${v}">` };
  }
  return null;
}
