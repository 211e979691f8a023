/**
 * schema.org JSON-LD of a page: the article node (NewsArticle, Article, ReportageNewsArticle, BlogPosting and
 * their kin), found in arrays, `@graph` lists and nested entities, its fields validated with zod. Malformed
 * JSON is repaired where the fault is common (trailing commas, raw line breaks in strings, HTML comments
 * around the object); what still does not parse is skipped. Publisher references (`{"@id": …}`) are
 * resolved against the other nodes of the page.
 */
import { decodeHTML } from 'entities';
import { z } from 'zod';
import { all, type DomDocument, SPACE_RUNS } from './dom.js';

/** What the article node says, each value with the key path it came from (the evidence). */
export interface ArticleLd {
  type: string;
  headline?: Keyed;
  datePublished?: Keyed;
  /** When the article was last changed (`dateModified`): a live blog's newest entry, never its publication. */
  dateModified?: Keyed;
  authors?: Keyed;
  publisher?: Keyed;
  url?: Keyed;
  articleBody?: string;
  inLanguage?: Keyed;
  /** False when the page declares its article not free to read (a paywall). */
  freeToRead?: boolean;
  /**
   * The CSS selectors of the parts the page declares not free (`hasPart: {isAccessibleForFree: false,
   * cssSelector}`): a page that holds those parts served its whole article, paywall or not.
   */
  restrictedParts: string[];
}

/** A value and where in the JSON-LD it was read ("NewsArticle.publisher.name"). */
export interface Keyed {
  value: string;
  key: string;
}

const text = z
  .string()
  .transform((s) => s.replace(SPACE_RUNS, ' ').trim())
  .optional()
  .catch(undefined);
/** A date as text, or as a number of seconds or milliseconds since 1970 (some CMSs write it so). */
const dateValue = z
  .union([z.string(), z.number().transform(String)])
  .transform((s) => s.replace(SPACE_RUNS, ' ').trim())
  .optional()
  .catch(undefined);
const types = z
  .union([z.string(), z.array(z.string())])
  .transform((t) => (Array.isArray(t) ? t : [t]))
  .optional()
  .catch(undefined);
const named = z.looseObject({ '@id': text, '@type': types, name: text, url: text });
const namedOrText = z.union([z.string(), named]);
const many = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(z.unknown())])
    .transform((v): unknown[] => (Array.isArray(v) ? v : [v]))
    .optional()
    .catch(undefined);

const nodeSchema = z.looseObject({
  '@id': text,
  '@type': types,
  headline: text,
  name: text,
  datePublished: dateValue,
  dateCreated: dateValue,
  // a live blog's (LiveBlogPosting) start, the day it was published when it declares no datePublished
  coverageStartTime: dateValue,
  dateModified: dateValue,
  url: text,
  mainEntityOfPage: namedOrText.optional().catch(undefined),
  author: many(namedOrText),
  creator: many(namedOrText),
  publisher: many(namedOrText),
  articleBody: z.string().optional().catch(undefined),
  inLanguage: z.union([z.string(), named]).optional().catch(undefined),
  isAccessibleForFree: z.union([z.boolean(), z.string()]).optional().catch(undefined),
  hasPart: many(z.unknown()),
});
type LdNode = z.infer<typeof nodeSchema>;

const notFree = (v: unknown): boolean => v === false || String(v).toLowerCase() === 'false';

/** The selectors of the parts declared not free to read. */
function restrictedParts(parts: readonly unknown[] | undefined): string[] {
  const out: string[] = [];
  for (const part of parts ?? []) {
    if (!part || typeof part !== 'object') continue;
    const { isAccessibleForFree: free, cssSelector } = part as { isAccessibleForFree?: unknown; cssSelector?: unknown };
    if (notFree(free) && typeof cssSelector === 'string' && cssSelector.trim()) out.push(cssSelector.trim().slice(0, 200));
  }
  return out;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting)$/;

/** Parses JSON-LD text, repairing common faults; undefined when it cannot be read. */
export function parseLoose(raw: string): unknown {
  const attempts = [
    raw,
    raw
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters inside strings are the fault repaired
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1'),
  ];
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt);
    } catch {
      // the next repair, or give up
    }
  }
  return undefined;
}

