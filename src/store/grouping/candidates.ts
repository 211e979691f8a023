/**
 * Where grouping draws an entry's candidates from: for each of its rarest terms, the first `cap` postings
 * (the earliest entries holding the term) that come before the entry. At a million entries those lists are
 * full for most terms, yet only the few candidates with a compatible speaker can ever join. So a named
 * entry reads its own speaker's earlier entries (a couple of dozen, not hundreds of postings) and keeps
 * those in each list, then merges in the list's unattributed entries: the same candidates, in the same
 * order, as filtering the whole list. A speaker with more earlier entries than the lists hold falls back to
 * filtering the lists.
 */
import type { TermSets } from './terms.js';

/** What grouping reads of the term index (a `TermIndex` has it): the postings of the term sets' terms. */
export interface GroupingIndex {
  /** Term t's postings are `postings[postingStart[t] .. postingStart[t + 1])`, entry ids ascending. */
  toData(): { postingStart: Int32Array; postings: Int32Array };
}

/** A speaker's earlier entry costs about this many list postings to check (a binary search in its terms). */
const SPEAKER_ENTRY_COST = 4;

/** Term t's bit (0..63) in an entry's signature (a multiplicative hash: consecutive ids spread out). */
function signatureBit(term: number): number {
  return Math.imul(term, 0x9e3779b1) >>> 26;
}

/** How many of the first `cap` of `postings[from..to)` (ascending) are below `e`. */
export function cappedBelow(postings: Int32Array, from: number, to: number, e: number, cap: number): number {
  let lo = from;
  let hi = Math.min(from + cap, to);
  if (hi > lo && postings[hi - 1]! < e) return hi - from;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (postings[mid]! < e) lo = mid + 1;
    else hi = mid;
  }
  return lo - from;
}

/** Per entry, the candidate lists of its rarest terms restricted to the speakers it could join. */
export class CandidateLists {
  /** Named entries grouped by speaker, ids ascending within one: entry e's earlier same-speaker entries are `bySpeaker[speakerFirst[e] .. position[e])`. */
  private readonly bySpeaker: Int32Array;
  private readonly speakerFirst: Int32Array;
  private readonly postings: Int32Array;
  private readonly position: Int32Array;
  /** Term t's unattributed entries among its first `cap` postings: `unattributed[unattributedStart[t] .. unattributedStart[t + 1])`. */
  private readonly unattributedStart: Int32Array;
  private readonly unattributed: Int32Array;
  /** The current entry's earlier same-speaker entries, `bySpeaker[mineBegin .. mineEnd)`, and the lists each is in (bit r: list r). */
  private mineBegin = 0;
  private mineEnd = 0;
  private readonly mineLists: Uint8Array;
  /**
   * A 64-bit signature of each named entry's terms, in `bySpeaker` order (words 2p, 2p + 1): an entry whose
   * signature lacks a term's bit does not hold the term, so most are ruled out without a search.
   */
  private readonly signature: Int32Array;
  /** Whether the current entry's lists are filtered whole (unattributed entry, or a speaker with too many entries). */
  private walk = true;

  /** `speaker[e]`: entry e's speaker number (0..), or −1 when unattributed. */
  constructor(
    sets: TermSets,
    index: GroupingIndex,
    private readonly speaker: Int32Array,
    cap: number,
  ) {
    this.postings = index.toData().postings;
    const n = speaker.length;
    // counting sort by speaker (unattributed first, then left out): ids stay ascending within a speaker
    const first = new Int32Array(n + 2);
    for (let e = 0; e < n; e++) first[speaker[e]! + 2]!++;
    for (let s = 0; s <= n; s++) first[s + 1]! += first[s]!;
    const unattributedCount = first[1]!;
    const order = new Int32Array(n + 1);
    this.position = new Int32Array(n);
    this.speakerFirst = new Int32Array(n);
    for (let e = 0; e < n; e++) {
      this.speakerFirst[e] = first[speaker[e]! + 1]! - unattributedCount;
      this.position[e] = first[speaker[e]! + 1]! + order[speaker[e]! + 1]!++ - unattributedCount;
    }
    this.bySpeaker = new Int32Array(n - unattributedCount);
    for (let e = 0; e < n; e++) if (speaker[e]! >= 0) this.bySpeaker[this.position[e]!] = e;
    this.mineLists = new Uint8Array(this.bySpeaker.length);
    this.signature = new Int32Array(2 * this.bySpeaker.length);
    for (let e = 0; e < n; e++) {
      if (speaker[e]! < 0) continue;
      for (let k = sets.start[e]!; k < sets.start[e + 1]!; k++) {
        const bit = signatureBit(sets.terms[k]!);
        this.signature[2 * this.position[e]! + (bit >>> 5)]! |= 1 << (bit & 31);
      }
    }
    ({ start: this.unattributedStart, runs: this.unattributed } = unattributedRuns(sets, index, speaker, cap, unattributedCount));
  }

