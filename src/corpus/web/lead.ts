/**
 * The headline at the top of an extracted body. Pages without headline markup (no og:title, JSON-LD or
 * `<h1>`) still print their headline above the article, as a heading or as bold text that is also a part of
 * the `<title>`. Such a first paragraph is the headline, not body text: it becomes the title when none is
 * known, and the other part of the `<title>` names the site ("Harbour Weekly - Headline").
 */
import { countWords } from './dom.js';
import { clip } from './meta-tags.js';
import type { PageMeta } from './page-meta.js';
import type { Paragraph } from './paragraphs.js';
import { sameHeadline, splitTitle } from './title.js';

const MAX_HEADLINE_WORDS = 25;

function headlineShaped(p: Paragraph): boolean {
  return countWords(p.text) <= MAX_HEADLINE_WORDS && !/[.:;,]$/.test(p.text) && !p.text.includes('\n');
}

function set(meta: PageMeta, field: 'title' | 'outlet', value: string, detail: string): void {
  meta[field] = value;
  meta.evidence = meta.evidence.filter((e) => e.field !== field);
  meta.evidence.push({ field, source: 'page', detail: clip(detail) });
}

/**
 * Takes a headline off the top of `paragraphs` when the page shows it there, updating `meta` (title from the
 * `<title>` only, outlet only a domain) with what it tells. Returns the body without it.
 */
export function takeLeadHeadline(meta: PageMeta, paragraphs: Paragraph[]): Paragraph[] {
  const lead = paragraphs[0];
  if (!lead || !headlineShaped(lead) || paragraphs.length < 2) return paragraphs;
  const split = meta.pageTitle ? splitTitle(meta.pageTitle, lead.text) : null;
  // The lead must be the title's headline part: splitTitle also cuts a title at a site separator on its own.
  const inTitle = split !== null && split.site !== null && sameHeadline(split.headline, lead.text);
  const heading = /^h[1-3]$/.test(lead.tag);
  if (!inTitle && !(heading && meta.title === null)) return paragraphs;
  if (meta.title === null || meta.titleFromTitleTag) set(meta, 'title', lead.text, `the headline above the article: ${lead.text}`);
  if (inTitle && split.site && (meta.outlet === null || meta.weakOutlet)) {
    set(meta, 'outlet', split.site, `<title>${meta.pageTitle}</title> (the site's name beside the headline shown above the article)`);
    meta.weakOutlet = false;
  }
  return paragraphs.slice(1);
}
