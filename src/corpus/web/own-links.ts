/**
 * Links pointing into the page itself: a live blog's entry headings linking to their own entries (`#entry-2`), the
 * page's address with a fragment, an entry's permalink on the page's own path (`?entry=2`, `/live/slug#post-2`).
 * They lead to no other story, so the rules that tell other stories' linked headlines (a page of links, a list of
 * teasers, a streamed part of story cards) read them as the page's own words.
 */
import { all, type DomDocument, type DomElement } from './dom.js';

/** A site's front page (`/`, `/index.html`): its own path with a query names other pages (`/?p=12`), not entries. */
const FRONT_PATH = /^\/(?:index\.[a-z]+)?$/i;

const withoutSlash = (path: string): string => path.replace(/\/+$/, '') || '/';

/**
 * A query parameter naming an entry of the page (`?entry=2`, `?post_id=7`, `?update=3`): only these make a link
 * on the page's own path an entry's permalink; an old site's section serving stories as `/news?story=12` would
 * otherwise have its headlines read as its own.
 */
const ENTRY_PARAM = /^(?:entry|post|update|block|event)(?:[-_]?id)?$/i;

/** The page's addresses that parse (the address read from, its declared canonical one). */
function pageAddresses(pageUrls: readonly (string | null | undefined)[]): URL[] {
  const out: URL[] = [];
  for (const url of pageUrls) {
    if (!url) continue;
    try {
      out.push(new URL(url));
    } catch {
      // a declared address that is no URL names nothing
    }
  }
  return out;
}

/**
 * Whether a link's `href` points into the page itself: a fragment alone (`#entry-2`), or, when the page's address
 * is known, the same site and path (a trailing slash aside) with a fragment, or with a query keeping every
 * parameter of the page's own and adding only ones naming an entry (`?entry=2`: an entry's permalink) — not on a front page, whose
 * path with a query (`/?p=12`) is another page. A bare link to the page itself is no entry's.
 *
 * @example pointsIntoPage('/live/strike?entry=2', ['https://news.example/live/strike']) // → true
 * @example pointsIntoPage('/news/other-story', ['https://news.example/live/strike']) // → false
 */
export function pointsIntoPage(href: string, pageUrls: readonly (string | null | undefined)[] = []): boolean {
  const raw = href.trim();
  if (/^#./.test(raw)) return true;
  for (const page of pageAddresses(pageUrls)) {
    let link: URL;
    try {
      link = new URL(raw, page);
    } catch {
      continue;
    }
    if (link.origin !== page.origin) continue;
    const path = withoutSlash(page.pathname);
    if (withoutSlash(link.pathname) !== path) continue;
    if (link.search === page.search && link.hash.length > 1) return true;
    if (FRONT_PATH.test(path) || link.search === page.search) continue;
    const own = page.searchParams;
    const kept = [...own.keys()].every((key) => link.searchParams.getAll(key).join('\u0000') === own.getAll(key).join('\u0000'));
    const added = [...link.searchParams.keys()].filter((key) => !own.has(key));
    if (kept && added.length && added.every((key) => ENTRY_PARAM.test(key))) return true;
  }
  return false;
}

const HEADING = /^H[1-6]$/;
/** Elements between a heading and a link inside it at most (`<h2><span><a>`). */
const LINK_IN_HEADING_LEVELS = 4;

/** Whether a link is a heading's (inside one, a few levels up at most) or holds one (a card linked whole). */
function headingLink(link: DomElement): boolean {
  if (link.querySelector('h1, h2, h3, h4, h5, h6')) return true;
  let levels = LINK_IN_HEADING_LEVELS;
  for (let up = link.parentElement; up && levels-- > 0; up = up.parentElement) if (HEADING.test(up.tagName)) return true;
  return false;
}

/**
 * Prints as plain text the headings' links pointing into the page (its children kept in its place): a live
 * blog's entry headings are its own words, not other stories' linked headlines for the rules that drop those, and
 * Readability no longer weighs them as links. Other links (a table of contents, a sentence's link) stay links.
 */
export function unlinkOwnHeadings(doc: DomDocument, pageUrls: readonly (string | null | undefined)[]): void {
  for (const link of all(doc, 'a[href]')) {
    if (!pointsIntoPage(link.getAttribute('href') ?? '', pageUrls) || !headingLink(link)) continue;
    const parent = link.parentElement;
    if (!parent) continue;
    for (const child of Array.from(link.childNodes)) parent.insertBefore(child, link);
    link.remove();
  }
}
