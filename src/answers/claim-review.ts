/**
 * A who-said answer as schema.org `ClaimReview` JSON-LD, so a fact-checking site can publish a finding the bot
 * helped make: the claim as asked, who the outlets credit it to and where it appeared, and the verdict as the
 * rating's `alternateName`. See https://schema.org/ClaimReview.
 */
import { isOrganisationName } from '../claims/speakers.js';
import type { Verdict, WhoSaidResult } from './types.js';

/** The verdicts as a reader of a fact-check reads them. */
const VERDICT_NAMES: Readonly<Record<Verdict, string>> = Object.freeze({
  verbatim: 'Accurate quotation',
  close: 'Accurate quotation, with small wording differences',
  paraphrase: 'Paraphrase of what was said',
  misattributed: 'Misattributed',
  not_found: 'No record found',
});

/** A close answer whose wording, as asked, changes what was said (its `askedChanges`). */
const MEANING_CHANGED = 'Misquoted: the wording changes what was said';

/** Words the quotation holds after words that deny them (its `askedFrame`): "I do not think" before them. */
const DENIED = 'Out of context: the quotation denies these words';

/** The JSON-LD object (plain data: JSON.stringify it). */
export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  datePublished: string;
  claimReviewed: string;
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person' | 'Organization'; name: string };
    appearance: {
      '@type': 'CreativeWork';
      url?: string;
      datePublished?: string;
      publisher?: { '@type': 'Organization'; name: string };
      text: string;
    }[];
    firstAppearance?: { '@type': 'CreativeWork'; url?: string; datePublished: string };
  };
  reviewRating: { '@type': 'Rating'; alternateName: string; ratingExplanation: string };
  author: { '@type': 'Organization'; name: string };
  /** The corpus the finding was made on, so it can be checked again. */
  isBasedOn: { '@type': 'Dataset'; version: string; dateModified: string };
}

/**
 * @example
 * JSON.stringify(claimReview(whoSaid(store, 'strengthen communication at all levels')), null, 2)
 */
export function claimReview(result: WhoSaidResult, now: Date = new Date()): ClaimReview {
  const match = result.verdict === 'not_found' ? undefined : result.matches[0];
  const speaker = match?.speaker ?? null;
  const byDocument = new Map((match?.outlets ?? []).map((o) => [o.document, o]));
  const first = match?.firstAppearance ? byDocument.get(match.firstAppearance.document) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    datePublished: now.toISOString().slice(0, 10),
    claimReviewed: result.askedSpeaker ? `${result.askedSpeaker}: “${result.query}”` : result.query,
    itemReviewed: {
      '@type': 'Claim',
      ...(speaker ? { author: { '@type': isOrganisationName(speaker) ? 'Organization' : 'Person', name: speaker } } : {}),
      appearance: (match?.outlets ?? []).map((o) => ({
        '@type': 'CreativeWork' as const,
        ...(o.url ? { url: o.url } : {}),
        ...(o.date ? { datePublished: o.date } : {}),
        ...(o.outlet ? { publisher: { '@type': 'Organization' as const, name: o.outlet } } : {}),
        text: o.text,
      })),
      ...(match?.firstAppearance
        ? {
            firstAppearance: {
              '@type': 'CreativeWork',
              ...(first?.url ? { url: first.url } : {}),
              datePublished: match.firstAppearance.date,
            },
          }
        : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      // close in wording, and the opposite in meaning ("is not ready" for "is ready"): no accurate quotation
      alternateName: result.askedChanges?.length ? MEANING_CHANGED : result.askedFrame ? DENIED : VERDICT_NAMES[result.verdict],
      ratingExplanation: result.explanation,
    },
    author: { '@type': 'Organization', name: 'quotetrail' },
    isBasedOn: { '@type': 'Dataset', version: result.corpus.version, dateModified: result.corpus.loadedAt },
  };
}
