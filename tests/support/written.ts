/**
 * Corpora written for a test: articles as a headline and paragraphs, through the real pipeline (cleaning,
 * extraction, speakers, grouping), with the outlet and date a manifest would give.
 */
import { prepareDocument } from '../../src/corpus/prepare.js';
import type { CorpusDocument } from '../../src/corpus/types.js';
import { ClaimStore } from '../../src/store/store.js';

/** An article's text: the headline, then each paragraph, blank lines between. */
export function story(headline: string, ...paragraphs: string[]): string {
  return [headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

export interface WrittenArticle {
  file: string;
  outlet: string;
  date?: string;
  text: string;
}

/** A document as the corpus folder would give it, with a manifest entry for its outlet and date. */
export function writtenDocument(a: WrittenArticle): CorpusDocument {
  return prepareDocument(a.file, a.text, { file: a.file, outlet: a.outlet, ...(a.date ? { date: a.date } : {}) });
}

/** The claim store of written articles. */
export function writtenStore(articles: readonly WrittenArticle[]): ClaimStore {
  return ClaimStore.fromCorpus({ dir: 'written', documents: articles.map(writtenDocument), errors: [] });
}
