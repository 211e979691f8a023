/**
 * A web page's HTML → its article: body text in paragraphs and metadata with evidence, or the reason the
 * page holds no article. Metadata and wall markers are read first, from the page as served; then the page
 * is pruned and the body extracted (body.ts).
 */
import { findDate } from '../dates.js';
import { extractBody } from './body.js';
import { clip, urlDate } from './meta-tags.js';
import { domShape, parsePage } from './dom.js';
import { takeLeadHeadline } from './lead.js';
import { noArticleReason, pageSignals } from './no-article.js';
import { readPageMeta } from './page-meta.js';
import type { ExtractOptions, ExtractResult } from './types.js';

/**
 * Pages with more elements are refused unread: article pages hold a few thousand, and reading costs time in
 * proportion (about 50 ms per thousand elements), so a hostile page cannot hold the reader for minutes.
 */
export const MAX_PAGE_ELEMENTS = 100_000;

export type { ExtractedPage, ExtractOptions, ExtractResult, NoArticle } from './types.js';

/**
 * Extracts the article of an HTML page.
 *
 * @example
 * const page = extractArticle(html, { url: 'https://news.example/story' });
 * if (page.ok) page.text // → 'First paragraph…\n\nSecond paragraph…'
 * else page.reason // → 'the page shows only 41 words of the article; the rest is behind a paywall'
 */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractResult {
  const doc = parsePage(html);
  const { elements } = domShape(doc.documentElement);
  if (elements > MAX_PAGE_ELEMENTS) {
    return {
      ok: false,
      code: 'no_article',
      reason: `the page has ${elements.toLocaleString('en-US')} elements, more than any article page holds`,
    };
  }
  const meta = readPageMeta(doc, options.url ?? null);
  const signals = pageSignals(doc, meta.ld?.freeToRead === false);
  const body = extractBody(doc, html, meta.headlines, meta.ld?.articleBody ?? null);
  const paragraphs = takeLeadHeadline(meta, body.paragraphs);
  const lineDate = body.dateLine ? findDate(body.dateLine) : null;
  const lateDate = lineDate
    ? { value: lineDate.iso, detail: clip(`a date line above the article: ${body.dateLine}`) }
    : (meta.classedDate ?? urlDate(meta.url));
  if (meta.date === null && lateDate) {
    meta.date = lateDate.value;
    meta.evidence.push({ field: 'date', source: 'page', detail: lateDate.detail });
  }
  const reason = noArticleReason(signals, paragraphs, body.linkedHeadings);
  if (reason) return { ok: false, code: 'no_article', reason };
  return {
    ok: true,
    title: meta.title,
    text: paragraphs.map((p) => p.text).join('\n\n'),
    outlet: meta.outlet,
    date: meta.date,
    url: meta.url,
    author: meta.author,
    lang: meta.lang,
    evidence: meta.evidence,
  };
}
