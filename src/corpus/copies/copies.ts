/**
 * Syndicated and copied articles: the same wire text under several mastheads is one source, not several.
 * Candidate pairs come from MinHash + LSH over 5-word shingles of each body (see sketch.ts), plus,
 * among documents crediting the same agency, from sampled shingles they share; each candidate is then
 * compared exactly. Linked documents form clusters whose earliest dated member is the original.
 */
import { candidatePairs, distinctSorted, sharedCount, shingles, signature } from './sketch.js';
import { sampledPairs } from './samples.js';
import { wireAgency } from './wire-credit.js';

export { wireCredit } from './wire-credit.js';

/** What a copied document copies. */
export interface CopyInfo {
  /** Document id of the original (the earliest dated document of its cluster; ties by id). */
  copyOf: string;
  /** 0..1: the measure named in `evidence`. */
  similarity: number;
  /** Why, for people: 'near-identical body (0.93 of 5-word shingles)', 'both credit Reuters …'. */
  evidence: string;
}

/** The part of a corpus document copy detection reads. */
export interface CopySource {
  id: string;
  text: string;
  blocks: readonly { start: number; end: number }[];
  meta: { outlet: string | null; date: string | null };
}

/** Thresholds on shared 5-word shingles. */
export const COPY_THRESHOLDS = Object.freeze({
  /** Jaccard from which two bodies are the same text, even under one masthead. */
  nearIdentical: 0.9,
  /** Jaccard from which two bodies under different mastheads are one text (trims and additions included). */
  sameText: 0.5,
  /** Share of the shorter body found in the longer one from which it is a trimmed copy. */
  contained: 0.8,
  /** Share of the shorter body from which two documents crediting the same agency carry its text. */
  sameCredit: 0.5,
  /** Fewest shingles in the shorter body for the containment rules (a lone shared quotation is not a copy). */
  minShingles: 25,
  /** Fewest shared shingles for any link. */
  minShared: 8,
});

interface Link {
  a: number;
  b: number;
  similarity: number;
  evidence: string;
}

type Credit = ReturnType<typeof wireAgency>;
/** Each document's credit, once: answers compare the same carriers again and again, and the regexes read whole bodies. */
const creditCache = new WeakMap<CopySource, Credit>();

/** The first credit in a document's body: its blocks are read one by one, never joined (a large corpus). */
function creditOf(doc: CopySource): Credit {
  const known = creditCache.get(doc);
  if (known !== undefined) return known;
  let found: Credit = null;
  for (const b of doc.blocks) {
    found = wireAgency(doc.text.slice(b.start, b.end));
    if (found) break;
  }
  creditCache.set(doc, found);
  return found;
}
const round = (x: number): number => Math.round(x * 100) / 100;
const sameOutlet = (a: CopySource, b: CopySource): boolean =>
  a.meta.outlet !== null && b.meta.outlet !== null && a.meta.outlet.toLowerCase() === b.meta.outlet.toLowerCase();

/** Documents whose shingles are kept (answers ask about the same carriers again and again). */
const CACHED_DOCUMENTS = 4096;
const shingleCache = new Map<CopySource, Uint32Array>();

/** A document's 5-word shingles, from a small cache of the documents asked about last. */
function shinglesOf(doc: CopySource): Uint32Array {
  let hashes = shingleCache.get(doc);
  if (hashes) {
    shingleCache.delete(doc);
  } else {
    hashes = shingles(doc.text, doc.blocks);
    if (shingleCache.size >= CACHED_DOCUMENTS) shingleCache.delete(shingleCache.keys().next().value!);
  }
  shingleCache.set(doc, hashes);
  return hashes;
}

/**
 * For each document that copies another (the same wire text under another masthead), what it copies.
 * The result does not depend on the order of `docs`.
 */
