/**
 * Inverted index from stems to entries (renditions), plus a lexicon of surface words with a
 * deletion-neighbourhood table (SymSpell's idea) so a typo'd word finds its stored neighbours without scanning
 * the vocabulary. Query cost depends on posting lengths, never on the number of entries.
 *
 * Once frozen, everything lives in typed arrays plus one word list (`TermIndexData`): a snapshot writes it
 * as is and a worker hands it to the main thread by transfer, without rebuilding or cloning millions of
 * small objects.
 */
import { withinEdits } from './edit-distance.js';
import { IntList } from './int-list.js';
import { WordTable } from './word-table.js';

const noop = (): void => {};
import { isStopword, stem, STOPWORD_LIST } from './normalize.js';

/** Words shorter than this get no typo tolerance ("cat" vs "car" is a different word, not a typo). */
const MIN_FUZZY_LENGTH = 4;
/**
 * Words longer than this get no typo tolerance either: the deletion neighbourhood of a word grows with the
 * cube of its length (a pasted 6000-letter token took minutes), and no real word is this long.
 */
export const MAX_FUZZY_LENGTH = 64;

/**
 * FNV-1a over UTF-16 code units of `s` without its letters at `skipA` and `skipB` (−1: none), as a signed 32-bit
 * integer (the word table's hash; its low bits pick the deletion table's bucket, whose collisions are filtered by
 * edit distance).
 */
