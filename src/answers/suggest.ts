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

/** Most outlet names an answer lists when none is close to a name typed; a corpus with more has /outlets list them. */
export const LISTED_OUTLETS = 8;

/**
 * Outlets asked about that the corpus lacks, each with the outlet names closest to it (at most three); with no
 * close name, a corpus of few outlets gives them all (`outlets`, file names of documents without one left out).
 */
export function unknownOutlets(store: ClaimView, names: readonly string[]): UnknownOutlet[] {
  return names.map((outlet) => {
    const suggestions = suggest(outlet, store.outletLabels(), 3);
    const outlets = suggestions.length ? [] : namedOutlets(store);
    return { outlet, suggestions, ...(outlets.length && outlets.length <= LISTED_OUTLETS ? { outlets } : {}) };
  });
}

/** The corpus's outlet names in alphabetical order, without the file names that stand for documents naming no outlet. */
function namedOutlets(store: ClaimView): string[] {
  return store
    .outletLabels()
    .filter((label) => !store.documents.has(label))
    .sort((a, b) => a.localeCompare(b));
}

/**
 * The sentence an answer gives for outlets the corpus lacks: "No outlet called “X” is in the corpus; DW is. Did
 * you mean Y? …". `known`: the outlets asked with them that the corpus holds (so a member sees which name to fix).
 */
export function unknownOutletSentence(unknown: readonly UnknownOutlet[], known: readonly string[] = []): string {
  const quotedNames = unknown.map((u) => `“${u.outlet}”`);
  const names = quotedNames.length > 1 ? `${quotedNames.slice(0, -1).join(', ')} or ${quotedNames.at(-1)}` : quotedNames.join('');
  const held = known.length ? ` ${known.join(', ')} ${known.length > 1 ? 'are' : 'is'}.` : '';
  const closest = [...new Set(unknown.flatMap((u) => u.suggestions))];
  const listed = [...new Set(unknown.flatMap((u) => u.outlets ?? []))];
  const mean = closest.length
    ? ` Did you mean ${closest.slice(0, 5).join(', ')}? /outlets lists them.`
    : listed.length
      ? ` Its outlets: ${listed.join(', ')}.`
      : ' /outlets lists them.';
  return `No outlet called ${names} is in the corpus${held ? ';' : '.'}${held}${mean}`;
}
