/** "Did you mean": close spellings of a name a member typed, and what an answer says of an outlet the corpus lacks. */
import Fuse from 'fuse.js';
import type { ClaimView } from '../store/view.js';
import type { UnknownOutlet } from './types.js';

/** How close a typed name must be to a listed one (Fuse.js's threshold: 0 exact … 1 anything), for "did you mean" and autocomplete. */
export const NAME_SUGGESTIONS = Object.freeze({ fuseThreshold: 0.4 });

/** Close spellings of `name` among `candidates` (for "did you mean"), best first. */
export function suggest(name: string, candidates: readonly string[], limit = 5): string[] {
  if (!name.trim()) return [];
  return new Fuse([...candidates], { threshold: NAME_SUGGESTIONS.fuseThreshold, ignoreLocation: true })
    .search(name.slice(0, 100), { limit })
    .map((r) => r.item);
}

/** Outlets asked about that the corpus lacks, each with the outlet names closest to it (at most three). */
export function unknownOutlets(store: ClaimView, names: readonly string[]): UnknownOutlet[] {
  return names.map((outlet) => ({ outlet, suggestions: suggest(outlet, store.outletLabels(), 3) }));
}

/** The sentence an answer gives for outlets the corpus lacks, with the closest names: "No outlet called “X” is in the corpus (closest: Y); …". */
export function unknownOutletSentence(unknown: readonly UnknownOutlet[]): string {
  const names = unknown.map((u) => `“${u.outlet}”`).join(', ');
  const closest = [...new Set(unknown.flatMap((u) => u.suggestions))];
  const mean = closest.length ? ` Did you mean ${closest.slice(0, 5).join(', ')}?` : '';
  return `No outlet called ${names} is in the corpus.${mean} /outlets lists them.`;
}