function fnv(s: string, skipA: number, skipB: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) if (i !== skipA && i !== skipB) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Words whose typo neighbours are kept (a few questions' words). */
const CACHED_NEIGHBOURS = 64;

/** Edits tolerated for a word of this length: 1 from four letters, 2 from eight. */
export function allowedEdits(length: number): number {
  if (length > MAX_FUZZY_LENGTH) return 0;
  return length >= 8 ? 2 : length >= MIN_FUZZY_LENGTH ? 1 : 0;
}

/** A frozen index as plain data: typed arrays (transferable) and the vocabulary. */
export interface TermIndexData {
  entryCount: number;
  /** Surface words, by word id (stopwords included: entries' word sequences refer to them). */
  words: string[];
  /** Stem term of each word id; −1 for a stopword (not indexed). */
  wordTerm: Int32Array;
  /** Postings of term t are `postings[postingStart[t] .. postingStart[t + 1])`, entry ids ascending. */
  postingStart: Int32Array;
  postings: Int32Array;
  /** Deletion table: bucket b (hash & (buckets − 1)) holds word ids `deleteWords[deleteStart[b] .. deleteStart[b + 1])`. */
  deleteStart: Int32Array;
  deleteWords: Int32Array;
  /** Entry e's words, in order, as word ids: `entryWords[entryWordStart[e] .. entryWordStart[e + 1])`. */
  entryWordStart: Int32Array;
  entryWords: Int32Array;
}

/** Most words of an entry whose terms are sorted by insertion (beyond, insertion sort's quadratic cost shows). */
const MOST_INSERTION_SORTED = 64;

export class TermIndex {
  private termIds: Map<string, number> | null = new Map();
  private termCount = 0;
  /** Surface word → word id. */
  private readonly wordIds = new WordTable();
  /** Stem term of each word id while building (−1: stopword). */
  private termOf: number[] = [];
  private entryWordStart = new IntList();
  private entryWords = new IntList();
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
    index.entryWordStart = new IntList();
    index.entryWords = new IntList();
    for (const w of data.words) index.wordIds.intern(w, noop);
    index.longestWord = longest(data.words);
    return index;
  }

  /**
   * Adds an entry's folded words, entries in ascending id order. Stopwords are not indexed (they are weighed
   * at scoring time) but are kept in the entry's word sequence.
   */
  add(entryId: number, entryWords: readonly string[]): void {
    this.startEntry(entryId);
    for (const word of entryWords) this.pushWord(this.wordIds.intern(word, this.describeWord));
    this.entryWordStart.array[entryId + 1] = this.entryWords.length;
  }

  /** `add(entryId, words(text))`, without making a string for each word already seen (ASCII text). */
  addText(entryId: number, text: string): void {
    this.startEntry(entryId);
    this.wordIds.internText(text, this.pushWord, this.describeWord);
    this.entryWordStart.array[entryId + 1] = this.entryWords.length;
  }

  private startEntry(entryId: number): void {
    if (!this.termIds) throw new Error('TermIndex is frozen');
    if (entryId < this.entryCount) throw new Error('TermIndex: entries must be added in ascending id order');
    // an id skipped is an entry with no words
    if (this.entryWordStart.length === 0) this.entryWordStart.push(0);
    while (this.entryCount <= entryId) {
      this.entryCount++;
      this.entryWordStart.push(this.entryWords.length);
    }
  }

  private readonly pushWord = (id: number): void => this.entryWords.push(id);
  /** A new word's stem term (−1 for a stopword). */
  private readonly describeWord = (word: string): void => {
    this.termOf.push(isStopword(word) ? -1 : this.termOfStem(stem(word)));
  };

  private termOfStem(s: string): number {
    let term = this.termIds!.get(s);
    if (term === undefined) {
      term = this.termCount++;
      this.termIds!.set(s, term);
    }
    return term;
  }

  /**
   * Builds postings from the entries' word ids (two passes: count, then fill; no per-term lists, which at a
   * million entries cost hundreds of MB and most of the indexing time) and the typo table; call once after
   * the last `add`.
   */
  freeze(): void {
    if (this.data) return;
    this.termIds = null;
    const wordTerm = Int32Array.from(this.termOf);
    this.termOf = [];
    if (this.entryWordStart.length === 0) this.entryWordStart.push(0);
    const entryWordStart = this.entryWordStart.toArray();
    const entryWords = this.entryWords.toArray();
    this.entryWordStart = new IntList();
    this.entryWords = new IntList();
    const terms = this.termCount;
    const postingStart = new Int32Array(terms + 1);
    // lastEntry[t] = e + 1 once entry e is counted under term t: an entry is listed once per term (the two
    // passes are written out: a visitor called 20 million times at a million quotations cost seconds)
    const lastEntry = new Int32Array(terms);
    for (let e = 0; e < this.entryCount; e++) {
      for (let k = entryWordStart[e]!; k < entryWordStart[e + 1]!; k++) {
        const t = wordTerm[entryWords[k]!]!;
        if (t < 0 || lastEntry[t] === e + 1) continue;
        lastEntry[t] = e + 1;
        postingStart[t + 1]!++;
      }
    }
    for (let t = 0; t < terms; t++) postingStart[t + 1]! += postingStart[t]!;
    const postings = new Int32Array(postingStart[terms]!);
    const fill = postingStart.slice(0, terms);
    lastEntry.fill(0);
    for (let e = 0; e < this.entryCount; e++) {
      for (let k = entryWordStart[e]!; k < entryWordStart[e + 1]!; k++) {
        const t = wordTerm[entryWords[k]!]!;
        if (t < 0 || lastEntry[t] === e + 1) continue;
        lastEntry[t] = e + 1;
        postings[fill[t]!++] = e;
      }
    }
    const words = [...this.wordIds.words];
    this.longestWord = longest(words);
    const table = deletionTable(words, wordTerm);
    this.data = { entryCount: this.entryCount, words, wordTerm, postingStart, postings, ...table, entryWordStart, entryWords };
  }

  /**
   * Each entry's content-stem terms, sorted and unique, flat: entry e's are `terms[start[e] .. start[e + 1])`
   * (grouping compares these; one flat array instead of a million small ones). Frozen index.
   */
  contentTermSets(): { start: Int32Array; terms: Int32Array } {
    const d = this.toData();
    const start = new Int32Array(d.entryCount + 1);
    // no more terms than words: written straight into an array of that size (a push per term, fifteen million
    // at a million quotations, was 0.8 s of the build), then cut to what was written
    const out = new Int32Array(d.entryWords.length);
    let written = 0;
    let mine = new Int32Array(64);
    for (let e = 0; e < d.entryCount; e++) {
      // an entry has a few dozen terms: insertion sort in a reused typed array; a long one (a quotation of a
      // whole huge paragraph) is sorted by the typed array's own sort, as insertion sort there is quadratic
      let n = 0;
      const from = d.entryWordStart[e]!;
      const to = d.entryWordStart[e + 1]!;
      if (mine.length < to - from) mine = new Int32Array(2 * (to - from));
      const long = to - from > MOST_INSERTION_SORTED;
      for (let k = from; k < to; k++) {
        const t = d.wordTerm[d.entryWords[k]!]!;
        if (t < 0) continue;
        let i = n++;
        while (!long && i > 0 && mine[i - 1]! > t) {
          mine[i] = mine[i - 1]!;
          i--;
        }
        mine[i] = t;
      }
      if (long) mine.subarray(0, n).sort();
      for (let i = 0; i < n; i++) if (i === 0 || mine[i] !== mine[i - 1]) out[written++] = mine[i]!;
      start[e + 1] = written;
    }
    return { start, terms: out.slice(0, written) };
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

  /** The stem term of a stored word, or undefined (also for stopwords: they are not indexed). */
  termOfWord(word: string): number | undefined {
    const id = this.wordIds.get(word);
    if (id < 0) return undefined;
    const term = this.data ? this.data.wordTerm[id]! : this.termOf[id]!;
    return term < 0 ? undefined : term;
  }

  /** The word id of a stored word (stopwords included), or −1. */
  wordId(word: string): number {
    return this.wordIds.get(word);
  }

  /** Surface words by word id (frozen index). */
  get lexicon(): readonly string[] {
    return this.data?.words ?? [];
  }

  /** Where each entry's words start in the word list (frozen index): entry e has `[e + 1] - [e]` words. */
  entryOffsets(): Int32Array {
    return this.data?.entryWordStart ?? new Int32Array(1);
  }

  /** Entry `entryId`'s words in order, as word ids (frozen index). */
  entryWordIds(entryId: number): Int32Array {
    const d = this.data;
    if (!d || entryId < 0 || entryId + 1 >= d.entryWordStart.length) return new Int32Array(0);
    return d.entryWords.subarray(d.entryWordStart[entryId]!, d.entryWordStart[entryId + 1]!);
  }

  /**
   * Stored words within the allowed edits of `word` (the word itself first when stored): all of them, since
   * any two words within two edits (a swap of neighbouring letters counts as one) share a deletion of at
   * most two letters from each side.
   */
  neighbours(word: string): readonly string[] {
    // (kept once frozen only: before, the words are still coming)
    if (!this.data) return this.lookUpNeighbours(word);
    let found = this.neighbourCache.get(word);
    if (!found) {
      found = this.lookUpNeighbours(word);
      if (this.neighbourCache.size >= CACHED_NEIGHBOURS) this.neighbourCache.delete(this.neighbourCache.keys().next().value!);
      this.neighbourCache.set(word, found);
    }
    return found;
  }

  /**
   * The words looked up last and their neighbours: a question read several ways (its quoted words, figures written
   * out, two words joined) searches mostly the same words again, and absent words took four look-ups each.
   */
  private readonly neighbourCache = new Map<string, readonly string[]>();

  private lookUpNeighbours(word: string): string[] {
    const exact = this.termOfWord(word) !== undefined ? [word] : [];
    const edits = allowedEdits(word.length);
    const d = this.data;
    if (edits === 0 || !d || word.length > this.longestWord + edits) return exact;
    // The probes are the word, its deletions of one letter, then (two edits allowed) of two, in that order, each
    // met by its FNV-1a hash (no string is made: a word of thirteen letters has 92 probes, most of a search's
    // garbage once): a stored word the probe spells, then the words its hash bucket files. Found words are kept
    // once, by id, in the order first met.
    const found = this.foundWords(d.words.length);
    const stamp = ++this.foundStamp;
    const ids: number[] = [];
    const meet = (id: number): void => {
      if (found[id] === stamp) return;
      found[id] = stamp;
      ids.push(id);
    };
    if (exact.length) found[this.wordIds.get(word)] = stamp;
    const mask = d.deleteStart.length - 2;
    const n = word.length;
    const probe = (skipA: number, skipB: number, h: number): void => {
      // a stored word the probe spells (not the word itself, and of three letters at least)
      if (skipA >= 0 && n - (skipB >= 0 ? 2 : 1) >= MIN_FUZZY_LENGTH - 1) {
        const id = this.wordIds.getWithout(word, skipA, skipB, h);
        if (id >= 0 && d.wordTerm[id]! >= 0) meet(id);
      }
      const b = h & mask;
      for (let k = d.deleteStart[b]!; k < d.deleteStart[b + 1]!; k++) meet(d.deleteWords[k]!);
    };
    probe(-1, -1, fnv(word, -1, -1));
    for (let i = 0; i < n; i++) probe(i, -1, fnv(word, i, -1));
    if (edits >= 2) for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) probe(i, j, fnv(word, i, j));
    const out: string[] = exact.length ? [word] : [];
    for (const id of ids) if (withinEdits(d.words[id]!, word, edits)) out.push(d.words[id]!);
    return out;
  }

  /** Per word id, the `neighbours` call that last met it: one array for the index's life, not a set per call. */
  private found: Int32Array | null = null;
  private foundStamp = 0;
  private foundWords(count: number): Int32Array {
    if (!this.found || this.found.length !== count || this.foundStamp === 0x7fffffff) {
      this.found = new Int32Array(count);
      this.foundStamp = 0;
    }
    return this.found;
  }

  /** The term of stored words whose stem is `stemmed` (−1: none); a query word meets its inflections through it. */
  termOfStemmed(stemmed: string): number {
    if (!this.stemTerms) {
      const d = this.toData();
      this.stemTerms = new Map();
      for (let w = 0; w < d.words.length; w++) if (d.wordTerm[w]! >= 0) this.stemTerms.set(stem(d.words[w]!), d.wordTerm[w]!);
    }
    return this.stemTerms.get(stemmed) ?? -1;
  }

  /** Built on first use: a snapshot does not carry it. */
  private stemTerms: Map<string, number> | null = null;
}

