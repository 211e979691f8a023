/**
 * Inverted index from stems to entries (renditions), plus a lexicon of surface words with a
 * deletion-neighbourhood map (SymSpell's idea) so a typo'd word finds its stored neighbours without scanning
 * the vocabulary. Query cost depends on posting lengths, never on the number of entries.
 */
import { distance } from 'fastest-levenshtein';
import { isStopword, stem } from './normalize.js';

/** Words shorter than this get no typo tolerance ("cat" vs "car" is a different word, not a typo). */
const MIN_FUZZY_LENGTH = 4;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Edits tolerated for a word of this length: 1 from four letters, 2 from eight. */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= MIN_FUZZY_LENGTH ? 1 : 0;
}

export class TermIndex {
  private readonly termIds = new Map<string, number>();
  private readonly building: number[][] = [];
  private postingsByTerm: Int32Array[] = [];
  private readonly wordTerm = new Map<string, number>();
  private deletes = new Map<string, string[]>();
  private entryCount = 0;

  /** Adds an entry's folded words; stopwords are not indexed (they are weighed at scoring time). */
  add(entryId: number, entryWords: readonly string[]): void {
    this.entryCount = Math.max(this.entryCount, entryId + 1);
    const seen = new Set<number>();
    for (const word of entryWords) {
      if (isStopword(word)) continue;
      let term = this.wordTerm.get(word);
      if (term === undefined) {
        const s = stem(word);
        term = this.termIds.get(s);
        if (term === undefined) {
          term = this.building.length;
          this.termIds.set(s, term);
          this.building.push([]);
        }
        this.wordTerm.set(word, term);
      }
      if (seen.has(term)) continue;
      seen.add(term);
      this.building[term]!.push(entryId);
    }
  }

  /** Compacts postings and builds the typo map; call once after the last `add`. */
  freeze(): void {
    this.postingsByTerm = this.building.map((list) => Int32Array.from(list));
    this.building.length = 0;
    const deletes = new Map<string, string[]>();
    for (const word of this.wordTerm.keys()) {
      if (word.length < MIN_FUZZY_LENGTH) continue;
      for (const d of deletions(word)) {
        const list = deletes.get(d);
        if (list) list.push(word);
        else deletes.set(d, [word]);
      }
    }
    this.deletes = deletes;
  }

  get size(): number {
    return this.entryCount;
  }

  postings(term: number): Int32Array {
    return this.postingsByTerm[term] ?? new Int32Array(0);
  }

  /** Inverse document frequency of a term over entries. */
  idf(term: number): number {
    return Math.log(1 + this.entryCount / Math.max(1, this.postings(term).length));
  }

  /** The stem term of a stored word, or undefined. */
  termOfWord(word: string): number | undefined {
    return this.wordTerm.get(word);
  }

  /** The stem term of a stem string, or undefined. */
  termOfStem(s: string): number | undefined {
    return this.termIds.get(s);
  }

  /**
   * Stored words within the allowed edit distance of `word` (the word itself first when stored). Finds
   * every neighbour at distance 1, and at distance 2 those reachable by deleting from both sides.
   */
  neighbours(word: string): string[] {
    const exact = this.wordTerm.has(word) ? [word] : [];
    const edits = allowedEdits(word.length);
    if (edits === 0) return exact;
    const found = new Set<string>(exact);
    const probes = new Set<string>([word, ...deletions(word)]);
    if (edits >= 2) for (const d of deletions(word)) for (const dd of deletions(d)) probes.add(dd);
    for (const p of probes) {
      if (p !== word && this.wordTerm.has(p) && p.length >= MIN_FUZZY_LENGTH - 1) found.add(p);
      for (const candidate of this.deletes.get(p) ?? []) found.add(candidate);
    }
    return [...found].filter((w) => w === word || distance(w, word) <= edits);
  }
}
