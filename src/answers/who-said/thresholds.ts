/** Score thresholds; documented in README ("How verdicts are decided"). */
export const WHO_SAID_THRESHOLDS = Object.freeze({
  /** Share of the query found in order (typos allowed) for a `close` match. */
  close: 0.72,
  /** Share of the query's content words found anywhere for a `paraphrase` match… */
  paraphraseBag: 0.65,
  /** …with at least this many content words in common… */
  paraphraseMinWords: 3,
  /**
   * …in a question that is at least this share content words: a string of mostly function words ("on made
   * not you the i with an and have from") finds its few content words in any long speech.
   */
  paraphraseContentShare: 0.4,
  /**
   * …and that leaves out, in words or words of the same meaning, at most this share of its content words
   * (rounded down: one of five, none of four): “the government lost control of the border” shares three words
   * with “the government had lost control of the supply chain”, and is not what was said. Not applied to a
   * quotation that holds `CONFLICT_THRESHOLDS.sharedRunWords` of the query's words in a row (it quotes part of them).
   */
  paraphraseMissing: 0.2,
  /**
   * How far a match may spread in a long wording: the in-order match within `spread` × the query's words
   * + `slack` words of it, and a wording judged on its words alone at most `wordingPerQueryWord` × the
   * query's words + `slack`. A long transcript holds most common words somewhere, in order too: words
   * scattered over it are not the quotation asked about. The in-order match's slack is at most the query's
   * own number of words.
   */
  spread: 2,
  wordingPerQueryWord: 5,
  slack: 6,
  /**
   * A `close` match holds at least this share of the query's words in order (typos allowed): the in-order
   * share weighs rare words most, and one rare word with a few function words (“to … the trawlers”) is not
   * the quotation (“you have to take out their trawlers”).
   */
  closeWordShare: 0.6,
  /** Best hits of the store's search weighed for the answer. */
  candidates: 60,
});

export interface WhoSaidOptions {
  speaker?: string | null;
  outlet?: string | null;
  /** Most matches returned (default 5). */
  limit?: number;
}
