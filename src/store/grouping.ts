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

/** Each entry's sorted unique content-stem term ids, flat: entry e's are `terms[start[e] .. start[e + 1])`. */
export interface TermSets {
  start: Int32Array;
  terms: Int32Array;
}

/** Shared terms of entries a and b / the smaller set. */
function overlap(sets: TermSets, a: number, b: number): number {
  const { start, terms } = sets;
  let shared = 0;
  let i = start[a]!;
  let j = start[b]!;
  const iEnd = start[a + 1]!;
  const jEnd = start[b + 1]!;
  while (i < iEnd && j < jEnd) {
    if (terms[i] === terms[j]) {
      shared++;
      i++;
      j++;
    } else if (terms[i]! < terms[j]!) i++;
    else j++;
  }
  return shared / Math.max(1, Math.min(iEnd - start[a]!, jEnd - start[b]!));
}

/** Assigns a group number to every entry; returns group ids numbered 0..k-1 in order of first appearance. */
export function groupEntries(entries: readonly Groupable[], sets: TermSets, index: TermIndex): Int32Array {
  const joined = new UnionFind(entries.length);
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
  const rarest: number[] = [];
  for (let e = 0; e < entries.length; e++) {
    if (sets.start[e + 1] === sets.start[e]) continue;
    rarestTerms(sets, e, index, rarest);
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
      if (shared[other]! >= need && compatible(entries[e]!, entries[other]!, sets, e, other)) joined.union(e, other, speakerOfRoot);
    }
  }
  const groupOfRoot = new Map<number, number>();
  const out = new Int32Array(entries.length);
  for (let e = 0; e < entries.length; e++) {
    const root = joined.find(e);
    let g = groupOfRoot.get(root);
    if (g === undefined) {
      g = groupOfRoot.size;
      groupOfRoot.set(root, g);
    }
    out[e] = g;
  }
  return out;
}

/** The `RAREST_TERMS` rarest of entry e's terms into `out` (insertion into a short list: no sort, no copies). */
function rarestTerms(sets: TermSets, e: number, index: TermIndex, out: number[]): void {
  out.length = 0;
  for (let k = sets.start[e]!; k < sets.start[e + 1]!; k++) {
    const t = sets.terms[k]!;
    const f = index.frequency(t);
    let at = out.length;
    while (at > 0 && index.frequency(out[at - 1]!) > f) at--;
    if (at >= RAREST_TERMS) continue;
    out.splice(at, 0, t);
    if (out.length > RAREST_TERMS) out.pop();
  }
}

function compatible(a: Groupable, b: Groupable, sets: TermSets, ia: number, ib: number): boolean {
  if (a.speakerId && b.speakerId && a.speakerId !== b.speakerId) return false;
  const bothQuotes = a.kind === 'quote' && b.kind === 'quote';
  // a paraphrase only joins a claim whose speaker it names: unattributed reported speech is too vague
  if (!bothQuotes && (!a.speakerId || !b.speakerId)) return false;
  const na = sets.start[ia + 1]! - sets.start[ia]!;
  const nb = sets.start[ib + 1]! - sets.start[ib]!;
  const sizeRatio = Math.min(na, nb) / Math.max(na, nb);
  if (sizeRatio < MIN_SIZE_RATIO) return false;
  return overlap(sets, ia, ib) >= (bothQuotes ? QUOTE_OVERLAP : PARAPHRASE_OVERLAP);
}
