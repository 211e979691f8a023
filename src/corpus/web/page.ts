/**
 * A fetched page parsed as a browser would show it: its markup (dom.ts), with the parts a React page streams after
 * its first markup moved into their places (streamed.ts). Kept apart from dom.ts, which streamed.ts builds on.
 */
import { parseMarkup, type DomDocument } from './dom.js';
import { revealStreamedParts } from './streamed.js';

/**
 * Parses a page: its markup, then its streamed parts in their placeholders' places (`pageUrls`, the page's
 * addresses when known, tell links pointing into the page, `own-links.ts`).
 *
 * @example parsePage('<p>Hello</p>').body?.textContent // → 'Hello'
 */
export function parsePage(html: string, pageUrls: readonly (string | null | undefined)[] = []): DomDocument {
  const doc = parseMarkup(html);
  revealStreamedParts(doc, html, pageUrls);
  return doc;
}
