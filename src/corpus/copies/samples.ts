/**
 * Candidate pairs by containment rather than resemblance: documents of one group (here: crediting one
 * agency) that share many of the shingles sampled from both. A fixed sample of shingle hashes (those whose
 * low three bits are zero, Broder's "mod m" sample, 1997) estimates the share of the shorter body found in
 * the longer, which MinHash of the whole sets does not when one document adds much text of its own.
 */

/** One shingle hash in eight is sampled. */
const SAMPLE_MASK = 7;
/** A sampled shingle carried by more documents than this is boilerplate, not evidence. */
const MAX_POSTINGS = 256;

/**
 * Pairs `low * count + high` of documents with the same non-null group sharing at least `minShare` of the
 * samples of the one with fewer (and at least two).
 */
export function sampledPairs(
  groupOf: (d: number) => string | null,
  setOf: (d: number) => Uint32Array,
  count: number,
  minShare: number,
): number[] {
  const postings = new Map<number, number[]>();
  const groups = new Map<string, number>();
  const samples = new Int32Array(count);
  for (let d = 0; d < count; d++) {
    const name = groupOf(d);
    if (name === null) continue;
    const group = groups.get(name) ?? groups.size;
    groups.set(name, group);
    for (const x of setOf(d)) {
      if ((x & SAMPLE_MASK) !== 0) continue;
      samples[d]!++;
      const key = group * 2 ** 32 + x;
      const list = postings.get(key);
      if (list) list.push(d);
      else postings.set(key, [d]);
    }
  }
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * count + list[y]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  const out: number[] = [];
  for (const [key, n] of shared) {
    const fewer = Math.min(samples[Math.floor(key / count)]!, samples[key % count]!);
    if (n >= 2 && n >= fewer * minShare) out.push(key);
  }
  return out.sort((a, b) => a - b);
}