export function findCopies(docs: readonly CopySource[]): Map<string, CopyInfo> {
  const ordered = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = ordered.length;
  const hashes = ordered.map(shinglesOf);
  const credits = ordered.map(creditOf);
  const pairs = candidatePairs(hashes.map((h) => (h.length ? signature(h) : null)));
  // sorted sets only for the documents compared exactly
  const sorted: (Uint32Array | undefined)[] = new Array(n);
  const setOf = (i: number): Uint32Array => {
    sorted[i] ??= distinctSorted(hashes[i]!);
    return sorted[i];
  };
  // a copy with much text of its own is far from its original by Jaccard: same-agency pairs are also found by
  // the share of the shorter body they have in common
  const agencyOf = (d: number) => credits[d]?.agency ?? null;
  for (const pair of sampledPairs(agencyOf, setOf, n, COPY_THRESHOLDS.sameCredit / 2)) pairs.add(pair);

  const judge = (a: number, b: number): Link | null => {
    const x = setOf(a);
    const y = setOf(b);
    const shared = sharedCount(x, y);
    if (shared < COPY_THRESHOLDS.minShared) return null;
    const jaccard = shared / (x.length + y.length - shared);
    const shorter = Math.min(x.length, y.length);
    const containment = shared / shorter;
    const t = COPY_THRESHOLDS;
    if (jaccard >= t.nearIdentical)
      return { a, b, similarity: round(jaccard), evidence: `near-identical body (${round(jaccard)} of 5-word shingles)` };
    if (sameOutlet(ordered[a]!, ordered[b]!)) return null;
    if (shorter >= t.minShingles && containment >= t.contained)
      return {
        a,
        b,
        similarity: round(containment),
        evidence: `shorter body within the longer (${round(containment)} of its 5-word shingles)`,
      };
    if (jaccard >= t.sameText)
      return { a, b, similarity: round(jaccard), evidence: `same body for the most part (${round(jaccard)} of 5-word shingles)` };
    if (shorter < t.minShingles) return null;
    const ca = credits[a];
    const cb = credits[b];
    if (ca && cb && ca.agency === cb.agency && containment >= t.sameCredit) {
      const both = ca.credit === cb.credit ? `"${ca.credit}"` : `"${ca.credit}" and "${cb.credit}"`;
      return { a, b, similarity: round(containment), evidence: `both credit ${both}; ${round(containment)} of the shorter body shared` };
    }
    return null;
  };

  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    let j = i;
    while (parent[j] !== r) {
      const next = parent[j]!;
      parent[j] = r;
      j = next;
    }
    return r;
  };
  const best: (Link | null)[] = new Array(n).fill(null);
  const better = (link: Link, current: Link | null, self: number): boolean => {
    if (!current) return true;
    if (link.similarity !== current.similarity) return link.similarity > current.similarity;
    const other = (l: Link) => ordered[l.a === self ? l.b : l.a]!.id;
    return other(link) < other(current);
  };
  for (const key of [...pairs].sort((p, q) => p - q)) {
    const link = judge(Math.floor(key / n), key % n);
    if (!link) continue;
    parent[root(link.a)] = root(link.b);
    if (better(link, best[link.a] ?? null, link.a)) best[link.a] = link;
    if (better(link, best[link.b] ?? null, link.b)) best[link.b] = link;
  }

  const clusters = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (!best[i]) continue;
    const members = clusters.get(root(i));
    if (members) members.push(i);
    else clusters.set(root(i), [i]);
  }
  const out = new Map<string, CopyInfo>();
  const dateOf = (i: number) => ordered[i]!.meta.date ?? '9999-99-99';
  for (const members of clusters.values()) {
    const original = members.reduce((o, i) => (dateOf(i) < dateOf(o) ? i : o));
    for (const i of members) {
      if (i === original) continue;
      const direct = judge(Math.min(i, original), Math.max(i, original));
      if (direct) {
        out.set(ordered[i]!.id, { copyOf: ordered[original]!.id, similarity: direct.similarity, evidence: direct.evidence });
        continue;
      }
      // linked to the original only through other copies; the same masthead's own text is not a copy
      if (sameOutlet(ordered[i]!, ordered[original]!)) continue;
      const link = best[i]!;
      const partner = ordered[link.a === i ? link.b : link.a]!.id;
      out.set(ordered[i]!.id, { copyOf: ordered[original]!.id, similarity: link.similarity, evidence: `${link.evidence} with ${partner}` });
    }
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}