  /**
   * Gets entry e's candidates ready from its rarest terms `rarest[0 .. rare)` (list r:
   * `postings[listFrom[r] .. + sizes[r])`, the r-th rarest term's first postings up to the cap, those from e
   * on left out when read; `total`: the sum of `sizes`).
   */
  prepare(e: number, rarest: Int32Array, rare: number, listFrom: Int32Array, sizes: Int32Array, total: number): void {
    const begin = this.speakerFirst[e]!;
    const end = this.speaker[e]! < 0 ? begin : this.position[e]!;
    this.walk = this.speaker[e]! < 0 || (end - begin) * SPEAKER_ENTRY_COST > total;
    this.mineBegin = begin;
    this.mineEnd = end;
    if (this.walk) return;
    this.mineLists.fill(0, 0, end - begin);
    // each earlier same-speaker entry looked up in each list (short, ascending, and shared by every entry
    // with that rare term, so usually in cache), the search resuming where the previous one ended
    for (let r = 0; r < rare; r++) {
      const list = this.postings;
      // (an earlier entry of the speaker comes before e: found in the list, it is a candidate)
      const length = listFrom[r]! + sizes[r]!;
      let lo = listFrom[r]!;
      const bit = signatureBit(rarest[r]!);
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      for (let p = begin; p < end && lo < length; p++) {
        if ((this.signature[2 * p + word]! & mask) === 0) continue;
        const other = this.bySpeaker[p]!;
        let hi = length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (list[mid]! < other) lo = mid + 1;
          else hi = mid;
        }
        if (lo < length && list[lo] === other) this.mineLists[p - begin]! |= 1 << r;
      }
    }
  }

  /**
   * Writes into `out` list r's candidates (term `term`'s, those of `postings[from .. from + size)` before e)
   * that entry e could join, ids ascending: all for an unattributed entry, else its speaker's and, when
   * `unattributedToo`, the unattributed ones. Call after `prepare(e, …)`; returns how many.
   */
  collect(r: number, term: number, from: number, size: number, e: number, unattributedToo: boolean, out: Int32Array): number {
    const se = this.speaker[e]!;
    let count = 0;
    if (this.walk) {
      for (let k = from; k < from + size; k++) {
        const other = this.postings[k]!;
        if (other >= e) break;
        const so = this.speaker[other]!;
        if (se < 0 || so === se || (so < 0 && unattributedToo)) out[count++] = other;
      }
      return count;
    }
    // (no unattributed entries at all: no table to read)
    const withUnattributed = unattributedToo && this.unattributed.length > 0;
    let i = withUnattributed ? this.unattributedStart[term]! : 0;
    const iEnd = withUnattributed ? this.unattributedStart[term + 1]! : 0;
    let j = this.mineBegin;
    const bit = 1 << r;
    for (;;) {
      while (j < this.mineEnd && (this.mineLists[j - this.mineBegin]! & bit) === 0) j++;
      // past its end, or at e, a run reads as e: both stop there
      const a = i < iEnd ? Math.min(this.unattributed[i]!, e) : e;
      const b = j < this.mineEnd ? this.bySpeaker[j]! : e;
      if (a < b) {
        out[count++] = a;
        i++;
      } else if (b < e) {
        out[count++] = b;
        j++;
      } else return count;
    }
  }
}

/** For each term, its unattributed entries among its first `cap` postings (ids ascending). */
function unattributedRuns(
  sets: TermSets,
  index: GroupingIndex,
  speaker: Int32Array,
  cap: number,
  count: number,
): { start: Int32Array; runs: Int32Array } {
  let terms = 0;
  if (count > 0) for (let k = 0; k < sets.terms.length; k++) if (sets.terms[k]! >= terms) terms = sets.terms[k]! + 1;
  const start = new Int32Array(terms + 1);
  // an entry is among a term's first `cap` postings when its id is below the posting at `cap`
  const { postingStart, postings } = index.toData();
  const listed = (e: number, t: number): boolean => postingStart[t + 1]! - postingStart[t]! <= cap || e < postings[postingStart[t]! + cap]!;
  const each = (visit: (t: number, e: number) => void): void => {
    for (let e = 0; e < speaker.length && count > 0; e++) {
      if (speaker[e]! >= 0) continue;
      for (let k = sets.start[e]!; k < sets.start[e + 1]!; k++) if (listed(e, sets.terms[k]!)) visit(sets.terms[k]!, e);
    }
  };
  each((t) => start[t + 1]!++);
  for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!;
  const runs = new Int32Array(start[terms]!);
  const fill = start.slice(0, terms);
  each((t, e) => (runs[fill[t]!++] = e));
  return { start, runs };
}
