/** Types of the claims layer: quotations and reported speech found in one document, with speakers. */

/** A span of a document's text; offsets are JavaScript string indices into `CorpusDocument.text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * A direct quotation (or one part of it, where the attribution splits it: “…,” he said, “…”).
 * `start`/`end` span the quotation with its marks; `text` is the inner wording without the marks.
 */
export interface ExtractedQuote {
  text: string;
  start: number;
  end: number;
  /**
   * `quote`: words someone said (attributed, or a full-sentence quotation whose speaker was not found);
   * `phrase`: a scare quote, title or nickname (“unrestricted”, “Meet the Press”) not tied to a speaker.
   */
  kind: 'quote' | 'phrase';
  /** Speaker name as resolved in this document (full name where the document gives one), or null. */
  speaker: string | null;
  /** The words that attribute it: a name, pronoun or description; null when unattributed. */
  speakerMention: Span | null;
  /** Parts of one utterance share this number (unique within the document). */
  utterance: number;
  /**
   * The attribution rule that decided this quotation (rules.ts), then any it was carried from
   * ("next-sentence < verb-after"). Set by `extractClaims` on every quotation.
   */
  rule?: string;
}

/** Reported speech without quotation marks ("Li stressed that …"): kept as an attributed paraphrase. */
export interface ReportedSpeech {
  /** The reported content (the clause after "that", etc.). */
  text: string;
  start: number;
  end: number;
  speaker: string;
  speakerMention: Span;
}

export interface DocumentClaims {
  quotes: ExtractedQuote[];
  paraphrases: ReportedSpeech[];
  /** The named speakers of this document with the other forms and roles it gives them (optional). */
  people?: { name: string; aliases: string[]; roles: string[] }[];
}

/** One person or organisation across documents: a canonical name plus every form it appeared under. */
export interface Speaker {
  /** Stable id derived from the canonical name (lowercase, ascii-folded, hyphenated). */
  id: string;
  /**
   * Canonical display name: the fullest usual form ("Nikolai Yevmenov"): a given name written out before initials
   * alone, and of those the one most documents write; else the form with the most name words.
   */
  name: string;
  /** Every other form seen or implied (surname, variant spellings, with titles). */
  aliases: string[];
  /** Role descriptions seen with the name ("head of the Russian navy"), most frequent first. */
  roles: string[];
}
