/**
 * Union-find over entry ids for grouping, with one rule on top: two sets holding different named speakers
 * never join. Which sets exist depends only on the order of successful joins, never on path compression.
 */

export class SpeakerUnionFind {
  private readonly parent: Int32Array;
  /** Speaker number of each root's set (−1: no named speaker yet); only roots' values are meaningful. */
  private readonly speakerOfRoot: Int32Array;

  /** `speakers[e]`: entry e's speaker number, or −1 when unattributed (copied, not kept). */
  constructor(speakers: Int32Array) {
    this.parent = new Int32Array(speakers.length);
    for (let i = 0; i < speakers.length; i++) this.parent[i] = i;
    this.speakerOfRoot = Int32Array.from(speakers);
  }

  find(x: number): number {
    const parent = this.parent;
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  }

  /**
   * Joins the sets whose roots are `ra` and `rb` unless they hold different named speakers; returns the
   * root of the joined set, or −1 when they stay apart. The smaller root id wins, so the sets formed do not
   * depend on the order of the arguments.
   */
  unionRoots(ra: number, rb: number): number {
    if (ra === rb) return ra;
    const sa = this.speakerOfRoot[ra]!;
    const sb = this.speakerOfRoot[rb]!;
    // an unattributed wording may bridge two speakers' claims: never merge them through it
    if (sa >= 0 && sb >= 0 && sa !== sb) return -1;
    const root = Math.min(ra, rb);
    this.parent[Math.max(ra, rb)] = root;
    this.speakerOfRoot[root] = sa >= 0 ? sa : sb;
    return root;
  }

  /** Group numbers 0..k−1 in order of each set's first entry (no map: roots index a typed array). */
  groupIds(): Int32Array {
    const n = this.parent.length;
    const groupOfRoot = new Int32Array(n).fill(-1);
    const out = new Int32Array(n);
    let groups = 0;
    for (let e = 0; e < n; e++) {
      const root = this.find(e);
      if (groupOfRoot[root] === -1) groupOfRoot[root] = groups++;
      out[e] = groupOfRoot[root]!;
    }
    return out;
  }
}
