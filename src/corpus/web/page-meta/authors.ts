/**
 * A page's authors, and the lines it prints above its text: author meta tags (`authorTags`), a byline's names read
 * from a byline- or author-classed element or a writer's line (`bylineAuthor`, `authorName`), credits naming no
 * person left out (`personsOnly`: a wire agency, the outlet's own staff), and a date line printed between the
 * headline and the text (`printedDateLine`).
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../calendar.js';
import {
  BYLINE_OPENER,
  NAME_AND_ROLE,
  NAME_JOINER,
  NAMES_LINE,
  NAMES_LINE_JOINS,
  WRITER_ROLE_PART,
  WRITER_ROLE_THEN_NAME,
} from '../../byline-words.js';
import { agencyNamed } from '../../copies/wire-credit.js';
import { all, countWords, insideAny, textOf, type DomDocument, type DomElement, SPACE_RUNS } from '../dom.js';
import { toParagraphs } from '../paragraphs.js';
import { type ClassedDate, clip, inOtherArticle, pageArticle, type Found, type MetaTags } from '../meta-tags.js';
import { dateLineDate, isDateLine, orderNote, type ToldDayOrder } from '../../dates.js';
import { withoutDateBeside } from '../tidy.js';
import { headlineHeading } from './headline.js';

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

/** Month and weekday names: "By June 14" or "By Monday Night" names no one. */
const CALENDAR_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** Longest byline (in words) read for its names. */
const BYLINE_WORDS = 16;

/**
 * The authors a printed byline names ("By Ines Varga, Pelle Maro and Ruth Ebbe", "By Lena Marsh, Staff
 * Writer"), when no tag names them: the list of names after "By", up to the first comma or mark past its
 * last "and" (a role or a date follows there). Null unless every name of the list reads as a person's.
 */
export function bylineAuthor(doc: DomDocument, threads: ReadonlySet<DomElement>): Found | null {
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
export function printedDateLine(doc: DomDocument, order: ToldDayOrder | null, threads: ReadonlySet<DomElement>): ClassedDate | null {
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
export function personsOnly(found: Found | null, outlet: string | null): Found | null {
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
export function authorTags(doc: DomDocument, tags: MetaTags): Found | null {
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
