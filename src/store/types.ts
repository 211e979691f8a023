/** Types of the claim store: quote groups across documents, searchable by fuzzy query. */
import type { Span } from '../claims/types.js';

/** What joins the parts of one utterance in a rendition's text (“…,” he said, “…”). */
export const PART_JOIN = ' … ';

/** One document's wording of a claim. */
export interface Rendition {
  documentId: string;
  /** `quote`: inside quotation marks; `paraphrase`: reported speech without marks. */
  kind: 'quote' | 'paraphrase';
  /** Exact wording (a quotation's inner text with its parts joined by " … ", or the reported clause). */
  text: string;
  /** Offsets in the document of the first and last part (with marks for quotations). */
  start: number;
  end: number;
  speakerMention: Span | null;
}

/** The same claim carried by one or more documents. */
export interface ClaimGroup {
  id: number;
  /** Reference wording: the quoted form most documents carried (ties: the longest). */
  text: string;
  /** Canonical speaker id, or null when no document attributed it. */
  speakerId: string | null;
  /** Ids of its renditions in `ClaimStore.entries`. */
  entryIds: number[];
}

/** A rendition as the store keeps it: with its canonical speaker and its group. */
export interface StoredRendition extends Rendition {
  /** Position in `ClaimStore.entries`. */
  id: number;
  speakerId: string | null;
  groupId: number;
}

/** One stored rendition scored against a query. */
export interface SearchHit {
  entry: StoredRendition;
  group: ClaimGroup;
  /** 0..1: the share of the query found in this wording in order, allowing typos. */
  score: number;
  /** 0..1: the share of the query's content words found anywhere in this wording, same word or stem (paraphrase evidence). */
  bag: number;
  /** Content words of the query matched. */
  contentMatched: number;
  /** True when the normalised query occurs word for word in this wording. */
  exact: boolean;
  /** Words of this wording from the first to the last one the in-order match used (0: none). */
  span: number;
  /** Query words in the in-order match (typos allowed, function words included). */
  orderedWords: number;
  /** Words in this wording. */
  length: number;
}

export interface SearchOptions {
  /** Most hits returned (default 40). */
  limit?: number;
  /** Restrict to claims carried by these documents. */
  documentIds?: ReadonlySet<string>;
  /** Restrict to claims of this speaker. */
  speakerId?: string;
  /**
   * Postings read in the index pass at most (default 150 000): beyond it the commonest query words are
   * skipped there (they still count when candidates are aligned). Bounds a query's cost at any corpus size.
   */
  postingsBudget?: number;
  /**
   * The least a hit must score to be of use (`score` in order, or `bag`): entries whose index evidence shows
   * they cannot reach either are skipped early, which makes long queries over large corpora cheap. Hits
   * below may still be returned; callers keep their own test.
   */
  atLeast?: { ordered?: number; bag?: number };
}

/** What the index pass of the last search did (diagnostics, benchmarks, tests). */
export interface SearchTrace {
  postingsRead: number;
  /** Query words left out of the index pass because the budget was spent. */
  wordsSkipped: number;
  candidates: number;
}