const STOPWORD_STEMS: ReadonlySet<string> = new Set(STOPWORD_LIST.map(stem));
const LONG_STOPWORDS = STOPWORD_LIST.filter((w) => w.length >= MIN_FUZZY_LENGTH);

/**
 * True when a content word can align with a function word (same stem, or a typo of one: "wiht"). Function
 * words are not indexed, so the index cannot count such a match for an entry.
 */
export function mayMatchStopword(word: string): boolean {
  if (STOPWORD_STEMS.has(stem(word))) return true;
  if (word.length < MIN_FUZZY_LENGTH) return false;
  for (const s of LONG_STOPWORDS) {
    const edits = allowedEdits(Math.min(s.length, word.length));
    if (edits > 0 && withinEdits(s, word, edits)) return true;
  }
  return false;
}

function longest(words: readonly string[]): number {
  let max = 0;
  for (const w of words) if (w.length > max) max = w.length;
  return max;
}

/** How many deletion hashes `storedDeletionHashes` files a stored word under (0: it gets no typo matching). */
function deletionCount(word: string, term: number): number {
  const n = word.length;
  if (term < 0 || n < MIN_FUZZY_LENGTH || n > MAX_FUZZY_LENGTH) return 0;
  return allowedEdits(n) >= 2 ? n + (n * (n - 1)) / 2 : n;
}

