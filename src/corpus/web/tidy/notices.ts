/**
 * Notices about the article rather than of it: the author's bio and a disclaimer closing it, and a consent notice
 * about cookies or privacy.
 */
import { countWords } from '../dom.js';
import { consentTerms } from '../no-article.js';
import type { Paragraph } from '../paragraphs.js';

/** Paragraphs at the end of a reading where an author's bio is looked for. */
export const BIO_WITHIN = 3;

/** The longest paragraph (in words) read as an author's bio. */
const BIO_WORDS = 60;

/**
 * An author's bio as the page prints it after the article: a name, then what the person does for a living
 * at the outlet ("Pelle Maro is the Standard's transport reporter.", "Ines Varga covers the coast and the
 * islands"). Not a name opening with an article ("The Relief Fund covers repairs") nor "the author of the bill".
 */
const BIO =
  /^(?!(?:The|A|An|This|That|These|Those|Its|Our|Their|His|Her)\s)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:(?:is|was|has been)\s+(?:a|an|the)\b[^.!?]{0,80}?\b(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|critic|producer|photographer|freelancer)s?\b|covers\b|writes (?:about|on|for)\b|reports (?:on|for)\b)/u;

/**
 * A bio of one of the article's authors, printed below it (a box whose class names no bio), without quotation
 * marks: it opens with an author's name. The article's own last words about a journalist ("Evan Marsh is a
 * correspondent for the Ledger and has been held since March") name no author of the page and stay.
 */
export function authorBio(p: Paragraph, authors: readonly string[]): boolean {
  return (
    authors.some((a) => a && p.text.startsWith(`${a} `)) && countWords(p.text) <= BIO_WORDS && BIO.test(p.text) && !/["“”«»„]/.test(p.text)
  );
}

/** An opinion page's disclaimer: "The views expressed here are her own", "Opinions expressed are those of the author". */
const DISCLAIMER =
  /\b(?:views|opinions) expressed (?:(?:here|in this (?:article|piece|column|commentary|op-ed))\s+)?are (?:(?:his|her|their|the author'?s|the authors'|the writer'?s) own|(?:solely )?those of the (?:author|writer)s?)\b/i;

/**
 * A disclaimer printed below an opinion piece, often in one paragraph with the writer's bio ("Ruth Okafor is
 * a former correspondent and the author of “Roads to Nowhere”. The views expressed here are her own."): the
 * outlet's note about the piece, not its words, even with a book's title in quotation marks.
 */
export function disclaimer(p: Paragraph): boolean {
  return countWords(p.text) <= BIO_WORDS && DISCLAIMER.test(p.text);
}

/** The longest paragraph (in words) read as part of a consent notice. */
const CONSENT_NOTICE_WORDS = 120;

/** A notice's heading ("We value your privacy", "Cookie settings"). */
export const CONSENT_HEADING = /\b(?:privacy|cookies?|consent)\b/i;

/**
 * A paragraph of a consent notice printed with the page (a consent platform's box whose class names none of
 * prune.ts's words): it names three or more consent terms and speaks to the reader, without quotation marks.
 * A report on cookie rules names them too, but about others ("the sites", "the regulator").
 */
export function consentNotice(p: Paragraph): boolean {
  return (
    countWords(p.text) <= CONSENT_NOTICE_WORDS &&
    consentTerms(p.text) >= 3 &&
    /\b(?:we|our|you|your)\b/i.test(p.text) &&
    !/["“”«»„]/.test(p.text)
  );
}
