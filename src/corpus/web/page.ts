/**
 * A fetched page parsed as a browser would show it: its markup (dom.ts), with its declarative shadow roots shown in
 * their hosts (shadow.ts), the parts a React page streams after
 * its first markup moved into their places (streamed.ts), and its collapsed parts a reader can find shown.
 * Kept apart from dom.ts, which streamed.ts builds on.
 */
import { all, parseMarkup, type DomDocument } from './dom.js';
import { attachDeclarativeShadowRoots } from './shadow.js';
import { revealStreamedParts } from './streamed.js';

/**
 * Shows the parts a page hides until found, `hidden="until-found"` (an accordion's or a "Read more" section's
 * collapsed text, as component libraries write it): a browser finds words in them and removes the attribute to
 * show them, as a closed `<details>` holds words it shows. Left hidden, the sections were pruned as hidden, and
 * Readability passes over any element marked `hidden`, so the article lost them.
 */
function revealFindableParts(doc: DomDocument): void {
  for (const el of all(doc, '[hidden]'))
    if (el.getAttribute('hidden')?.trim().toLowerCase() === 'until-found') el.removeAttribute('hidden');
}

/**
 * Parses a page: its markup, then its declarative shadow roots in their hosts, then its streamed parts in their placeholders' places (`pageUrls`, the page's
 * addresses when known, tell links pointing into the page, `own-links.ts`), then its parts hidden until found shown.
 *
 * @example parsePage('<p>Hello</p>').body?.textContent // → 'Hello'
 */
export function parsePage(html: string, pageUrls: readonly (string | null | undefined)[] = []): DomDocument {
  const doc = parseMarkup(html);
  attachDeclarativeShadowRoots(doc, html);
  revealStreamedParts(doc, html, pageUrls);
  if (/until-found/i.test(html)) revealFindableParts(doc);
  return doc;
}
