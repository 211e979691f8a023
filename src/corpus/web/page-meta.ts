/**
 * Metadata of a web page from its markup, each value with the tag or JSON-LD key it was read from. Order of
 * trust per field (first found wins):
 * - title: JSON-LD headline, og:title, twitter:title, the `<h1>`, the `<title>` without the site's name;
 * - outlet: JSON-LD publisher.name, og:site_name, application-name, the `<title>`'s suffix, the JSON-LD
 *   WebSite name, twitter:site, then the page URL's domain (named as the page's own chrome writes it);
 * - date: JSON-LD datePublished, article:published_time and the usual date meta tags, `<time datetime>`, a
 *   Next.js page state's date for its own article (`next-data.ts`),
 *   then (in extract.ts) a date line at the top of the article, a date- or byline-classed element of the
 *   article, a byline's line with a date ("By A · June 14, 2026"), a date line printed above the text outside
 *   the body (`printedDate`), the date in the URL's path, a live blog's earliest entry stamp;
 * - url: `<link rel=canonical>`, og:url, JSON-LD url, the address the page was read from;
 * - author: JSON-LD author names, author meta tags (every tag of the first key naming a person), a printed
 *   byline's names ("By A, B and C"), without credits naming no person (a wire agency, "By The Associated
 *   Press", "AFP staff", the outlet's own "Harbour Times staff"); lang: `<html lang>`, content-language, JSON-LD.
 * Nothing is guessed: a field no markup gives stays null.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../calendar.js';
import {
  BYLINE_OPENER,
  NAME_AND_ROLE,
  NAME_JOINER,
  NAMES_LINE,
  NAMES_LINE_JOINS,
  WRITER_ROLE_PART,
  WRITER_ROLE_THEN_NAME,
} from '../byline-words.js';
import { agencyNamed } from '../copies/wire-credit.js';
import { nameForDomain, registrableDomain } from '../outlet.js';
import type { MetaEvidence } from '../types.js';
import { all, countWords, insideAny, textOf, type DomDocument, type DomElement, SPACE_RUNS } from './dom.js';
import { toParagraphs } from './paragraphs.js';
import { articleLd, readJsonLd, siteLd, type ArticleLd, type Keyed } from './json-ld.js';
import {
  absoluteUrl,
  canonicalLink,
  type ClassedDate,
  classedDate,
  clip,
  DATE_KEYS,
  MODIFIED_KEYS,
  headerTime,
  htmlLang,
  inOtherArticle,
  isoDay,
  metaTags,
  pageArticle,
  type Found,
  type MetaTags,
} from './meta-tags.js';
import { dateLineDate, isDateLine, orderNote, type ToldDayOrder } from '../dates.js';
import { dayOrder } from './day-order.js';
import { readerThreads } from './threads.js';
import { nextDataDays } from './next-data.js';
import { withoutDateBeside } from './tidy.js';
import { labelledHeadline, SECTION_LABEL, sameHeadline, siteLabel, splitTitle, withoutSectionLabel } from './title.js';

/** Metadata read from a page's markup. */
export interface PageMeta {
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  author: string | null;
  lang: string | null;
  evidence: MetaEvidence[];
  /** The JSON-LD article node, when the page has one (its body and paywall flag serve the extractor). */
  ld: ArticleLd | null;
  /** A day written in a date- or byline-classed element of the article, read before pruning removes it. */
  classedDate: ClassedDate | null;
  /**
   * A date line printed between the `<h1>` and the article's text outside any dated class ("Updated 14:05 GMT,
   * 4 February 2026" in a `<div><span>`), read before Readability leaves it out of the body as no paragraph.
   */
  printedDate: ClassedDate | null;
  /** The order of day and month the page writes numeric dates in ("3/10/2026"), when something tells it. */
  dayOrder: ToldDayOrder | null;
  /**
   * The day the page says it was last changed (JSON-LD `dateModified`, `article:modified_time` …). Never the
   * page's date: it dates only a clock-stamped live blog's newest entry when nothing else dates the page.
   */
  modified: Found | null;
  /** Every wording of the headline the page gives (JSON-LD, og:title, twitter:title, `<h1>`, `<title>`). */
  headlines: string[];
  /** The `<title>` as written, and whether the title came only from it (no headline elsewhere). */
  pageTitle: string | null;
  titleFromTitleTag: boolean;
  /** True when the outlet is only a domain or a social handle: a name the page writes beats it. */
  weakOutlet: boolean;
}

