/**
 * The days a Next.js page's embedded state (`<script id="__NEXT_DATA__" type="application/json">`) gives its
 * article: a page that renders its date with scripts, or prints it nowhere a reader of the markup finds it,
 * still carries it there (`publishedAt`, `datePublished`, `publishDate`, `firstPublished` … somewhere in
 * `props.pageProps`). The article's own object is the one whose title is the page's headline or whose address
 * or slug is the page's; else the shallowest dated object outside any list. A story in a list (related,
 * latest, most read) dates nothing unless it is the page's own. Its last change (`updatedAt`, `modifiedAt` …)
 * is kept apart and never dates the page.
 */
import { z } from 'zod';
import { all, type DomDocument } from './dom.js';
import { clip, type Found, isoDay } from './meta-tags.js';
import { flightData, isFlightElement } from './next-flight.js';
import { sameHeadline } from './title.js';

/** Nodes of the state walked at most, and the depth. */
const MAX_NODES = 50_000;
const MAX_DEPTH = 40;

/** Keys naming the day an article was first published (compared lower-cased, without `_` or `-`). */
const PUBLISHED_KEYS = new Set([
  'publishedat',
  'datepublished',
  'publishdate',
  'publisheddate',
  'publishedon',
  'publishedtime',
  'firstpublished',
  'firstpublishedat',
  'firstpublisheddate',
  'publicationdate',
  'pubdate',
]);
/** Keys naming the day it was last changed: never its publication. */
const MODIFIED_KEYS = new Set([
  'updatedat',
  'modifiedat',
  'datemodified',
  'modifieddate',
  'updateddate',
  'lastmodified',
  'lastupdated',
  'lastupdatedat',
  'lastpublished',
  'lastpublishedat',
]);
/** Keys naming an object's headline, and its address. */
const TITLE_KEYS = new Set(['headline', 'title', 'name']);
const ADDRESS_KEYS = new Set(['url', 'canonicalurl', 'permalink', 'slug', 'path', 'href']);

const keyOf = (k: string): string => k.toLowerCase().replace(/[_-]/g, '');

/** The shape Next.js writes its state in; the page's props are read without a schema of their own. */
const nextState = z.object({ props: z.object({ pageProps: z.record(z.string(), z.unknown()) }) });
/** A date written as text or as seconds or milliseconds since 1970. */
const dateValue = z.union([z.string().max(100), z.number().transform(String)]);
const shortText = z.string().max(400);

interface Dated {
  path: string;
  published: { key: string; raw: string; day: string } | null;
  modified: { key: string; raw: string; day: string } | null;
  title: string | null;
  address: string | null;
  inList: boolean;
  depth: number;
}

function dayAt(obj: Record<string, unknown>, keys: ReadonlySet<string>): Dated['published'] {
  for (const [key, value] of Object.entries(obj)) {
    if (!keys.has(keyOf(key))) continue;
    const raw = dateValue.safeParse(value);
    const day = raw.success ? isoDay(raw.data) : null;
    if (raw.success && day) return { key, raw: raw.data, day };
  }
  return null;
}

function textAt(obj: Record<string, unknown>, keys: ReadonlySet<string>): string | null {
  for (const [key, value] of Object.entries(obj)) {
    if (!keys.has(keyOf(key))) continue;
    const text = shortText.safeParse(value);
    if (text.success && text.data.trim()) return text.data.trim();
  }
  return null;
}

/** How a state is walked: which arrays list stories side by side, and how deep it goes. */
interface WalkRule {
  isList: (items: readonly unknown[]) => boolean;
  maxDepth: number;
}
const STATE_WALK: WalkRule = { isList: () => true, maxDepth: MAX_DEPTH };

/** Every object of the state under `root` that gives a day it was published or changed. */
function datedObjects(root: unknown, rootPath: string, rule: WalkRule = STATE_WALK): Dated[] {
  const out: Dated[] = [];
  let nodes = 0;
  const walk = (v: unknown, path: string, depth: number, inList: boolean): void => {
    if (++nodes > MAX_NODES || depth > rule.maxDepth || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      const list = inList || rule.isList(v);
      for (const [i, item] of v.entries()) walk(item, `${path}[${i}]`, depth + 1, list);
      return;
    }
    const obj = v as Record<string, unknown>;
    const published = dayAt(obj, PUBLISHED_KEYS);
    const modified = dayAt(obj, MODIFIED_KEYS);
    if (published || modified)
      out.push({ path, published, modified, title: textAt(obj, TITLE_KEYS), address: textAt(obj, ADDRESS_KEYS), inList, depth });
    for (const [key, value] of Object.entries(obj)) walk(value, `${path}.${key}`, depth + 1, inList);
  };
  walk(root, rootPath, 0, false);
  return out;
}

