/**
 * The index pass of a search: scores entries by the weights of the query words they contain, reading the
 * rarest words first, and returns the best candidates for word-by-word alignment. Two ways to stop early:
 * - MaxScore: once enough entries already score more than the words left can give an entry not yet seen,
 *   no new entry is admitted (the candidates are provably the same);
 * - a threshold from the caller: an entry that cannot reach it even with every word left is dropped, and
 *   the commoner words are then looked up for the few entries left (a binary search in their postings)
 *   instead of reading their postings in full. At a million quotations that is most of a query's cost.
 */
import type { TermIndex } from './term-index.js';
import type { SearchTrace } from '../types.js';

/** Candidates rescored exactly after the index pass. */
export const CANDIDATES = 96;
/** Words with fewer postings than this are read in full: checking whether the candidates are settled costs more. */
const MIN_DF_TO_CLOSE = 2_000;

/** One distinct query word: the index terms that stand for it (itself, its stem, typo neighbours) and its weight. */
export interface WordLookup {
  terms: number[];
  /** The term of the word's own stem, when the index has it (−1: only neighbours): ranks ties, see `TieBreak`. */
  ownTerm: number;
  /** Postings of all its terms. */
  df: number;
  weight: number;
}

export interface IndexPassOptions {
  /** Postings read in full at most; beyond it the commonest words are skipped. */
  budget: number;
  /** Entries whose index score cannot reach this are not candidates (−Infinity: no threshold). */
  threshold: number;
  /** Only these entries may be candidates (a document or speaker filter). */
  allowed?: (entry: number) => boolean;
}

/**
 * What decides between entries of equal score: the part of the score from the query words as written, not from
 * a typo or a word of the same meaning standing in (more is better), then the entry's length from its word
 * offsets (`wordStart[e + 1] - wordStart[e]`; shorter is better: a dozen words holding the query say more than
 * a long transcript holding it somewhere). With common query words hundreds of entries tie.
 */
export interface TieBreak {
  own: Float32Array;
  wordStart: Int32Array;
}

/** Worse of two scored entries: lower score; at the same score the worse by `ties`, then the later id. */
function worse(scores: Float32Array, a: number, b: number, ties: TieBreak | undefined): boolean {
  const sa = scores[a]!;
  const sb = scores[b]!;
  if (sa !== sb) return sa < sb;
  if (ties) {
    const own = ties.own[b]! - ties.own[a]!;
    if (own !== 0) return own > 0;
    const w = ties.wordStart;
    const longer = w[a + 1]! - w[a]! - (w[b + 1]! - w[b]!);
    if (longer !== 0) return longer > 0;
  }
  return a > b;
}

/**
 * The `k` best of `ids` by score (ties: by `ties`, then lower id first), best first. A bounded heap: at a
 * million quotations the index pass can touch 100k+ entries, and sorting them all cost more than the rest of
 * the query.
 */
export function topScored(ids: ArrayLike<number>, scores: Float32Array, k: number, ties?: TieBreak): number[] {
  const isWorse = (a: number, b: number): boolean => worse(scores, a, b, ties);
  const heap: number[] = []; // min-heap on "worse": the root is the weakest kept
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && isWorse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && isWorse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  // indexed, not `for … of`: called with typed arrays and plain ones, the iterator was not optimised away and
  // made an object per entry read (a search's largest garbage after the typo look-up)
  for (let n = 0; n < ids.length; n++) {
    const id = ids[n]!;
    if (heap.length < k) {
      heap.push(id);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!isWorse(heap[i]!, heap[p]!)) break;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    } else if (k > 0 && isWorse(heap[0]!, id)) {
      heap[0] = id;
      down(0);
    }
  }
  return heap.sort((a, b) => (isWorse(a, b) ? 1 : isWorse(b, a) ? -1 : 0));
}

/**
 * `best` (the `topScored` of `pool` without tie-break) with its last places settled by `ties`: when entries
 * tied with the last candidate were left out, the places at that score go to the best of all those tied. The
 * tie-break reads two more arrays per comparison, so it runs only where it decides something.
 */
function settleTies(pool: Int32Array, scores: Float32Array, best: number[], ties: TieBreak): number[] {
  if (best.length < CANDIDATES) return best;
  const cutoff = scores[best[best.length - 1]!]!;
  const kept = best.filter((e) => scores[e] !== cutoff);
  const tied: number[] = [];
  for (let i = 0; i < pool.length; i++) if (scores[pool[i]!] === cutoff) tied.push(pool[i]!);
  if (tied.length === best.length - kept.length) return best;
  return [...kept, ...topScored(tied, scores, best.length - kept.length, ties)];
}