/** Every object node of a JSON-LD value: arrays, `@graph` and nested entities flattened, depth-bounded. */
function collect(value: unknown, out: LdNode[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const parsed = nodeSchema.safeParse(value);
  if (parsed.success) out.push(parsed.data);
  for (const [key, v] of Object.entries(value))
    if (key === '@graph' || key === 'mainEntity' || key === 'itemListElement') collect(v, out, depth + 1);
}

const typeName = (node: LdNode): string | undefined => node['@type']?.find((t) => ARTICLE_TYPE.test(t));

function names(values: unknown[] | undefined, byId: Map<string, LdNode>): string[] {
  const out: string[] = [];
  for (const v of values ?? []) {
    if (typeof v === 'string') {
      if (v.trim() && !/^https?:\/\//.test(v)) out.push(v.trim());
      continue;
    }
    const item = named.safeParse(v);
    if (!item.success) continue;
    const name = item.data.name ?? (item.data['@id'] ? byId.get(item.data['@id'])?.name : undefined);
    if (name) out.push(name);
  }
  // names written with HTML entities ("Ana &amp; Li", "O&#8217;Neil"), as CMSs escape them, read as they show
  return [...new Set(out.map((n) => decodeHTML(n)))];
}

/** All JSON-LD nodes of the page. */
export function readJsonLd(doc: DomDocument): LdNode[] {
  const nodes: LdNode[] = [];
  for (const script of all(doc, 'script[type]')) {
    if (/ld\+json/i.test(script.getAttribute('type') ?? '')) collect(parseLoose(script.textContent ?? ''), nodes);
  }
  return nodes;
}

/** What a page says of itself, to tell its own article node from other stories' nodes beside it. */
export interface PageSelf {
  /** The page's addresses (its canonical link, og:url, the address it was read from). */
  urls: readonly string[];
  /** Whether a headline is the page's (its `<h1>`'s, og:title's). */
  isHeadline: (headline: string) => boolean;
}

/** An address without its query, fragment and trailing slash, for comparing a node's with the page's. */
function bareAddress(url: string): string {
  return url
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/^https?:\/\/(?:www\.)?/i, '')
    .toLowerCase();
}

/** The addresses an article node gives for itself: its url, `mainEntityOfPage` and `@id`. */
function nodeAddresses(node: LdNode): string[] {
  const main =
    typeof node.mainEntityOfPage === 'string' ? node.mainEntityOfPage : (node.mainEntityOfPage?.['@id'] ?? node.mainEntityOfPage?.url);
  return [node.url, main, node['@id']].filter((u): u is string => typeof u === 'string' && /^https?:\/\//i.test(u));
}

/**
 * The page's article node, with publisher references resolved; null when the page has none. When several
 * article nodes exist (other stories' nodes in the page's `@graph` or array: a "related" story's, listed first),
 * the one that names the page's address or prints its headline wins (`self`), else the first with a headline and
 * a date: taking the first, a page was titled, dated and credited as the other story.
 */
export function articleLd(nodes: readonly LdNode[], self?: PageSelf): ArticleLd | null {
  const byId = new Map(nodes.filter((n) => n['@id']).map((n) => [n['@id']!, n]));
  const candidates = nodes.filter((n) => typeName(n));
  const pageUrls = new Set((self?.urls ?? []).map(bareAddress));
  const own =
    candidates.length > 1 && self
      ? (candidates.find((n) => nodeAddresses(n).some((u) => pageUrls.has(bareAddress(u)))) ??
        candidates.find((n) => n.headline && self.isHeadline(decodeHTML(n.headline))))
      : undefined;
  const node = own ?? candidates.find((n) => n.headline && n.datePublished) ?? candidates[0];
  if (!node) return null;
  const type = typeName(node)!;
  const keyed = (value: string | undefined, key: string): Keyed | undefined =>
    value ? { value: decodeHTML(value), key: `${type}.${key}` } : undefined;
  const authors = names(node.author ?? node.creator, byId);
  const publisher = names(node.publisher, byId)[0];
  const page =
    typeof node.mainEntityOfPage === 'string' ? node.mainEntityOfPage : (node.mainEntityOfPage?.['@id'] ?? node.mainEntityOfPage?.url);
  const lang = typeof node.inLanguage === 'string' ? node.inLanguage : node.inLanguage?.name;
  const free = node.isAccessibleForFree;
  return {
    type,
    headline: keyed(node.headline ?? node.name, node.headline ? 'headline' : 'name'),
    datePublished: keyed(
      node.datePublished ?? node.dateCreated ?? node.coverageStartTime,
      node.datePublished ? 'datePublished' : node.dateCreated ? 'dateCreated' : 'coverageStartTime',
    ),
    dateModified: keyed(node.dateModified, 'dateModified'),
    authors: keyed(authors.join(', ') || undefined, 'author.name'),
    publisher: keyed(publisher, 'publisher.name'),
    url: keyed(node.url ?? page, node.url ? 'url' : 'mainEntityOfPage'),
    articleBody: node.articleBody,
    inLanguage: keyed(lang, 'inLanguage'),
    freeToRead: free === undefined ? undefined : !notFree(free),
    restrictedParts: restrictedParts(node.hasPart),
  };
}

/**
 * The page's video when a `VideoObject` is its main entity (a page of its own for the video: no article node
 * beside it; an article's video is declared under its `video`, which is not read as a node), with its
 * description; null for any other page.
 */
export function mainVideo(nodes: readonly LdNode[]): { description: string | null } | null {
  if (nodes.some((n) => typeName(n))) return null;
  const video = nodes.find((n) => n['@type']?.includes('VideoObject'));
  if (!video) return null;
  const description = typeof video.description === 'string' ? decodeHTML(video.description).replace(SPACE_RUNS, ' ').trim() : '';
  return { description: description || null };
}

/** The name of the page's WebSite or Organization node, when it declares one (a publisher of last resort). */
export function siteLd(nodes: readonly LdNode[]): Keyed | null {
  for (const kind of ['WebSite', 'NewsMediaOrganization', 'Organization'] as const) {
    const node = nodes.find((n) => n['@type']?.includes(kind) && n.name);
    if (node) return { value: node.name!, key: `${kind}.name` };
  }
  return null;
}
