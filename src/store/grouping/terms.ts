/**
 * Sorted-run helpers for grouping: an entry's rarest terms, whether two term sets share enough terms (stopping
 * once out of reach), and whether a few sorted candidate lists hold more than a number of distinct entries.
 */

/** Each entry's sorted unique content-stem term ids, flat: entry e's are `terms[start[e] .. start[e + 1])`. */
export interface TermSets {
  start: Int32Array;
  terms: Int32Array;
}

/**
 * Whether lists `postings[listFrom[r] ..][0 .. lengths[r])` (ascending), r < rare, hold more than `limit`
 * distinct entries (a merge of sorted lists: sequential reads, no per-entry marks). Advances `at`.
 */
export function moreThan(
  limit: number,
  postings: Int32Array,
  listFrom: Int32Array,
  lengths: Int32Array,
  rare: number,
  at: Int32Array,
): boolean {
  for (let r = 0; r < rare; r++) at[r] = listFrom[r]!;
  for (let count = 0; ; ) {
    let least = 0x7fffffff;
    for (let r = 0; r < rare; r++) if (at[r]! < listFrom[r]! + lengths[r]!) least = Math.min(least, postings[at[r]!]!);
    if (least === 0x7fffffff) return false;
    if (++count > limit) return true;
    for (let r = 0; r < rare; r++) if (at[r]! < listFrom[r]! + lengths[r]! && postings[at[r]!] === least) at[r]!++;
  }
}

/**
 * For each smaller-set size m, the fewest shared terms s with `s / max(1, m) >= threshold`, evaluated with
 * that very expression so the integer test agrees with the ratio test to the last bit.
 */
export function sharedNeeded(threshold: number, maxSize: number): Int32Array {
  const out = new Int32Array(maxSize + 1);
  for (let m = 0; m <= maxSize; m++) {
    let s = 0;
    while (s / Math.max(1, m) < threshold) s++;
    out[m] = s;
  }
  return out;
}

/** Whether the sorted runs `terms[i..iEnd)` and `terms[j..jEnd)` share `needed` terms (stops once out of reach). */
export function sharesAtLeast(terms: Int32Array, i: number, iEnd: number, j: number, jEnd: number, needed: number): boolean {
  let shared = 0;
  while (i < iEnd && j < jEnd) {
    if (shared + Math.min(iEnd - i, jEnd - j) < needed) return false;
    const a = terms[i]!;
    const b = terms[j]!;
    if (a === b) {
      if (++shared >= needed) return true;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return shared >= needed;
}

/**
 * The `out.length` rarest terms of `terms[from..to)` into `out` (ties: the earlier term), with their
 * frequencies in `frequency`; returns how many.
 */
export function rarestTerms(
  terms: Int32Array,
  from: number,
  to: number,
  postingStart: Int32Array,
  out: Int32Array,
  frequency: Int32Array,
): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const t = terms[k]!;
    const f = postingStart[t + 1]! - postingStart[t]!;
    let at = count;
    while (at > 0 && frequency[at - 1]! > f) at--;
    if (at >= out.length) continue;
    for (let m = Math.min(count, out.length - 1); m > at; m--) {
      out[m] = out[m - 1]!;
      frequency[m] = frequency[m - 1]!;
    }
    out[at] = t;
    frequency[at] = f;
    if (count < out.length) count++;
  }
  return count;
}