/** True when `list` (ascending) holds `value`. */
function holds(list: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Float32 sums of the same weights can differ in the last bits from the float64 bounds: compare with room. */
const below = (score: number, bound: number): boolean => score < bound - 1e-4 * (1 + Math.abs(bound));

/** Scratch state for index passes over one store (one pass runs at a time). */
export class IndexPass {
  private readonly scores: Float32Array;
  /** The part of an entry's score from the query words' own stems, not from their typo or meaning neighbours. */
  private readonly ownScores: Float32Array;
  private readonly lastQuery: Int32Array;
  private readonly lastWord: Int32Array;
  /** Entries touched by the current pass, then those still in the running: preallocated, because arrays this
   * large live outside the young generation and a query making them each time brought on full collections. */
  private readonly touched: Int32Array;
  private readonly live: Int32Array;
  private generation = 0;
  private wordStamp = 0;

  constructor(
    private readonly index: TermIndex,
    entryCount: number,
  ) {
    this.scores = new Float32Array(entryCount);
    this.ownScores = new Float32Array(entryCount);
    this.lastQuery = new Int32Array(entryCount);
    this.lastWord = new Int32Array(entryCount);
    this.touched = new Int32Array(entryCount);
    this.live = new Int32Array(entryCount);
  }

  /** Candidate entries, best index score first, for `lookups` sorted rarest first. */
  run(lookups: readonly WordLookup[], options: IndexPassOptions): { candidates: number[]; trace: SearchTrace } {
    const { scores, ownScores, lastQuery, lastWord } = this;
    const trace: SearchTrace = { postingsRead: 0, wordsSkipped: 0, candidates: 0 };
    const generation = ++this.generation;
    const threshold = options.threshold;
    const thresholded = Number.isFinite(threshold) && threshold > 0;
    // rest[k]: the most words k.. can still add to an entry's index score
    const rest = new Float64Array(lookups.length + 1);
    for (let k = lookups.length - 1; k >= 0; k--) rest[k] = rest[k + 1]! + lookups[k]!.weight;
    const { touched, live } = this;
    let touchedCount = 0;
    // once closed with a threshold, the entries still able to reach it are live[0 .. liveCount)
    let liveCount = -1;
    let closed = false;
    let budget = options.budget;
    let unread = 0;
    for (let k = 0; k < lookups.length; k++) {
      const { terms, ownTerm, df, weight } = lookups[k]!;
      if (!closed && thresholded && below(rest[k]!, threshold)) closed = true;
      // with a filter the MaxScore count would have to be of allowed entries: not applied there
      if (!closed && !options.allowed && df >= MIN_DF_TO_CLOSE && touchedCount >= CANDIDATES) closed = this.beaten(touchedCount, rest[k]!);
      if (closed && thresholded) {
        const floor = threshold - rest[k]!;
        const from = liveCount < 0 ? touched : live;
        const n = liveCount < 0 ? touchedCount : liveCount;
        liveCount = 0;
        for (let i = 0; i < n; i++) if (!below(scores[from[i]!]!, floor)) live[liveCount++] = from[i]!;
      }
      if (liveCount >= 0 && liveCount * terms.length * Math.log2(df + 2) < df) {
        // few entries left: look this word up for each of them instead of reading its postings
        const lists = terms.map((t) => this.index.postings(t));
        for (let i = 0; i < liveCount; i++) {
          const e = live[i]!;
          for (let j = 0; j < lists.length; j++) {
            if (holds(lists[j]!, e)) {
              scores[e]! += weight;
              if (terms[j] === ownTerm) ownScores[e]! += weight;
              break;
            }
          }
        }
        continue;
      }
      if (df > budget && touchedCount > 0) {
        trace.wordsSkipped = lookups.length - k;
        unread = rest[k]!;
        break;
      }
      budget -= df;
      trace.postingsRead += df;
      // one query word may reach an entry through several neighbour terms: count it once
      const wordStamp = ++this.wordStamp;
      for (const t of terms) {
        const postings = this.index.postings(t);
        const own = t === ownTerm ? weight : 0;
        for (let p = 0; p < postings.length; p++) {
          const e = postings[p]!;
          if (lastWord[e] === wordStamp) continue;
          lastWord[e] = wordStamp;
          if (lastQuery[e] !== generation) {
            if (closed) continue;
            lastQuery[e] = generation;
            scores[e] = 0;
            ownScores[e] = 0;
            touched[touchedCount++] = e;
          }
          scores[e]! += weight;
          ownScores[e]! += own;
        }
      }
    }
    const from = liveCount < 0 ? touched : live;
    const n = liveCount < 0 ? touchedCount : liveCount;
    // the pool is compacted into `live` (in place when it is already there: writes never pass reads)
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const e = from[i]!;
      if (thresholded && below(scores[e]! + unread, threshold)) continue;
      if (options.allowed && !options.allowed(e)) continue;
      live[kept++] = e;
    }
    const pool = live.subarray(0, kept);
    const candidates = settleTies(pool, scores, topScored(pool, scores, CANDIDATES), {
      own: ownScores,
      wordStart: this.index.entryOffsets(),
    });
    trace.candidates = candidates.length;
    return { candidates, trace };
  }

  /** True when at least `CANDIDATES` touched entries score more than `bound` (float32 sums: a small margin). */
  private beaten(touchedCount: number, bound: number): boolean {
    const above = bound * (1 + 1e-5) + 1e-5;
    let count = 0;
    for (let i = 0; i < touchedCount; i++) if (this.scores[this.touched[i]!]! > above && ++count >= CANDIDATES) return true;
    return false;
  }
}
