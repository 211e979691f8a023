/** Types of the claim store: quote groups across documents, searchable by fuzzy query. */
import type { Span } from '../claims/types.js';

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
  renditions: Rendition[];
}

/** A candidate claim for a query. */
export interface SearchHit {
  group: ClaimGroup;
  /** 0..1: how much of the query this claim explains, in order, allowing typos. */
  score: number;
  /** The rendition that matched best. */
  rendition: Rendition;
  /** True when the normalised query occurs word for word in that rendition. */
  exact: boolean;
}

export interface SearchOptions {
  /** Most hits returned (default 5). */
  limit?: number;
  /** Restrict to claims carried by these documents. */
  documentIds?: ReadonlySet<string>;
  /** Restrict to claims of this speaker. */
  speakerId?: string;
}
