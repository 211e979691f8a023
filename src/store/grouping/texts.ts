/**
 * The grouping rule on two wordings given as text, for code that meets wordings outside one store's build:
 * a server's added articles joined to the shared claims (layer.ts), and answers that must tell the same
 * quotation credited to two people from two different quotations.
 */
import { isStopword, stem, words } from '../search/normalize.js';
import { GROUPING_THRESHOLDS } from './group.js';

/** The distinct content stems of a wording. */
export function contentStems(text: string): Set<string> {
  return new Set(
    words(text)
      .filter((w) => !isStopword(w))
      .map(stem),
  );
}

/**
 * The share of content stems two wordings have in common (of the smaller set) when the grouping rule joins
 * them — most stems shared, neither more than twice the other's size — else 0.
 */
export function joinShare(a: Set<string>, b: Set<string>, bothQuotes: boolean): number {
  const small = Math.min(a.size, b.size);
  if (small === 0 || small / Math.max(a.size, b.size) < GROUPING_THRESHOLDS.minSizeRatio) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  const share = shared / small;
  return share >= (bothQuotes ? GROUPING_THRESHOLDS.quoteOverlap : GROUPING_THRESHOLDS.paraphraseOverlap) ? share : 0;
}

/** True when two quotations' wordings are the same claim by the grouping rule. */
export function sameQuotation(a: string, b: string): boolean {
  return joinShare(contentStems(a), contentStems(b), true) > 0;
}
