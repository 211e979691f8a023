/**
 * Where grouping draws an entry's candidates from: for each of its rarest terms, the first `cap` postings
 * (the earliest entries holding the term) that come before the entry. At a million entries those lists are
 * full for most terms, yet only the few candidates with a compatible speaker can ever join. So for every
 * long list a copy regrouped by speaker (ids ascending within a speaker) is kept, and a named entry reads
 * only its own speaker's run and the unattributed run, merged back into id order: the same candidates, in
 * the same order, as filtering the whole list.
 */
import type { TermSets } from './grouping.js';

/** What grouping reads of the term index (a `TermIndex` has both); postings must be those of the term sets. */
export interface GroupingIndex {
  /** Entry ids holding the term, ascending. */
  postings(term: number): Int32Array;
  /** Length of the term's postings. */
  frequency(term: number): number;
}

/** Lists this short are filtered in place: a speaker run costs more to find than to skip. */
const DIRECT_LENGTH = 24;

/** How many of the first `cap` of `postings` (ascending) are below `e`. */
export function cappedBelow(postings: Int32Array, e: number, cap: number): number {
  let lo = 0;
  let hi = Math.min(cap, postings.length);
  if (hi > 0 && postings[hi - 1]! < e) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (postings[mid]! < e) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class CandidateLists {
  /** Term t's regrouped list is `runs[runStart[t] .. runStart[t + 1])` (empty: filter the postings). */
  private readonly runStart: Int32Array;
  private readonly runs: Int32Array;

  /** `speaker[e]`: entry e's speaker number (0..), or −1 when unattributed. */
  constructor(
    sets: TermSets,
    index: GroupingIndex,
    private readonly speaker: Int32Array,
    cap: number,
  ) {
    const n = speaker.length;
    let terms = 0;
    for (let k = 0; k < sets.terms.length; k++) if (sets.terms[k]! >= terms) terms = sets.terms[k]! + 1;
    // an entry is among a term's first `cap` postings when its id is below the posting at `cap`
    const cut = new Int32Array(terms);
    this.runStart = new Int32Array(terms + 1);
    for (let t = 0; t < terms; t++) {
      const f = index.frequency(t);
      cut[t] = f > cap ? index.postings(t)[cap]! : n;
      this.runStart[t + 1] = this.runStart[t]! + (f > DIRECT_LENGTH ? Math.min(f, cap) : 0);
    }
    this.runs = new Int32Array(this.runStart[terms]!);
    // entries visited by speaker (unattributed first), ids ascending within each: every run comes out sorted
    const bySpeaker = new Int32Array(n);
    const speakerStart = new Int32Array(n + 2);
    for (let e = 0; e < n; e++) speakerStart[speaker[e]! + 2]!++;
    for (let s = 0; s <= n; s++) speakerStart[s + 1]! += speakerStart[s]!;
    for (let e = 0; e < n; e++) bySpeaker[speakerStart[speaker[e]! + 1]!++] = e;
    const fill = this.runStart.slice(0, terms);
    for (const e of bySpeaker) {
      for (let k = sets.start[e]!; k < sets.start[e + 1]!; k++) {
        const t = sets.terms[k]!;
        if (e < cut[t]! && fill[t]! < this.runStart[t + 1]!) this.runs[fill[t]!++] = e;
      }
    }
  }

  /**
   * Writes into `out` the first `length` of `postings` (term `term`'s) that entry e could join: all of them
   * for an unattributed entry, else those of its speaker and, when `unattributedToo`, the unattributed ones.
   * Returns how many, in ascending id order.
   */
  collect(term: number, postings: Int32Array, length: number, e: number, unattributedToo: boolean, out: Int32Array): number {
    const se = this.speaker[e]!;
    const from = this.runStart[term]!;
    const to = this.runStart[term + 1]!;
    let count = 0;
    if (se < 0 || from === to) {
      for (let k = 0; k < length; k++) {
        const other = postings[k]!;
        const so = this.speaker[other]!;
        if (se < 0 || so === se || (so < 0 && unattributedToo)) out[count++] = other;
      }
      return count;
    }
    let i = from;
    const iEnd = unattributedToo ? this.firstOfSpeaker(from, to, 0) : from;
    let j = this.firstOfSpeaker(from, to, se);
    const jEnd = this.firstOfSpeaker(j, to, se + 1);
    for (;;) {
      // past its end, or at e, a run reads as e: both runs stop there
      const a = i < iEnd ? Math.min(this.runs[i]!, e) : e;
      const b = j < jEnd ? Math.min(this.runs[j]!, e) : e;
      if (a < b) {
        out[count++] = a;
        i++;
      } else if (b < e) {
        out[count++] = b;
        j++;
      } else return count;
    }
  }

  /** First position in `runs[from..to)` whose entry's speaker number is at least `s`. */
  private firstOfSpeaker(from: number, to: number, s: number): number {
    while (from < to) {
      const mid = (from + to) >>> 1;
      if (this.speaker[this.runs[mid]!]! < s) from = mid + 1;
      else to = mid;
    }
    return from;
  }
}
