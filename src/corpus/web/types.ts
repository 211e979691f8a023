/** Types of the web layer: what extraction returns for a page. */
import type { DatedPart, MetaEvidence } from '../types.js';

/** An article read from a web page: its body as plain text and its metadata with evidence. */
export interface ExtractedPage {
  ok: true;
  title: string | null;
  /** The article body: paragraphs separated by a blank line. */
  text: string;
  outlet: string | null;
  /** ISO day `YYYY-MM-DD`. */
  date: string | null;
  /** The canonical address of the page. */
  url: string | null;
  author: string | null;
  lang: string | null;
  /** Where each value came from (`source: 'page'`: a tag or JSON-LD key of the page's markup). */
  evidence: MetaEvidence[];
  /**
   * Why the text may be only part of the article (a paywall or log-in notice after it, or the page declaring
   * it for subscribers only), or null.
   */
  partial: string | null;
  /** Live entries and embedded posts with their own day, offsets into `text` (empty when none). */
  datedParts: DatedPart[];
  /**
   * The day the page says it was last changed (JSON-LD `dateModified`, `article:modified_time`, a "Last
   * modified on …" or "Updated …" line), when it says so. `date` is the day it was published, or only when the
   * page gives none the day it was changed (its evidence says which).
   */
  modified?: string;
}

/** A page that holds no article (a login or paywall, a script-only shell, a cookie wall, a list of links). */
export interface NoArticle {
  ok: false;
  code: 'no_article';
  /** One sentence saying why, e.g. "the page shows only 42 words of the article; the rest is behind a paywall". */
  reason: string;
}

export type ExtractResult = ExtractedPage | NoArticle;

export interface ExtractOptions {
  /** The address the page was read from (after redirects): resolves relative links, last-resort URL. */
  url?: string | null;
}
