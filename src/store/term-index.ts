/**
 * Inverted index from stems to entries (renditions), plus a lexicon of surface words with a
 * deletion-neighbourhood table (SymSpell's idea) so a typo'd word finds its stored neighbours without scanning
 * the vocabulary. Query cost depends on posting lengths, never on the number of entries.
 *
 * Once frozen, everything lives in typed arrays plus one word list (`TermIndexData`): a snapshot writes it
 * as is and a worker hands it to the main thread by transfer, without rebuilding or cloning millions of
 * small objects.
 */
import { distance } from 'fastest-levenshtein';
import { isStopword, stem } from './normalize.js';

/** Words shorter than this get no typo tolerance ("cat" vs "car" is a different word, not a typo). */
const MIN_FUZZY_LENGTH = 4;
/**
 * Words longer than this get no typo tolerance either: the deletion neighbourhood of a word grows with the
 * cube of its length (a pasted 6000-letter token took minutes), and no real word is this long.
 */
export const MAX_FUZZY_LENGTH = 64;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** FNV-1a over UTF-16 code units: buckets of the deletion table (collisions are filtered by edit distance). */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Edits tolerated for a word of this length: 1 from four letters, 2 from eight. */
export function allowedEdits(length: number): number {
  if (length > MAX_FUZZY_LENGTH) return 0;
  return length >= 8 ? 2 : length >= MIN_FUZZY_LENGTH ? 1 : 0;
}

/** A frozen index as plain data: typed arrays (transferable) and the vocabulary. */
export interface TermIndexData {
  entryCount: number;
  /** Surface words, by word id. */
  words: string[];
  /** Stem term of each word id. */
  wordTerm: Int32Array;
  /** Postings of term t are `postings[postingStart[t] .. postingStart[t + 1])`, entry ids ascending. */
  postingStart: Int32Array;
  postings: Int32Array;
  /** Deletion table: bucket b (hash & (buckets − 1)) holds word ids `deleteWords[deleteStart[b] .. deleteStart[b + 1])`. */
  deleteStart: Int32Array;
  deleteWords: Int32Array;
}

export class TermIndex {
  private termIds: Map<string, number> | null = new Map();
  private building: number[][] = [];
  private readonly wordTerm = new Map<string, number>();
  private data: TermIndexData | null = null;
  private entryCount = 0;
  /** Longest stored word: a query word longer by more than two edits cannot be anyone's typo. */
  private longestWord = 0;

  /** Rebuilds a frozen index from its data (a snapshot, a worker's result); only the word map is rebuilt. */
  static fromData(data: TermIndexData): TermIndex {
    const index = new TermIndex();
    index.data = data;
    index.entryCount = data.entryCount;
    index.termIds = null;
    index.building = [];
    for (let w = 0; w < data.words.length; w++) index.wordTerm.set(data.words[w]!, data.wordTerm[w]!);
    index.longestWord = longest(data.words);
    return index;
  }