/** Whether an object's address or slug is the page's own ("/news/quay-plan" or "quay-plan" in its path). */
function namesPage(address: string, pageUrl: string | null): boolean {
  if (!pageUrl) return false;
  let path: string;
  try {
    path = new URL(pageUrl).pathname.replace(/\/+$/, '');
  } catch {
    return false;
  }
  const own = address
    .replace(/^https?:\/\/[^/]+/i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
  if (!own || own === '/' || !path) return false;
  return own.startsWith('/') ? own === path : path.split('/').pop() === own;
}

/**
 * Whether an object of the page's state is its own article's: its title is the page's headline, or its address
 * or slug is the page's.
 */
export function namesOwnArticle(obj: Record<string, unknown>, headlines: readonly string[], pageUrl: string | null): boolean {
  const title = textAt(obj, TITLE_KEYS);
  const address = textAt(obj, ADDRESS_KEYS);
  return Boolean((title && headlines.some((h) => sameHeadline(h, title))) || (address && namesPage(address, pageUrl)));
}

/** Whether an object describes a story as a card does: a title with the story's address or its day. */
export function describesStory(obj: Record<string, unknown>): boolean {
  return textAt(obj, TITLE_KEYS) !== null && (textAt(obj, ADDRESS_KEYS) !== null || dayAt(obj, PUBLISHED_KEYS) !== null);
}

/** The article's own dated object: named by the page's headline or address, else the shallowest outside lists. */
function ownObject(dated: readonly Dated[], headlines: readonly string[], pageUrl: string | null): Dated | null {
  const named = dated.find(
    (d) => (d.title && headlines.some((h) => sameHeadline(h, d.title!))) || (d.address && namesPage(d.address, pageUrl)),
  );
  if (named) return named;
  const outside = dated.filter((d) => !d.inList && d.published);
  if (!outside.length) return null;
  const depth = Math.min(...outside.map((d) => d.depth));
  const shallowest = outside.filter((d) => d.depth === depth);
  // two stories side by side at one depth (an article and a featured one): which is the page's is not told
  return shallowest.length === 1 ? shallowest[0]! : null;
}

export interface NextDataDays {
  published: Found | null;
  modified: Found | null;
}

/**
 * The days the page's Next.js state gives its own article (`headlines`: the headlines the page prints or
 * declares; `pageUrl`: its address), each with the key it was read from as evidence.
 */
export function nextDataDays(doc: DomDocument, headlines: readonly string[], pageUrl: string | null): NextDataDays {
  const none: NextDataDays = { published: null, modified: null };
  const script = all(doc, 'script#__NEXT_DATA__')[0];
  // an App Router page streams its state instead
  if (!script) return flightDays(doc, headlines, pageUrl);
  let json: unknown;
  try {
    json = JSON.parse(script.textContent ?? '');
  } catch {
    return none;
  }
  const state = nextState.safeParse(json);
  if (!state.success) return none;
  return ownDays(datedObjects(state.data.props.pageProps, 'pageProps'), headlines, pageUrl, 'Next.js page state (__NEXT_DATA__)');
}

/** The days of the article's own object among `dated`, with `source` and its path as evidence. */
function ownDays(dated: readonly Dated[], headlines: readonly string[], pageUrl: string | null, source: string): NextDataDays {
  const own = ownObject(dated, headlines, pageUrl);
  if (!own) return { published: null, modified: null };
  const found = (d: Dated['published']): Found | null =>
    d ? { value: d.day, detail: clip(`${source} ${own.path}.${d.key} = ${JSON.stringify(d.raw)}`) } : null;
  return { published: found(own.published), modified: found(own.modified) };
}

/**
 * In flight data a React element is an object, and its children an array: elements side by side of several
 * kinds (a header, the article, a footer) are the page's parts, not a list; two or more of one kind (cards of
 * related stories), or an array of plain values, are a list.
 */
function flightList(items: readonly unknown[]): boolean {
  const kinds = new Set<unknown>();
  let elementCount = 0;
  for (const item of items) {
    if (item === null || typeof item === 'string') continue;
    if (!isFlightElement(item)) return true;
    elementCount++;
    kinds.add((item as Record<string, unknown>).type);
  }
  return kinds.size < elementCount;
}
/** Flight data nests elements deeply (each element's children one level, its props another). */
const FLIGHT_WALK: WalkRule = { isList: flightList, maxDepth: 160 };

/**
 * The days a Next.js App Router page's flight data (`self.__next_f.push(…)` chunks) gives its own article, read
 * as `__NEXT_DATA__`'s are (same keys, same checks, a listed story dating nothing unless it is the page's own).
 */
export function flightDays(doc: DomDocument, headlines: readonly string[], pageUrl: string | null): NextDataDays {
  const dated = flightData(doc).flatMap((root, i) => datedObjects(root, i === 0 ? 'flight' : `flight#${i}`, FLIGHT_WALK));
  return ownDays(dated, headlines, pageUrl, 'Next.js flight data (self.__next_f)');
}
