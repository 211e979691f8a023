/**
 * The claim store: every rendition of every claim in a corpus, grouped across outlets, searchable by a
 * fuzzy query in time that depends on how rare the query's words are, not on the size of the corpus.
 *
 * @example
 * const store = ClaimStore.fromCorpus(await loadCorpus('seeds'));
 * const [best] = store.search('strengthen communication at all levels');
 */
import { nameMatches } from '../claims/speakers.js';
import type { Speaker } from '../claims/types.js';
import type { CorpusDocument, FileError, LoadedCorpus } from '../corpus/types.js';
import { alignIds, prepareQuery } from './align.js';
import { buildParts, type StoreParts } from './build.js';
import { isStopword, words } from './normalize.js';
import type { TermIndex } from './term-index.js';
import type { ClaimGroup, SearchHit, SearchOptions, SearchTrace, StoredRendition } from './types.js';

/** Query words beyond this are ignored: a quote longer than that is identified by its first words. */
export const MAX_QUERY_WORDS = 80;
/** Candidates rescored exactly after the index pass. */
const CANDIDATES = 96;
/** Words with fewer postings than this are read in full: checking whether the candidates are settled costs more. */
const MIN_DF_TO_CLOSE = 2_000;
/** Postings read per query at most; the commonest words are skipped beyond it (they still count in scoring). */
export const POSTINGS_BUDGET = 150_000;

/** Worse of two scored entries: lower score, or the same score and a later id. */
function worse(scores: Float32Array, a: number, b: number): boolean {
  return scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
}

/**
 * The `k` best of `ids` by score (ties: lower id first), best first. A bounded heap: at a million quotations
 * the index pass can touch 100k+ entries, and sorting them all cost more than the rest of the query.
 */