type Field = 'title' | 'outlet' | 'date' | 'url' | 'author' | 'lang';

const fromLd = (k: Keyed | undefined): Found | null =>
  k ? { value: k.value, detail: clip(`JSON-LD ${k.key} = ${JSON.stringify(k.value)}`) } : null;
const first = (...found: (Found | null | undefined)[]): Found | null => found.find((f) => f?.value) ?? null;

function dayOf(found: Found | null): Found | null {
  const day = found ? isoDay(found.value) : null;
  return found && day ? { value: day, detail: found.detail } : null;
}

/** Lines of the page's chrome (header, menus, footer) where a site writes its own name. */
function chromeLines(doc: DomDocument): string[] {
  return all(doc, 'header, nav, footer, [class*="copyright"], [class*="logo"]')
    .map(textOf)
    .filter((t) => t && t.length < 400);
}

function outletFromDomain(doc: DomDocument, url: Found | null): Found | null {
  if (!url) return null;
  const domain = registrableDomain(new URL(url.value).hostname);
  const named = nameForDomain(domain, chromeLines(doc));
  return named
    ? { value: named.name, detail: clip(`domain ${domain} of ${url.detail}, named "${named.name}" in: ${named.line}`) }
    : { value: domain, detail: clip(`domain ${domain} of ${url.detail}`) };
}

/** A person's name from an author tag ("By " dropped); profile URLs are not names. */
function personTag(found: Found | null): Found | null {
  if (!found || /^https?:\/\//i.test(found.value)) return null;
  const value = found.value.replace(/^by\s+/i, '').trim();
  return value ? { value, detail: found.detail } : null;
}

/** Elements a byline is printed in. */
const BYLINE_ELEMENTS = '[class*="byline" i], [class*="author" i], [class*="names" i], [rel="author"], [itemprop="author"]';
/** A person's name as a byline prints it: capitalised words, with the particles of family names. */
const PERSON = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|del|da|di|du|van|von|der|den|le|la|bin|al|ten|ter)\s+)*\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** Classes and ids of a site's name printed as a heading ("site-logo", "brand", "masthead"). */
const LOGO = /logo|brand|site-?(?:title|name)|masthead/i;

/**
 * The site's name printed as an `<h1>` in its header: a heading classed as a logo, or one whose words are one
 * link to the site's front page ("<h1 class="logo"><a href="/">Riverside Courier</a></h1>").
 */
