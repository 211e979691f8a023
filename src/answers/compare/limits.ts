export const COMPARE_LIMITS = Object.freeze({
  /** Claims compared at most. */
  claims: 5,
  /** Claims scoring more than this below the best one are left out. */
  scoreSpread: 0.25,
  /** Without an outlet filter, every document is in scope up to this corpus size; beyond it, those on topic. */
  allDocumentsUpTo: 50,
  /** A hit is on topic when this share of the topic's content words appears in it… */
  topicBag: 0.5,
  /** …or this share of the topic's words, in order, typos allowed ("joint excercises" for "joint exercises"). */
  topicInOrder: 0.9,
  /** A quotation in another document carries the claim "reworded" from this in-order score… */
  reworded: 0.6,
  /** …and an unquoted sentence paraphrases it from this share of the claim's content words, and this many. */
  paraphraseBag: 0.5,
  paraphraseMinWords: 3,
  /** Another quotation carries the claim when it quotes this many of its words in a row… */
  partWords: 4,
  /** …and carries it word for word ("verbatim") when it holds this many of them in a row. */
  verbatimWords: 3,
  /** Best hits of the store's search read for the topic… */
  topicCandidates: 80,
  /** …and, per claim, for the other documents' wordings of it. */
  relatedCandidates: 60,
});

export interface CompareOptions {
  outlets?: readonly string[];
  /**
   * Claims compared at most (default `COMPARE_LIMITS.claims`). Set, it asks about those claims alone (a thread's one
   * claim): the others on the topic are no list cut short, so they are not counted as not shown (`moreClaims`).
   */
  maxClaims?: number;
  /**
   * Only when set: the topic whose words mark a claim's story, in place of `topic` (a claim of a thread on a topic,
   * compared by its words: an article on that topic that leaves the claim out is listed as /compare on the topic
   * lists it).
   */
  storyTopic?: string;
}