export function topScored(ids: readonly number[], scores: Float32Array, k: number): number[] {
  const heap: number[] = []; // min-heap on "worse": the root is the weakest kept
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(scores, heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(scores, heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const id of ids) {
    if (heap.length < k) {
      heap.push(id);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!worse(scores, heap[i]!, heap[p]!)) break;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    } else if (k > 0 && worse(scores, heap[0]!, id)) {
      heap[0] = id;
      down(0);
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
}

export interface StoreStats {
  documents: number;
  quotes: number;
  paraphrases: number;
  claims: number;
  speakers: number;
}

export class ClaimStore {
  readonly documents: ReadonlyMap<string, CorpusDocument>;
  readonly speakers: ReadonlyMap<string, Speaker>;
  readonly entries: readonly StoredRendition[];
  readonly groups: readonly ClaimGroup[];
  /** Per-file errors met while loading this corpus (those files were skipped). */
  readonly errors: readonly FileError[];
  readonly corpusDir: string;
  private readonly index: TermIndex;
  // scratch arrays for the index pass, reused across queries (one query runs at a time)
  private readonly scores: Float32Array;
  private readonly lastQuery: Int32Array;
  private readonly lastWord: Int32Array;
  /** What the index pass of the last `search` did. */
  lastSearch: SearchTrace = { postingsRead: 0, wordsSkipped: 0, candidates: 0 };
  private generation = 0;
  private wordStamp = 0;

  private constructor(parts: StoreParts, corpus: Pick<LoadedCorpus, 'dir' | 'errors'>) {
    this.documents = new Map(parts.documents.map((d) => [d.id, d]));
    this.speakers = new Map(parts.speakers.map((s) => [s.id, s]));
    this.entries = parts.entries;
    this.groups = parts.groups;
    this.index = parts.index;
    this.errors = corpus.errors;
    this.corpusDir = corpus.dir;
    this.scores = new Float32Array(parts.entries.length);
    this.lastQuery = new Int32Array(parts.entries.length);
    this.lastWord = new Int32Array(parts.entries.length);
  }

  /** Builds a store from a loaded corpus (extracts, attributes, indexes and groups every claim). */
  static fromCorpus(corpus: LoadedCorpus): ClaimStore {
    return new ClaimStore(buildParts(corpus), corpus);
  }

  /** Builds a store from parts made elsewhere (a snapshot, a worker). */
  static fromParts(parts: StoreParts, corpus: Pick<LoadedCorpus, 'dir' | 'errors'>): ClaimStore {
    return new ClaimStore(parts, corpus);
  }

  stats(): StoreStats {
    let quotes = 0;
    for (const e of this.entries) if (e.kind === 'quote') quotes++;
    return {
      documents: this.documents.size,
      quotes,
      paraphrases: this.entries.length - quotes,
      claims: this.groups.length,
      speakers: this.speakers.size,
    };
  }

  /**
   * Renditions that match `query`, best first. The index pass scores entries by the rare words they share
   * with the query (typo neighbours included); the best candidates are then aligned word by word.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const queryWords = words(query).slice(0, MAX_QUERY_WORDS);
    if (queryWords.length === 0) return [];
    const content = [...new Set(queryWords.filter((w) => !isStopword(w)))];
    if (content.length === 0) return [];
    // a word's typo neighbours are looked up once per query (the index pass and the weights both need them)
    const neighbourCache = new Map<string, string[]>();
    const neighbours = (w: string): string[] => {
      let found = neighbourCache.get(w);
      if (!found) neighbourCache.set(w, (found = this.index.neighbours(w)));
      return found;
    };
    const lookups = content
      .map((w) => {
        const terms = new Set<number>();
        for (const n of neighbours(w)) {
          const t = this.index.termOfWord(n);
          if (t !== undefined) terms.add(t);
        }
        const df = [...terms].reduce((a, t) => a + this.index.frequency(t), 0);
        return { terms: [...terms], df };
      })
      .filter((l) => l.df > 0)
      .sort((a, b) => a.df - b.df);
    const touched: number[] = [];
    const generation = ++this.generation;
    let budget = options.postingsBudget ?? POSTINGS_BUDGET;
    const trace: SearchTrace = { postingsRead: 0, wordsSkipped: 0, candidates: 0 };
    const weights = lookups.map(({ terms }) => Math.max(...terms.map((t) => this.index.idf(t))));
    // rest[k]: the most words k.. can still add to an entry's index score
    const rest = new Float64Array(lookups.length + 1);
    for (let k = lookups.length - 1; k >= 0; k--) rest[k] = rest[k + 1]! + weights[k]!;
    const filteredSearch = !!(options.documentIds || options.speakerId);
    let closed = false;
    const scores = this.scores;
    const lastWord = this.lastWord;
    const lastQuery = this.lastQuery;
    for (const [k, { terms, df }] of lookups.entries()) {
      if (df > budget && touched.length > 0) {
        trace.wordsSkipped = lookups.length - k;
        break;
      }
      budget -= df;
      trace.postingsRead += df;
      // MaxScore: once CANDIDATES entries already score more than all the remaining words can give an entry
      // not yet seen, no such entry can reach the candidates, so the commoner words only update those seen
      // (the same candidates, far fewer entries to keep and rank). With a filter the count would have to be
      // of allowed entries: not applied there.
      if (!closed && !filteredSearch && df >= MIN_DF_TO_CLOSE && touched.length >= CANDIDATES) closed = this.beaten(touched, rest[k]!);
      // one query word may reach an entry through several neighbour terms: count it once
      const wordStamp = ++this.wordStamp;
      const weight = weights[k]!;
      for (const t of terms) {
        const postings = this.index.postings(t);
        for (let p = 0; p < postings.length; p++) {
          const e = postings[p]!;
          if (lastWord[e] === wordStamp) continue;
          lastWord[e] = wordStamp;
          if (lastQuery[e] !== generation) {
            if (closed) continue;
            lastQuery[e] = generation;
            scores[e] = 0;
            touched.push(e);
          }
          scores[e]! += weight;
        }
      }
    }
    const allowed = (e: StoredRendition): boolean =>
      (!options.documentIds || options.documentIds.has(e.documentId)) &&
      (!options.speakerId || e.speakerId === options.speakerId);
    const filtered = options.documentIds || options.speakerId ? touched.filter((i) => allowed(this.entries[i]!)) : touched;
    const candidates = topScored(filtered, this.scores, CANDIDATES);
    trace.candidates = candidates.length;
    this.lastSearch = trace;
    // a typo'd word weighs what the word it stands for weighs; a word the corpus never uses weighs most
    const prepared = prepareQuery(queryWords, (w) => {
      const terms = neighbours(w).map((n) => this.index.termOfWord(n)!);
      return terms.length ? Math.max(...terms.map((t) => this.index.idf(t))) : Math.log(1 + this.entries.length);
    }, (w) => this.index.wordId(w));
    const lexicon = this.index.lexicon;
    const hits = candidates.map((i): SearchHit => {
      const entry = this.entries[i]!;
      // the entry's word ids were stored at index time: no tokenising, and each distinct word is compared once
      const a = alignIds(prepared, this.index.entryWordIds(i), lexicon);
      return { entry, group: this.groups[entry.groupId]!, score: a.ordered, bag: a.bag, exact: a.exact, contentMatched: a.contentMatched };
    });
    hits.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || b.bag - a.bag || a.entry.id - b.entry.id);
    return hits.slice(0, options.limit ?? 40);
  }

  /** True when at least `CANDIDATES` of `touched` score more than `bound` (float32 sums: a small margin). */
  private beaten(touched: readonly number[], bound: number): boolean {
    const above = bound * (1 + 1e-5) + 1e-5;
    let count = 0;
    for (let i = 0; i < touched.length; i++) if (this.scores[touched[i]!]! > above && ++count >= CANDIDATES) return true;
    return false;
  }

  /** Speakers a typed name may mean: alias, surname or variant spelling. */
  findSpeakers(name: string): Speaker[] {
    const trimmed = name.trim();
    if (!trimmed) return [];
    return [...this.speakers.values()].filter((s) => nameMatches(trimmed, s));
  }

  /** Documents whose outlet (or file name) matches `name`, case-insensitively. */
  documentsOfOutlet(name: string): CorpusDocument[] {
    const wanted = name.trim().toLowerCase();
    if (!wanted) return [];
    return this.byOutletLabel().get(wanted) ?? [];
  }

  /** How people name the documents' sources: each outlet, and the file name of a document without one. */
  outletLabels(): readonly string[] {
    if (!this.labels) {
      const labels = new Set<string>();
      for (const d of this.documents.values()) labels.add(d.meta.outlet ?? d.id);
      this.labels = [...labels];
    }
    return this.labels;
  }

  // built on first use, not per question: a corpus can hold 100k documents
  private labels: string[] | null = null;
  private outletMap: Map<string, CorpusDocument[]> | null = null;
  /** Outlet names and file names in lower case → their documents. */
  private byOutletLabel(): Map<string, CorpusDocument[]> {
    if (!this.outletMap) {
      const map = new Map<string, CorpusDocument[]>();
      const add = (key: string, doc: CorpusDocument) => {
        const list = map.get(key);
        if (!list) map.set(key, [doc]);
        else if (list.at(-1) !== doc) list.push(doc);
      };
      for (const d of this.documents.values()) {
        if (d.meta.outlet) add(d.meta.outlet.toLowerCase(), d);
        add(d.id.toLowerCase(), d);
      }
      this.outletMap = map;
    }
    return this.outletMap;
  }

  /** Claims of one speaker, those carried by most documents first. */
  groupsOfSpeaker(speakerId: string): ClaimGroup[] {
    return this.groups
      .filter((g) => g.speakerId === speakerId)
      .sort((a, b) => b.entryIds.length - a.entryIds.length || a.id - b.id);
  }
}
