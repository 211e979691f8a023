/**
 * `groupEntries` against a plain reference of its rule (sets and maps, every candidate compared in full, in
 * discovery order): the fast path must give the same group of every entry, on random corpora dense enough to
 * hit the per-term candidate cap, the "many candidates" rule, unattributed bridges and paraphrases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupEntries, type Groupable, type GroupingIndex, type TermSets } from '../../../src/store/grouping/group.js';

interface Corpus {
  entries: Groupable[];
  sets: TermSets;
  index: GroupingIndex;
  postings: Map<number, number[]>;
}

function corpusOf(rows: { speaker: number; paraphrase: boolean; terms: number[] }[]): Corpus {
  const entries = rows.map((r) => ({
    speakerId: r.speaker < 0 ? null : `s${r.speaker}`,
    kind: r.paraphrase ? ('paraphrase' as const) : ('quote' as const),
  }));
  const start = new Int32Array(rows.length + 1);
  const flat: number[] = [];
  const postings = new Map<number, number[]>();
  rows.forEach((r, e) => {
    for (const t of [...new Set(r.terms)].sort((a, b) => a - b)) {
      flat.push(t);
      postings.set(t, [...(postings.get(t) ?? []), e]);
    }
    start[e + 1] = flat.length;
  });
  const terms = Math.max(-1, ...postings.keys()) + 1;
  const postingStart = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) postingStart[t + 1] = postingStart[t]! + (postings.get(t)?.length ?? 0);
  const flatPostings = Int32Array.from(Array.from({ length: terms }, (_, t) => postings.get(t) ?? []).flat());
  const index: GroupingIndex = { toData: () => ({ postingStart, postings: flatPostings }) };
  return { entries, sets: { start, terms: Int32Array.from(flat) }, index, postings };
}

/** The grouping rule written plainly: rarest three terms, first 200 earlier postings each, then compare; then forward, from the rarest term, to longer wordings. */
function reference({ entries, sets, postings }: Corpus): number[] {
  const termsOf = (e: number): number[] => [...sets.terms.subarray(sets.start[e]!, sets.start[e + 1]!)];
  const parent = entries.map((_, i) => i);
  const speakerOfRoot = entries.map((e) => e.speakerId);
  const find = (x: number): number => {
    if (parent[x] !== x) parent[x] = find(parent[x]!);
    return parent[x]!;
  };
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const [sa, sb] = [speakerOfRoot[ra], speakerOfRoot[rb]];
    if (sa && sb && sa !== sb) return;
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    speakerOfRoot[Math.min(ra, rb)] = sa ?? sb ?? null;
  };
  const compatible = (a: number, b: number): boolean => {
    const [x, y] = [entries[a]!, entries[b]!];
    if (x.speakerId && y.speakerId && x.speakerId !== y.speakerId) return false;
    const bothQuotes = x.kind === 'quote' && y.kind === 'quote';
    if (!bothQuotes && (!x.speakerId || !y.speakerId)) return false;
    const [ta, tb] = [termsOf(a), termsOf(b)];
    const small = Math.min(ta.length, tb.length);
    if (small / Math.max(ta.length, tb.length) < 0.5) return false;
    const shared = ta.filter((t) => tb.includes(t)).length;
    return shared / Math.max(1, small) >= (bothQuotes ? 0.8 : 0.6);
  };
  entries.forEach((_, e) => {
    const own = termsOf(e);
    if (own.length === 0) return;
    const rarest = own
      .map((t, i) => ({ t, i, f: postings.get(t)!.length }))
      .sort((a, b) => a.f - b.f || a.i - b.i)
      .slice(0, 3);
    const shared = new Map<number, number>();
    for (const { t } of rarest)
      for (const o of postings
        .get(t)!
        .filter((o) => o < e)
        .slice(0, 200))
        shared.set(o, (shared.get(o) ?? 0) + 1);
    const need = shared.size > 64 ? Math.min(2, rarest.length) : 1;
    for (const [o, n] of shared) if (n >= need && compatible(e, o)) union(e, o);
  });
  // then each wording looks forward: the first 64 later postings of its rarest term, longer wordings only
  entries.forEach((_, e) => {
    const own = termsOf(e);
    if (own.length === 0) return;
    const [rarest] = own.map((t, i) => ({ t, i, f: postings.get(t)!.length })).sort((a, b) => a.f - b.f || a.i - b.i);
    const later = postings
      .get(rarest!.t)!
      .filter((o) => o > e)
      .slice(0, 64);
    for (const o of later) if (termsOf(o).length > own.length && compatible(e, o)) union(e, o);
  });
  const numbers = new Map<number, number>();
  return entries.map((_, e) => {
    const root = find(e);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    return numbers.get(root)!;
  });
}

const row = (vocabulary: number, speakers: number) =>
  fc.record({
    speaker: fc.integer({ min: -1, max: speakers - 1 }),
    paraphrase: fc.boolean(),
    terms: fc.array(fc.integer({ min: 0, max: vocabulary - 1 }), { minLength: 0, maxLength: 9 }),
  });

describe('groupEntries matches the plain rule', () => {
  it('on small random corpora (few candidates: every candidate compared)', () => {
    fc.assert(
      fc.property(fc.array(row(12, 3), { maxLength: 60 }), (rows) => {
        const c = corpusOf(rows);
        expect([...groupEntries(c.entries, c.sets, c.index)]).toEqual(reference(c));
      }),
      { numRuns: 300 },
    );
  });

  it('on dense corpora (the 200-per-term cap and the two-shared-rare-terms rule apply)', () => {
    // most wordings from a few common words (posting lists past the cap), some from a wider vocabulary
    const rows = fc.array(fc.oneof({ arbitrary: row(8, 6), weight: 3 }, { arbitrary: row(60, 6), weight: 1 }), {
      minLength: 500,
      maxLength: 800,
    });
    fc.assert(
      fc.property(rows, (rows) => {
        const c = corpusOf(rows);
        expect([...groupEntries(c.entries, c.sets, c.index)]).toEqual(reference(c));
      }),
      // no shrinking: a failing corpus of hundreds of rows takes minutes to shrink
      { numRuns: 25, endOnFailure: true },
    );
  });
});
