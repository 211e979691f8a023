/**
 * Sketches for finding copied text among many documents in near-linear time: word shingles hashed to 32
 * bits, MinHash signatures over them and LSH banding of the signatures (Broder, "On the resemblance and
 * containment of documents", 1997; banding as in Leskovec, Rajaraman and Ullman, "Mining of Massive
 * Datasets", ch. 3). The signature is computed with one permutation (Li, Owen and Zhang, "One permutation
 * hashing", 2012): the hash space is cut into `BINS` bins and each bin keeps its least shingle, empty bins
 * borrowing from the next full one (Shrivastava and Li, "Densifying one permutation hashing via rotation",
 * 2014). Two sets agree on a bin with probability close to their Jaccard similarity, as with `BINS` separate
 * permutations, at the cost of one hash per shingle instead of `BINS`. Documents whose signatures agree on
 * every row of some band become candidate pairs; only candidates are compared exactly. Every hash is a
 * seeded constant: the same input gives the same pairs.
 */

/** Words per shingle. */
export const SHINGLE_WORDS = 5;
/** Bins of a signature (a power of two: a bin is the top bits of a shingle's hash). */
const BIN_BITS = 7;
const BINS = 1 << BIN_BITS;
const VALUE_BITS = 32 - BIN_BITS;
/** LSH bands × rows per band (≤ BINS). With 42 × 3, a pair with Jaccard 0.5 becomes a candidate with
 * probability 0.996, 0.3 with 0.68, 0.1 with 0.04. */
export const BANDS = 42;
export const ROWS = 3;
/** A bucket with more documents than this pairs each one with its next `WINDOW` neighbours only (boilerplate). */
const WINDOW = 48;

function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Seed of the shingle hash: changing it changes every bin, never the result's meaning. */
const SEED = 0x5eedc0de;

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Word hashes of the document being read (reused: a corpus is read one document at a time). */
let wordBuffer = new Uint32Array(4096);

/** Appends the hashes of the words of `text[start, end)` to `wordBuffer` from `n`; returns the new count. */
function hashWords(text: string, start: number, end: number, count: number): number {
  let n = count;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = start; i <= end; i++) {
    let c = i < end ? text.charCodeAt(i) : 32;
    let wordChar: boolean;
    if (c < 128) {
      wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
      if (c >= 65 && c <= 90) c += 32;
    } else {
      const ch = text[i]!;
      wordChar = (c >= 0xd800 && c <= 0xdfff) || NON_ASCII_WORD_CHAR.test(ch);
      if (wordChar) c = ch.toLowerCase().charCodeAt(0);
    }
    if (wordChar) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      if (n === wordBuffer.length) {
        const grown = new Uint32Array(n * 2);
        grown.set(wordBuffer);
        wordBuffer = grown;
      }
      wordBuffer[n++] = fmix32(h);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  return n;
}

/**
 * Hashes of the 5-word shingles of `text`, or of its parts `ranges` read one after the other (words: letters
 * and digits, case folded), in text order, repeats included. A text of fewer than five words is one shingle.
 * Sorting is left to `distinctSorted`, for the few documents compared exactly.
 */
export function shingles(text: string, ranges: readonly { start: number; end: number }[] = [{ start: 0, end: text.length }]): Uint32Array {
  let length = 0;
  for (const r of ranges) length = hashWords(text, r.start, r.end, length);
  const words = wordBuffer;
  const count = Math.max(length - SHINGLE_WORDS + 1, length ? 1 : 0);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    // position-dependent rotations keep "a b c d e" and "b a c d e" apart
    let s = SEED;
    const end = Math.min(i + SHINGLE_WORDS, length);
    for (let j = i; j < end; j++) {
      const w = words[j]!;
      const r = (j - i) * 7;
      s ^= r ? (w << r) | (w >>> (32 - r)) : w;
    }
    out[i] = fmix32(s);
  }
  return out;
}

/** The distinct hashes of `hashes`, ascending. */
export function distinctSorted(hashes: Uint32Array): Uint32Array {
  const out = hashes.slice().sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

/** MinHash signature of a shingle set, repeats allowed (one permutation, densified): per bin, the least value in it. */
export function signature(set: Uint32Array): Uint32Array {
  const empty = 0xffffffff;
  const sig = new Uint32Array(BINS).fill(empty);
  for (let s = 0; s < set.length; s++) {
    const x = set[s]!;
    const bin = x >>> VALUE_BITS;
    const value = x & ((1 << VALUE_BITS) - 1);
    if (value < sig[bin]!) sig[bin] = value;
  }
  if (set.length === 0) return sig;
  // an empty bin takes the value of the next full bin to its right, marked by the distance
  for (let bin = 0; bin < BINS; bin++) {
    if (sig[bin] !== empty) continue;
    let from = (bin + 1) % BINS;
    let distance = 1;
    while (sig[from]! >= 2 ** VALUE_BITS) {
      from = (from + 1) % BINS;
      distance++;
    }
    sig[bin] = (distance * 2 ** VALUE_BITS + sig[from]!) >>> 0;
  }
  return sig;
}

/** Shared shingles of two sorted sets. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Adds the pairs of `members` (document indices, ascending) to `pairs` as `low * count + high`. */
function pairUp(members: number[], count: number, pairs: Set<number>): void {
  for (let x = 0; x < members.length; x++) {
    const last = members.length > WINDOW ? Math.min(members.length, x + 1 + WINDOW) : members.length;
    for (let y = x + 1; y < last; y++) pairs.add(members[x]! * count + members[y]!);
  }
}

/**
 * Candidate pairs among `signatures` (null: a document without words): documents whose signatures agree on
 * all rows of at least one band. Pairs come as `low * count + high` with `low < high`.
 */
export function candidatePairs(signatures: readonly (Uint32Array | null)[]): Set<number> {
  const count = signatures.length;
  if (count >= 2 ** 21) throw new RangeError('candidatePairs: at most 2^21 documents');
  const pairs = new Set<number>();
  const keys = new Float64Array(count);
  for (let band = 0; band < BANDS; band++) {
    let used = 0;
    for (let d = 0; d < count; d++) {
      const sig = signatures[d];
      if (!sig) continue;
      let k = fmix32(band + 1);
      for (let r = band * ROWS; r < (band + 1) * ROWS; r++) k = fmix32(Math.imul(k, 0x9e3779b1) + sig[r]!);
      // key and document in one exact double: sorting groups a bucket with its documents in order
      keys[used++] = k * 2 ** 21 + d;
    }
    const sorted = keys.subarray(0, used).sort();
    let start = 0;
    for (let i = 1; i <= used; i++) {
      if (i < used && Math.floor(sorted[i]! / 2 ** 21) === Math.floor(sorted[start]! / 2 ** 21)) continue;
      if (i - start > 1) {
        const members: number[] = [];
        for (let m = start; m < i; m++) members.push(sorted[m]! % 2 ** 21);
        pairUp(members, count, pairs);
      }
      start = i;
    }
  }
  return pairs;
}