  /** Adds an entry's folded words; stopwords are not indexed (they are weighed at scoring time). */
  add(entryId: number, entryWords: readonly string[]): void {
    if (!this.termIds) throw new Error('TermIndex is frozen');
    this.entryCount = Math.max(this.entryCount, entryId + 1);
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
      // entries are added in ascending id order, so a repeat within this entry is the list's last id
      const list = this.building[term]!;
      if (list[list.length - 1] !== entryId) list.push(entryId);
    }
  }

  /** Compacts postings and builds the typo table; call once after the last `add`. */
  freeze(): void {
    if (this.data) return;
    const terms = this.building.length;
    const postingStart = new Int32Array(terms + 1);
    for (let t = 0; t < terms; t++) postingStart[t + 1] = postingStart[t]! + this.building[t]!.length;
    const postings = new Int32Array(postingStart[terms]!);
    for (let t = 0; t < terms; t++) postings.set(this.building[t]!, postingStart[t]!);
    this.building = [];
    this.termIds = null;
    const words = [...this.wordTerm.keys()];
    const wordTerm = Int32Array.from(words, (w) => this.wordTerm.get(w)!);
    this.longestWord = longest(words);
    this.data = { entryCount: this.entryCount, words, wordTerm, postingStart, postings, ...deletionTable(words) };
  }

  /** The frozen index as plain data (freezes first). */
  toData(): TermIndexData {
    this.freeze();
    return this.data!;
  }

  get size(): number {
    return this.entryCount;
  }

  postings(term: number): Int32Array {
    const d = this.data;
    if (!d || term < 0 || term + 1 >= d.postingStart.length) return new Int32Array(0);
    return d.postings.subarray(d.postingStart[term]!, d.postingStart[term + 1]!);
  }

  /** Number of entries a term occurs in. */
  frequency(term: number): number {
    const d = this.data;
    return d && term >= 0 && term + 1 < d.postingStart.length ? d.postingStart[term + 1]! - d.postingStart[term]! : 0;
  }

  /** Inverse document frequency of a term over entries. */
  idf(term: number): number {
    return Math.log(1 + this.entryCount / Math.max(1, this.frequency(term)));
  }

  /** The stem term of a stored word, or undefined. */
  termOfWord(word: string): number | undefined {
    return this.wordTerm.get(word);
  }

  /**
   * Stored words within the allowed edit distance of `word` (the word itself first when stored). Finds
   * every neighbour at distance 1, and at distance 2 those reachable by deleting from both sides.
   */
  neighbours(word: string): string[] {
    const exact = this.wordTerm.has(word) ? [word] : [];
    const edits = allowedEdits(word.length);
    const d = this.data;
    if (edits === 0 || !d || word.length > this.longestWord + edits) return exact;
    const found = new Set<string>(exact);
    const probes = new Set<string>([word, ...deletions(word)]);
    if (edits >= 2) for (const del of deletions(word)) for (const dd of deletions(del)) probes.add(dd);
    const mask = d.deleteStart.length - 2;
    for (const p of probes) {
      if (p !== word && this.wordTerm.has(p) && p.length >= MIN_FUZZY_LENGTH - 1) found.add(p);
      const b = hash(p) & mask;
      for (let k = d.deleteStart[b]!; k < d.deleteStart[b + 1]!; k++) found.add(d.words[d.deleteWords[k]!]!);
    }
    return [...found].filter((w) => w === word || distance(w, word) <= edits);
  }
}

function longest(words: readonly string[]): number {
  let max = 0;
  for (const w of words) if (w.length > max) max = w.length;
  return max;
}

/** Bucketed table from each deletion's hash to the words it came from (compressed rows, no strings kept). */
function deletionTable(words: readonly string[]): Pick<TermIndexData, 'deleteStart' | 'deleteWords'> {
  let total = 0;
  const fuzzy = (w: string): boolean => w.length >= MIN_FUZZY_LENGTH && w.length <= MAX_FUZZY_LENGTH;
  for (const w of words) if (fuzzy(w)) total += w.length;
  let buckets = 1;
  while (buckets < total) buckets *= 2;
  const mask = buckets - 1;
  const deleteStart = new Int32Array(buckets + 1);
  const hashes = new Uint32Array(total);
  let k = 0;
  words.forEach((w) => {
    if (!fuzzy(w)) return;
    for (const del of deletions(w)) {
      const h = hash(del) & mask;
      hashes[k++] = h;
      deleteStart[h + 1]!++;
    }
  });
  for (let b = 0; b < buckets; b++) deleteStart[b + 1]! += deleteStart[b]!;
  const fill = deleteStart.slice(0, buckets);
  const deleteWords = new Int32Array(total);
  k = 0;
  words.forEach((w, id) => {
    if (!fuzzy(w)) return;
    for (let i = 0; i < w.length; i++) deleteWords[fill[hashes[k++]!]!++] = id;
  });
  return { deleteStart, deleteWords };
}
