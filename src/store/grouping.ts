/**
 * Groups renditions of the same claim across documents: two wordings join when their content stems mostly
 * coincide and their speakers agree (or one is unattributed). Candidates come from each wording's rarest
 * stems, so grouping costs a few short posting lists per rendition, not a comparison of every pair.
 */
import type { TermIndex } from './term-index.js';

export interface Groupable {
  speakerId: string | null;
  kind: 'quote' | 'paraphrase';
}

/** Content stems shared / the smaller set, and the smaller size / the larger, for two wordings to merge. */
const QUOTE_OVERLAP = 0.8;
const PARAPHRASE_OVERLAP = 0.6;
const MIN_SIZE_RATIO = 0.5;
const RAREST_TERMS = 3;
const MAX_CANDIDATES_PER_TERM = 200;
/** Of an entry's rarest terms, how many a candidate must share before the full comparison. */
const MIN_SHARED_RARE = 2;
const FEW_CANDIDATES = 64;

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[x] !== root) {
      const next = this.parent[x]!;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }
  /** Joins the sets of a and b unless they hold different named speakers; returns whether they are one. */
  union(a: number, b: number, speakerOfRoot: Int32Array): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const sa = speakerOfRoot[ra]!;
    const sb = speakerOfRoot[rb]!;
    // an unattributed wording may bridge two speakers' claims: never merge them through it
    if (sa >= 0 && sb >= 0 && sa !== sb) return false;
    const root = Math.min(ra, rb);
    this.parent[Math.max(ra, rb)] = root;
    speakerOfRoot[root] = sa >= 0 ? sa : sb;
    return true;
  }
}

function overlap(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / Math.max(1, Math.min(a.length, b.length));
}

/**
 * Assigns a group number to every entry. `terms[i]` is entry i's sorted unique content-stem term ids.
 * Returns group ids numbered 0..k-1 in order of first appearance.
 */
export function groupEntries(entries: readonly Groupable[], terms: readonly Int32Array[], index: TermIndex): Int32Array {
  const sets = new UnionFind(entries.length);
  const speakerNumbers = new Map<string, number>();
  const speakerOfRoot = Int32Array.from(entries, (e) => {
    if (!e.speakerId) return -1;
    let n = speakerNumbers.get(e.speakerId);
    if (n === undefined) speakerNumbers.set(e.speakerId, (n = speakerNumbers.size));
    return n;
  });
  // shared[other]: how many of entry e's rarest terms `other` has, valid while seenBy[other] === e + 1
  const seenBy = new Int32Array(entries.length);
  const shared = new Uint8Array(entries.length);
  const found: number[] = [];
  for (let e = 0; e < entries.length; e++) {
    const mine = terms[e]!;
    if (mine.length === 0) continue;
    const rarest = [...mine].sort((a, b) => index.frequency(a) - index.frequency(b)).slice(0, RAREST_TERMS);
    found.length = 0;
    for (const term of rarest) {
      const postings = index.postings(term);
      for (let k = 0, taken = 0; k < postings.length && taken < MAX_CANDIDATES_PER_TERM; k++) {
        const other = postings[k]!;
        if (other >= e) break;
        taken++;
        if (seenBy[other] !== e + 1) {
          seenBy[other] = e + 1;
          shared[other] = 0;
          found.push(other);
        }
        shared[other]!++;
      }
    }
    // a wording of the same claim keeps most words, so it shares at least two of the three rarest: when
    // the candidates are many, the full comparison is only made for those (one shared rare word is the
    // common case for unrelated quotes); when they are few, all are compared
    const need = found.length > FEW_CANDIDATES ? Math.min(MIN_SHARED_RARE, rarest.length) : 1;
    for (const other of found) {
      if (shared[other]! >= need && compatible(entries[e]!, entries[other]!, mine, terms[other]!)) sets.union(e, other, speakerOfRoot);
    }
  }
  const groupOfRoot = new Map<number, number>();
  const out = new Int32Array(entries.length);
  for (let e = 0; e < entries.length; e++) {
    const root = sets.find(e);
    let g = groupOfRoot.get(root);
    if (g === undefined) {
      g = groupOfRoot.size;
      groupOfRoot.set(root, g);
    }
    out[e] = g;
  }
  return out;
}

function compatible(a: Groupable, b: Groupable, ta: Int32Array, tb: Int32Array): boolean {
  if (a.speakerId && b.speakerId && a.speakerId !== b.speakerId) return false;
  const bothQuotes = a.kind === 'quote' && b.kind === 'quote';
  // a paraphrase only joins a claim whose speaker it names: unattributed reported speech is too vague
  if (!bothQuotes && (!a.speakerId || !b.speakerId)) return false;
  const sizeRatio = Math.min(ta.length, tb.length) / Math.max(ta.length, tb.length);
  if (sizeRatio < MIN_SIZE_RATIO) return false;
  return overlap(ta, tb) >= (bothQuotes ? QUOTE_OVERLAP : PARAPHRASE_OVERLAP);
}