/**
 * Hashes of the deletions a stored word is filed under: one letter removed, and two for words allowed two
 * edits. With the query's deletions up to two, every stored word within the allowed edits meets the query on
 * some deletion (SymSpell's property), so the index finds every typo match the alignment can make. (A
 * doubled letter files the same deletion twice: harmless, the look-up collects words in a set.) Written into
 * `hashes` from `at`; returns where the next word's go.
 */
function storedDeletionHashes(word: string, hashes: Int32Array, at: number): number {
  const n = word.length;
  // each hash is FNV-1a of the letters left (unsigned); it runs left to right, so a deletion starts from the
  // hash of the letters before it rather than from the first letter
  let before = 0x811c9dc5 | 0;
  for (let i = 0; i < n; i++) {
    let h = before;
    for (let k = i + 1; k < n; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
    hashes[at++] = h;
    before = Math.imul(before ^ word.charCodeAt(i), 0x01000193);
  }
  if (allowedEdits(n) < 2) return at;
  before = 0x811c9dc5 | 0;
  for (let i = 0; i < n; i++) {
    let middle = before;
    for (let j = i + 1; j < n; j++) {
      let h = middle;
      for (let k = j + 1; k < n; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
      hashes[at++] = h;
      middle = Math.imul(middle ^ word.charCodeAt(j), 0x01000193);
    }
    before = Math.imul(before ^ word.charCodeAt(i), 0x01000193);
  }
  return at;
}

/** log2 of the buckets in one part of the deletion table's build: 16,384 counts (64 KB) stay in the cache. */
const PART_BITS = 14;

/**
 * Bucketed table from each deletion's hash to the words it came from (compressed rows, no strings kept). Within a
 * bucket, words in id order and each word's deletions in the order they are hashed.
 */
function deletionTable(words: readonly string[], wordTerm: Int32Array): Pick<TermIndexData, 'deleteStart' | 'deleteWords'> {
  // the count is known beforehand: hashes go into one array of that size (no growing lists of hashes and ids)
  let total = 0;
  for (let id = 0; id < words.length; id++) total += deletionCount(words[id]!, wordTerm[id]!);
  let hashes = new Int32Array(total);
  for (let id = 0, at = 0; id < words.length; id++)
    if (deletionCount(words[id]!, wordTerm[id]!) > 0) at = storedDeletionHashes(words[id]!, hashes, at);
  let buckets = 1;
  while (buckets < total) buckets *= 2;
  const mask = buckets - 1;
  // Counted and filled straight into millions of buckets, every hash was two or three cache misses (2 s of a
  // 250k-quotation build). So the hashes are first moved, in order, into parts of 2^PART_BITS consecutive
  // buckets; each part's counting and filling then stays within a few hundred KB. Same table.
  const shift = Math.max(0, Math.log2(buckets) - PART_BITS);
  const parts = buckets >>> shift;
  const partStart = new Int32Array(parts + 1);
  for (let k = 0; k < total; k++) partStart[((hashes[k]! & mask) >>> shift) + 1]!++;
  for (let p = 0; p < parts; p++) partStart[p + 1]! += partStart[p]!;
  const partFill = partStart.slice(0, parts);
  const partHashes = new Int32Array(total);
  const partIds = new Int32Array(total);
  for (let id = 0, k = 0; id < words.length; id++) {
    for (const end = k + deletionCount(words[id]!, wordTerm[id]!); k < end; k++) {
      const q = partFill[(hashes[k]! & mask) >>> shift]!++;
      partHashes[q] = hashes[k]!;
      partIds[q] = id;
    }
  }
  hashes = new Int32Array(0);
  const deleteStart = new Int32Array(buckets + 1);
  for (let k = 0; k < total; k++) deleteStart[(partHashes[k]! & mask) + 1]!++;
  for (let b = 0; b < buckets; b++) deleteStart[b + 1]! += deleteStart[b]!;
  const fill = deleteStart.slice(0, buckets);
  const deleteWords = new Int32Array(total);
  for (let k = 0; k < total; k++) deleteWords[fill[partHashes[k]! & mask]!++] = partIds[k]!;
  return { deleteStart, deleteWords };
}