function siteLogo(el: DomElement): boolean {
  if (LOGO.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return true;
  const links = el.tagName === 'A' ? [el] : all(el, 'a');
  const href = links.length === 1 ? (links[0]!.getAttribute('href') ?? '').trim() : '';
  return Boolean(href) && textOf(links[0]!) === textOf(el) && /^(?:\/|(?:https?:)?\/\/[^/]+\/?)$/.test(href);
}

/** Where a site prints its own name: its header, menus, footer, logo, and links to its front page. */
const SITE_NAME_PLACES =
  'header, nav, footer, [class*="logo" i], [class*="brand" i], [class*="masthead" i], [id*="masthead" i], [class*="site-title" i], [class*="site-name" i]';

/**
 * Whether a `<title>` without a separator is only the site's name ("Tidewater Gazette" on a page whose
 * headline is an `<h2>`): the name the site gives itself in a tag (`og:site_name` …), the page address's
 * name (tidewatergazette.example), or the whole text (or logo's alt) of its header, menu, footer, logo or
 * a link to its front page. Read as the headline, every such page was titled with the site's name.
 */
function titleIsSiteName(doc: DomDocument, title: string, siteNames: readonly string[], host: string | null): boolean {
  if (siteNames.some((n) => sameHeadline(n, title))) return true;
  const squashed = title.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (host && squashed.length >= 3 && siteLabel(host) === squashed) return true;
  // an article's own <header> prints its headline, not the site's name
  const places = all(doc, SITE_NAME_PLACES).filter((el) => !inArticle(el));
  return [...places, ...all(doc, 'h1, a[href]').filter(siteLogo)].some(
    (el) => sameHeadline(textOf(el), title) || all(el, 'img[alt]').some((img) => sameHeadline(img.getAttribute('alt') ?? '', title)),
  );
}

/**
 * A headline printed in a lower heading marked as the article's title (`<h2 class="entry-title">`,
 * `itemprop="headline"`): read when nothing else gives a title, as on blogs whose `<h1>` is the site's name
 * and whose `<title>` is only that name.
 */
function markedHeadline(doc: DomDocument): Found | null {
  const el = all(doc, 'h2, h3, [itemprop="headline"]').find(
    (h) =>
      (h.getAttribute('itemprop') === 'headline' ||
        /(?:^|[\s_-])(?:entry|post|article|story)[-_]?(?:title|headline)(?:$|[\s_-])/i.test(marks(h))) &&
      !siteLogo(h),
  );
  const text = el ? textOf(el) : '';
  return el && text
    ? { value: text, detail: clip(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">${text}`) }
    : null;
}

const marks = (el: DomElement): string => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

function inArticle(el: DomElement): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (up.tagName === 'ARTICLE') return true;
  return false;
}

/** The `<h1>` that prints the headline: the article's, else the page's first that is no site logo. */
export function headlineHeading(doc: DomDocument): DomElement | null {
  return [...all(doc, 'article h1'), ...all(doc, 'h1')].find((el) => !siteLogo(el)) ?? null;
}

/** Month and weekday names: "By June 14" or "By Monday Night" names no one. */
const CALENDAR_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);
/** Longest byline (in words) read for its names. */
const BYLINE_WORDS = 16;

/**
 * The authors a printed byline names ("By Ines Varga, Pelle Maro and Ruth Ebbe", "By Lena Marsh, Staff
 * Writer"), when no tag names them: the list of names after "By", up to the first comma or mark past its
 * last "and" (a role or a date follows there). Null unless every name of the list reads as a person's.
 */
function bylineAuthor(doc: DomDocument, threads: ReadonlySet<DomElement>): Found | null {
  // other stories' teasers printed as <article>s (a "Latest" list with their bylines) name their own authors,
  // and readers name themselves above their comments
  const article = pageArticle(doc, headlineHeading(doc));
  const own = all(doc, BYLINE_ELEMENTS).filter((el) => !inOtherArticle(el, article) && !insideAny(el, threads));
  const top = linesAboveText(doc);
  return (
    bylineIn(own) ??
    bylineIn(top.filter((el) => BY.test(writersPart(bylineText(el))))) ??
    authorName(doc, article, threads) ??
    writerLine(top)
  );
}

/** Words of a line read as the article's first sentence, ended by its stop. */
const SENTENCE_WORDS = 8;

/**
 * The writer's name from a line printed where a byline stands, without "By": a name, a comma, then the writer's
 * job ("Gwen Mabry, Transport correspondent"; `NAME_AND_ROLE`), or two names or more and nothing else before the
 * article's first sentence ("Gwen Mabry and Pelle Maro"; `NAMES_LINE`). The line leaves the text (tidy); its name is
 * the page's author's. Only a line above the text: a sentence of the article naming an editor is none.
 */
function writerLine(lines: readonly DomElement[]): Found | null {
  // a names line is a byline only before the article's first sentence: names printed among the paragraphs are its words
  let sentenceSeen = false;
  for (const el of lines) {
    // each line of a block printed with <br>s ("Gwen Mabry, Transport correspondent<br>Tue 10 Mar 2026")
    const texts = el.querySelector('br') ? toParagraphs(el).flatMap((p) => p.text.split('\n')) : [textOf(el)];
    for (const line of texts) {
      // a date printed beside the names ("Ines Varga and Pelle Maro · 3 March 2026") is the line's date, no name
      const text = withoutDateBeside(line);
      // two or more names and nothing else ("Ines Varga and Pelle Maro"): the writers' byline without "By"
      const names = !sentenceSeen && NAMES_LINE.test(text.trim()) ? text.trim().split(NAMES_LINE_JOINS) : [];
      if (names.length >= 2 && names.every((n) => PERSON.test(n) && !n.split(' ').some((w) => CALENDAR_WORDS.has(w.toLowerCase())))) {
        return {
          value: names.join(', '),
          detail: clip(`the writers' names above the article <${el.tagName.toLowerCase()}>${text.trim()}`),
        };
      }
      const [, name, setOff] = NAME_AND_ROLE.exec(text.trim()) ?? [];
      if (!name || !setOff || !PERSON.test(name) || name.split(' ').some((w) => CALENDAR_WORDS.has(w.toLowerCase()))) continue;
      return { value: name, detail: clip(`the writer's line above the article <${el.tagName.toLowerCase()}>${text.trim()}`) };
    }
    if (countWords(textOf(el)) >= SENTENCE_WORDS && /[.!?]["”’]?$/.test(textOf(el))) sentenceSeen = true;
  }
  return null;
}

/**
 * An author's name printed alone in an element marked as the author's ("Posted on February 20, 2026 by <span
 * class="author vcard">Gwen Mabry</span>", `rel="author"`, `itemprop="author"`), as blogs print it: the whole
 * text is one person's name.
 */
function authorName(doc: DomDocument, article: DomElement | null, threads: ReadonlySet<DomElement>): Found | null {
  // a page's article holds its own author: names beside other articles (a sidebar's list) are not its, nor
  // a comment's author's ("comment-author")
  const root = article ?? doc;
  for (const el of all(root, '[class*="author" i], [rel="author"], [itemprop="author"]')) {
    if (el.querySelector('p, div, li, h1, h2, h3, h4, img') || insideAny(el, threads)) continue;
    const text = textOf(el);
    if (!PERSON.test(text) || text.split(' ').some((w) => CALENDAR_WORDS.has(w.toLowerCase()))) continue;
    return {
      value: text,
      detail: clip(`the author's name <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">${text}`),
    };
  }
  // an author's box, a picture, the name linked to the writer's page and the job beside it ("<div
  // class="author-box"><img …><a href="/by/ana">Ana Whitcombe</a><span>Senior Reporter</span></div>"): the link names
  for (const el of all(root, '[class*="author" i]')) {
    if (countWords(textOf(el)) > AUTHOR_BOX_WORDS || insideAny(el, threads) || el.querySelector('p, li, h1, h2, h3, h4')) continue;
    // a reader's name above a comment ("comment-author") names no writer, wherever the thread stands
    if (/comment/i.test(el.getAttribute('class') ?? '')) continue;
    const links = all(el, 'a').filter((a) => PERSON.test(textOf(a)));
    const text = links.length === 1 ? textOf(links[0]!) : null;
    if (!text || text.split(' ').some((w) => CALENDAR_WORDS.has(w.toLowerCase()))) continue;
    return {
      value: text,
      detail: clip(`the author's name linked in <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`),
    };
  }
  return null;
}
/** The most words an author's box holds: the name, the job, a line more. */
const AUTHOR_BOX_WORDS = 15;

/**
 * The word that opens a byline, in the languages pages are read in (`BYLINE_OPENERS`: "By", "Par", "Von", "Por",
 * "Av" …); in English after the writer’s part too ("Words by", "Written by"; not "Reporting by", a wire story’s
 * credit line).
 */
const BY = new RegExp(`^${BYLINE_OPENER}\\s+(.+)$`, 'i');
/** Elements holding no block of their own, where an unclassed byline is printed ("<p>By Orla Kettering · June 14, 2026</p>"). */
const LINE_ELEMENTS = 'p, div, span, address';
/** Unclassed elements before the article's text looked at for a byline. */
const PRINTED_BYLINE_WITHIN = 12;

/**
 * Lines printed above the article's text, where a byline stands ("By Orla Kettering · June 14, 2026", classed
 * or not): elements with no block inside, after the `<h1>` when there is one, before the first paragraph of 30
 * words or more.
 */
function linesAboveText(doc: DomDocument): DomElement[] {
  const h1 = headlineHeading(doc);
  const out: DomElement[] = [];
  let seen = 0;
  let started = !h1;
  for (const el of all(doc, `h1, ${LINE_ELEMENTS}`)) {
    if (el === h1) {
      started = true;
      continue;
    }
    if (!started || el.querySelector('p, div, h1, h2, h3, ul, ol, table, section, article')) continue;
    const text = textOf(el);
    if (text.split(' ').length >= 30) break;
    if (++seen > PRINTED_BYLINE_WITHIN) break;
    out.push(el);
  }
  return out;
}

/** The most words a date line printed above the text holds: a published and an updated date with their times. */
const PRINTED_DATE_WORDS = 20;

/**
 * The first date line printed above the article's text (`linesAboveText`: after the `<h1>`, before the first long
 * paragraph), reader threads aside; one giving only the day the page was last changed is marked so.
 */
function printedDateLine(doc: DomDocument, order: ToldDayOrder | null, threads: ReadonlySet<DomElement>): ClassedDate | null {
  // without a headline the lines above the text start at the page's top, where a masthead prints the day's date
  const h1 = headlineHeading(doc);
  if (!h1) return null;
  const article = pageArticle(doc, h1);
  let sentences = 0;
  for (const el of linesAboveText(doc)) {
    if (insideAny(el, threads) || inOtherArticle(el, article)) continue;
    const text = textOf(el);
    // a standfirst may stand above the date line; after a second sentence the text has begun
    if (el.tagName === 'P' && countWords(text) > PRINTED_DATE_WORDS && /[.!?]["”’»)]?$/.test(text) && ++sentences >= 2) return null;
    if (!text || countWords(text) > PRINTED_DATE_WORDS || !isDateLine(text)) continue;
    const found = dateLineDate(text, order?.order);
    if (!found) continue;
    const detail = clip(`a date line above the article: ${text}${orderNote(found, order)}`);
    return found.changed
      ? { value: found.iso, detail: `${detail} (the day the page was last changed: it gives no day it was published)`, changed: true }
      : { value: found.iso, detail };
  }
  return null;
}

/** The word joining a byline's last two names, in its languages (`NAME_JOINERS`: "and", "&", "et", "und", "och" …). */
const AND = new RegExp(`\\s${NAME_JOINER}\\s`, 'g');
/** A byline's list of names cut at its commas and joiners. */
const NAME_SPLIT = new RegExp(`\\s*,\\s*(?:and\\s+)?|\\s+${NAME_JOINER}\\s+`);

/**
 * A byline's last name without the wire agency printed after it, as AP prints its bylines ("By JORDAN PIKE and
 * KELSEY MARR Associated Press"): the name's last words when they are an agency's name and two words are left.
 */
function withoutAgency(name: string): string {
  const w = name.split(/\s+/);
  for (let k = Math.min(3, w.length - 2); k >= 1; k--) {
    if (
      agencyNamed(
        w
          .slice(-k)
          .join(' ')
          .replace(/^the\s+/i, ''),
      ) !== null
    )
      return w.slice(0, -k).join(' ');
  }
  return name;
}

/** A name printed in capitals ("JORDAN PIKE", as wire bylines print them) written as a name ("Jordan Pike"). */
function asName(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’.-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/**
 * The writers' part of a byline that credits others beside them ("Photographs by Noor Haddad. Words by Eli
 * Brennan": "Words by Eli Brennan"): its first sentence that opens with a byline's word, else the whole line.
 */
function writersPart(text: string): string {
  const parts = text.split(/(?<=\p{Ll}{2})\.\s+/u);
  return parts.length > 1 ? (parts.find((p) => BY.test(p)) ?? text) : text;
}

/**
 * An element's byline text: the whole text, or the line (`<br>`) that opens with a byline's word when the element
 * prints others beside it ("By Rosa Quill<br>March 10, 2026": read whole, the date was taken for a name).
 */
function bylineText(el: DomElement): string {
  if (!el.querySelector('br')) return textOf(el);
  const lines = toParagraphs(el).flatMap((p) => p.text.split('\n'));
  return lines.find((l) => BY.test(writersPart(l))) ?? textOf(el);
}

/** The authors the first of these elements that reads as a byline names. */
function bylineIn(elements: Iterable<DomElement>): Found | null {
  for (const el of elements) {
    const text = writersPart(bylineText(el));
    const m = BY.exec(text);
    if (!m || text.split(' ').length > BYLINE_WORDS) continue;
    // each writer's job printed after the name ("Gwen Mabry, Transport correspondent, and Pelle Maro, Political editor")
    let list = m[1]!
      .split(/\s*,\s*/)
      .filter((part, i) => i === 0 || !WRITER_ROLE_PART.test(part))
      .map((part, i) => (i === 0 ? part : (WRITER_ROLE_THEN_NAME.exec(part)?.[1] ?? part)))
      .join(', ');
    const lastAnd = Math.max(0, ...[...list.matchAll(AND)].map((a) => a.index));
    const cut = list.slice(lastAnd).search(/\s*[,|·•—–(]/);
    if (cut >= 0) list = list.slice(0, lastAnd + cut);
    const names = list
      .split(NAME_SPLIT)
      .map((n) => asName(withoutAgency(n.trim())))
      .filter(Boolean);
    if (!names.length || !names.every((n) => PERSON.test(n) && !n.split(/\s+/).some((w) => CALENDAR_WORDS.has(w.toLowerCase())))) continue;
    return { value: [...new Set(names)].join(', '), detail: clip(`the byline <${el.tagName.toLowerCase()}>${text}`) };
  }
  return null;
}

/** What follows an agency's or outlet's name in a credit that names no person ("AFP staff", "Reuters Staff"). */
const CREDIT_TAIL = /\s+(?:staff(?:\s+(?:writers?|reporters?))?|wires?|wire\s+service|news\s+agency|news\s+service|newsroom|reporters?)$/i;

/**
 * True when an author's name credits no person but a wire agency or an outlet: "Associated Press", "By The
 * Associated Press", "AFP staff", "Reuters Staff", the page's own outlet ("Harbour Times staff"), "Staff".
 */
function creditsNoPerson(name: string, outlet: string | null): boolean {
  if (/^(?:the\s+)?(?:staff|newsroom|wires?)(?:\s+(?:writers?|reporters?))?$/i.test(name.trim())) return true;
  const core = name
    .trim()
    .replace(CREDIT_TAIL, '')
    .replace(/^the\s+/i, '')
    .trim();
  const plain = (s: string): string =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(SPACE_RUNS, ' ')
      .trim();
  return agencyNamed(core) !== null || (outlet !== null && plain(core) === plain(outlet));
}

/** The word joining two names in one author's string ("Ines Varga and Pelle Maro"). */
const JOINED = new RegExp(`\\s+${NAME_JOINER}\\s+`);

/** An author value without the names that credit no person (null when none is left); see `creditsNoPerson`. */
function personsOnly(found: Found | null, outlet: string | null): Found | null {
  if (!found) return null;
  // "By Jane Doe" as a JSON-LD author's name: the byline's word is no part of it
  // …and names joined by "and" in one name ("Ines Varga and Pelle Maro") are two people when both read as names
  const all = found.value
    .split(/\s*,\s*/)
    .map((n) => n.replace(/^by\s+/i, '').trim())
    .flatMap((n) => {
      const parts = n.split(JOINED);
      return parts.length > 1 && parts.every((p) => PERSON.test(p)) ? parts : [n];
    });
  const names = all.filter((n) => n && !creditsNoPerson(n, outlet));
  if (!names.length) return null;
  const value = names.join(', ');
  return value === found.value ? found : { value, detail: found.detail };
}

const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];

/**
 * The authors the page's author tags name: every tag of the first key that names a person (a page credits
 * each of its authors with a tag of its own, `<meta name="author">` twice), joined as JSON-LD's are.
 */
function authorTags(doc: DomDocument, tags: MetaTags): Found | null {
  for (const key of AUTHOR_KEYS) {
    const first = personTag(tags.get(key) ?? null);
    if (!first) continue;
    const names: string[] = [];
    for (const el of all(doc, 'meta')) {
      const keys = ['property', 'name', 'itemprop'].flatMap((a) => (el.getAttribute(a) ?? '').trim().toLowerCase().split(/\s+/));
      if (!keys.includes(key)) continue;
      const name = personTag({ value: (el.getAttribute('content') ?? '').replace(SPACE_RUNS, ' ').trim(), detail: '' })?.value;
      if (name && !names.includes(name)) names.push(name);
    }
    if (names.length <= 1) return first;
    return { value: names.join(', '), detail: clip(`${names.length} <meta name="${key}"> tags: ${names.join(', ')}`) };
  }
  return null;
}

/**
 * A declared address that can be an article's: not a site's front page (`https://news.example/`, no path or
 * query). Templates that print the home page as every page's canonical link would otherwise give all their
 * articles one address, and each article added after the first would be refused as "already in the corpus".
 */
function articleAddress(found: Found | null): Found | null {
  if (!found) return null;
  const u = new URL(found.value);
  return u.pathname === '/' && !u.search ? null : found;
}

/**
 * Reads the page's metadata. `pageUrl` is the address the page was read from (after redirects), when known:
 * it resolves a relative canonical link and is the URL of last resort.
 */
export function readPageMeta(doc: DomDocument, pageUrl: string | null): PageMeta {
  const tags = metaTags(doc);
  const nodes = readJsonLd(doc);
  const h1El = headlineHeading(doc);
  // reader threads are not the page's: their dates, the order they write them in and their authors are none of its
  const threads = readerThreads(doc);
  const h1Text = h1El ? headingText(h1El) : '';
  // the page's own article node: the one naming its address or printing its headline, among other stories' nodes
  const ld = articleLd(nodes, {
    urls: [canonicalLink(doc, pageUrl)?.value, tags.get('og:url')?.value, pageUrl].filter((u): u is string => Boolean(u)),
    isHeadline: (h) =>
      [h1Text, tags.get('og:title')?.value ?? ''].some((own) => own && (sameHeadline(h, own) || labelledHeadline(own, h) === h)),
  });
  const h1 = h1Text ? { value: h1Text, detail: clip(`<h1>${textOf(h1El)}</h1>`) } : null;
  const declared = first(fromLd(ld?.headline), tags.get('og:title'), tags.get('twitter:title'), h1);
  // "Opinion | H" or "H | The Daily Ledger" in og:title beside an <h1> that prints H: the headline is H
  const bare = declared && h1 && declared !== h1 ? labelledHeadline(declared.value, h1.value) : null;
  const headline = bare && declared ? { value: bare, detail: clip(`${declared.detail} (as the <h1> prints it)`) } : declared;
  const pageTitle = textOf(doc.querySelector('title'));
  const ogUrl = tags.get('og:url');
  const url = first(
    articleAddress(canonicalLink(doc, pageUrl)),
    articleAddress(ogUrl && absoluteUrl(ogUrl.value, pageUrl) ? { value: absoluteUrl(ogUrl.value, pageUrl)!, detail: ogUrl.detail } : null),
    articleAddress(
      ld?.url && absoluteUrl(ld.url.value, pageUrl) ? fromLd({ value: absoluteUrl(ld.url.value, pageUrl)!, key: ld.url.key }) : null,
    ),
    pageUrl && absoluteUrl(pageUrl, null)
      ? { value: absoluteUrl(pageUrl, null)!, detail: `the address the page was read from: ${pageUrl}` }
      : null,
  );
  const split = pageTitle ? splitTitle(pageTitle, headline?.value ?? null, hostOf(url?.value ?? pageUrl)) : null;
  const ownNames = [fromLd(ld?.publisher), tags.get('og:site_name'), tags.get('application-name')].flatMap((f) => (f ? [f.value] : []));
  // a <title> that is nothing but the site's name is no headline: it names the outlet
  const siteTitle =
    split && !split.site && !headline && titleIsSiteName(doc, split.headline, ownNames, hostOf(url?.value ?? pageUrl))
      ? { value: split.headline, detail: clip(`<title>${pageTitle}</title> (the site's name alone, as the page prints it)`) }
      : null;
  const titleTag = split && !siteTitle ? { value: split.headline, detail: clip(`<title>${pageTitle}</title>`) } : null;
  const suffix = split?.site
    ? {
        value: split.site,
        detail: clip(
          `<title>${pageTitle}</title> (the site's name ${pageTitle.trim().startsWith(split.site) ? 'before' : 'after'} the headline)`,
        ),
      }
    : null;

  const twitter = tags.get('twitter:site');
  const handle = twitter && /^@?\w{2,}$/.test(twitter.value) ? { value: twitter.value.replace(/^@/, ''), detail: twitter.detail } : null;
  const named = first(
    fromLd(ld?.publisher),
    tags.get('og:site_name'),
    tags.get('application-name'),
    suffix,
    fromLd(siteLd(nodes) ?? undefined),
    siteTitle,
  );
  const outlet = first(named, handle, outletFromDomain(doc, url));
  const person = (f: Found | null): Found | null => personsOnly(f, outlet?.value ?? null);
  const declaredDate = first(
    dayOf(fromLd(ld?.datePublished)),
    ...DATE_KEYS.map((k) => dayOf(tags.get(k) ?? null)),
    headerTime(doc, h1El, threads),
  );
  const declaredModified = first(dayOf(fromLd(ld?.dateModified)), ...MODIFIED_KEYS.map((k) => dayOf(tags.get(k) ?? null)));
  // a Next.js page's own state: read after what the markup declares (and only when it leaves a day unsaid: its JSON
  // may be large), before what the text prints
  const nextDays =
    declaredDate && declaredModified
      ? { published: null, modified: null }
      : nextDataDays(
          doc,
          [ld?.headline?.value, tags.get('og:title')?.value, h1Text, split?.headline].filter((h): h is string => Boolean(h)),
          url?.value ?? pageUrl,
        );
  const found: Record<Field, Found | null> = {
    title: unlabelled(first(headline, titleTag, markedHeadline(doc))),
    outlet,
    date: first(declaredDate, nextDays.published),
    url,
    author: first(person(fromLd(ld?.authors)), person(authorTags(doc, tags)), person(bylineAuthor(doc, threads))),
    lang: first(htmlLang(doc), tags.get('content-language'), tags.get('og:locale'), fromLd(ld?.inLanguage)),
  };
  const order = dayOrder(doc, url?.value ?? pageUrl, ld?.inLanguage?.value ?? null, threads);
  const meta: PageMeta = {
    ...{ title: null, outlet: null, date: null, url: null, author: null, lang: null, evidence: [], ld },
    pageTitle: pageTitle || null,
    classedDate: classedDate(doc, h1El, order, threads),
    printedDate: printedDateLine(doc, order, threads),
    dayOrder: order,
    modified: first(declaredModified, nextDays.modified),
    headlines: [
      ...new Set(
        [
          ld?.headline?.value,
          tags.get('og:title')?.value,
          tags.get('twitter:title')?.value,
          h1?.value,
          siteTitle ? null : split?.headline,
          found.title?.value,
        ].filter((h): h is string => Boolean(h)),
      ),
    ],
    titleFromTitleTag: !headline && titleTag !== null,
    weakOutlet: !named,
  };
  for (const field of ['title', 'outlet', 'date', 'url', 'author', 'lang'] as const) {
    const f = found[field];
    if (!f) continue;
    meta[field] = f.value;
    meta.evidence.push({ field, source: 'page', detail: f.detail });
  }
  return meta;
}

/**
 * The `<h1>`'s headline without a section's label printed in an element of its own at its start (`<h1><span
 * class="kicker">Opinion</span> The levee …</h1>`): read whole, the label ran into the headline ("Opinion The
 * levee …"), where no separator tells them apart.
 */
function headingText(h1: DomElement): string {
  const text = textOf(h1);
  const lead = h1.children[0];
  const label = lead ? textOf(lead) : '';
  if (!label || !SECTION_LABEL.test(label) || !text.startsWith(label)) return text;
  const rest = text.slice(label.length).replace(/^[\s|:–—-]+/, '');
  // "<span>Opinion</span> polls show …": the word is the headline's own
  return rest.split(' ').length >= 3 && /^\p{Lu}/u.test(rest) ? rest : text;
}

/** A title without a section's label beside it ("Opinion | H" → H), its evidence saying so. */
function unlabelled(found: Found | null): Found | null {
  const value = found ? withoutSectionLabel(found.value) : '';
  return found && value !== found.value ? { value, detail: clip(`${found.detail} (without its section label)`) } : found;
}

function hostOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}
